"""After a crash: offer the recovery copies left behind (restore, discard, or decide later)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careplan.storage.autosave import Recovery
from careplan.storage.errors import PlanFileError
from careplan.ui.screen_fit import FittedDialog


@dataclass(frozen=True)
class RecoveryRow:
    """What a clinician needs to recognise unsaved work: the plan, the patient, when, which file."""

    title: str
    patient: str
    when: str
    file: str


def describe(recovery: Recovery) -> RecoveryRow:
    try:
        plan = recovery.load()
    except PlanFileError:
        patient = QCoreApplication.translate("RecoveryDialog", "(copy damaged: cannot be restored)")
    else:
        patient = QCoreApplication.translate("RecoveryDialog", "(a template)") if plan.patient is None else (plan.patient.name.strip() or QCoreApplication.translate("RecoveryDialog", "(no name yet)"))
    when = recovery.saved_at.astimezone().strftime("%d %b %Y, %H:%M")
    file = recovery.original_path.name if recovery.original_path else QCoreApplication.translate("RecoveryDialog", "never saved")
    return RecoveryRow(recovery.title or QCoreApplication.translate("RecoveryDialog", "Untitled plan"), patient, when, file)


class RecoveryDialog(FittedDialog):
    RESTORE = 1
    DISCARD = 2

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RecoveryDialog", "Restore unsaved work?"))
        self.resize(720, 320)
        self.recoveries = recoveries
        self.choice = 0
        intro = QLabel(QCoreApplication.translate("RecoveryDialog", "Careplan closed before these plans were saved. Restore one to carry on where you left off."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setAccessibleName(QCoreApplication.translate("RecoveryDialog", "Unsaved plans"))
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([QCoreApplication.translate("RecoveryDialog", "Plan"), QCoreApplication.translate("RecoveryDialog", "Patient"), QCoreApplication.translate("RecoveryDialog", "Last change"), QCoreApplication.translate("RecoveryDialog", "File")])
        # Whole entries, never cut off: columns fit their text, long ones wrap in a tooltip too.
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.setWordWrap(True)
        self.rows = [describe(r) for r in recoveries]
        for row in self.rows:
            item = QTreeWidgetItem([row.title, row.patient, row.when, row.file])
            item.setToolTip(0, QCoreApplication.translate("RecoveryDialog", "{0} – {1} – last change {2} – {3}").format(row.title, row.patient, row.when, row.file))
            self.list.addTopLevelItem(item)
        if (first := self.list.topLevelItem(0)) is not None:
            self.list.setCurrentItem(first)
        buttons = QDialogButtonBox()
        restore = QPushButton(QCoreApplication.translate("RecoveryDialog", "Restore"))
        discard = QPushButton(QCoreApplication.translate("RecoveryDialog", "Discard"))
        later = QPushButton(QCoreApplication.translate("RecoveryDialog", "Decide later"))
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        restore.clicked.connect(lambda: self._choose(self.RESTORE))
        discard.clicked.connect(lambda: self._choose(self.DISCARD))
        later.clicked.connect(self.reject)
        restore.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def selected(self) -> Recovery | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.recoveries[row] if 0 <= row < len(self.recoveries) else None
