"""The module kinds the palette offers (kratom only when enabled in Preferences)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from careplan.domain.codes import MODULE_KINDS, MODULE_LABELS
from careplan.ui.code_words import code_word
from careplan.ui.icons import module_icon
from careplan.ui.outline.outline_model import KIND_MIME
from careplan.ui.translations import QT_TRANSLATE_NOOP

KIND_ROLE = Qt.ItemDataRole.UserRole + 1

DESCRIPTIONS = {
    "medication": QT_TRANSLATE_NOOP("PaletteModel", "Medicines with doses, schedule and purpose"),
    "physiotherapy": QT_TRANSLATE_NOOP("PaletteModel", "Exercises from the library, pacing, graded walking"),
    "cbt": QT_TRANSLATE_NOOP("PaletteModel", "Sessions, focus areas and homework"),
    "mindfulness": QT_TRANSLATE_NOOP("PaletteModel", "A daily practice and how to track it"),
    "lifestyle": QT_TRANSLATE_NOOP("PaletteModel", "Sleep, activity, weight, diet, smoking, alcohol targets"),
    "kratom": QT_TRANSLATE_NOOP("PaletteModel", "Document reported use and the cautions given"),
}


class PaletteModel(QAbstractListModel):
    def __init__(self, kratom_enabled: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = self._visible(kratom_enabled)

    @staticmethod
    def _visible(kratom_enabled: bool) -> list[str]:
        return [k for k in MODULE_KINDS if k != "kratom" or kratom_enabled]

    def set_kratom_enabled(self, enabled: bool) -> None:
        kinds = self._visible(enabled)
        if kinds != self._kinds:
            self.beginResetModel()
            self._kinds = kinds
            self.endResetModel()

    def kinds(self) -> list[str]:
        return list(self._kinds)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kinds)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._kinds):
            return None
        kind = self._kinds[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return code_word(MODULE_LABELS[kind])
        if role == Qt.ItemDataRole.DecorationRole:
            return module_icon(kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("PaletteModel", "{0}. Double-click, press Enter or drag into the outline to add.").format(QCoreApplication.translate("PaletteModel", DESCRIPTIONS[kind]))
        if role == KIND_ROLE:
            return kind
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def mimeTypes(self) -> list[str]:
        return [KIND_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if indexes:
            data.setData(KIND_MIME, self._kinds[indexes[0].row()].encode("utf-8"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
