"""Every menu and toolbar action, with standard shortcuts; the main window connects them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

Key = QKeySequence.StandardKey


def _action(parent: QObject, text: str, shortcut: Key | str | None = None, tip: str = "") -> QAction:
    action = QAction(text, parent)
    if isinstance(shortcut, Key):
        action.setShortcuts(shortcut)
    elif shortcut:
        # Parsed later (set_late_parts): building a QKeySequence from text builds Qt's enums.
        action.setProperty("late_shortcut", shortcut)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


class StackAction(QObject):
    """Undo or Redo (``.action``), bound to the document's undo stack once it exists.

    The menu entry names the command ("Undo Change ibuprofen dose"); the toolbar entry keeps a
    short label (``short=True``) and puts the command name in its tooltip, so it never clips.
    A plain QAction inside, not a QAction subclass: subclassing a Qt class costs start-up time.
    """

    def __init__(self, label: str, *, undo: bool, short: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.action = QAction(f"&{label}", parent)
        self._label = label
        self._undo = undo
        self._short = short
        self.action.setEnabled(False)
        if not short:
            self.action.setShortcuts(Key.Undo if undo else Key.Redo)

    def bind(self, stack: QUndoStack) -> None:
        action = self.action
        if self._undo:
            action.triggered.connect(stack.undo)
            stack.canUndoChanged.connect(action.setEnabled)
            stack.undoTextChanged.connect(self._on_text_changed)
            self._on_text_changed(stack.undoText())
            action.setEnabled(stack.canUndo())
        else:
            action.triggered.connect(stack.redo)
            stack.canRedoChanged.connect(action.setEnabled)
            stack.redoTextChanged.connect(self._on_text_changed)
            self._on_text_changed(stack.redoText())
            action.setEnabled(stack.canRedo())

    def _on_text_changed(self, text: str) -> None:
        full = f"{self._label} {text}".strip()
        if self._short:
            self.action.setToolTip(full)
        else:
            self.action.setText(f"&{full}")


class MainActions(QObject):
    """Built once per window; names match the menu entries."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        a = _action
        self.new = a(self, QCoreApplication.translate("MainActions", "&New plan"), Key.New, QCoreApplication.translate("MainActions", "Start a blank plan"))
        self.new_from_template = a(self, QCoreApplication.translate("MainActions", "New from &template\u2026"), "Ctrl+Shift+N", QCoreApplication.translate("MainActions", "Start a plan from a template"))
        self.open = a(self, QCoreApplication.translate("MainActions", "&Open\u2026"), Key.Open, QCoreApplication.translate("MainActions", "Open a saved plan"))
        self.open_recent = QMenu(QCoreApplication.translate("MainActions", "Open &recent"), window)
        self.save = a(self, QCoreApplication.translate("MainActions", "&Save"), Key.Save, QCoreApplication.translate("MainActions", "Save the plan"))
        self.save_as = a(self, QCoreApplication.translate("MainActions", "Save &as\u2026"), Key.SaveAs, QCoreApplication.translate("MainActions", "Save the plan under a new name"))
        self.save_as_template = a(self, QCoreApplication.translate("MainActions", "Save as te&mplate\u2026"), None, QCoreApplication.translate("MainActions", "Save a de-identified copy as a template"))
        self.export_handout = a(self, QCoreApplication.translate("MainActions", "&Export handout\u2026"), "Ctrl+E", QCoreApplication.translate("MainActions", "Export the patient handout as PDF"))
        self.export_summary = a(self, QCoreApplication.translate("MainActions", "Export clinician &summary\u2026"), "Ctrl+Shift+E", QCoreApplication.translate("MainActions", "Export the clinician summary as PDF"))
        self.print = a(self, QCoreApplication.translate("MainActions", "&Print handout\u2026"), Key.Print, QCoreApplication.translate("MainActions", "Print the handout exactly as previewed"))
        self.close = a(self, QCoreApplication.translate("MainActions", "&Close plan"), Key.Close, QCoreApplication.translate("MainActions", "Close this plan and go back to the start page"))
        self.start_page = a(self, QCoreApplication.translate("MainActions", "S&tart page"), None, QCoreApplication.translate("MainActions", "New plan, open, recent plans and recovered work"))
        self.quit = a(self, QCoreApplication.translate("MainActions", "&Quit"), Key.Quit, QCoreApplication.translate("MainActions", "Quit Careplan"))
        self.preferences = a(self, QCoreApplication.translate("MainActions", "&Preferences\u2026"), Key.Preferences, QCoreApplication.translate("MainActions", "Letterhead, defaults, template folders, kratom"))
        if self.preferences.shortcut().isEmpty():
            self.preferences.setProperty("late_shortcut", "Ctrl+,")
        self.add_module = QMenu(QCoreApplication.translate("MainActions", "&Add module"), window)
        self.remove_module = a(self, QCoreApplication.translate("MainActions", "&Remove module"), None, QCoreApplication.translate("MainActions", "Remove the selected module"))
        self.move_up = a(self, QCoreApplication.translate("MainActions", "Move module &up"), "Ctrl+Shift+Up", QCoreApplication.translate("MainActions", "Move the selected module earlier"))
        self.move_down = a(self, QCoreApplication.translate("MainActions", "Move module &down"), "Ctrl+Shift+Down", QCoreApplication.translate("MainActions", "Move the selected module later"))
        self.show_findings = a(self, QCoreApplication.translate("MainActions", "Show &findings"), "Ctrl+1", QCoreApplication.translate("MainActions", "Show the findings panel"))
        self.show_preview = a(self, QCoreApplication.translate("MainActions", "Show pre&view"), "Ctrl+2", QCoreApplication.translate("MainActions", "Show the handout preview"))
        self.focus_outline = a(self, QCoreApplication.translate("MainActions", "Go to &outline"), "Ctrl+0", QCoreApplication.translate("MainActions", "Move the keyboard focus to the plan outline"))
        self.focus_form = a(self, QCoreApplication.translate("MainActions", "Go to the &form"), "F6", QCoreApplication.translate("MainActions", "Move the keyboard focus to the first field of the form"))
        self.show_outline_pane = a(self, QCoreApplication.translate("MainActions", "&Outline pane"), None, QCoreApplication.translate("MainActions", "Show or hide the plan outline (the form gets its width)"))
        self.show_side_pane = a(self, QCoreApplication.translate("MainActions", "Findings and pre&view pane"), None,
                                QCoreApplication.translate("MainActions", "Show or hide the findings and preview (the form gets their width)"))
        for pane in (self.show_outline_pane, self.show_side_pane):
            pane.setCheckable(True)
            pane.setChecked(True)
        self.help = a(self, QCoreApplication.translate("MainActions", "Careplan &user guide"), Key.HelpContents, QCoreApplication.translate("MainActions", "The offline user guide, open at the topic you are on"))
        self.about = a(self, QCoreApplication.translate("MainActions", "&About Careplan"), None)
        self.template_library = a(self, QCoreApplication.translate("MainActions", "Template &library\u2026"), "Ctrl+L", QCoreApplication.translate("MainActions", "Search, preview, share and manage templates"))
        self.sign_off = a(self, QCoreApplication.translate("MainActions", "&Sign off\u2026"), None, QCoreApplication.translate("MainActions", "Sign the plan off: it becomes final and read-only"))
        self.revise = a(self, QCoreApplication.translate("MainActions", "&Revise\u2026"), None, QCoreApplication.translate("MainActions", "Start the next revision of a signed plan, in a new file"))
        self.compare = a(self, QCoreApplication.translate("MainActions", "Compare &with\u2026"), None, QCoreApplication.translate("MainActions", "Show what changed between this plan and another revision"))
        self._stack_actions = [
            StackAction(QCoreApplication.translate("MainActions", "Undo"), undo=True, short=False, parent=self),
            StackAction(QCoreApplication.translate("MainActions", "Redo"), undo=False, short=False, parent=self),
            StackAction(QCoreApplication.translate("MainActions", "Undo"), undo=True, short=True, parent=self),
            StackAction(QCoreApplication.translate("MainActions", "Redo"), undo=False, short=True, parent=self),
        ]
        self.undo, self.redo, self.undo_short, self.redo_short = (s.action for s in self._stack_actions)

    def set_late_parts(self) -> None:
        """Icons (SVG), text shortcuts and toolbar style: after the window is on screen.

        They need Qt's namespace enums and the SVG plugin, together ~60 ms, which the window
        does not need to appear; the actions they belong to are disabled until then anyway.
        """
        from PySide6.QtCore import Qt  # importing the Qt namespace builds ~100 enums: not at start-up

        from careplan.ui.icons import icon

        for action in self.findChildren(QAction):
            if text := action.property("late_shortcut"):
                action.setShortcut(QKeySequence(text))
        self.new_from_template.setIcon(icon("careplan"))
        self.export_handout.setIcon(icon("careplan"))
        self.add_module.menuAction().setIcon(icon("module-medication"))
        for toolbar in self._window.findChildren(QToolBar):
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def bind_undo_stack(self, stack: QUndoStack) -> None:
        for stack_action in self._stack_actions:
            stack_action.bind(stack)

    def build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainActions", "&File"))
        file_menu.addAction(self.start_page)
        file_menu.addActions([self.new, self.new_from_template, self.template_library, self.open])
        file_menu.addMenu(self.open_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.save_as_template])
        file_menu.addSeparator()
        file_menu.addAction(self.preferences)
        file_menu.addSeparator()
        file_menu.addActions([self.close, self.quit])
        edit = bar.addMenu(QCoreApplication.translate("MainActions", "&Edit"))
        edit.addActions([self.undo, self.redo])
        plan = bar.addMenu(QCoreApplication.translate("MainActions", "&Plan"))
        plan.addMenu(self.add_module)
        plan.addActions([self.remove_module, self.move_up, self.move_down])
        plan.addSeparator()
        plan.addActions([self.sign_off, self.revise, self.compare])
        view = bar.addMenu(QCoreApplication.translate("MainActions", "&View"))
        view.addActions([self.focus_outline, self.focus_form, self.show_findings, self.show_preview])
        view.addSeparator()
        view.addActions([self.show_outline_pane, self.show_side_pane])
        export = bar.addMenu(QCoreApplication.translate("MainActions", "E&xport"))
        export.addActions([self.export_handout, self.export_summary, self.print])
        help_menu = bar.addMenu(QCoreApplication.translate("MainActions", "&Help"))
        help_menu.addAction(self.help)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def build_toolbar(self, window: QMainWindow) -> QToolBar:
        toolbar = window.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.undo_short, self.redo_short])
        toolbar.addSeparator()
        toolbar.addAction(self.add_module.menuAction())
        toolbar.addSeparator()
        toolbar.addActions([self.show_preview, self.export_handout, self.print])
        return toolbar

    def plan_only_actions(self) -> list[QAction]:
        """Actions on the open plan: off while the start page shows (there is no plan on screen)."""
        return [self.save, self.save_as, self.save_as_template, self.export_handout, self.export_summary, self.print,
                self.close, self.add_module.menuAction(), self.remove_module, self.move_up, self.move_down,
                self.show_findings, self.show_preview, self.focus_outline, self.focus_form, self.show_outline_pane,
                self.show_side_pane, self.sign_off, self.revise, self.compare]

    def plan_actions(self) -> list[QAction]:
        """Actions that need a loaded plan: disabled until the workspace is ready."""
        return [self.help, self.start_page, self.new, self.new_from_template, self.open, self.open_recent.menuAction(), self.save, self.save_as,
                self.save_as_template, self.export_handout, self.export_summary, self.print, self.close,
                self.preferences, self.add_module.menuAction(), self.remove_module, self.move_up, self.move_down,
                self.show_findings, self.show_preview, self.focus_outline, self.focus_form, self.show_outline_pane,
                self.show_side_pane, self.template_library, self.sign_off, self.revise, self.compare]
