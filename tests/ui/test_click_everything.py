"""Every menu and toolbar action, and every button of every dialog, clicked once on a plan of each kind.

Nothing is stubbed but the operating system's file dialogs: each modal dialog runs Qt's own
modal loop and is driven inside it like a person would (type a name, tick the boxes, click each
button; the dialog's closing buttons are taken in turn across the runs, so each is clicked).
Message boxes are driven the same way. A crash anywhere (an exception in a slot, the internal-
error dialog) fails the test, and so does a dialog left open.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from careplan.domain.catalog import CatalogIndex
from careplan.domain.lifecycle import revise, sign
from careplan.storage.plan_files import load_plan, save_plan
from careplan.storage.store.identity import Actor
from careplan.storage.store.store import ClinicStore
from careplan.ui.main_window import MainWindow
from careplan.ui.stewardship.taper_button import TaperButton
from careplan.ui.store.store_templates_panel import StoreTemplatesPanel
from tests.ui.conftest import EXAMPLES, INTERNAL_ERROR_TITLE, REAL_EXEC, REAL_MESSAGE_BOX_EXEC, MessageBoxes

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
KINDS = ("draft", "signed", "revised", "template")
NAME = "Dr Click Everything"
REASON = "Reviewed with the patient; benefits outweigh the risk for now."
# Box buttons clicked, per dialog class, over all the runs: each must have been clicked once.
BOX_CLICKED: dict[str, set[str]] = defaultdict(set)
BOX_SEEN: dict[str, set[str]] = defaultdict(set)
RUNS: set[str] = set()


def plan_file(kind: str, catalog: CatalogIndex, folder: Path) -> Path:
    """A saved plan of ``kind``: a draft with a critical finding, a signed one, its revision, a template."""
    path = folder / f"{kind}.careplan.json"
    if kind == "draft":
        save_plan(load_plan(EXAMPLES / "critical-opioid-sedative.careplan.json"), path)
    elif kind == "template":
        save_plan(load_plan(TEMPLATES / "knee-osteoarthritis.careplan.json"), path)
    else:
        signed = sign(load_plan(EXAMPLES / "low-back-pain.careplan.json"), "Dr A. Example", catalog=catalog)
        save_plan(revise(signed) if kind == "revised" else signed, path)
    return path


class Clicker:
    """Drives every dialog it meets; ``depth`` stops a button that opens its own dialog again."""

    def __init__(self, qtbot: QtBot, folder: Path) -> None:
        self.qtbot = qtbot
        self.folder = folder
        self.depth = 0
        self.stuck: list[str] = []
        self.dialogs: list[str] = []
        self.messages: list[str] = []
        self.inner_clicked: list[str] = []

    # --- modal dialogs ----------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        self.dialogs.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")

        title = self.dialogs[-1]

        def give_up() -> None:
            if dialog.isVisible():
                self.stuck.append(title)
                dialog.reject()

        QTimer.singleShot(0, lambda: self.act(dialog))
        watchdog = QTimer(dialog)  # dies with the dialog: never fires on a deleted one
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(give_up)
        watchdog.start(30_000)
        self.depth += 1
        try:
            return int(REAL_EXEC(dialog))
        finally:
            self.depth -= 1

    def print_to_file(self, dialog: QPrintDialog) -> int:
        """The printing system's own dialog, like the OS's file dialogs, is not driven: its Print
        button may ask through static message boxes no test can reach. A PDF file is chosen."""
        self.dialogs.append(f"QPrintDialog: {dialog.windowTitle()} (printing system)")
        self.fill(dialog)
        return int(QDialog.DialogCode.Accepted.value)

    def run_message_box(self, box: QMessageBox) -> int:
        self.messages.append(f"{box.windowTitle()}: {box.text()}")

        def answer() -> None:
            # "Discard" to leave a changed plan, else what Enter would do: as a clinician in a hurry.
            button = box.button(QMessageBox.StandardButton.Discard) or box.defaultButton() or box.escapeButton()
            if button is None and box.buttons():
                button = box.buttons()[0]
            if button is not None:
                button.click()
            else:
                box.done(0)

        QTimer.singleShot(0, answer)
        return int(REAL_MESSAGE_BOX_EXEC(box))

    def act(self, dialog: QDialog) -> None:
        """Fill what must be filled, click each inner button once, then one closing button in turn."""
        if not dialog.isVisible():
            return
        self.fill(dialog)
        if self.depth <= 2 and not isinstance(dialog, QFileDialog):
            for button in inner_buttons(dialog):
                self.pick_for(dialog, button)
                if dialog.isVisible() and button.isVisible() and button.isEnabled():
                    self.inner_clicked.append(button.text())
                    button.click()
                    QApplication.processEvents()
                    self.wait_for_store(dialog)
                    self.close_windows(keep=dialog)
            self.fill(dialog)  # a button may have cleared a field (e.g. a checkbox clicked twice)
        if not dialog.isVisible():
            return
        self.close_with_next_box_button(dialog)

    def wait_for_store(self, dialog: QWidget) -> None:
        """The clinic store's list and pulls run off the GUI thread: wait, as a person would, for them."""
        for panel in dialog.findChildren(StoreTemplatesPanel):
            self.qtbot.waitUntil(lambda p=panel: p.refresh_button.isEnabled()
                                 and p.pull_button.isEnabled() == (p.list.currentItem() is not None), timeout=20_000)

    @staticmethod
    def pick_for(dialog: QDialog, button: QAbstractButton) -> None:
        """Pick an entry in the list a button acts on, as a person would first: the clinic store's
        list for its buttons, the dialog's other lists for the rest (one template picked at a time)."""
        panels = dialog.findChildren(StoreTemplatesPanel)
        panel = next((p for p in panels if p.isAncestorOf(button)), None)
        views = [panel.list] if panel is not None else [
            v for v in dialog.findChildren(QAbstractItemView) if not any(p.isAncestorOf(v) for p in panels)]
        for view in views:
            if view.isVisible() and view.model() is not None and view.model().rowCount() \
                    and not view.currentIndex().isValid():
                view.setCurrentIndex(view.model().index(0, 0))

    def fill(self, dialog: QDialog) -> None:
        self.wait_for_store(dialog)
        if isinstance(dialog, QPrintDialog):
            printer = dialog.printer()
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.folder / "printed.pdf"))
            return
        for edit in dialog.findChildren(QLineEdit):
            if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly() and not edit.text() \
                    and not isinstance(edit.parentWidget(), QAbstractSpinBox):
                name = (edit.accessibleName() + edit.placeholderText()).lower()
                edit.setText(NAME if any(w in name for w in ("name", "by", "who", "sign")) else REASON)
        for text in dialog.findChildren(QPlainTextEdit):
            if text.isVisible() and text.isEnabled() and not text.isReadOnly() and not text.toPlainText():
                text.setPlainText(REASON)
        panels = dialog.findChildren(StoreTemplatesPanel)  # their lists are picked for their own buttons only
        for view in dialog.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() \
                    and not view.currentIndex().isValid() and not any(p.isAncestorOf(view) for p in panels):
                view.setCurrentIndex(view.model().index(0, 0))  # a list's first entry, as a person picks one
        for box in dialog.findChildren(QCheckBox):
            # Cautions to confirm: tick them, so that the accepting button can be clicked too.
            if box.isVisible() and box.isEnabled() and not box.isChecked() and "caution" in box.parent().objectName():
                box.click()

    def close_with_next_box_button(self, dialog: QDialog) -> None:
        name = type(dialog).__name__
        box = dialog.findChild(QDialogButtonBox)
        buttons = [b for b in (box.buttons() if box is not None else []) if b.isVisible()]
        BOX_SEEN[name].update(b.text() for b in buttons)
        enabled = [b for b in buttons if b.isEnabled()]
        # The first closing button not clicked yet in an earlier run, else the last one (Cancel/Close).
        fresh = [b for b in enabled if b.text() not in BOX_CLICKED[name]]
        button = fresh[0] if fresh else (enabled[-1] if enabled else None)
        if button is None:
            dialog.reject()
            return
        BOX_CLICKED[name].add(button.text())
        button.click()
        QApplication.processEvents()
        if dialog.isVisible():  # the click was refused (a field still empty): leave it the other way
            dialog.reject()

    # --- windows that are not modal (help, compare) ---------------------------------------------

    def close_windows(self, keep: QWidget | None = None) -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or isinstance(widget, (MainWindow, QMenu)) or widget is keep:
                continue
            if isinstance(widget, QDialog) and widget.isModal():
                continue
            self.dialogs.append(f"{type(widget).__name__}: {widget.windowTitle()} (not modal)")
            for button in inner_buttons(widget):
                if widget.isVisible() and button.isVisible() and button.isEnabled():
                    self.inner_clicked.append(button.text())
                    button.click()
                    QApplication.processEvents()
            widget.close()


