"""After a crash: offer the recovery copies left behind (restore, discard, or decide later)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from careplan.storage.autosave import Recovery


class RecoveryDialog(QDialog):
    RESTORE = 1
    DISCARD = 2

    def __init__(self, recoveries: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore unsaved work?")
        self.resize(560, 320)
        self.recoveries = recoveries
        self.choice = 0
        intro = QLabel("Careplan closed before these plans were saved. Restore one to carry on where you left off.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Unsaved plans")
        for recovery in recoveries:
            where = recovery.original_path.name if recovery.original_path else "never saved"
            local = recovery.saved_at.astimezone().strftime("%d %b %Y %H:%M")
            self.list.addItem(QListWidgetItem(f"{recovery.title} \u2013 {where} \u2013 last change {local}"))
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox()
        restore = QPushButton("Restore")
        discard = QPushButton("Discard")
        later = QPushButton("Decide later")
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
        row = self.list.currentRow()
        return self.recoveries[row] if 0 <= row < len(self.recoveries) else None
