"""Fills the start page (templates, recent plans, recovered work) and turns its buttons into actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem

from careplan.storage.autosave import Recovery
from careplan.ui.files.file_controller import FileController
from careplan.ui.files.recovery_controller import RecoveryController
from careplan.ui.files.recovery_dialog import describe
from careplan.ui.start.start_page import StartPage
from careplan.ui.stewardship.recent_due import monitoring_due_text
from careplan.ui.window_state import WindowState

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartController(QObject):
    """``plan_wanted`` asks the workspace to show the plan (after any start-page action that opens one)."""

    plan_wanted = Signal()
    preferences_requested = Signal()
    help_requested = Signal(str)

    def __init__(self, page: StartPage, files: FileController, recovery: RecoveryController, state: WindowState,
                 has_plan: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.files = files
        self.recovery = recovery
        self.state = state
        self._has_plan = has_plan
        self._recoveries: list[Recovery] = []
        page.new_blank.clicked.connect(lambda: self._then_show(self.files.new_blank()))
        page.open.clicked.connect(lambda: self._then_show(self.files.open_dialog()))
        page.back.clicked.connect(self.plan_wanted)
        page.create_plan.clicked.connect(self._on_create)
        page.templates.chosen.connect(self._on_create)
        page.templates.selection_changed.connect(page.create_plan.setEnabled)
        page.recent.itemActivated.connect(lambda _item, _col: self._on_open_recent())
        page.open_recent.clicked.connect(self._on_open_recent)
        page.restore.clicked.connect(self._on_restore)
        page.discard.clicked.connect(self._on_discard)
        page.link_activated.connect(self._on_link)

    def refresh(self) -> None:
        """Read the library, recent files and recovery copies again (each time the page is shown)."""
        library = self.files.library()
        self.page.templates.set_entries(library.entries())
        self.page.back.setVisible(self._has_plan())
        self._fill_recent()
        self._fill_recovered()

    def _fill_recent(self) -> None:
        view = self.page.recent
        view.clear()
        for path in self.state.recent_files():
            if not path.exists():
                continue
            when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %b %Y, %H:%M")
            due = monitoring_due_text(path)
            item = QTreeWidgetItem([path.name.removesuffix(".careplan.json"), due, when, str(path.parent)])
            item.setToolTip(1, QCoreApplication.translate("StartController", "{0}: the next monitoring task due for this plan's medicines, or what is overdue").format(due))
            item.setData(0, PATH_ROLE, str(path))
            item.setToolTip(0, str(path))
            view.addTopLevelItem(item)
        has = view.topLevelItemCount() > 0
        if has and (first := view.topLevelItem(0)) is not None:
            view.setCurrentItem(first)
        view.setVisible(has)
        self.page.no_recent.setVisible(not has)
        self.page.open_recent.setEnabled(has)

    def _fill_recovered(self) -> None:
        self._recoveries = self.recovery.store.pending()
        view = self.page.recovered
        view.clear()
        for recovery in self._recoveries:
            row = describe(recovery)
            view.addTopLevelItem(QTreeWidgetItem([row.title, row.patient, row.when, row.file]))
        if (first := view.topLevelItem(0)) is not None:
            view.setCurrentItem(first)
        self.page.recovered_box.setVisible(bool(self._recoveries))

    def _selected_recovery(self) -> Recovery | None:
        item = self.page.recovered.currentItem()
        row = self.page.recovered.indexOfTopLevelItem(item) if item is not None else -1
        return self._recoveries[row] if 0 <= row < len(self._recoveries) else None

    def _then_show(self, done: bool) -> None:
        if done:
            self.plan_wanted.emit()

    def _on_create(self) -> None:
        if self.page.templates.has_choice():
            browser = self.page.templates
            self._then_show(self.files.start_from_template(browser.selected_id(), browser.loaded))

    def _on_open_recent(self) -> None:
        item = self.page.recent.currentItem()
        if item is not None:
            self._then_show(self.files.open_path(Path(str(item.data(0, PATH_ROLE)))))

    def _on_restore(self) -> None:
        chosen = self._selected_recovery()
        if chosen is not None and self.files.maybe_save():
            self._then_show(self.recovery.restore(chosen, self.page.window()))

    def _on_discard(self) -> None:
        chosen = self._selected_recovery()
        if chosen is not None:
            self.recovery.discard_copy(chosen)
            self._fill_recovered()

    def _on_link(self, link: str) -> None:
        if link == "preferences":
            self.preferences_requested.emit()
        else:
            self.help_requested.emit(link)