def inner_buttons(widget: QWidget) -> list[QAbstractButton]:
    """The dialog's own buttons: push buttons, check boxes and radio buttons, not its closing box,
    not the insides of composite widgets (spin box arrows, a calendar), nor popup-menu buttons."""
    found: list[QAbstractButton] = []
    for button in widget.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            continue
        if isinstance(button, QToolButton) and button.menu() is not None:
            continue
        parent = button.parentWidget()
        inside = False
        while parent is not None and parent is not widget:
            if isinstance(parent, (QDialogButtonBox, QCalendarWidget, QAbstractSpinBox)):
                inside = True
                break
            parent = parent.parentWidget()
        if not inside:
            found.append(button)
    return found


def all_actions(window: MainWindow) -> list[QAction]:
    """Menu entries in menu order (submenus opened), then the toolbar's; Quit last."""
    seen: list[QAction] = []

    def walk(menu: QMenu) -> None:
        menu.aboutToShow.emit()  # menus filled on opening (Open recent) are filled as a person opens them
        for action in menu.actions():
            if action.isSeparator():
                continue
            if action.menu() is not None:
                walk(action.menu())  # type: ignore[arg-type]
            elif action not in seen:
                seen.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())  # type: ignore[arg-type]
    for toolbar_action in (a for bar in window.findChildren(QToolBar) for a in bar.actions()):
        if toolbar_action not in seen and toolbar_action.menu() is None and not toolbar_action.isSeparator() \
                and toolbar_action.text():
            seen.append(toolbar_action)
    quit_action = window.actions_.quit
    return [a for a in seen if a is not quit_action] + [quit_action]


