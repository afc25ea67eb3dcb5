"""The comparison of two plans, grouped by section, in the clinical words of ``plan_diff``."""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from careplan.domain.plan_diff import Difference
from careplan.ui.screen_fit import FittedDialog


class CompareDialog(FittedDialog):
    def __init__(self, heading: str, differences: list[Difference], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CompareDialog", "Compare plans"))
        title = QLabel(heading)
        title.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(QCoreApplication.translate("CompareDialog", "Differences"))
        self.tree.setWordWrap(True)
        for section, group in groupby(differences, key=lambda d: d.section):
            parent_item = QTreeWidgetItem([section])
            font = parent_item.font(0)
            font.setBold(True)
            parent_item.setFont(0, font)
            for difference in group:
                child = QTreeWidgetItem([difference.text])
                child.setToolTip(0, difference.text)
                parent_item.addChild(child)
            self.tree.addTopLevelItem(parent_item)
        self.tree.expandAll()
        if not differences:
            self.tree.addTopLevelItem(QTreeWidgetItem([QCoreApplication.translate("CompareDialog", "No differences.")]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def texts(self) -> list[str]:
        """Every line shown, "Section: text" (tests read the dialog through this)."""
        out: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            children = [top.child(j) for j in range(top.childCount())]
            out += [f"{top.text(0)}: {child.text(0)}" for child in children if child is not None]
        return out
