"""Kratom counselling: reported use and the cautions discussed. It never records a suggested dose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.edits import get_field
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import add_row, named
from careplan.ui.editors.module_base import ModuleEditor
from careplan.ui.editors.widgets import ComboBox, DoubleSpinBox, SpinBox
from careplan.ui.translations import QT_TRANSLATE_NOOP, translated_choices

STATUSES = [(QT_TRANSLATE_NOOP("KratomEditor", "Currently using"), "current_use"), (QT_TRANSLATE_NOOP("KratomEditor", "Considering it"), "considering"), (QT_TRANSLATE_NOOP("KratomEditor", "Tapering off"), "tapering"),
            (QT_TRANSLATE_NOOP("KratomEditor", "Used in the past"), "past_use"), (QT_TRANSLATE_NOOP("KratomEditor", "Advised against it"), "advised_against")]
FORMS = [(QT_TRANSLATE_NOOP("KratomEditor", "Not known"), "unknown"), (QT_TRANSLATE_NOOP("KratomEditor", "Leaf"), "leaf"), (QT_TRANSLATE_NOOP("KratomEditor", "Powder"), "powder"), (QT_TRANSLATE_NOOP("KratomEditor", "Capsules"), "capsule"), (QT_TRANSLATE_NOOP("KratomEditor", "Liquid / shot"), "liquid"),
         (QT_TRANSLATE_NOOP("KratomEditor", "Concentrated extract"), "extract"), ("7-OH product", "7oh_product")]


class KratomEditor(ModuleEditor):
    heading = QT_TRANSLATE_NOOP("KratomEditor", "Kratom (counselling)")

    def __init__(self, controller: EditController, catalog: CatalogIndex, module_id: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, module_id, parent)
        b = self.binder
        self.accepted = QLabel()
        self.accepted.setWordWrap(True)
        self.layout_.addWidget(self.accepted)
        _box, form = self.group(QCoreApplication.translate("KratomEditor", "What the patient reports"))
        add_row(form, QCoreApplication.translate("KratomEditor", "&Status"), b.combo(ComboBox(translated_choices("KratomEditor", STATUSES)), self.m("status"), QCoreApplication.translate("KratomEditor", "kratom status")))
        add_row(form, QCoreApplication.translate("KratomEditor", "Product form"), b.combo(ComboBox(translated_choices("KratomEditor", FORMS)), self.m("product_form"), QCoreApplication.translate("KratomEditor", "kratom product form")))
        add_row(form, QCoreApplication.translate("KratomEditor", "Amount (as reported)"), b.line(QLineEdit(), self.m("reported_amount"), QCoreApplication.translate("KratomEditor", "reported amount")),
                QCoreApplication.translate("KratomEditor", "What the patient says they take; Careplan never suggests an amount"))
        add_row(form, QCoreApplication.translate("KratomEditor", "How often (as reported)"), b.line(QLineEdit(), self.m("reported_frequency"), QCoreApplication.translate("KratomEditor", "reported frequency")))
        add_row(form, QCoreApplication.translate("KratomEditor", "For how long"), b.spin(DoubleSpinBox(0, 1200, decimals=1, suffix=QCoreApplication.translate("Units", "months"), optional=True),
                                             self.m("duration_months"), QCoreApplication.translate("KratomEditor", "duration of use")))
        add_row(form, QCoreApplication.translate("KratomEditor", "Where they get it"), b.line(QLineEdit(), self.m("source"), "source"))
        add_row(form, QCoreApplication.translate("KratomEditor", "Withdrawal symptoms"), b.line(QLineEdit(), self.m("withdrawal_symptoms"), QCoreApplication.translate("KratomEditor", "withdrawal symptoms")))
        _box, cforms = self.group(QCoreApplication.translate("KratomEditor", "Cautions discussed with the patient"))
        self.cautions = {c.id: named(QCheckBox(c.title), c.title, c.clinician_text) for c in catalog.data.kratom_cautions}
        for check in self.cautions.values():
            cforms.addRow(check)
        b.check_group(self.cautions, self.m("cautions_discussed"), QCoreApplication.translate("KratomEditor", "cautions discussed"))
        _box, mform = self.group(QCoreApplication.translate("KratomEditor", "Monitoring"))
        monitoring = b.lines(QPlainTextEdit(), self.m("monitoring"), QCoreApplication.translate("KratomEditor", "kratom monitoring"))
        monitoring.setPlaceholderText(QCoreApplication.translate("KratomEditor", "One per line, e.g. liver function tests"))
        monitoring.setMaximumHeight(80)
        add_row(mform, QCoreApplication.translate("KratomEditor", "Monitoring"), monitoring)
        add_row(mform, QCoreApplication.translate("KratomEditor", "Review in"), b.spin(SpinBox(1, 52, suffix=QCoreApplication.translate("Units", "weeks"), optional=True), self.m("follow_up_weeks"), QCoreApplication.translate("KratomEditor", "kratom review")))
        self.add_notes(QCoreApplication.translate("KratomEditor", "Kratom"))

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        try:
            module = get_field(plan, ("modules", self.module_id))
        except KeyError:
            return
        when = module.cautions_accepted_at.strftime("%d %b %Y %H:%M") if module.cautions_accepted_at else QCoreApplication.translate("KratomEditor", "unknown time")
        who = module.cautions_accepted_by or QCoreApplication.translate("KratomEditor", "the clinician")
        self.accepted.setText(QCoreApplication.translate("KratomEditor", "Cautions accepted by {0} on {1} (UTC).").format(who, when))
