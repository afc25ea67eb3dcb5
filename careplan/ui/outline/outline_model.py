"""The plan outline as a Qt tree model: a thin adapter over the document's plan, never a copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from careplan.domain.codes import MODULE_LABELS
from careplan.domain.module_summary import module_summary
from careplan.domain.plan import (
    CarePlan,
)
from careplan.ui.code_words import code_word
from careplan.ui.document import PlanDocument
from careplan.ui.icons import icon, module_icon, severity_icon
from careplan.ui.part_keys import PartKey
from careplan.ui.stewardship.outline_text import over_time_text

ModelIndex = QModelIndex | QPersistentModelIndex

SECTIONS: tuple[tuple[str, str], ...] = (
    ("patient", "patient"),
    ("pain", "pain"),
    ("goals", "goals"),
    ("modules", "modules"),
    ("flare", "flare"),
    ("follow_up", "follow-up"),
    ("over_time", "over-time"),
)
MODULES_ROW = 3
MODULE_MIME = "application/x-careplan-module"
KIND_MIME = "application/x-careplan-module-kind"
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# internalId of a top-level row; module rows use their parent's row number plus one.
_TOP = 0
_MODULE = MODULES_ROW + 1


class OutlineModel(QAbstractItemModel):
    """Patient, pain, goals, the modules in order, flare plan and follow-up."""

    module_move_requested = Signal(str, int)
    module_add_requested = Signal(str, int)

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._module_ids = [m.id for m in document.plan.modules]
        self._severity: dict[str, str] = {}
        document.plan_changed.connect(self._on_plan_changed)

    @property
    def plan(self) -> CarePlan:
        return self._document.plan

    # --- structure ---------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(SECTIONS) else QModelIndex()
        if parent.internalId() == _TOP and parent.row() == MODULES_ROW and row < len(self.plan.modules):
            return self.createIndex(row, 0, _MODULE)
        return QModelIndex()

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if child.isValid() and child.internalId() == _MODULE:
            return self.createIndex(MODULES_ROW, 0, _TOP)
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(SECTIONS)
        if parent.column() == 0 and parent.internalId() == _TOP and parent.row() == MODULES_ROW:
            return len(self.plan.modules)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def key(self, index: ModelIndex) -> PartKey | None:
        """The stable key of a row: ("patient",) or ("module", <id>); survives reordering."""
        if not index.isValid():
            return None
        if index.internalId() == _MODULE:
            modules = self.plan.modules
            return ("module", modules[index.row()].id) if index.row() < len(modules) else None
        return (SECTIONS[index.row()][0],)

    def index_of(self, key: PartKey) -> QModelIndex:
        if key[0] == "module":
            ids = [m.id for m in self.plan.modules]
            if key[1] in ids:
                return self.index(ids.index(key[1]), 0, self.index(MODULES_ROW, 0))
            return QModelIndex()
        for row, (name, _icon) in enumerate(SECTIONS):
            if name == key[0]:
                return self.index(row, 0)
        return QModelIndex()

    # --- data --------------------------------------------------------------------------------

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.key(index)
        if key is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(key)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text, for a narrow outline that shortens it, and a module's worst finding.
            severity = self._severity.get(key[1]) if key[0] == "module" else None
            text = self._text(key).replace("  ", " ")
            return QCoreApplication.translate("OutlineModel", "{0}. It has a {1} finding: see Findings").format(text, severity) if severity else text
        if role == KEY_ROLE:
            return "/".join(key)
        return None

    def _text(self, key: PartKey) -> str:
        plan = self.plan
        name = key[0]
        if name == "patient":
            if plan.patient is None:
                return QCoreApplication.translate("OutlineModel", "Patient (none: this is a template)")
            return QCoreApplication.translate("OutlineModel", "Patient: {0}").format(plan.patient.name) if plan.patient.name.strip() else QCoreApplication.translate("OutlineModel", "Patient (no name yet)")
        if name == "pain":
            return QCoreApplication.translate("OutlineModel", "Pain: {0}").format(', '.join(plan.pain.sites)) if plan.pain.sites else QCoreApplication.translate("OutlineModel", "Pain")
        if name == "goals":
            return QCoreApplication.translate("OutlineModel", "Goals ({0})").format(len(plan.goals))
        if name == "modules":
            return QCoreApplication.translate("OutlineModel", "Modules ({0})").format(len(plan.modules))
        if name == "flare":
            return QCoreApplication.translate("OutlineModel", "Flare plan (%n step(s))", "", len(plan.flare_plan.steps)) if plan.flare_plan.steps else QCoreApplication.translate("OutlineModel", "Flare plan")
        if name == "follow_up":
            weeks = plan.follow_up.interval_weeks
            return QCoreApplication.translate("OutlineModel", "Follow-up: every %n week(s)", "", weeks) if weeks else QCoreApplication.translate("OutlineModel", "Follow-up (not set)")
        if name == "over_time":
            return over_time_text(plan)
        ids = [m.id for m in plan.modules]
        module = plan.modules[ids.index(key[1])]
        return f"{ids.index(key[1]) + 1}  {code_word(MODULE_LABELS[module.kind])} ({module_summary(module)})"

    def _icon(self, key: PartKey) -> QIcon:
        if key[0] == "module":
            severity = self._severity.get(key[1])
            if severity in ("critical", "warning"):
                return severity_icon(severity)
            module = next(m for m in self.plan.modules if m.id == key[1])
            return module_icon(module.kind)
        return icon(dict(SECTIONS)[key[0]])

    def set_module_severity(self, severity: dict[str, str]) -> None:
        """Mark modules with their worst unacknowledged finding (from the findings panel)."""
        if severity == self._severity:
            return
        self._severity = severity
        parent = self.index(MODULES_ROW, 0)
        if self.rowCount(parent):
            self.dataChanged.emit(self.index(0, 0, parent), self.index(self.rowCount(parent) - 1, 0, parent))

    def _on_plan_changed(self) -> None:
        ids = [m.id for m in self.plan.modules]
        if ids != self._module_ids:
            # Rows came, went or moved: a reset is simplest; the view restores its selection by key.
            self.beginResetModel()
            self._module_ids = ids
            self.endResetModel()
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(SECTIONS) - 1, 0))
        parent = self.index(MODULES_ROW, 0)
        if ids:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(len(ids) - 1, 0, parent))

    # --- drag and drop -----------------------------------------------------------------------

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        key = self.key(index)
        if key is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if key[0] == "module":
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if key[0] == "modules":
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemNeverHasChildren

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MODULE_MIME, KIND_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        keys = [self.key(i) for i in indexes]
        module_ids = [k[1] for k in keys if k and k[0] == "module"]
        if module_ids:
            data.setData(MODULE_MIME, module_ids[0].encode("utf-8"))
        return data

    def _insert_row(self, row: int, parent: ModelIndex) -> int | None:
        """Where a drop lands in the module list, or None if it is not on the modules."""
        key = self.key(parent)
        if key == ("modules",):
            return row if row >= 0 else len(self.plan.modules)
        if key is not None and key[0] == "module":
            return parent.row()
        if key is None and row > MODULES_ROW:
            return len(self.plan.modules)
        return None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        has = data.hasFormat(MODULE_MIME) or data.hasFormat(KIND_MIME)
        return has and self._insert_row(row, parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        at = self._insert_row(row, parent)
        if at is None:
            return False
        if data.hasFormat(KIND_MIME):
            self.module_add_requested.emit(bytes(data.data(KIND_MIME).data()).decode("utf-8"), at)
            return True
        if data.hasFormat(MODULE_MIME):
            module_id = bytes(data.data(MODULE_MIME).data()).decode("utf-8")
            ids = [m.id for m in self.plan.modules]
            if module_id not in ids:
                return False
            current = ids.index(module_id)
            self.module_move_requested.emit(module_id, at - 1 if at > current else at)
            # False: the move happens through the document, so the view must not remove rows itself.
            return False
        return False
