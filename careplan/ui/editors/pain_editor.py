"""The pain description: sites, types, causes, duration and baseline scores (PEG-3, NRS)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import PAIN_TYPES
from careplan.domain.plan import CarePlan
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor, add_row, named
from careplan.ui.editors.widgets import DoubleSpinBox, SpinBox
from careplan.ui.flow_layout import FlowLayout
from careplan.ui.translations import QT_TRANSLATE_NOOP

PAIN_TYPE_TIPS = {
    "nociceptive": QT_TRANSLATE_NOOP("PainEditor", "From tissue injury or inflammation (joints, muscles)"),
    "neuropathic": QT_TRANSLATE_NOOP("PainEditor", "From damage to or disease of the nerves (burning, shooting, numbness)"),
    "nociplastic": QT_TRANSLATE_NOOP("PainEditor", "From altered pain processing without clear tissue or nerve damage (e.g. fibromyalgia)"),
    "mixed": QT_TRANSLATE_NOOP("PainEditor", "More than one kind together"),
}
PEG_ITEMS = (QT_TRANSLATE_NOOP("PainEditor", "Pain on average"), QT_TRANSLATE_NOOP("PainEditor", "Interference with enjoyment of life"), QT_TRANSLATE_NOOP("PainEditor", "Interference with general activity"))


class PainEditor(PartEditor):
    heading = QT_TRANSLATE_NOOP("PainEditor", "Pain")

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(controller, catalog, parent)
        b = self.binder
        _box, form = self.group(QCoreApplication.translate("PainEditor", "Where and what kind"))
        sites = add_row(form, QCoreApplication.translate("PainEditor", "&Sites"), b.csv_line(QLineEdit(), ("pain", "sites"), QCoreApplication.translate("PainEditor", "pain sites")))
        sites.setPlaceholderText(QCoreApplication.translate("PainEditor", "e.g. lower back, left knee"))  # type: ignore[attr-defined]
        types = QWidget()
        row = FlowLayout(types)
        self.types = {code: named(QCheckBox(code_word(code.capitalize())), QCoreApplication.translate("PainEditor", "{0} pain").format(code_word(code.capitalize())), QCoreApplication.translate("PainEditor", PAIN_TYPE_TIPS[code]) if code in PAIN_TYPE_TIPS else "")
                      for code in PAIN_TYPES}
        for check in self.types.values():
            row.addWidget(check)
        b.check_group(self.types, ("pain", "types"), QCoreApplication.translate("PainEditor", "pain type"))
        form.addRow(QCoreApplication.translate("PainEditor", "Type"), types)
        causes = add_row(form, QCoreApplication.translate("PainEditor", "Causes"), b.csv_line(QLineEdit(), ("pain", "causes"), QCoreApplication.translate("PainEditor", "pain causes")))
        causes.setPlaceholderText(QCoreApplication.translate("PainEditor", "e.g. arthritis, nerve damage"))  # type: ignore[attr-defined]
        duration = DoubleSpinBox(0, 1200, decimals=1, suffix=QCoreApplication.translate("Units", "months"), optional=True)
        add_row(form, QCoreApplication.translate("PainEditor", "Duration"), b.spin(duration, ("pain", "duration_months"), QCoreApplication.translate("PainEditor", "pain duration")))

        _box, scores = self.group(QCoreApplication.translate("PainEditor", "Baseline scores (0 = none, 10 = worst)"))
        self.peg = [SpinBox(0, 10, optional=True) for _ in PEG_ITEMS]
        for i, (label, spin) in enumerate(zip(PEG_ITEMS, self.peg, strict=True)):
            spin.valueChanged.connect(self._on_peg_changed)
            add_row(scores, QCoreApplication.translate("PainEditor", "PEG {0}: {1}").format(i + 1, QCoreApplication.translate("PainEditor", label)), spin,
                    QCoreApplication.translate("PainEditor", "PEG-3 question about the past week, 0 (none) to 10 (worst); stored once all three are set"))
        nrs = SpinBox(0, 10, optional=True)
        add_row(scores, QCoreApplication.translate("PainEditor", "Pain now (NRS 0\u201310)"), b.spin(nrs, ("pain", "baseline", "nrs"), QCoreApplication.translate("PainEditor", "pain score (NRS)")))
        self.layout_.addStretch(1)

    def refresh(self, plan: CarePlan) -> None:
        super().refresh(plan)
        peg: list[int | None] = [*plan.pain.baseline.peg] if plan.pain.baseline.peg else [None, None, None]
        for spin, value in zip(self.peg, peg, strict=True):
            if spin.optional_value() != value:
                spin.blockSignals(True)
                spin.set_optional_value(value)
                spin.blockSignals(False)

    def _on_peg_changed(self, _value: int) -> None:
        values = [spin.optional_value() for spin in self.peg]
        # PEG-3 is all three scores or none: a partial set is kept on screen until complete.
        if all(v is None for v in values):
            self.controller.set_field(("pain", "baseline", "peg"), None, "PEG-3 scores")
        elif all(v is not None for v in values):
            self.controller.set_field(("pain", "baseline", "peg"), values, "PEG-3 scores")
