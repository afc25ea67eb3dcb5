"""The module palette: a search box over the module kinds; double-click, Enter or drag adds one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from careplan.ui.outline.palette_model import KIND_ROLE, PaletteModel


class PaletteView(QWidget):
    module_chosen = Signal(str)
    preferences_requested = Signal()

    def __init__(self, model: PaletteModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("PaletteView", "Search modules"))
        self.search.setAccessibleName(QCoreApplication.translate("PaletteView", "Search modules"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.returnPressed.connect(self._on_search_enter)
        self.list = QListView()
        self.list.setAccessibleName(QCoreApplication.translate("PaletteView", "Module palette"))
        self.list.setModel(self.proxy)
        self.list.setIconSize(QSize(20, 20))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # activated is double-click or Enter, as the platform defines them.
        self.list.activated.connect(self._on_activated)
        title = QLabel(QCoreApplication.translate("PaletteView", "&Add a module"))
        title.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        # Where the optional kratom module comes from, while it is off.
        self.kratom_hint = QLabel(QCoreApplication.translate("PaletteView", 'Kratom counselling is off: <a href="preferences">turn it on in Preferences</a>.'))
        self.kratom_hint.setWordWrap(True)
        self.kratom_hint.setToolTip(QCoreApplication.translate("PaletteView", "The kratom module is optional; its cautions must be accepted to turn it on"))
        self.kratom_hint.linkActivated.connect(lambda _link: self.preferences_requested.emit())
        layout.addWidget(self.kratom_hint)
        model.modelReset.connect(self._on_kinds_changed)
        self._on_kinds_changed()

    def _on_kinds_changed(self) -> None:
        self.kratom_hint.setVisible("kratom" not in self.model.kinds())
        # No taller than its modules: the outline above gets the rest (at 150 % on a laptop the
        # outline scrolled while the palette showed empty rows).
        rows = max(1, self.model.rowCount())
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)

    def _on_activated(self, index: QModelIndex) -> None:
        kind = index.data(KIND_ROLE)
        if kind:
            self.module_chosen.emit(str(kind))

    def _on_search_enter(self) -> None:
        if self.proxy.rowCount() > 0:
            self._on_activated(self.proxy.index(0, 0))
