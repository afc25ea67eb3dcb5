"""The middle column: a heading and the editor for the part selected in the outline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.edits import FieldPath
from careplan.ui.code_words import code_word
from careplan.ui.document import PlanDocument
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor
from careplan.ui.editors.binding import Binding, FormBinder
from careplan.ui.editors.factory import make_editor
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.editors.read_only import show_read_only
from careplan.ui.part_keys import PartKey


class EditorPanel(QWidget):
    part_missing = Signal()
    # The patient editor of a template asks for a patient plan made from it (the files controller does it).
    patient_plan_requested = Signal()

    def __init__(self, document: PlanDocument, edits: EditController, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = edits
        self.catalog = catalog
        self.key: PartKey | None = None
        self.editor: PartEditor | None = None
        self.read_only = False  # a signed-off plan: editors show, but cannot change, its content
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("edit_message")
        self.message.setAccessibleName(QCoreApplication.translate("EditorPanel", "Message about the last edit"))
        self.message.hide()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Forms wrap to the column's width; if a form still cannot shrink that far, it scrolls
        # sideways rather than cutting controls off.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        document.plan_changed.connect(self._on_plan_changed)
        edits.edit_rejected.connect(self.show_message)

    def show_key(self, key: PartKey | None) -> None:
        if key == self.key and self.editor is not None:
            return
        self.key = key
        editor = make_editor(key, self.edits, self.catalog, self.document.plan) if key else None
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.editor = editor
        if editor is None:
            self.heading.setText("")
            return
        if isinstance(editor, PatientEditor):
            editor.patient_plan_requested.connect(self.patient_plan_requested)
        self.heading.setText(self._heading(key, editor))
        editor.refresh(self.document.plan)
        if self.read_only:
            show_read_only(editor, True)
        self.scroll_area.setWidget(editor)
        self.message.hide()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.editor is not None:
            show_read_only(self.editor, read_only)

    def focus_form(self) -> None:
        """The keyboard to the form's first field (Go to the form, F6), from anywhere in the window."""
        if self.editor is None:
            return
        for widget in self.editor.findChildren(QWidget):
            if widget.isVisibleTo(self.editor) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                    and not isinstance(widget, (QScrollArea, QLabel)) and widget.focusProxy() is None:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                self.scroll_area.ensureWidgetVisible(widget, 40, 80)
                return
        self.scroll_area.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _heading(self, key: PartKey | None, editor: PartEditor) -> str:
        if key and key[0] == "module":
            ids = [m.id for m in self.document.plan.modules]
            if key[1] in ids:
                index = ids.index(key[1])
                return QCoreApplication.translate("EditorPanel", "Module {0}: {1}").format(index + 1, code_word(MODULE_LABELS[self.document.plan.modules[index].kind]))
        return QCoreApplication.translate(type(editor).__name__, editor.heading)

    def show_message(self, text: str) -> None:
        self.message.setText(f"\u26a0 {text}")
        self.message.show()

    def _on_plan_changed(self) -> None:
        self.message.hide()
        if self.editor is None or self.key is None:
            return
        if self.key[0] == "module" and self.key[1] not in {m.id for m in self.document.plan.modules}:
            self.part_missing.emit()
            return
        self.heading.setText(self._heading(self.key, self.editor))
        self.editor.refresh(self.document.plan)

    def focus_field(self, path: FieldPath) -> None:
        """Focus and mark the widget bound to ``path`` (or to the list that holds it)."""
        if self.editor is None:
            return
        best: tuple[int, FormBinder, Binding] | None = None
        for holder in [self.editor, *self.editor.findChildren(QWidget)]:
            binder = getattr(holder, "binder", None)
            if not isinstance(binder, FormBinder):
                continue
            for binding in binder.bindings:
                size = len(binding.path)
                if tuple(path[:size]) == tuple(binding.path) and (best is None or size > best[0]):
                    best = (size, binder, binding)
        if best is None:
            return
        _, binder, binding = best
        binder.mark(binding.widget, QCoreApplication.translate("EditorPanel", "Edit this text: it holds a patient identifier"))
        self.scroll_area.ensureWidgetVisible(binding.widget, 40, 80)
        binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_item(self, item_id: str) -> None:
        if self.editor is not None:
            self.editor.focus_item(item_id)
            focused = self.editor.focusWidget()
            if focused is not None:
                self.scroll_area.ensureWidgetVisible(focused, 40, 80)

