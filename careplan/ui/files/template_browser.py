"""Search the template library and preview what a template holds (used by the picker and the start page)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
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
from careplan.domain.module_summary import module_summary
from careplan.domain.plan import CarePlan
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan
from careplan.storage.templates import TemplateEntry
from careplan.ui.code_words import code_word
from careplan.ui.translations import QT_TRANSLATE_NOOP

TIERS = {1: QT_TRANSLATE_NOOP("TemplateBrowser", "Primary care"), 2: QT_TRANSLATE_NOOP("TemplateBrowser", "Specialist"), 3: QT_TRANSLATE_NOOP("TemplateBrowser", "Interdisciplinary")}
BLANK = "__blank__"


def template_html(entry: TemplateEntry, plan: CarePlan | None) -> str:
    """What a clinician wants to know before choosing: purpose, level of care, what it contains."""
    origin = QCoreApplication.translate("TemplateBrowser", "Built into Careplan") if entry.builtin else QCoreApplication.translate("TemplateBrowser", "your templates folder “{0}”").format(entry.path.parent.name)
    out = [f"<h3>{html.escape(entry.title)}</h3>", f"<p>{html.escape(entry.description)}</p>",
           QCoreApplication.translate("TemplateBrowser", "<p><b>Level of care:</b> {0} &nbsp; <b>From:</b> {1}</p>").format(QCoreApplication.translate("TemplateBrowser", TIERS[entry.tier]) if entry.tier in TIERS else entry.tier, html.escape(origin))]
    if entry.tags:
        out.append(QCoreApplication.translate("TemplateBrowser", "<p><b>Tags:</b> {0}</p>").format(html.escape(', '.join(entry.tags))))
    if plan is not None:
        modules = "".join(f"<li>{code_word(MODULE_LABELS[m.kind])}: {html.escape(module_summary(m))}</li>" for m in plan.modules)
        out.append(QCoreApplication.translate("TemplateBrowser", "<p><b>Modules</b></p><ul>{0}</ul>").format(modules or '<li>none</li>'))
        if plan.goals:
            goals = "".join(f"<li>{html.escape(g.text)}</li>" for g in plan.goals)
            out.append(QCoreApplication.translate("TemplateBrowser", "<p><b>Goals</b></p><ul>{0}</ul>").format(goals))
        if plan.follow_up.interval_weeks:
            out.append(QCoreApplication.translate("TemplateBrowser", "<p><b>Follow-up:</b> every %n week(s)</p>", "", plan.follow_up.interval_weeks))
    return "".join(out)


class TemplateBrowser(QWidget):
    """A search box, the templates (with "Blank plan" first when ``with_blank``) and a preview pane.

    ``chosen`` is emitted on double-click or Enter; ``selection_changed`` says whether anything
    is selectable (the search may hide everything).
    """

    chosen = Signal()
    selection_changed = Signal(bool)

    def __init__(self, entries: list[TemplateEntry], *, with_blank: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: dict[str, TemplateEntry] = {}
        self.listed: list[TemplateEntry] = []
        # Templates parsed for the preview pane, kept so the chosen one is not parsed again.
        self.loaded: dict[str, CarePlan] = {}
        self.with_blank = with_blank
        self._filtered = False  # whether any row may be hidden by a search
        # While False the preview pane is not filled on selection (a picker built ahead of use
        # parses no template until it is shown; see ``show_current``).
        self.previewing = True
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("TemplateBrowser", "Search by condition, title or tag, e.g. knee, neuropathic"))
        self.search.setAccessibleName(QCoreApplication.translate("TemplateBrowser", "Search templates"))
        self.search.setToolTip(QCoreApplication.translate("TemplateBrowser", "Type words from a template's title, description or tags"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        # Every row is one line of text in the same font: measuring one row, not a thousand, is
        # most of what opening the picker with a large library cost (docs/performance.md).
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(QCoreApplication.translate("TemplateBrowser", "Templates"))
        self.list.setToolTip(QCoreApplication.translate("TemplateBrowser", "Double-click or press Enter to start a plan from the selected template"))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(QCoreApplication.translate("TemplateBrowser", "Template preview"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel(QCoreApplication.translate("TemplateBrowser", "&Search"))
        search_label.setBuddy(self.search)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.search.textChanged.connect(self._on_search)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self.chosen.emit())
        self.search.returnPressed.connect(self._on_search_enter)
        self.set_entries(entries)

    def set_entries(self, entries: list[TemplateEntry]) -> None:
        self.listed = list(entries)  # as given, to tell whether a later listing differs
        self.entries = {e.id: e for e in entries}
        self.loaded = {k: v for k, v in self.loaded.items() if k in self.entries}
        self.list.clear()
        if self.with_blank:
            blank = QListWidgetItem(QCoreApplication.translate("TemplateBrowser", "Blank plan"))
            blank.setData(Qt.ItemDataRole.UserRole, BLANK)
            self.list.addItem(blank)
        for entry in sorted(entries, key=lambda e: (not e.builtin, e.title.lower())):
            item = QListWidgetItem(entry.title if entry.builtin else QCoreApplication.translate("TemplateBrowser", "{0} (yours)").format(entry.title))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.description)
            self.list.addItem(item)
        first_template = 1 if self.with_blank else 0
        self.list.setCurrentRow(first_template if self.list.count() > first_template else 0)
        self._on_search(self.search.text())

    def _matches(self, template_id: str, words: list[str]) -> bool:
        if template_id == BLANK:
            return not words or all(w in "blank plan empty" for w in words)
        entry = self.entries[template_id]
        haystack = " ".join([entry.title, entry.description, *entry.tags]).lower()
        return all(w in haystack for w in words)

    def _on_search(self, text: str) -> None:
        words = text.lower().split()
        if not words and not self._filtered:
            # Nothing typed and nothing hidden: every row shows as it is (no pass over the library).
            self.selection_changed.emit(self.list.count() > 0)
            return
        self._filtered = bool(words)
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
        self.selection_changed.emit(first_visible is not None)

    def has_choice(self) -> bool:
        item = self.list.currentItem()
        return item is not None and not item.isHidden()

    def _on_search_enter(self) -> None:
        if self.has_choice():
            self.chosen.emit()

    def start_over(self) -> None:
        """As if new: no search, the first template selected, nothing kept from files read before
        (a template file may have changed since), and its preview read afresh."""
        self.loaded = {}
        self.search.clear()
        first_template = 1 if self.with_blank else 0
        self.list.setCurrentRow(first_template if self.list.count() > first_template else 0)
        self.list.scrollToTop()
        self.show_current()

    def show_current(self) -> None:
        """Fill the preview pane for the selected row (and preview on selection from now on)."""
        self.previewing = True
        self._on_current(self.list.currentItem(), None)

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if not self.previewing:
            return
        template_id = current.data(Qt.ItemDataRole.UserRole) if current else None
        if template_id is None:
            self.preview.clear()
        elif template_id == BLANK:
            self.preview.setHtml(QCoreApplication.translate("TemplateBrowser", "<h3>Blank plan</h3><p>Start with an empty plan and add modules yourself.</p>"))
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
        """The chosen template id, or None for a blank plan (or nothing chosen)."""
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else BLANK
        return None if value == BLANK else str(value)
