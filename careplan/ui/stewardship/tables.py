"""Table models for care over time: thin, read-only adapters over the document's plan (measures
by visit with their scores, monitoring recorded, and each task's due date)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from careplan.domain.catalog import CatalogIndex
from careplan.domain.measures import score
from careplan.domain.monitoring import MonitoringStatus, monitoring_status
from careplan.domain.plan import CarePlan
from careplan.domain.plan_stewardship import MONITORING_LABELS, MeasureEntry, MonitoringEntry
from careplan.ui.code_words import code_word
from careplan.ui.translations import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Overdue or never recorded: the same dark red as the summary's critical colour.
ATTENTION = QColor("#A4161A")
STATE_WORDS = {"done": QT_TRANSLATE_NOOP("Tables", "up to date"), "due": QT_TRANSLATE_NOOP("Tables", "due today"), "overdue": "overdue", "missing": QT_TRANSLATE_NOOP("Tables", "not recorded"),
               "covered": QT_TRANSLATE_NOOP("Tables", "naloxone in the plan")}


class _PlanTable(QAbstractTableModel):
    """Rows are worked out from the plan when it changes (``reload``); cells read those rows."""

    headers: tuple[str, ...] = ()

    def __init__(self, plan: Callable[[], CarePlan], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._rows: list[Any] = []

    def rows(self, plan: CarePlan) -> list[Any]:
        raise NotImplementedError

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def row_id(self, row: Any) -> str:
        return ""

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.rows(self._plan())
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(row)[index.column()]
        if role == ID_ROLE:
            return self.row_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self.headers):
            return QCoreApplication.translate(type(self).__name__, self.headers[section])
        return None


class MeasuresModel(_PlanTable):
    """Every measure entry, newest first: date, instrument, score by its published rule, band."""

    headers = (QT_TRANSLATE_NOOP("MeasuresModel", "Date"), QT_TRANSLATE_NOOP("MeasuresModel", "Measure"), QT_TRANSLATE_NOOP("MeasuresModel", "Score"), QT_TRANSLATE_NOOP("MeasuresModel", "Band"))

    def rows(self, plan: CarePlan) -> list[MeasureEntry]:
        return sorted(plan.measures, key=lambda e: (e.date, e.instrument), reverse=True)

    def cells(self, row: MeasureEntry) -> tuple[str, ...]:
        result = score(row)
        return (row.date.isoformat(), row.instrument, result.shown(), result.band or "\u2014")

    def row_id(self, row: MeasureEntry) -> str:
        return row.id


class MonitoringEntriesModel(_PlanTable):
    """Monitoring recorded, newest first."""

    headers = (QT_TRANSLATE_NOOP("MonitoringEntriesModel", "Date"), QT_TRANSLATE_NOOP("MonitoringEntriesModel", "Task"), QT_TRANSLATE_NOOP("MonitoringEntriesModel", "Note"))

    def rows(self, plan: CarePlan) -> list[MonitoringEntry]:
        return sorted(plan.monitoring, key=lambda e: e.date, reverse=True)

    def cells(self, row: MonitoringEntry) -> tuple[str, ...]:
        return (row.date.isoformat(), code_word(MONITORING_LABELS[row.kind]), row.note or "\u2014")

    def row_id(self, row: MonitoringEntry) -> str:
        return row.id


class DueModel(_PlanTable):
    """What the plan's medicines call for: last done, next due, and where it stands today."""

    headers = (QT_TRANSLATE_NOOP("DueModel", "Task"), QT_TRANSLATE_NOOP("DueModel", "Last done"), QT_TRANSLATE_NOOP("DueModel", "Next due"), QT_TRANSLATE_NOOP("DueModel", "Status"))

    def __init__(self, plan: Callable[[], CarePlan], catalog: CatalogIndex, today: Callable[[], date],
                 parent: QObject | None = None) -> None:
        super().__init__(plan, parent)
        self._catalog = catalog
        self._today = today

    def rows(self, plan: CarePlan) -> list[MonitoringStatus]:
        return monitoring_status(plan, self._catalog, self._today()) if plan.patient is not None else []

    def cells(self, row: MonitoringStatus) -> tuple[str, ...]:
        return (code_word(row.label), row.last.date.isoformat() if row.last else "\u2014",
                row.due.isoformat() if row.due else "\u2014", QCoreApplication.translate("Tables", STATE_WORDS[row.state]))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.row() < len(self._rows)
                and self._rows[index.row()].needs_attention):
            return ATTENTION
        return super().data(index, role)
