"""The taper table: one row per level (the dose now, then each step) with its dates, doses,
amount a day and MME, worked out by the domain from the plan on every change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import SLOT_LABELS
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.numbers import number
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.taper import TaperError, TaperLevel, taper_levels
from careplan.ui.code_words import code_word
from careplan.ui.translations import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex
STEP_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("TaperModel", "From"), QT_TRANSLATE_NOOP("TaperModel", "Until"), QT_TRANSLATE_NOOP("TaperModel", "Doses"), QT_TRANSLATE_NOOP("TaperModel", "A day"), QT_TRANSLATE_NOOP("TaperModel", "MME/day"), QT_TRANSLATE_NOOP("TaperModel", "Note"))


def level_doses(level: TaperLevel, unit: str) -> str:
    """ "30 mg morning, 15 mg bedtime"; "pause: ..."; "stop"."""
    if level.kind == "stop":
        return QCoreApplication.translate("TaperModel", "stop")
    text = ", ".join(f"{number(a)} {unit}" + (f" {code_word(SLOT_LABELS[slot]).lower()}" if slot in SLOT_LABELS else f" {slot}" if slot else "")
                     for slot, a in level.doses)
    if level.interval_hours:
        text += QCoreApplication.translate("TaperModel", " every {0} h").format(level.interval_hours)
    return QCoreApplication.translate("TaperModel", "pause: {0}").format(text) if level.kind == "pause" else text


class TaperModel(QAbstractTableModel):
    """Levels of one item's taper; ``problem`` says why they cannot be worked out (then no rows)."""

    def __init__(self, plan: Callable[[], CarePlan], catalog: CatalogIndex, item_path: FieldPath,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._catalog = catalog
        self.item_path = item_path
        self.levels: list[TaperLevel] = []
        self.problem = ""
        self.unit = "mg"

    def item(self) -> MedicationItem | None:
        try:
            found = get_field(self._plan(), self.item_path)
        except KeyError:
            return None
        return found if isinstance(found, MedicationItem) else None

    def reload(self) -> None:
        self.beginResetModel()
        self.levels, self.problem = [], ""
        item = self.item()
        if item is not None:
            self.unit = item.unit
            if item.taper is not None:
                try:
                    self.levels = taper_levels(item, self._catalog)
                except TaperError as exc:
                    self.problem = str(exc)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.levels)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.levels):
            return None
        level = self.levels[index.row()]
        if role == STEP_ROLE:
            return level.step.id if level.step is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        until = level.ends.isoformat() if level.ends else ("\u2014" if level.kind == "stop" else QCoreApplication.translate("TaperModel", "on"))
        cells = (level.begins.isoformat() if level.begins else QCoreApplication.translate("TaperModel", "now"), until, level_doses(level, self.unit),
                 f"{number(round(level.daily, 3))} {self.unit}",
                 number(round(level.mme, 1)) if level.mme is not None else "\u2014",
                 level.step.note if level.step is not None else "")
        return cells[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(HEADERS):
            return QCoreApplication.translate("TaperModel", HEADERS[section])
        return None
