"""The "Modules" heading: the modules in order, with keyboard-friendly move and remove buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.module_summary import module_summary
from careplan.domain.plan import CarePlan
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, named
from careplan.ui.icons import module_icon
from careplan.ui.translations import QT_TRANSLATE_NOOP


class ModulesOverview(PartEditor):
    heading = QT_TRANSLATE_NOOP("ModulesOverview", "Modules")

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        intro = QLabel(QCoreApplication.translate("ModulesOverview", "The plan's modules in the order the handout prints them. Add modules from the "
                       "palette on the left (double-click, Enter, or drag them into the outline)."))
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.list = named(QListWidget(), QCoreApplication.translate("ModulesOverview", "Modules in order"))
        self.layout_.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.up = named(QPushButton(QCoreApplication.translate("ModulesOverview", "Move up")), QCoreApplication.translate("ModulesOverview", "Move module up"))
        self.down = named(QPushButton(QCoreApplication.translate("ModulesOverview", "Move down")), QCoreApplication.translate("ModulesOverview", "Move module down"))
        self.remove = named(QPushButton(QCoreApplication.translate("ModulesOverview", "Remove")), QCoreApplication.translate("ModulesOverview", "Remove module"))
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self.up.clicked.connect(lambda: self._on_move(-1))
        self.down.clicked.connect(lambda: self._on_move(1))
        self.remove.clicked.connect(self._on_remove)

    def refresh(self, plan: CarePlan) -> None:
        current = self.list.currentItem().data(256) if self.list.currentItem() else None
        self.list.clear()
        for module in plan.modules:
            item = QListWidgetItem(module_icon(module.kind), f"{code_word(MODULE_LABELS[module.kind])}  \u2013  {module_summary(module)}")
            item.setData(256, module.id)
            self.list.addItem(item)
            if module.id == current:
                self.list.setCurrentItem(item)
        has = bool(plan.modules)
        for button in (self.up, self.down, self.remove):
            button.setEnabled(has)

    def _selected(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(256)) if item else None

    def _on_move(self, step: int) -> None:
        module_id = self._selected()
        if module_id is None:
            return
        index = self.list.currentRow() + step
        if 0 <= index < self.list.count():
            self.controller.move_module(module_id, index)

    def _on_remove(self) -> None:
        module_id = self._selected()
        if module_id is not None:
            self.controller.remove_module(module_id)
