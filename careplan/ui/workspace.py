"""The working parts of the main window, assembled once the catalog is loaded; decides nothing itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careplan import __version__
from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.findings import Finding
from careplan.domain.lifecycle import is_read_only
from careplan.storage import paths
from careplan.storage.autosave import RecoveryStore
from careplan.ui.actions import MainActions
from careplan.ui.code_words import code_word
from careplan.ui.dialogs.kratom_cautions_dialog import KratomCautionsDialog
from careplan.ui.document import PlanDocument
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.editor_panel import EditorPanel
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.exports.export_controller import ExportController
from careplan.ui.files.file_controller import FileController
from careplan.ui.files.recovery_controller import RecoveryController
from careplan.ui.findings.findings_controller import FindingsController
from careplan.ui.findings.findings_view import FindingsView, highest_open, open_summary
from careplan.ui.findings.safety_monitor import SafetyMonitor
from careplan.ui.help.help_window import HelpWindow
from careplan.ui.icons import icon, module_icon
from careplan.ui.library.library_controller import LibraryController
from careplan.ui.lifecycle.lifecycle_controller import LifecycleController
from careplan.ui.outline.outline_controller import OutlineController
from careplan.ui.outline.outline_model import OutlineModel
from careplan.ui.outline.outline_view import OutlineView
from careplan.ui.outline.palette_model import PaletteModel
from careplan.ui.outline.palette_view import PaletteView
from careplan.ui.pane_splitter import PaneSplitter, column_widths
from careplan.ui.preferences_store import PreferencesStore
from careplan.ui.preview.preview_controller import PreviewController
from careplan.ui.preview.preview_view import PreviewView
from careplan.ui.prompts import show_error, show_info
from careplan.ui.start.start_controller import StartController
from careplan.ui.start.start_page import StartPage
from careplan.ui.status_bar import PlanStatusBar
from careplan.ui.window_shortcuts import WindowShortcutsFirst
from careplan.ui.window_state import WindowState

WARM_TEMPLATES_MS = 1500


class Workspace(QObject):
    """Owns the document and its views and controllers, and lays them into ``window``."""

    def __init__(self, window: QMainWindow, catalog: CatalogIndex, actions: MainActions, state: WindowState) -> None:
        super().__init__(window)
        self.window = window
        self.catalog = catalog
        self.actions_ = actions
        self.state = state
        self.preferences = PreferencesStore(parent=self)
        self.document = PlanDocument(parent=self)
        # First to hear of every edit (Qt calls slots in the order they were connected): the
        # preview's render process then lays out the new handout while the editors, outline and
        # safety monitor below update the window for the same edit.
        self.preview = PreviewController(self.document, catalog, self.preferences, self)
        self.edits = EditController(self.document, self._kratom_gate, self, catalog)
        self.monitor = SafetyMonitor(self.document, catalog, self)

        self.outline_model = OutlineModel(self.document, self)
        self.outline = OutlineView(self.outline_model)
        self.palette_model = PaletteModel(self.preferences.preferences.kratom_enabled, self)
        self.palette = PaletteView(self.palette_model)
        self.editor_panel = EditorPanel(self.document, self.edits, catalog)
        self.findings = FindingsView(self.monitor)
        self.preview_view = PreviewView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(QCoreApplication.translate("Workspace", "Findings and preview"))
        self.tabs.addTab(self.findings, QCoreApplication.translate("Workspace", "Findings"))
        self.tabs.addTab(self.preview_view, QCoreApplication.translate("Workspace", "Preview"))
        self.splitter = self._lay_out()

        self.outline_controller = OutlineController(self.outline, self.outline_model, self.editor_panel, self.edits)
        self.findings_controller = FindingsController(
            self.findings, self.edits, catalog, self._clinician_name, window
        )
        self.files = FileController(self.document, self.preferences, state, window)
        self.exports = ExportController(self.document, catalog, self.monitor, self.preferences, self.preview, window)
        self.recovery = RecoveryController(
            self.document, RecoveryStore(paths.recovery_dir()), self.preferences.preferences.autosave_seconds, self
        )
        self.lifecycle = LifecycleController(
            self.document, catalog, self.preferences, window,
            [self.palette, actions.add_module.menuAction(), actions.remove_module, actions.move_up, actions.move_down,
             actions.save],
            self.editor_panel.set_read_only, self.editor_panel, self.findings)
        self.library = LibraryController(self.document, self.files, catalog, self.preferences, window)
        self._plan_seen = False  # whether a plan was on screen before the start page (offers "Back")
        self.help_window: HelpWindow | None = None
        self.start_page = StartPage()
        self.start = StartController(self.start_page, self.files, self.recovery, state, lambda: self._plan_seen, self)
        self.central.insertWidget(0, self.start_page)
        self.status = PlanStatusBar(self.document, self.monitor)
        window.setStatusBar(self.status)
        actions.bind_undo_stack(self.document.undo_stack)
        # Ctrl+E (Export handout) and the other window shortcuts work while typing in a field too.
        self.shortcuts_first = WindowShortcutsFirst(window, actions.findChildren(QAction))
        self._connect()
        self._fill_add_module_menu()
        self.document.reset(self.files.fresh_plan(), None)
        self._on_title_changed()

    def _lay_out(self) -> PaneSplitter:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 0, 0, 0)
        outline_title = QLabel(QCoreApplication.translate("Workspace", "Plan &outline"))
        outline_title.setBuddy(self.outline)
        left_layout.addWidget(outline_title)
        # The outline comes first on a short screen: the palette gives up height before it does
        # (the toolbar's Add module menu offers the same modules).
        left_layout.addWidget(self.outline, 3)
        left_layout.addWidget(self.palette, 2)
        self.palette.list.setMinimumHeight(self.palette.list.fontMetrics().height() * 3)
        # The editor keeps its room: a narrower window takes from the side panes first (pane_splitter).
        splitter = PaneSplitter(left, self.editor_panel, self.tabs)
        if (saved := self.state.splitter()) is None or not splitter.restoreState(saved):
            splitter.setSizes(column_widths(self.window.width()))
        # The start page and the plan share the window: one shows at a time.
        self.central = QStackedWidget()
        self.central.addWidget(splitter)
        self.window.setCentralWidget(self.central)
        # Tab order follows reading order: outline, palette, editor, findings/preview.
        # Tab order: outline, then the form (one Tab from the outline), findings and preview, and the
        # module palette last; F6 (Go to form) jumps to the form's first field from anywhere.
        QWidget.setTabOrder(self.outline, self.editor_panel.scroll_area)
        QWidget.setTabOrder(self.editor_panel.scroll_area, self.tabs)
        QWidget.setTabOrder(self.tabs, self.palette.search)
        QWidget.setTabOrder(self.palette.search, self.palette.list)
        return splitter

    def _connect(self) -> None:
        a = self.actions_
        a.new.triggered.connect(self.files.new_blank)
        a.new_from_template.triggered.connect(self.files.new_from_template)
        a.open.triggered.connect(self.files.open_dialog)
        a.open_recent.aboutToShow.connect(self._fill_recent_menu)
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.save_as_template.triggered.connect(self.files.save_as_template)
        a.export_handout.triggered.connect(lambda: self.exports.export("handout"))
        a.export_summary.triggered.connect(lambda: self.exports.export("summary"))
        a.print.triggered.connect(self.exports.print_handout)
        a.close.triggered.connect(self.close_plan)
        a.start_page.triggered.connect(self.show_start)
        self.document.document_reset.connect(self.show_plan)
        self.start.plan_wanted.connect(self.show_plan)
        self.start.preferences_requested.connect(self.edit_preferences)
        self.palette.preferences_requested.connect(self.edit_preferences)
        a.preferences.triggered.connect(self.edit_preferences)
        a.remove_module.triggered.connect(self.outline_controller.remove_selected_module)
        a.move_up.triggered.connect(lambda: self.outline_controller.move_selected_module(-1))
        a.move_down.triggered.connect(lambda: self.outline_controller.move_selected_module(1))
        a.show_findings.triggered.connect(lambda: self.tabs.setCurrentWidget(self.findings))
        a.show_preview.triggered.connect(lambda: self.tabs.setCurrentWidget(self.preview_view))
        a.focus_outline.triggered.connect(lambda: self.outline.setFocus(Qt.FocusReason.ShortcutFocusReason))
        a.focus_form.triggered.connect(self.editor_panel.focus_form)
        a.show_outline_pane.toggled.connect(lambda on: self.splitter.show_pane(0, on))
        a.show_side_pane.toggled.connect(lambda on: self.splitter.show_pane(2, on))
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._on_panes_moved())
        a.about.triggered.connect(self._on_about)
        a.template_library.triggered.connect(self.library.open_library)
        a.sign_off.triggered.connect(self.lifecycle.sign_off)
        a.revise.triggered.connect(self.lifecycle.start_revision)
        a.compare.triggered.connect(lambda: self.lifecycle.compare_with())
        self.lifecycle.opened.connect(self.state.add_recent)
        self.lifecycle.status_message.connect(lambda text: self.status.showMessage(text, 5000))
        self.library.status_message.connect(lambda text: self.status.showMessage(text, 5000))
        a.help.triggered.connect(lambda: self.show_help())
        self.start.help_requested.connect(lambda _link: self.show_help("index.md"))
        self.palette.module_chosen.connect(lambda kind: self.edits.add_module(kind))
        self.findings_controller.item_requested.connect(self.outline_controller.go_to_item)
        self.editor_panel.patient_plan_requested.connect(self.files.new_from_open_template)
        self.exports.finding_requested.connect(self.show_finding)
        self.files.field_requested.connect(self.outline_controller.go_to_field)
        self.files.kratom_gate = self._kratom_gate
        self.monitor.report_changed.connect(self._on_report_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.preview.preview_ready.connect(self.preview_view.show_pdf)
        self.preview.pages_ready.connect(self.preview_view.show_pages)
        self.preview.reading = self.preview_view.reading
        self.preview.preview_failed.connect(self.preview_view.show_problem)
        self.preferences.preferences_changed.connect(self._on_preferences_changed)
        self.preferences.save_failed.connect(lambda reason: show_error(
            self.window, QCoreApplication.translate("Workspace", "Preferences not saved"), reason,
            QCoreApplication.translate("Workspace", "They apply until you close Careplan. Check that the folder exists "
                                       "and can be written to, then set them again.")))
        self.document.modified_changed.connect(lambda _modified: self._on_title_changed())
        self.document.path_changed.connect(self._on_title_changed)
        self.document.plan_changed.connect(self._on_title_changed)
        self.files.status_message.connect(lambda text: self.status.showMessage(text, 5000))
        self.exports.status_message.connect(lambda text: self.status.showMessage(text, 5000))
        self._on_report_changed()
        self._on_panes_moved()

    def _fill_add_module_menu(self) -> None:
        menu = self.actions_.add_module
        menu.clear()
        menu.menuAction().setIcon(module_icon("medication"))
        for kind in self.palette_model.kinds():
            action = menu.addAction(module_icon(kind), code_word(MODULE_LABELS[kind]))
            action.triggered.connect(lambda _checked=False, k=kind: self.edits.add_module(k))
        if "kratom" not in self.palette_model.kinds():
            menu.addSeparator()
            hint = menu.addAction(module_icon("kratom"), QCoreApplication.translate("Workspace", "Kratom counselling: turn on in Preferences\u2026"))
            hint.setToolTip(QCoreApplication.translate("Workspace", "Optional and off by default; its cautions must be accepted to turn it on"))
            hint.triggered.connect(self.edit_preferences)

    def _fill_recent_menu(self) -> None:
        menu = self.actions_.open_recent
        menu.clear()
        recent = [p for p in self.state.recent_files() if p.exists()]
        for path in recent:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_path(p))
        if not recent:
            menu.addAction(QCoreApplication.translate("Workspace", "No recent plans")).setEnabled(False)

    def _on_panes_moved(self) -> None:
        """Keep the View menu's ticks in step when a pane is hidden or shown by dragging its edge."""
        for action, index in ((self.actions_.show_outline_pane, 0), (self.actions_.show_side_pane, 2)):
            with QSignalBlocker(action):
                action.setChecked(self.splitter.pane_shown(index))

    def _on_title_changed(self) -> None:
        self.window.setWindowTitle(QCoreApplication.translate("Workspace", "{0}[*] – Careplan").format(self.document.display_name))
        self.window.setWindowModified(self.document.is_modified)

    def _on_report_changed(self) -> None:
        self.outline_model.set_module_severity(self.monitor.module_severity())
        report = self.monitor.report
        self.tabs.setTabText(0, QCoreApplication.translate("Workspace", "Findings ({0})").format(len(report.findings)))
        # The icon shows the most severe finding still open: a tick only when nothing is.
        worst = highest_open(report)
        self.tabs.setTabIcon(0, icon(f"severity-{worst}") if worst else icon("acknowledged"))
        self.tabs.setTabToolTip(0, open_summary(report))

    def _on_tab_changed(self, index: int) -> None:
        self.preview.set_active(self.tabs.widget(index) is self.preview_view)

    def _on_preferences_changed(self) -> None:
        self.palette_model.set_kratom_enabled(self.preferences.preferences.kratom_enabled)
        self._fill_add_module_menu()

    def _on_about(self) -> None:
        show_info(self.window, QCoreApplication.translate("Workspace", "About Careplan"), QCoreApplication.translate("Workspace", "Careplan {0}").format(__version__),
                  QCoreApplication.translate("Workspace", "Builds chronic-pain care plans, checks them for safety problems, and prints handouts."))

    def show_help(self, topic: str | None = None) -> None:
        """Open the user guide (F1) at ``topic``, or at the topic of the part that has the focus."""
        if self.help_window is None:
            menu_actions = [a for menu in self.window.menuBar().findChildren(QMenu) for a in menu.actions()]
            self.help_window = HelpWindow(list(dict.fromkeys(menu_actions)), self.window)
        self.help_window.show_topic(topic or self._help_topic())
        self.help_window.show()  # it fits itself to the screen once framed (see HelpWindow.showEvent)
        self.help_window.raise_()
        self.help_window.activateWindow()

    def _help_topic(self) -> str:
        """The guide topic for what the clinician is looking at."""
        focus = QApplication.focusWidget()

        def inside(widget: QWidget) -> bool:
            return focus is not None and (focus is widget or widget.isAncestorOf(focus))

        if self.start_showing:
            return "index.md"
        if inside(self.findings):
            return "findings.md"
        if inside(self.preview_view):
            return "exports.md"
        if isinstance(self.editor_panel.editor, MedicationEditor) or (
                isinstance(self.editor_panel.editor, PatientEditor) and inside(self.editor_panel.editor.current)):
            return "medicines.md"
        if self.tabs.currentWidget() is self.findings and not inside(self.editor_panel):
            return "findings.md"
        return "building-a-plan.md"

    def show_finding(self, finding: Finding) -> None:
        """Bring a finding into view in the Findings panel and go to the item it concerns."""
        self.tabs.setCurrentWidget(self.findings)
        if self.findings.select_finding(finding):
            self.findings_controller.go_to_current()

    def _clinician_name(self) -> str:
        """Who is working: the name in Preferences, else the plan's clinician."""
        return self.preferences.preferences.clinician_name or self.document.plan.clinician.name

    def _kratom_gate(self) -> str | None:
        prefs = self.preferences.preferences
        if not prefs.kratom_enabled:
            self.edits.edit_rejected.emit(QCoreApplication.translate("Workspace", "The kratom module is turned off. Turn it on in Preferences first."))
            return None
        dialog = KratomCautionsDialog(self.catalog, prefs.clinician_name, purpose="add", parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.accepted_by() or prefs.clinician_name or "clinician"

    def edit_preferences(self) -> bool:
        # Imported here: its handout-languages page reads the export package (and reportlab),
        # which a plan opened on screen does not otherwise need (tests/test_startup_imports.py).
        from careplan.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.preferences.preferences, self.catalog, paths.personal_templates_dir(), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.preferences.update(dialog.preferences())
        return True

    # --- start page or plan ------------------------------------------------------------------

    def show_start(self) -> None:
        """The start page: new, open, recent, recovered work. Plan-only actions wait until a plan shows."""
        self.start.refresh()
        self.central.setCurrentWidget(self.start_page)
        for action in self.actions_.plan_only_actions():
            action.setEnabled(False)
        self.status.set_plan_shown(False)
        self.start_page.new_blank.setFocus()

    def show_plan(self) -> None:
        self._plan_seen = True
        self.central.setCurrentWidget(self.splitter)
        # A signed plan keeps its editing actions off (the lifecycle controller's read-only parts).
        locked = {id(part) for part in self.lifecycle.read_only_parts} if is_read_only(self.document.plan) else set()
        for action in self.actions_.plan_only_actions():
            action.setEnabled(id(action) not in locked)
        self.status.set_plan_shown(True)

    @property
    def start_showing(self) -> bool:
        return self.central.currentWidget() is self.start_page

    def close_plan(self) -> bool:
        """Close the open plan (asking to save) and go back to the start page."""
        if not self.files.maybe_save():
            return False
        self.document.reset(self.files.fresh_plan(), None)
        self._plan_seen = False
        self.show_start()
        return True

    def open_at_start(self, path: Path | None) -> None:
        """After the window is up: tidy leftovers of interrupted saves; open the file given (offering
        recovery copies first), or show the start page, which lists recovered work itself."""
        from careplan.storage.housekeeping import clean_up_at_start

        clean_up_at_start([p.parent for p in self.state.recent_files()] + ([path.parent] if path is not None else []))
        if self.preferences.problem is not None:  # said once: the file is set aside by now
            text, detail = self.preferences.problem
            self.preferences.problem = None
            show_error(self.window, QCoreApplication.translate("Workspace", "Preferences not used"), text, detail)
        if path is None:
            self._plan_seen = False
            self.show_start()
        elif not self.recovery.offer_restore(self.window):
            self.files.open_path(path, ask=False)
        # Index the template library off the GUI thread once the plan is on screen: then
        # "New from template" lists even a large library without parsing a file.
        QTimer.singleShot(WARM_TEMPLATES_MS, self.files.warm_library)

    def close_requested(self) -> bool:
        """True when the window may close: nothing unsaved, or saved or discarded at the prompt."""
        if not self.files.maybe_save():
            return False
        self.recovery.discard()
        self.preview.shut_down()
        return True
