"""GUI: Preferences ▸ Clinic store (no password ever saved; Test connection off the GUI thread), the store's
templates in the library (pull, undoable), and signing that says where the signed version went."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from careplan.domain.catalog import CatalogIndex
from careplan.storage.paths import config_dir, personal_templates_dir
from careplan.storage.plan_files import load_plan
from careplan.storage.store.identity import Actor
from careplan.storage.store.outbox import outbox_dir
from careplan.storage.store.store import ClinicStore
from careplan.storage.template_library import ClinicLibrary
from careplan.ui.dialogs.preferences_dialog import PreferencesDialog
from careplan.ui.library.library_dialog import TemplateLibraryDialog
from careplan.ui.lifecycle.sign_off_dialog import SignOffDialog
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES, MessageBoxes, stub_dialog

ROOT = EXAMPLES.parent


def _store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic-store.db'}"
    ClinicStore.init(url, "north", Actor("admin", "", "server"))[0].close()
    return url


def test_preferences_refuse_a_password_and_never_save_one(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path) -> None:
    ws = window.workspace
    assert ws is not None
    monkeypatch.setenv("PGPASSWORD", "s3cret-from-env")
    url = _store(tmp_path)
    seen: list[PreferencesDialog] = []

    def with_password(dialog: PreferencesDialog) -> bool:
        seen.append(dialog)
        dialog.store.url.setText("postgresql://dr_smith:hunter2@db.clinic/careplan")
        dialog.accept()  # refused at the field: the dialog stays open
        assert dialog.result() != PreferencesDialog.DialogCode.Accepted
        assert "Leave the password out" in dialog.store.status.text()
        dialog.store.url.setText(url)
        dialog.store.clinic.setText("north")
        return True

    stub_dialog(monkeypatch, PreferencesDialog, with_password)
    assert ws.edit_preferences()
    prefs = ws.preferences.preferences
    assert (prefs.store_url, prefs.store_clinic_id) == (url, "north")
    saved = "\n".join(p.read_text(encoding="utf-8") for p in config_dir().rglob("*") if p.is_file())
    assert url in saved and "hunter2" not in saved and "s3cret-from-env" not in saved


def test_test_connection_runs_off_the_gui_thread(qtbot: QtBot, catalog: CatalogIndex, tmp_path: Path) -> None:
    from careplan.storage.preferences import Preferences

    url = _store(tmp_path)
    dialog = PreferencesDialog(Preferences(store_url=url, store_clinic_id="north"), catalog, tmp_path)
    qtbot.addWidget(dialog)
    dialog.store.test_connection()
    assert dialog.store.status.text() == "Testing the connection\u2026"  # not answered yet: the work is elsewhere
    qtbot.waitUntil(lambda: dialog.store.test_button.isEnabled(), timeout=20000)
    assert "Connected to sqlite:///" in dialog.store.status.text() and "0 signed versions" in dialog.store.status.text()

    dialog.store.url.setText(f"sqlite:///{tmp_path / 'nowhere' / 'store.db'}")
    dialog.store.test_connection()
    qtbot.waitUntil(lambda: dialog.store.test_button.isEnabled(), timeout=20000)
    assert dialog.store.status.text().startswith("\u26a0 No clinic store at")


def test_library_lists_store_templates_and_pulls_one(qtbot: QtBot, catalog: CatalogIndex, tmp_path: Path,
                                                     message_boxes: MessageBoxes) -> None:
    url = _store(tmp_path)
    template = load_plan(ROOT / "resources" / "templates" / "hip-osteoarthritis.careplan.json")
    with ClinicStore.open(url, "north") as store:
        store.push_template(template.model_copy(update={"id": "clinic-hip", "title": "Hip OA — clinic"}),
                            Actor("u", "Dr B", "desk"))
    library = ClinicLibrary(personal_templates_dir(), catalog=catalog)
    dialog = TemplateLibraryDialog(library, catalog, store=(url, "north"))
    qtbot.addWidget(dialog)
    panel = dialog.store_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=20000)
    assert "Hip OA — clinic" in panel.list.item(0).text() and "1 template shared in clinic north" in panel.status.text()
    panel.list.setCurrentRow(0)
    # Picked, it is described beside the lists (not the library template still highlighted there).
    assert "Hip OA — clinic" in dialog.details.text() and "Pull into my templates" in dialog.details.text()
    assert not dialog.use_button.isEnabled() and dialog.list.currentItem() is None  # one template picked at a time
    dialog.list.setCurrentRow(0)
    assert "Hip OA — clinic" not in dialog.details.text() and panel.list.currentItem() is None
    panel.list.setCurrentRow(0)
    panel.pull_selected()
    qtbot.waitUntil(lambda: "clinic-hip" in {i.id for i in library.items()}, timeout=20000)
    assert any("Template pulled" in text for text in message_boxes.texts())
    dialog.undo_stack.undo()
    assert "clinic-hip" not in {i.id for i in library.items()}


def _sign(dialog: SignOffDialog) -> bool:
    dialog.name.setText("Dr A. Example")
    return True


@pytest.mark.parametrize("reachable", [True, False])
def test_signing_says_where_the_signed_version_went(window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
                                                    tmp_path: Path, message_boxes: MessageBoxes, reachable: bool) -> None:
    ws = window.workspace
    assert ws is not None
    url = _store(tmp_path) if reachable else f"sqlite:///{tmp_path / 'server-gone' / 'store.db'}"
    ws.preferences.update(ws.preferences.preferences.model_copy(update={"store_url": url, "store_clinic_id": "north"}))
    path = tmp_path / "plan.careplan.json"
    shutil.copy(EXAMPLES / "low-back-pain.careplan.json", path)
    assert ws.files.open_path(path, ask=False)
    said: list[str] = []
    ws.lifecycle.status_message.connect(said.append)
    stub_dialog(monkeypatch, SignOffDialog, _sign)
    assert ws.lifecycle.sign_off()
    signed = load_plan(path)
    assert signed.status == "final"  # the file is signed before the store is asked
    qtbot.waitUntil(lambda: any("clinic store" in s and "\u2026" not in s for s in said), timeout=20000)
    if reachable:
        assert any("signed version stored in the clinic store" in s for s in said)
        with ClinicStore.open(url, "north") as store:
            assert [v.revision for v in store.history(signed.id)] == [1]
    else:
        assert any("NOT in the clinic store" in s for s in said)
        assert any(text.startswith("Signed version not in the clinic store") for text in message_boxes.texts())
        assert len(list(outbox_dir().glob("*.json"))) == 1
