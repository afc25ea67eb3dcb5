"""Where the patient lives: pick "Texas (US-TX)" by typing part of its name; the code is stored.

Nothing is stored while typing: "Te" is not a place. When editing finishes (Enter, Tab, a pick
from the list) the text is resolved to one code, or the field keeps the text and says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.ui.editors.places import PlaceLookup, all_places


class JurisdictionEdit(QLineEdit):
    """A searchable list of places by name; ``code()`` is the ISO code the plan stores."""

    committed = Signal()

    def __init__(self, catalog: CatalogIndex | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup = PlaceLookup(all_places(catalog))
        self.setPlaceholderText(QCoreApplication.translate("JurisdictionEdit", "Start typing a country or state, e.g. Texas"))
        completer = QCompleter([p.label for p in self.lookup.places], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.editingFinished.connect(self._on_finished)
        # A pick from the list finishes editing at once (the completer fills in the label first).
        completer.activated.connect(lambda _text: self._on_finished())

    def code(self) -> str | None:
        """The code the text names (None when empty); ValueError with plain words when none."""
        return self.lookup.resolve(self.text())

    def set_code(self, code: str | None) -> None:
        self.setText(self.lookup.label(code))

    def _on_finished(self) -> None:
        try:
            code = self.code()
        except ValueError:
            pass  # the binder reads code() again and shows the reason beside the field
        else:
            if code is not None and self.text() != self.lookup.label(code):
                self.setText(self.lookup.label(code))  # "texas" becomes "Texas (US-TX)"
        self.committed.emit()
