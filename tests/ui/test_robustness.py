"""The GUI with hostile files, failing disks, identifiers in a template and its own bugs: a dialog, never a crash."""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from careplan.domain.plan import CarePlan, FollowUp, Goal, KratomModule, MedicationModule, TemplateInfo
from careplan.storage import atomic, paths
from careplan.storage.plan_files import load_plan, save_plan
from careplan.storage.templates import template_content
from careplan.ui import error_reporting
from careplan.ui.dialogs.kratom_cautions_dialog import KratomCautionsDialog
from careplan.ui.files.save_template_dialog import SaveTemplateDialog
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog
from careplan.ui.main_window import MainWindow
from tests.data.corpus import BAD, CASES
from tests.robustness_stats import STATS
from tests.ui.conftest import MessageBoxes, stub_dialog


def test_every_corpus_file_opens_to_a_dialog_and_the_app_stays_up(window: MainWindow, message_boxes: MessageBoxes) -> None:
    files = window.workspace.files
    open_plan = window.workspace.document.plan
    for name, content, expected in CASES:
        shown = len(message_boxes.shown)
        opened = files.open_path(BAD / name, ask=False)
        if expected is None:
            assert opened, name
            assert len(message_boxes.shown) == shown
            open_plan = window.workspace.document.plan
        else:
            assert not opened, name
            assert len(message_boxes.shown) == shown + 1, name
            title, text = message_boxes.shown[-1]
            assert title == "Could not open the plan" and expected in text, (name, text)
            assert window.workspace.document.plan is open_plan  # the open plan is untouched
        assert (BAD / name).read_bytes() == content
        assert window.isVisible()
        STATS["corpus files opened in the GUI"] += 1


def _shoulder_plan() -> CarePlan:
    return CarePlan(title="Shoulder pain", modules=[MedicationModule(id="meds")],
                    goals=[Goal(id="g1", text="Lift a kettle")], follow_up=FollowUp(interval_weeks=4))


@pytest.mark.fault
@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failed_save_says_why_and_keeps_the_plan_and_the_old_file(
    window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, error: int
) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_shoulder_plan(), path)
    before = path.read_bytes()
    assert window.workspace.files.open_path(path)
    window.workspace.edits.add_item(("goals",), Goal(text="Sleep better"), "goal")

    def fail(fd: int) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(atomic.os, "fsync", fail)
    assert not window.workspace.files.save()
    title, text = message_boxes.shown[-1]
    reason = {errno.ENOSPC: "the disk is full", errno.EROFS: "read-only", errno.EACCES: "permission denied"}[error]
    assert title == "Could not save" and reason in text and str(path) in text
    assert window.workspace.document.is_modified and len(window.workspace.document.plan.goals) == 2
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.fault
def test_saving_into_a_folder_removed_meanwhile_says_so(
    window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    window.workspace.document.reset(_shoulder_plan(), None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder / "p.careplan.json"), ""))
    folder.rmdir()
    assert not window.workspace.files.save_as()
    title, text = message_boxes.shown[-1]
    assert title == "Could not save" and "does not exist" in text
    assert window.isVisible()


