"""The flare plan's steps as a short list of rows: what kind of advice each is, and its words.

The kind (heat, rest, breathing ...) is what the advice rules read: heat beside a fentanyl patch
or a diclofenac gel gets a finding, and the handout words that step safely. Rows are bound to the
plan by position; they are rebuilt only when a step is added or removed, so typing keeps focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from careplan.domain.advice import ADVICE_KIND_LABELS, ADVICE_KINDS
from careplan.domain.plan import CarePlan, FlareStep
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import named
from careplan.ui.editors.binding import FormBinder
from careplan.ui.editors.widgets import ComboBox

STEPS = ("flare_plan", "steps")
KIND_CHOICES = [(ADVICE_KIND_LABELS[k], k) for k in ADVICE_KINDS]


class FlareStepRow(QWidget):
    """One step: a kind picker, its words, and a button to remove it."""

    def __init__(self, controller: EditController, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = FormBinder(controller)
        n = index + 1
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        kind = ComboBox(KIND_CHOICES)
        # Narrow: the step's words get the rest of the editor, at 150 % too.
        kind.setMinimumContentsLength(7)
        self.kind = named(self.binder.combo(kind, (*STEPS, index, "kind"), QCoreApplication.translate("FlareStepRow", "kind of flare step {0}").format(n)),
                          QCoreApplication.translate("FlareStepRow", "Kind of step {0}").format(n), QCoreApplication.translate("FlareStepRow", "What the step is about; the safety checks read it (heat with a patch "
                          "or a gel, alcohol with a sedating medicine)"))
        self.text = named(self.binder.line(QLineEdit(), (*STEPS, index, "text"), QCoreApplication.translate("FlareStepRow", "flare step {0}").format(n)), QCoreApplication.translate("FlareStepRow", "Step {0}").format(n),
                          QCoreApplication.translate("FlareStepRow", "What the patient does, in plain words"))
        remove = named(QToolButton(), QCoreApplication.translate("FlareStepRow", "Remove step {0}").format(n), QCoreApplication.translate("FlareStepRow", "Remove this step"))
        remove.setText("\u2715")
        remove.clicked.connect(lambda: controller.remove_item(STEPS, index, QCoreApplication.translate("FlareStepRow", "flare-plan step")))
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(remove)

    def refresh(self, plan: CarePlan) -> None:
        self.binder.refresh(plan)


class FlareStepList(QWidget):
    """The steps in order, with an "Add step" button below them."""

    def __init__(self, controller: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows: list[FlareStepRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout = QVBoxLayout()
        layout.addLayout(self._rows_layout)
        add = named(QPushButton(QCoreApplication.translate("FlareStepList", "Add step")), QCoreApplication.translate("FlareStepList", "Add a flare-plan step"))
        add.clicked.connect(self._on_add)
        layout.addWidget(add)

    def refresh(self, plan: CarePlan) -> None:
        count = len(plan.flare_plan.steps)
        if count != len(self.rows):
            for row in self.rows:
                row.hide()
                row.deleteLater()
            self.rows = [FlareStepRow(self.controller, i) for i in range(count)]
            for row in self.rows:
                self._rows_layout.addWidget(row)
        for row in self.rows:
            row.refresh(plan)

    def _on_add(self) -> None:
        if self.controller.add_item(STEPS, FlareStep(kind="other", text=""), QCoreApplication.translate("FlareStepList", "flare-plan step")):
            self.refresh(self.controller.plan)
            self.rows[-1].text.setFocus()
