"""New from template: search the library, preview what a template holds, pick one (or a blank plan)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.codes import MODULE_LABELS
from careplan.domain.plan import CarePlan
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan
from careplan.storage.templates import TemplateEntry
from careplan.ui.outline.outline_model import module_summary

TIERS = {1: "Primary care", 2: "Specialist", 3: "Interdisciplinary"}
BLANK = "__blank__"


def template_html(entry: TemplateEntry, plan: CarePlan | None) -> str:
    """What a clinician wants to know before choosing: purpose, level of care, what it contains."""
    origin = "Built into Careplan" if entry.builtin else f"your templates folder \u201c{entry.path.parent.name}\u201d"
    out = [f"<h3>{html.escape(entry.title)}</h3>", f"<p>{html.escape(entry.description)}</p>",
           f"<p><b>Level of care:</b> {TIERS.get(entry.tier, entry.tier)} &nbsp; <b>From:</b> {html.escape(origin)}</p>"]
    if entry.tags:
        out.append(f"<p><b>Tags:</b> {html.escape(', '.join(entry.tags))}</p>")
    if plan is not None:
        modules = "".join(f"<li>{MODULE_LABELS[m.kind]}: {html.escape(module_summary(m))}</li>" for m in plan.modules)
        out.append(f"<p><b>Modules</b></p><ul>{modules or '<li>none</li>'}</ul>")
        if plan.goals:
            goals = "".join(f"<li>{html.escape(g.text)}</li>" for g in plan.goals)
            out.append(f"<p><b>Goals</b></p><ul>{goals}</ul>")
        if plan.follow_up.interval_weeks:
            out.append(f"<p><b>Follow-up:</b> every {plan.follow_up.interval_weeks} weeks</p>")
    return "".join(out)


class TemplatePickerDialog(QDialog):
    def __init__(self, entries: list[TemplateEntry], problems: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New plan from a template")
        self.resize(860, 520)
        self.entries = {e.id: e for e in entries}
        # Templates parsed for the preview pane, kept so the chosen one is not parsed again.
        self.loaded: dict[str, CarePlan] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by condition, title or tag, e.g. knee, neuropathic")
        self.search.setAccessibleName("Search templates")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Templates")
        blank = QListWidgetItem("Blank plan")
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        for entry in sorted(entries, key=lambda e: (not e.builtin, e.title.lower())):
            item = QListWidgetItem(entry.title if entry.builtin else f"{entry.title} (yours)")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.description)
            self.list.addItem(item)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Template preview")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel("&Search")
        search_label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([340, 520])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create plan")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        if problems:
            note = QLabel("Some template files could not be read: " + "; ".join(problems[:3]))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._on_search)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.returnPressed.connect(self._on_search_enter)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)
        self.search.setFocus()

    def _matches(self, template_id: str, words: list[str]) -> bool:
        if template_id == BLANK:
            return not words or all(w in "blank plan empty" for w in words)
        entry = self.entries[template_id]
        haystack = " ".join([entry.title, entry.description, *entry.tags]).lower()
        return all(w in haystack for w in words)

    def _on_search(self, text: str) -> None:
        words = text.lower().split()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not self._matches(item.data(Qt.ItemDataRole.UserRole), words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.list.setCurrentItem(first_visible)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(first_visible is not None)

    def _on_search_enter(self) -> None:
        if self.list.currentItem() is not None and not self.list.currentItem().isHidden():
            self.accept()

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        template_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        if template_id is None:
            self.preview.clear()
        elif template_id == BLANK:
            self.preview.setHtml("<h3>Blank plan</h3><p>Start with an empty plan and add modules yourself.</p>")
        else:
            entry = self.entries[template_id]
            plan: CarePlan | None = self.loaded.get(template_id)
            if plan is None:
                try:
                    plan = load_plan(entry.path)
                except PlanFileError:
                    plan = None
                else:
                    if plan.id == template_id and plan.is_template:
                        self.loaded[template_id] = plan
            self.preview.setHtml(template_html(entry, plan))

    def selected_id(self) -> str | None:
        """The chosen template id, or None for a blank plan."""
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else BLANK
        return None if value == BLANK else str(value)
