"""Measures per visit: pick the instrument and date, answer its items, see the score by the
published rule, add the visit (one undo step); the visits so far and a trend chart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.instruments import instrument, load_instruments
from careplan.domain.measures import series
from careplan.domain.plan import CarePlan
from careplan.domain.plan_stewardship import MeasureEntry
from careplan.ui.edit_controller import EditController
from careplan.ui.stewardship.controls import combo, date_edit, fit_rows, named, picked_date, spin
from careplan.ui.stewardship.tables import ID_ROLE, MeasuresModel
from careplan.ui.stewardship.trend_plot import TrendPlot


class MeasuresPanel(QWidget):
    """Entry of one visit's answers, the recorded visits, and the selected measure's trend."""

    def __init__(self, controller: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        entry = QHBoxLayout()
        self.instrument = named(combo([(f"{i.id} \u2013 {i.name}", i.id) for i in load_instruments().instruments]),
                                QCoreApplication.translate("MeasuresPanel", "Measure"), QCoreApplication.translate("MeasuresPanel", "The questionnaire or scale answered at this visit"))
        self.day = date_edit(QCoreApplication.translate("MeasuresPanel", "Visit date"), QCoreApplication.translate("MeasuresPanel", "The day the patient answered"))
        entry.addWidget(self.instrument, 2)
        entry.addWidget(self.day, 1)
        column.addLayout(entry)
        self.items_holder = QWidget()
        self.items = QFormLayout(self.items_holder)
        self.items.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items_holder)
        self.score = QLabel()
        self.add = named(QPushButton(QCoreApplication.translate("MeasuresPanel", "Add visit")), QCoreApplication.translate("MeasuresPanel", "Add this visit"), QCoreApplication.translate("MeasuresPanel", "Adds the answers as one visit (Undo removes it)"))
        row = QHBoxLayout()
        row.addWidget(self.score, 1)
        row.addWidget(self.add)
        column.addLayout(row)
        self.model = MeasuresModel(lambda: controller.plan, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(QCoreApplication.translate("MeasuresPanel", "Visits recorded"))
        column.addWidget(self.table)
        self.remove = named(QPushButton(QCoreApplication.translate("MeasuresPanel", "Remove visit")), QCoreApplication.translate("MeasuresPanel", "Remove the selected visit"), QCoreApplication.translate("MeasuresPanel", "Undo brings it back"))
        column.addWidget(self.remove)
        self.plot = TrendPlot()
        column.addWidget(self.plot)
        self.answers: list[QSpinBox] = []
        self.instrument.currentIndexChanged.connect(self._on_instrument)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self._on_instrument()

    def _on_instrument(self) -> None:
        definition = instrument(str(self.instrument.currentData()))
        while self.items.rowCount():
            self.items.removeRow(0)
        self.answers = []
        hint = ", ".join(f"{n} {label.lower()}" for n, label in enumerate(definition.answer_labels, start=definition.item_min))
        for label in definition.item_labels:
            box = named(spin(definition.item_min, definition.item_max), label,
                         QCoreApplication.translate("MeasuresPanel", "{0} to {1}").format(definition.item_min, definition.item_max) + (f": {hint}" if hint else ""))
            box.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)
            box.setValue(definition.item_min)
            box.valueChanged.connect(self._show_score)
            self.answers.append(box)
            self.items.addRow(label, box)
        self._show_score()
        self.refresh(self.controller.plan)

    def _values(self) -> list[int]:
        return [box.value() for box in self.answers]

    def _show_score(self) -> None:
        definition = instrument(str(self.instrument.currentData()))
        value = definition.total(self._values())
        band = definition.band(value)
        shown = f"{value:.{definition.score_decimals}f}"
        self.score.setText(QCoreApplication.translate("MeasuresPanel", "Score: <b>{0}</b>").format(shown) + (f" ({band})" if band else "") +
                           " \u2014 " + QCoreApplication.translate("MeasuresPanel", "{0}, {1:g} to {2:g}").format(
                               definition.score, definition.score_min, definition.score_max))

    def _on_add(self) -> None:
        instrument_id = str(self.instrument.currentData())
        entry = MeasureEntry.model_validate({"instrument": instrument_id, "date": picked_date(self.day),
                                             "answers": self._values()})
        self.controller.add_item(("measures",), entry, QCoreApplication.translate("MeasuresPanel", "{0} visit").format(instrument_id))

    def _on_remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            entry_id = self.model.data(rows[0], ID_ROLE)
            self.controller.remove_item(("measures",), entry_id, "visit")

    def refresh(self, plan: CarePlan) -> None:
        self.model.reload()
        fit_rows(self.table, 6)
        instrument_id = str(self.instrument.currentData())
        definition = instrument(instrument_id)
        points = [(s.entry.date, round(s.value, definition.score_decimals)) for s in series(plan, instrument_id)]
        self.plot.set_series(points, definition.score_max, QCoreApplication.translate("MeasuresPanel", "{0} by visit (lower is better)").format(instrument_id))