def clinic_store(folder: Path) -> str:
    """A local clinic store holding one shared template (the library lists it; Pull copies it)."""
    url = f"sqlite:///{folder / 'clinic-store.db'}"
    ClinicStore.init(url, "north", Actor("admin", "", "server"))[0].close()
    with ClinicStore.open(url, "north") as store:
        shared = load_plan(TEMPLATES / "hip-osteoarthritis.careplan.json")
        store.push_template(shared.model_copy(update={"id": "clinic-hip", "title": "Hip OA (clinic)"}),
                            Actor("u", "Dr B", "desk"))
    return url


def click_care_over_time(window: MainWindow, clicker: Clicker) -> list[str]:
    """Each medicine's Taper… (then every button of its window), and every button of Monitoring and measures."""
    ws = window.workspace
    assert ws is not None
    clicked: list[str] = []
    for module in [m for m in ws.document.plan.modules if m.kind == "medication"]:
        ws.outline_controller.select(("module", module.id))
        QApplication.processEvents()
        for button in ws.editor_panel.findChildren(TaperButton):
            if button.isVisible() and button.isEnabled():
                clicked.append(button.text())
                button.click()
                QApplication.processEvents()
                taper = button.dialog
                assert taper is not None
                # Twice, as a person works a taper out and then edits a step of it (the last one).
                for _pass in range(2):
                    for inner in inner_buttons(taper):
                        if inner.text() != "Close" and inner.isVisible() and inner.isEnabled():
                            clicker.inner_clicked.append(inner.text())
                            inner.click()
                            QApplication.processEvents()
                    taper.table.selectRow(taper.model.rowCount() - 1)
                clicker.close_windows()  # the taper window: each of its buttons again, then Close
    ws.outline_controller.select(("over_time",))
    QApplication.processEvents()
    editor = ws.editor_panel.editor
    assert editor is not None
    for button in inner_buttons(editor):
        if button.isVisible() and button.isEnabled():
            clicked.append(button.text())
            button.click()
            QApplication.processEvents()
            clicker.close_windows()
    return clicked


