"""A walk through every screen of the app, as a clinician opens them (the real actions and buttons).

Used under a real window manager on a virtual screen by the screenshot script
(docs/screenshots/take_screenshots.py) and by the window-frame test (test_window_frames.py):
each screen is reported once shown and framed, by name, to ``visit(name, window)``. Modal
dialogs open through the app's own code; their ``exec`` shows them, reports them and closes them.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QScrollArea, QWidget

from careplan.domain import edits
from careplan.domain.catalog import CatalogIndex
from careplan.domain.lifecycle import revise, sign
from careplan.domain.plan import MedicationItem, Strength
from careplan.storage.plan_files import load_plan, save_plan
from careplan.storage.preferences import Preferences
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.medication_row import MedicationRow
from careplan.ui.editors.pain_editor import PainEditor
from careplan.ui.editors.widgets import NumberBox
from careplan.ui.main_window import MainWindow
from careplan.ui.screen_fit import ScreenFitter, frame_known

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TEMPLATES = ROOT / "resources" / "templates"
Visit = Callable[[str, QWidget], None]


def settle(ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def framed(widget: QWidget, timeout_ms: int = 3000) -> None:
    """Wait until the window manager has framed ``widget`` and the app has fitted it to the screen."""
    clock = QElapsedTimer()
    clock.start()
    while not frame_known(widget) and clock.elapsed() < timeout_ms:
        settle(30)
    # The app's own fit once the frame is known (ScreenFitter polls for it): on a busy machine it
    # may come later than a fixed wait would allow.
    fitters = widget.findChildren(ScreenFitter)
    while any(f._timer.isActive() for f in fitters) and clock.elapsed() < 2 * timeout_ms:
        settle(30)
    settle(400)  # the window manager applies the move; a paint


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    """Let a background job finish (a store listing, a connection test), at most ``timeout_ms``."""
    clock = QElapsedTimer()
    clock.start()
    while not condition() and clock.elapsed() < timeout_ms:
        settle(50)


def dose_examples() -> list[MedicationItem]:
    """One medicine of each shape the editor handles: PRN with a gap, bedtime, rescue; then more."""
    return [
        MedicationItem(drug="oxycodone", dose=1, unit="tablet", strength=Strength(amount=5, unit="mg"), release="ir",
                       prn=True, max_per_day=4, min_hours_between=4, duration_days=7, purpose="bad pain days"),
        MedicationItem(drug="amitriptyline", dose=1, unit="tablet", strength=Strength(amount=10, unit="mg"),
                       release="ir", times_per_day=1, purpose="sleep and nerve pain"),
        MedicationItem(drug="naloxone", dose=1, unit="application", strength=Strength(amount=4, unit="mg"), release="ir",
                       route="nasal"),
        MedicationItem(drug="acetaminophen", dose=1000, unit="mg", times_per_day=3, purpose="pain"),
    ]


class Tour:
    """Opens each screen in turn and reports it; ``names`` lists what was seen."""

    def __init__(self, window: MainWindow, catalog: CatalogIndex, scratch: Path, visit: Visit) -> None:
        self.window = window
        self.catalog = catalog
        self.scratch = scratch
        self.visit = visit
        self.names: list[str] = []
        self._dialog_names: list[tuple[str, Callable[[QDialog], None] | None]] = []
        ws = window.workspace
        assert ws is not None
        self.ws = ws

    # --- modal dialogs: shown, reported, closed ------------------------------------------------

    def _exec(self, dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox) and dialog.windowTitle() == "Unsaved changes":
            # Asked before another plan replaces this one: shown once, then answered "Discard"
            # (the plan stays open while the next dialog is only looked at).
            if "unsaved-changes" not in self.names:
                dialog.show()
                framed(dialog)
                self._report("unsaved-changes", dialog)
                dialog.done(0)
            return int(QMessageBox.StandardButton.Discard.value)
        name, prepare = self._dialog_names.pop(0) if self._dialog_names else (type(dialog).__name__, None)
        dialog.show()
        framed(dialog)
        if prepare is not None:
            prepare(dialog)
            settle()
        self._report(name, dialog)
        dialog.done(int(QDialog.DialogCode.Rejected.value))  # hidden even where close() would be refused
        settle(100)
        return int(QDialog.DialogCode.Rejected.value)

    def _report(self, name: str, widget: QWidget) -> None:
        self.names.append(name)
        self.visit(name, widget)

    def expect(self, *names: str, prepare: Callable[[QDialog], None] | None = None) -> None:
        """The names of the next modal dialogs the app opens, in order; ``prepare`` acts in the
        last one once it is framed (as a person would, before it is looked at)."""
        self._dialog_names.extend((name, prepare if i == len(names) - 1 else None) for i, name in enumerate(names))

    def run(self) -> list[str]:
        real_dialog_exec, real_box_exec = QDialog.exec, QMessageBox.exec
        QDialog.exec = lambda dialog: self._exec(dialog)  # type: ignore[method-assign, assignment]
        QMessageBox.exec = lambda box: self._exec(box)  # type: ignore[method-assign, assignment]
        real_open, real_save = QFileDialog.getOpenFileName, QFileDialog.getSaveFileName
        try:
            self._steps()
        finally:
            QDialog.exec, QMessageBox.exec = real_dialog_exec, real_box_exec  # type: ignore[method-assign]
            QFileDialog.getOpenFileName, QFileDialog.getSaveFileName = real_open, real_save  # type: ignore[method-assign]
        return self.names

    # --- the screens ----------------------------------------------------------------------------

    def _steps(self) -> None:
        ws, window = self.ws, self.window
        ws.preferences.update(Preferences(clinic_name="Riverside Pain Clinic", clinic_address="12 River Road\nAustin, TX 78701",
                                          clinic_phone="(512) 555-0142", clinician_name="Dr A. Example",
                                          clinician_credentials="MD", default_jurisdiction="US-TX"))
        ws.state.add_recent(EXAMPLES / "low-back-pain.careplan.json")
        ws.show_start()
        framed(window)
        self._report("start-page", window)

        # The example plan with medicines of each shape, its findings on the right.
        example = self.scratch / "critical-opioid-sedative.careplan.json"
        shutil.copy(EXAMPLES / "critical-opioid-sedative.careplan.json", example)
        ws.files.open_path(example, ask=False)
        module = next(m for m in ws.document.plan.modules if m.kind == "medication")
        for item in dose_examples():
            ws.edits.add_item(("modules", module.id, "items"), item, item.drug or "medicine")
        for finding in ws.monitor.report.findings:
            if finding.severity == "warning" and finding.rule == "FOLLOWUP-MISSING":
                ws.edits.acknowledge(finding.rule, list(finding.items), "Phone review at 1 week booked",
                                     "Dr A. Example", finding.title)
        ws.outline_controller.select(("module", module.id))
        ws.findings.select_row(0)
        editor = ws.editor_panel.editor
        assert isinstance(editor, MedicationEditor)
        settle()
        self._report("medication-editor", window)
        # One medicine open to edit: the bedtime one (the catalog's default timing).
        rows = [r for r in editor.medicines.rows.rows.values() if isinstance(r, MedicationRow)]
        for row in rows:
            row.set_expanded("Amitriptyline" in row.drug.currentText() or "Naloxone" in row.drug.currentText())
        bedtime = next(r for r in rows if "Amitriptyline" in r.drug.currentText())
        settle()
        ws.editor_panel.scroll_area.verticalScrollBar().setValue(bedtime.mapTo(editor, QPoint(0, 0)).y())
        settle()
        self._report("medication-editor-rescue", window)
        # An opioid open to edit: its course line offers what it is given for (pain, or OUD treatment).
        opioid = next(r for r in rows if "Oxycodone" in r.drug.currentText())
        for row in rows:
            row.set_expanded(row is opioid)
        settle()
        ws.editor_panel.scroll_area.verticalScrollBar().setValue(opioid.mapTo(editor, QPoint(0, 0)).y())
        settle()
        self._report("medication-editor-opioid", window)

        # Typing a part of a name with several matches, then a name the catalog does not know.
        picker = editor.medicines.picker
        picker.edit.setText("oxy")
        picker._on_add()
        settle()
        self._report("medicine-picker", window)
        picker.edit.setText("fentanil")
        self.expect("unlisted-medicine")
        picker._on_add()
        picker.edit.clear()

        ws.tabs.setCurrentWidget(ws.findings)
        self._report("findings", window)
        self.expect("acknowledge")
        ws.findings.select_row(0)
        ws.findings_controller.acknowledge_current()
        self.expect("blocked-export")
        window.actions_.export_handout.trigger()

        ws.outline_controller.select(("patient",))
        settle()
        self._report("patient-editor", window)
        physio = next((m for m in ws.document.plan.modules if m.kind == "physiotherapy"), None)
        if physio is not None:
            ws.outline_controller.select(("module", physio.id))
            settle()
            self._report("physiotherapy-editor", window)
        for part, name in ((("goals",), "goals-editor"), (("flare",), "flare-editor"), (("follow_up",), "follow-up-editor")):
            ws.outline_controller.select(part)
            settle()
            self._report(name, window)
        # A value that cannot be meant stays typed, with its reason at the field.
        ws.outline_controller.select(("pain",))
        pain = ws.editor_panel.editor
        assert isinstance(pain, PainEditor)
        nrs = next(b.widget for b in pain.binder.bindings if b.path == ("pain", "baseline", "nrs"))
        assert isinstance(nrs, NumberBox)
        nrs.lineEdit().setText("11")
        nrs.editingFinished.emit()
        settle()
        self._report("field-problem", window)

        ws.tabs.setCurrentWidget(ws.preview_view)
        loop = QEventLoop()
        ws.preview.preview_ready.connect(lambda _d: QTimer.singleShot(500, loop.quit))
        QTimer.singleShot(20000, loop.quit)
        loop.exec()
        self._report("main-window-preview", window)
        ws.tabs.setCurrentWidget(ws.findings)

        ws.findings.list.setFocus()
        ws.show_help()
        assert ws.help_window is not None
        framed(ws.help_window)
        self._report("help", ws.help_window)
        ws.help_window.close()

        self.expect("template-picker")
        window.actions_.new_from_template.trigger()
        self.expect("template-library")
        window.actions_.template_library.trigger()
        self.expect("preferences")
        window.actions_.preferences.trigger()
        self.expect("save-as-template")
        window.actions_.save_as_template.trigger()
        # Kratom counselling, once turned on: its cautions come first.
        ws.preferences.update(ws.preferences.preferences.model_copy(update={"kratom_enabled": True}))
        self.expect("kratom-cautions")
        ws.edits.add_module("kratom")
        self.expect("about")
        window.actions_.about.trigger()

        # A plan without open critical findings: export, sign off.
        plan_path = self.scratch / "low-back-pain.careplan.json"
        shutil.copy(EXAMPLES / "low-back-pain.careplan.json", plan_path)
        ws.files.open_path(plan_path, ask=False)
        self.expect("export")
        window.actions_.export_handout.trigger()
        self.expect("sign-off")
        window.actions_.sign_off.trigger()

        # Signed: read-only, with the banner that offers a new revision.
        save_plan(sign(load_plan(plan_path), "Dr A. Example", "MD", catalog=self.catalog), plan_path, touch=False)
        ws.files.open_path(plan_path, ask=False)
        medication = next(m for m in ws.document.plan.modules if m.kind == "medication")
        ws.outline_controller.select(("module", medication.id))
        settle()
        self._report("signed-plan", window)

        # Revision 2 against the signed revision 1.
        revision = edits.set_field(revise(load_plan(plan_path)), ("modules", medication.id, "items", "i-ibu", "dose"), 200.0)
        revision_path = self.scratch / "low-back-pain-rev2.careplan.json"
        save_plan(revision, revision_path, touch=False)
        ws.files.open_path(revision_path, ask=False)
        compare = ws.lifecycle.compare_with(plan_path)
        assert compare is not None
        framed(compare)
        self._report("compare-revisions", compare)
        compare.close()

        # Unsaved work found at start: offered back.
        ws.edits.set_field(("title",), "Low back pain, revision 2 (unsaved)", "plan title")
        ws.recovery.write_now()
        self.expect("recovery")
        ws.recovery.offer_restore(window)
        ws.recovery.discard()
        self._care_over_time()
        self._clinic_store()

    def _care_over_time(self) -> None:
        """Recent plans with monitoring due; monitoring and measures with the trend; a taper window."""
        ws, window = self.ws, self.window
        taper_path, measures_path = (self.scratch / name for name in
                                     ("morphine-taper.careplan.json", "measures-three-visits.careplan.json"))
        for path in (taper_path, measures_path):
            shutil.copy(EXAMPLES / path.name, path)
        ws.files.open_path(measures_path, ask=False)
        ws.files.open_path(taper_path, ask=False)
        ws.show_start()
        settle()
        self._report("start-monitoring-due", window)
        ws.files.open_path(measures_path, ask=False)
        ws.show_plan()
        ws.outline_controller.select(("over_time",))
        settle()
        self._report("monitoring-measures", window)
        over_time: Any = ws.editor_panel.editor
        over_time.measures.instrument.setCurrentIndex(over_time.measures.instrument.findData("PEG"))
        ws.editor_panel.scroll_area.ensureWidgetVisible(over_time.measures.plot)
        settle()
        self._report("measures-trend", window)
        ws.files.open_path(taper_path, ask=False)
        medication = next(m for m in ws.document.plan.modules if m.kind == "medication")
        ws.outline_controller.select(("module", medication.id))
        settle()
        editor = ws.editor_panel.editor
        assert isinstance(editor, MedicationEditor)
        row = next(r for r in editor.medicines.rows.rows.values()
                   if isinstance(r, MedicationRow) and r.taper.isVisible())
        dialog = row.taper.open_editor()
        framed(dialog)
        dialog.table.selectRow(1)
        settle()
        self._report("taper-window", dialog)
        dialog.close()

    def _clinic_store(self) -> None:
        """A clinic store set up (a local one): its settings in Preferences, its templates in the library."""
        from careplan.storage.store.identity import Actor
        from careplan.storage.store.store import ClinicStore

        ws, window = self.ws, self.window
        url = f"sqlite:///{self.scratch / 'clinic-store.db'}"
        ClinicStore.init(url, "riverside", Actor("admin", "", "server"))[0].close()
        shared = load_plan(TEMPLATES / "hip-osteoarthritis.careplan.json")
        with ClinicStore.open(url, "riverside") as store:
            store.push_template(shared.model_copy(update={"id": "clinic-hip", "title": "Hip osteoarthritis (Riverside)"}),
                                Actor("dr_b", "Dr B. Example", "desk-2"))
        ws.preferences.update(ws.preferences.preferences.model_copy(update={"store_url": url,
                                                                              "store_clinic_id": "riverside"}))

        def tested(dialog: QDialog) -> None:
            page: Any = dialog.store  # type: ignore[attr-defined]
            page.test_button.click()
            wait_until(lambda: page.test_button.isEnabled())
            dialog.findChild(QScrollArea).ensureWidgetVisible(page)

        self.expect("preferences-store", prepare=tested)
        window.actions_.preferences.trigger()

        def listed(dialog: QDialog) -> None:
            panel: Any = dialog.store_panel  # type: ignore[attr-defined]
            wait_until(lambda: panel.list.count() > 0)
            panel.list.setCurrentRow(0)

        self.expect("template-library-store", prepare=listed)
        window.actions_.template_library.trigger()


def run_tour(catalog: CatalogIndex, scratch: Path, visit: Visit, window: Any = None) -> list[str]:
    """Open the main window, walk every screen, close; returns the names of the screens seen."""
    main = window or MainWindow(catalog)
    main.show()
    framed(main)
    tour = Tour(main, catalog, scratch, visit)
    try:
        return tour.run()
    finally:
        assert main.workspace is not None
        main.workspace.preview.shut_down()
        main.workspace.document.reset(main.workspace.document.plan, None)
        main.workspace.recovery.discard()
        QApplication.processEvents()
