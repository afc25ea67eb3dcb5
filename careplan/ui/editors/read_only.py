"""A signed plan's form: every value readable in normal contrast, nothing editable.

Disabling the whole form drew every value in the style's pale disabled grey, hard to read on a
plan that is now the record. Instead text fields and numbers become read-only (normal text),
choices and ticks are disabled but drawn with the normal text colour, and the buttons that
add or remove things are hidden. Opening a medicine's details still works.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

# Colour roles a disabled control draws its text with: made the same as an enabled one's.
_TEXT_ROLES = (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText)


def legible_when_disabled(widget: QWidget) -> None:
    """Disabled controls under ``widget`` draw their text like enabled ones."""
    palette = widget.palette()
    for role in _TEXT_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)


def show_read_only(root: QWidget, read_only: bool) -> None:
    """Make the form under ``root`` read-only (or editable again), keeping it readable."""
    if read_only:
        legible_when_disabled(root)
    else:
        root.setPalette(QPalette())
    for widget in root.findChildren(QWidget):
        if widget.property("edit_only"):
            # A picker that adds to a list ("Type a medicine to add"): no use on the record.
            if read_only:
                widget.setProperty("hidden_read_only", widget.isVisibleTo(root))
                widget.hide()
            elif widget.property("hidden_read_only"):
                widget.show()
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            if not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
                widget.setReadOnly(read_only)
        elif isinstance(widget, QAbstractSpinBox):
            widget.setReadOnly(read_only)
            widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if read_only
                                    else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        elif isinstance(widget, QComboBox):
            widget.setEnabled(not read_only)
        elif isinstance(widget, QToolButton) and widget.property("disclosure"):
            continue  # opening a medicine's details is reading, not editing
        elif isinstance(widget, QPushButton):
            # Add and Remove buttons: the record cannot change, so they are not offered.
            if read_only:
                widget.setProperty("hidden_read_only", widget.isVisibleTo(root))
                widget.hide()
            elif widget.property("hidden_read_only"):
                widget.show()
        elif isinstance(widget, QAbstractButton):
            widget.setEnabled(not read_only)