@pytest.mark.parametrize("kind", KINDS)
def test_click_every_action_and_every_dialog_button(
        kind: str, window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        catalog: CatalogIndex, message_boxes: MessageBoxes) -> None:
    ws = window.workspace
    assert ws is not None
    path = plan_file(kind, catalog, tmp_path)
    pristine = path.read_bytes()
    ws.state.add_recent(path)
    clicker = Clicker(qtbot, tmp_path)
    # A clinic store set up: the library lists its templates, Preferences tests it, signing sends to it.
    ws.preferences.update(ws.preferences.preferences.model_copy(
        update={"store_url": clinic_store(tmp_path), "store_clinic_id": "north"}))
    # Functions, not bound methods: a bound method set on the class would not receive the dialog.
    monkeypatch.setattr(QDialog, "exec", lambda dialog: clicker.run_dialog(dialog))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: clicker.print_to_file(dialog))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: clicker.run_message_box(box))
    # The operating system's file dialogs are the only stand-ins: a file next to the plan.
    out = iter(range(1000))

    def save_name(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        return str(tmp_path / f"out-{next(out)}.careplan.json"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))

    def reopen() -> None:
        clicker.close_windows()
        path.write_bytes(pristine)  # Save and Revise may have written over it
        ws.document.reset(load_plan(path), path)
        ws.show_plan()
        if kind in ("draft", "revised", "template"):
            # One edit, so that Undo and Redo have something to do.
            ws.edits.set_field(("title",), f"{ws.document.plan.title} (edited)", "plan title")

    actions = all_actions(window)
    assert len(actions) >= 30
    clicked: list[str] = []
    opened_by: dict[QAction, set[str]] = {}
    for action in actions:
        reopen()
        ws.outline.setCurrentIndex(ws.outline_model.index(0, 0))
        if action is window.actions_.remove_module or action in (window.actions_.move_up, window.actions_.move_down):
            modules = ws.outline_model.index(3, 0)  # a module selected, as a person would first
            if ws.outline_model.rowCount(modules):
                ws.outline.setCurrentIndex(ws.outline_model.index(0, 0, modules))
        if not (action.isEnabled() and action.isVisible()):
            continue
        before = len(clicker.dialogs)
        action.trigger()
        QApplication.processEvents()
        clicked.append(action.text().replace("&", ""))
        if action is not window.actions_.quit:
            opened_by[action] = {d.split(":")[0] for d in clicker.dialogs[before:]}
        clicker.close_windows()
        if action is window.actions_.quit:
            assert not window.isVisible()
            break

    # The findings panel's buttons (acknowledge opens its dialog), on the plan as opened: twice,
    # so that a dialog's second closing button is clicked too.
    window.show()
    for _round in range(2):
        reopen()
        ws.tabs.setCurrentWidget(ws.findings)
        if ws.findings.model.rowCount():
            ws.findings.select_row(0)
        for button in (ws.findings.go_to, ws.findings.acknowledge, ws.findings.withdraw):
            if button.isEnabled():
                button.click()
                QApplication.processEvents()
                clicked.append(button.text())
    # Care over time: tapers and their window, monitoring and measures (twice: a first click may
    # enable another button, e.g. Remove once an entry is recorded).
    for _round in range(2):
        reopen()
        clicked.extend(click_care_over_time(window, clicker))
    # Actions whose dialog has a closing button not clicked yet are clicked again (at most twice).
    for _round in range(2):
        for action, opened in list(opened_by.items()):
            if any(BOX_SEEN[name] - BOX_CLICKED[name] for name in opened) and action.isEnabled():
                reopen()
                action.trigger()
                QApplication.processEvents()
                clicker.close_windows()

    assert clicker.stuck == []
    assert [m for m in clicker.messages if m.startswith(INTERNAL_ERROR_TITLE)] == []
    assert "Save plan" not in " ".join(clicker.messages)  # nothing asked to save over a signed plan
    expected = {"draft": 30, "signed": 20, "revised": 30, "template": 25}[kind]
    assert len(clicked) >= expected, clicked
    # The stewardship and clinic-store parts were reached: read-only on a signed plan.
    steward = {"draft": {"Taper\u2026", "Record", "Add visit", "Apply", "Work out steps", "Remove taper"},
               "signed": set(), "revised": {"Record", "Add visit"}, "template": {"Record", "Add visit"}}[kind]
    assert steward <= set(clicked) | set(clicker.inner_clicked), (clicked, clicker.inner_clicked)
    assert {"Test connection", "Refresh", "Pull into my templates"} <= set(clicker.inner_clicked)
    RUNS.add(kind)
    if set(KINDS) == RUNS:
        # Over the four runs, every closing button of every dialog met was clicked once.
        unclicked = {name: sorted(BOX_SEEN[name] - BOX_CLICKED[name]) for name in BOX_SEEN}
        assert {n: b for n, b in unclicked.items() if b} == {}