def test_identifiers_refuse_the_template_and_take_the_clinician_to_the_field(
    window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _shoulder_plan()
    plan = plan.model_copy(update={"patient": plan.patient_or_empty.model_copy(update={"name": "Ann-Marie Li"}),
                                   "goals": [Goal(id="g1", text="Lift a kettle"), Goal(id="g2", text="Li walks 20 minutes")]})
    window.workspace.document.reset(plan, None)
    stub_dialog(monkeypatch, SaveTemplateDialog, lambda d: (d.title_edit.setText("Shoulder pain"), True)[1])
    assert not window.workspace.files.save_as_template()
    title, text = message_boxes.shown[-1]
    assert title == "Not saved as a template" and "the patient's name" in text and "\u201cLi\u201d" in text
    assert list(paths.personal_templates_dir().glob("*.json")) == []
    # The goals editor is open with the offending goal's text marked and focused.
    assert window.workspace.outline_controller.current_key() == ("goals",)
    marked = [w for w in window.workspace.editor_panel.findChildren(QWidget) if w.property("invalid")]
    assert len(marked) == 1 and marked[0].hasFocus()
    shown = marked[0].toPlainText() if isinstance(marked[0], QPlainTextEdit) else marked[0].text()  # type: ignore[attr-defined]
    assert shown == "Li walks 20 minutes"

    # Edited, the same plan saves; the file name comes from the template title, owner-only.
    window.workspace.edits.set_field(("goals", "g2", "text"), "Walks 20 minutes", "goal")
    assert window.workspace.files.save_as_template()
    saved = list(paths.personal_templates_dir().glob("*.json"))
    assert [p.name for p in saved] == ["shoulder-pain.careplan.json"]
    template = load_plan(saved[0])
    assert template.patient is None and [g.text for g in template.goals] == ["Lift a kettle", "Walks 20 minutes"]
    if os.name == "posix":
        assert stat.S_IMODE(saved[0].stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.personal_templates_dir().stat().st_mode) == 0o700
        assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700


def test_a_plan_from_a_kratom_template_asks_for_the_cautions_again(
    window: MainWindow, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _shoulder_plan().model_copy(update={"modules": [KratomModule(id="k", cautions_accepted=True, reported_amount="3 g")]})
    template = template_content(source, TemplateInfo(description="kratom counselling"), template_id="kratom-t", title="Kratom")
    folder = paths.ensure_private_dir(paths.personal_templates_dir())
    save_plan(template, folder / "kratom.careplan.json")
    window.workspace.preferences.update(window.workspace.preferences.preferences.model_copy(update={"kratom_enabled": True}))

    def choose(dialog: TemplatePickerDialog) -> bool:
        for row in range(dialog.list.count()):
            if "Kratom" in dialog.list.item(row).text():
                dialog.list.setCurrentRow(row)
        return True

    stub_dialog(monkeypatch, TemplatePickerDialog, choose)
    before = window.workspace.document.plan
    declined = stub_dialog(monkeypatch, KratomCautionsDialog, lambda d: False)
    assert not window.workspace.files.new_from_template()
    assert len(declined) == 1 and window.workspace.document.plan is before
    assert message_boxes.shown[-1][0] == "No plan made"

    def accept(dialog: KratomCautionsDialog) -> bool:
        dialog.accept_box.setChecked(True)
        dialog.by_edit.setText("Dr B")
        return True

    accepted = stub_dialog(monkeypatch, KratomCautionsDialog, accept)
    assert window.workspace.files.new_from_template()
    kratom = window.workspace.document.plan.kratom_module()
    assert len(accepted) == 1 and kratom is not None
    assert kratom.cautions_accepted and kratom.cautions_accepted_by == "Dr B" and kratom.reported_amount == ""


@pytest.mark.internal_error_expected
def test_an_internal_error_shows_a_dialog_writes_a_log_and_the_app_stays_up(
    window: MainWindow, message_boxes: MessageBoxes
) -> None:
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as exc:
        error_reporting.report_uncaught(type(exc), exc, exc.__traceback__)
    title, text = message_boxes.shown[-1]
    assert title == "Careplan hit an internal error" and "Internal error (ZeroDivisionError)" in text
    logs = list(paths.log_dir().glob("internal-error-*.log"))
    assert len(logs) == 1 and "ZeroDivisionError: a bug" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in text and "Traceback" not in text
    # An operating-system error is not a bug: a plain message, no log.
    error_reporting.report_uncaught(OSError, OSError(errno.ENOSPC, "No space left on device", "/x/p.json"), None)
    assert message_boxes.shown[-1][0] == "Careplan could not use a file" and "the disk is full" in message_boxes.shown[-1][1]
    assert len(list(paths.log_dir().glob("*.log"))) == 1
    assert window.isVisible()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_window_settings_are_owner_only(window: MainWindow, qtbot: QtBot) -> None:
    window.state.add_recent(Path("/clinic/patients/zoe.careplan.json"))
    ini = paths.config_dir() / "window.ini"
    assert "zoe.careplan.json" in ini.read_text(encoding="utf-8")
    assert stat.S_IMODE(ini.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.config_dir().stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_handout_printed_to_a_pdf_file_is_owner_only(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"
    out.write_bytes(b"old")
    out.chmod(0o644)

    def print_to_file(dialog: QPrintDialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    stub_dialog(monkeypatch, QPrintDialog, print_to_file)
    window.workspace.document.reset(_shoulder_plan(), None)
    assert window.workspace.exports.print_handout()
    assert out.read_bytes().startswith(b"%PDF-") and stat.S_IMODE(out.stat().st_mode) == 0o600
