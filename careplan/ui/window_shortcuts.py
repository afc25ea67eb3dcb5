"""The window's own shortcuts work while typing in a text field.

On Linux a line edit claims Ctrl+E (move to the end of the line, from the X11 key scheme), so
Export handout did nothing while the cursor was in a field. The window's shortcuts that are not
text-editing keys (copy, paste, undo...) are taken back from text fields as the focus reaches
them; the fields keep every key they need for editing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# Keys a text field must keep: editing a value wins over the window's action with the same key.
_EDITING = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
            QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll,
            QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Back, QKeySequence.StandardKey.Forward)
_TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class WindowShortcutsFirst(QObject):
    """Watches focus changes inside ``window`` and lets its action shortcuts through text fields."""

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self._actions = list(actions)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _keys(self) -> set[str]:
        editing = {k.toString() for key in _EDITING for k in QKeySequence.keyBindings(key)}
        keys = {k.toString() for action in self._actions for k in action.shortcuts() if not k.isEmpty()}
        return keys - editing

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not isinstance(new, _TEXT_FIELDS) or new.property("window_shortcuts_first"):
            return
        if new.window() is not self.window:
            return
        new.setProperty("window_shortcuts_first", True)
        new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in self._keys():
                event.ignore()  # not the field's: the window's shortcut runs
                return True
        return super().eventFilter(watched, event)
