"""The taper editor window: a table of steps, each with its date, doses, amount a day and MME; a
form for the selected step; working out steps from a rate; and the pace against the sourced
guidance. Every change is one undo step on the plan's own stack (Undo here or in the main window).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import SLOT_LABELS, SLOTS
from careplan.domain.edits import FieldPath
from careplan.domain.taper import TaperError, TaperLevel
from careplan.domain.taper_edits import (
    doses_step,
    level_slots,
    new_step,
    next_monday,
    rate_steps,
    taper_data,
    with_step,
    without_step,
)
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.stewardship.controls import combo, date_edit, named, picked_date
from careplan.ui.stewardship.taper_checks import pace_words
from careplan.ui.stewardship.taper_model import STEP_ROLE, TaperModel
from careplan.ui.stewardship.trend_plot import TrendPlot
from careplan.ui.translations import QT_TRANSLATE_NOOP, translated_choices

LONG_TERM = [(QT_TRANSLATE_NOOP("TaperDialog", "Not recorded (the slower rate applies)"), None), (QT_TRANSLATE_NOOP("TaperDialog", "Less than a year"), False), (QT_TRANSLATE_NOOP("TaperDialog", "A year or longer"), True)]


class TaperDialog(QDialog):
    """One medicine's taper; not modal, so the plan stays in view while it is edited."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, item_path: FieldPath, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.catalog = catalog
        self.item_path = item_path
        self.name = name
        self.setWindowTitle(QCoreApplication.translate("TaperDialog", "Taper: {0}").format(name))
        self.setModal(False)
        column = QVBoxLayout(self)
        self.pace = QLabel()
        self.pace.setWordWrap(True)
        self.pace.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.pace)
        self.model = TaperModel(lambda: controller.plan, catalog, item_path, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(QCoreApplication.translate("TaperDialog", "Taper steps"))
        # The steps come first: at least four rows in view; the chart gets what is left.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + self.table.verticalHeader().defaultSectionSize() * 4 + 4)
        column.addWidget(self.table, 1)
        self.plot = TrendPlot()
        self.plot.setFixedHeight(self.fontMetrics().height() * 7)
        column.addWidget(self.plot)
        column.addWidget(self._step_box())
        column.addWidget(self._rate_box())
        column.addLayout(self._buttons())
        self.table.selectionModel().selectionChanged.connect(self._show_step)
        controller.document.plan_changed.connect(self.refresh)
        self.refresh()

    # --- layout --------------------------------------------------------------------------

    def _step_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("TaperDialog", "Selected step"))
        rows = QVBoxLayout(box)
        row = QHBoxLayout()
        self.step_from = date_edit(QCoreApplication.translate("TaperDialog", "Step starts"), QCoreApplication.translate("TaperDialog", "The first day of this step"))
        self.kind = named(combo([(QCoreApplication.translate("TaperDialog", "Doses"), "doses"), (QCoreApplication.translate("TaperDialog", "Pause"), "pause"), (QCoreApplication.translate("TaperDialog", "Stop"), "stop")]), QCoreApplication.translate("TaperDialog", "Step kind"),
                          QCoreApplication.translate("TaperDialog", "Doses at the times of day; a pause keeps the dose before; a stop ends the medicine"))
        row.addWidget(self.step_from)
        row.addWidget(self.kind)
        self.slot_doses: dict[str, QDoubleSpinBox] = {}
        for slot in SLOTS:
            spin = named(QDoubleSpinBox(), QCoreApplication.translate("TaperDialog", "{0} dose").format(code_word(SLOT_LABELS[slot])), QCoreApplication.translate("TaperDialog", "The {0} dose of this step (0 for none)").format(slot))
            spin.setRange(0, 100000)
            spin.setDecimals(2)
            spin.setPrefix(f"{code_word(SLOT_LABELS[slot])} ")
            self.slot_doses[slot] = spin
            row.addWidget(spin)
        rows.addLayout(row)
        second = QHBoxLayout()
        self.note = named(QLineEdit(), QCoreApplication.translate("TaperDialog", "Step note"), QCoreApplication.translate("TaperDialog", "Printed under the patient's calendar and in the summary"))
        self.note.setPlaceholderText(QCoreApplication.translate("TaperDialog", "Note for this step (printed under the calendar)"))
        self.apply = named(QPushButton(QCoreApplication.translate("TaperDialog", "Apply")), QCoreApplication.translate("TaperDialog", "Apply changes to this step"), QCoreApplication.translate("TaperDialog", "One undo step"))
        second.addWidget(self.note, 1)
        second.addWidget(self.apply)
        rows.addLayout(second)
        self.apply.clicked.connect(self._on_apply)
        return box

    def _rate_box(self) -> QGroupBox:
        box = QGroupBox(QCoreApplication.translate("TaperDialog", "Work out steps from a rate"))
        row = QHBoxLayout(box)
        self.rate_from = date_edit(QCoreApplication.translate("TaperDialog", "Rate taper starts"), QCoreApplication.translate("TaperDialog", "The first reduction's day"))
        self.rate_from.setDate(QDate(*next_monday(date.today()).timetuple()[:3]))
        self.percent = named(QDoubleSpinBox(), QCoreApplication.translate("TaperDialog", "Percent"), QCoreApplication.translate("TaperDialog", "How much less each period"))
        self.percent.setRange(1, 50)
        self.percent.setValue(10)
        self.percent.setSuffix(" %")
        self.per = named(combo([(QCoreApplication.translate("TaperDialog", "a month (4 weeks)"), "month"), (QCoreApplication.translate("TaperDialog", "a week"), "week")]), QCoreApplication.translate("TaperDialog", "Per"), QCoreApplication.translate("TaperDialog", "How often"))
        self.basis = named(combo([(QCoreApplication.translate("TaperDialog", "of the starting dose"), "starting"), (QCoreApplication.translate("TaperDialog", "of the dose before"), "previous")]), QCoreApplication.translate("TaperDialog", "Basis"),
                           QCoreApplication.translate("TaperDialog", "Opioid guidance counts percent of the starting dose; benzodiazepine guidance of the dose before"))
        self.pause_after = named(QSpinBox(), QCoreApplication.translate("TaperDialog", "Pause after step"), QCoreApplication.translate("TaperDialog", "Add a pause after this reduction (0 for none)"))
        self.pause_after.setRange(0, 80)
        self.pause_weeks = named(QSpinBox(), QCoreApplication.translate("TaperDialog", "Pause weeks"), QCoreApplication.translate("TaperDialog", "How many weeks the pause lasts"))
        self.pause_weeks.setRange(1, 52)
        self.pause_weeks.setValue(4)
        self.pause_weeks.setSuffix(QCoreApplication.translate("TaperDialog", " weeks"))
        self.work_out = named(QPushButton(QCoreApplication.translate("TaperDialog", "Work out steps")), QCoreApplication.translate("TaperDialog", "Work out steps from the rate"),
                              QCoreApplication.translate("TaperDialog", "Replaces the steps with dated ones rounded to the strengths in the catalog (one undo step)"))
        for widget in (self.rate_from, self.percent, self.per, self.basis, QLabel(QCoreApplication.translate("TaperDialog", "pause after")), self.pause_after,
                       self.pause_weeks, self.work_out):
            row.addWidget(widget)
        self.work_out.clicked.connect(self._on_work_out)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.long_term = named(combo(translated_choices("TaperDialog", LONG_TERM)), QCoreApplication.translate("TaperDialog", "Length of use"), QCoreApplication.translate("TaperDialog", "Whether the patient has taken it for a year or "
                               "longer: the guidance rate depends on it"))
        self.add_step = named(QPushButton(QCoreApplication.translate("TaperDialog", "Add step")), QCoreApplication.translate("TaperDialog", "Add a step"), QCoreApplication.translate("TaperDialog", "Four weeks after the last, same doses (one undo step)"))
        self.remove_step = named(QPushButton(QCoreApplication.translate("TaperDialog", "Remove step")), QCoreApplication.translate("TaperDialog", "Remove the selected step"), QCoreApplication.translate("TaperDialog", "Undo brings it back"))
        self.remove_taper = named(QPushButton(QCoreApplication.translate("TaperDialog", "Remove taper")), QCoreApplication.translate("TaperDialog", "Remove the whole taper"), QCoreApplication.translate("TaperDialog", "Undo brings it back"))
        stack = self.controller.document.undo_stack
        self.undo = named(QPushButton(QCoreApplication.translate("TaperDialog", "Undo")), QCoreApplication.translate("TaperDialog", "Undo"), QCoreApplication.translate("TaperDialog", "Undo the last change to the plan"))
        self.undo.clicked.connect(stack.undo)
        close = QPushButton(QCoreApplication.translate("TaperDialog", "Close"))
        close.clicked.connect(self.close)
        for widget in (QLabel(QCoreApplication.translate("TaperDialog", "Used for:")), self.long_term, self.add_step, self.remove_step, self.remove_taper):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.undo)
        row.addWidget(close)
        self.add_step.clicked.connect(self._on_add_step)
        self.remove_step.clicked.connect(self._on_remove_step)
        self.remove_taper.clicked.connect(lambda: self._write(None, "remove"))
        self.long_term.activated.connect(self._on_long_term)
        return row

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self._selected_step_id()
        self.model.reload()
        item = self.model.item()
        if item is None:
            self.close()
            return
        self.pace.setText(pace_words(self.controller.plan, self.catalog, item) if item.taper is not None else
                          QCoreApplication.translate("TaperDialog", "No taper yet. Add a step, or work out the steps from a rate. The dose now: {0:g} {1}.").format(item.dose, item.unit))
        if self.model.problem:
            self.pace.setText(f"\u26a0 {self.model.problem}")
        levels = self.model.levels
        label = QCoreApplication.translate("TaperDialog", "MME/day") if levels and levels[0].mme is not None else QCoreApplication.translate("TaperDialog", "{0} a day").format(item.unit)
        if len(levels) > 1 and levels[1].begins is not None:
            def value(level: TaperLevel) -> float:
                return level.mme if level.mme is not None else level.daily

            points = [(levels[1].begins - timedelta(days=7), value(levels[0]))]
            points += [(lvl.begins, value(lvl)) for lvl in levels[1:] if lvl.begins is not None]
            self.plot.set_series(points, None, QCoreApplication.translate("TaperDialog", "{0} by date").format(label), steps=True)
        else:
            self.plot.set_series([], None, QCoreApplication.translate("TaperDialog", "{0} by date").format(label), steps=True)
        self.long_term.setCurrentIndex(next(i for i, (_l, v) in enumerate(LONG_TERM)
                                            if v == (item.taper.long_term_use if item.taper else None)))
        self.remove_taper.setEnabled(item.taper is not None)
        self._select(selected)

    def _selected_step_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.data(rows[0], STEP_ROLE) if rows else None

    def _select(self, step_id: str | None) -> None:
        for row in range(self.model.rowCount()):
            if step_id is not None and self.model.data(self.model.index(row, 0), STEP_ROLE) == step_id:
                self.table.selectRow(row)
                return
        self._show_step()

    def _show_step(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        level = self.model.levels[rows[0].row()] if rows else None
        editable = level is not None and level.step is not None
        for widget in (self.step_from, self.kind, self.note, self.apply, self.remove_step, *self.slot_doses.values()):
            widget.setEnabled(editable)
        item = self.model.item()
        if not editable or level is None or level.step is None or item is None:
            return
        begins = level.step.begins
        self.step_from.setDate(QDate(begins.year, begins.month, begins.day))
        self.kind.setCurrentIndex(self.kind.findData({"pause": "pause", "stop": "stop"}.get(level.kind, "doses")))
        amounts = level_slots(item, level, self.catalog) if level.kind == "dose" else {}
        for slot, spin in self.slot_doses.items():
            spin.setValue(amounts.get(slot, 0.0))
        self.note.setText(level.step.note)

    # --- changes -------------------------------------------------------------------------

    def _write(self, data: dict[str, object] | None, what: str) -> bool:
        return self.controller.set_field((*self.item_path, "taper"), data, QCoreApplication.translate("TaperDialog", "{0} taper ({1})").format(self.name, what), merge=False)

    def _on_apply(self) -> None:
        item = self.model.item()
        step_id = self._selected_step_id()
        if item is None or step_id is None:
            return
        begins, kind, note = picked_date(self.step_from), self.kind.currentData(), self.note.text().strip()
        if kind == "doses":
            step = doses_step(begins, {s: spin.value() for s, spin in self.slot_doses.items()}, note, item.interval_hours)
        else:
            step = {"from": begins, kind: True, "note": note}
        self._write(with_step(taper_data(item), step, replace=step_id), "step")

    def _on_add_step(self) -> None:
        item = self.model.item()
        if item is not None:
            self._write(with_step(taper_data(item), new_step(item, self.catalog, date.today())), QCoreApplication.translate("TaperDialog", "add step"))

    def _on_remove_step(self) -> None:
        item = self.model.item()
        step_id = self._selected_step_id()
        if item is not None and step_id is not None:
            self._write(without_step(taper_data(item), step_id), QCoreApplication.translate("TaperDialog", "remove step"))

    def _on_long_term(self) -> None:
        item = self.model.item()
        if item is not None and item.taper is not None:
            self._write({**taper_data(item), "long_term_use": self.long_term.currentData()}, QCoreApplication.translate("TaperDialog", "length of use"))

    def _on_work_out(self) -> None:
        item = self.model.item()
        if item is None:
            return
        pauses = [{"after_step": self.pause_after.value(), "weeks": self.pause_weeks.value()}] if self.pause_after.value() else []
        rate = {"from": picked_date(self.rate_from), "percent": self.percent.value(), "per": self.per.currentData(),
                "basis": self.basis.currentData(), "pauses": pauses}
        try:
            data = rate_steps(item, self.catalog, rate)
        except (TaperError, ValueError) as exc:
            self.pace.setText(QCoreApplication.translate("TaperDialog", "⚠ Steps not worked out: {0}").format(exc))
            return
        self._write(data, QCoreApplication.translate("TaperDialog", "steps from a rate"))
