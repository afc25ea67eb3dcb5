"""Monitoring: what the plan's medicines call for with its due date, a line to record a task done
(one undo step), and the entries recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.domain.plan_stewardship import MONITORING_KINDS, MONITORING_LABELS, MonitoringEntry
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.stewardship.controls import combo, date_edit, fit_rows, named, picked_date
from careplan.ui.stewardship.tables import ID_ROLE, DueModel, MonitoringEntriesModel


def _table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(name)
    return view


class MonitoringPanel(QWidget):
    """Due dates first (overdue in red), then record a task done, then what was recorded."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.due_model = DueModel(lambda: controller.plan, catalog, date.today, self)
        self.due = _table(self.due_model, QCoreApplication.translate("MonitoringPanel", "Monitoring due"))
        self.none_due = QLabel(QCoreApplication.translate("MonitoringPanel", "No monitoring is called for by this plan's medicines."))
        column.addWidget(self.due)
        column.addWidget(self.none_due)
        entry = QHBoxLayout()
        self.kind = named(combo([(code_word(MONITORING_LABELS[k]), k) for k in MONITORING_KINDS]), QCoreApplication.translate("MonitoringPanel", "Monitoring task"),
                          QCoreApplication.translate("MonitoringPanel", "What was done: a PDMP check, a urine drug test, a treatment agreement, naloxone offered, "
                          "a bowel regimen"))
        self.day = date_edit(QCoreApplication.translate("MonitoringPanel", "Done on"), QCoreApplication.translate("MonitoringPanel", "The day it was done"))
        self.note = named(QLineEdit(), QCoreApplication.translate("MonitoringPanel", "Monitoring note"), QCoreApplication.translate("MonitoringPanel", "A short note, e.g. the result, for the summary"))
        self.note.setPlaceholderText(QCoreApplication.translate("MonitoringPanel", "Note (optional)"))
        self.record = named(QPushButton(QCoreApplication.translate("MonitoringPanel", "Record")), QCoreApplication.translate("MonitoringPanel", "Record this task"), QCoreApplication.translate("MonitoringPanel", "Adds it to the plan (Undo removes it)"))
        entry.addWidget(self.kind, 2)
        entry.addWidget(self.day, 1)
        entry.addWidget(self.record)
        column.addLayout(entry)
        column.addWidget(self.note)
        self.entries_model = MonitoringEntriesModel(lambda: controller.plan, self)
        self.entries = _table(self.entries_model, QCoreApplication.translate("MonitoringPanel", "Monitoring recorded"))
        column.addWidget(self.entries)
        self.remove = named(QPushButton(QCoreApplication.translate("MonitoringPanel", "Remove entry")), QCoreApplication.translate("MonitoringPanel", "Remove the selected monitoring entry"), QCoreApplication.translate("MonitoringPanel", "Undo brings it back"))
        column.addWidget(self.remove)
        self.record.clicked.connect(self._on_record)
        self.remove.clicked.connect(self._on_remove)

    def _on_record(self) -> None:
        kind = str(self.kind.currentData())
        entry = MonitoringEntry.model_validate({"kind": kind, "date": picked_date(self.day),
                                                "note": self.note.text().strip()})
        if self.controller.add_item(("monitoring",), entry, code_word(MONITORING_LABELS[kind]).lower()):
            self.note.clear()

    def _on_remove(self) -> None:
        rows = self.entries.selectionModel().selectedRows()
        if rows:
            self.controller.remove_item(("monitoring",), self.entries_model.data(rows[0], ID_ROLE), QCoreApplication.translate("MonitoringPanel", "monitoring entry"))

    def refresh(self, plan: CarePlan) -> None:
        self.due_model.reload()
        self.entries_model.reload()
        fit_rows(self.due, 6)
        fit_rows(self.entries, 5)
        has_due = self.due_model.rowCount() > 0
        self.due.setVisible(has_due)
        self.none_due.setVisible(not has_due)
