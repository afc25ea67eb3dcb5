"""Shots of the template library and of a signed plan.

``xvfb-run -s "-screen 0 1280x720x24" python docs/screenshots/take_lifecycle_screenshots.py`` (and with
``QT_SCALE_FACTOR=1.5`` on a 1366x768 screen, adding ``--scaled``). The signed plan is a copy of
``examples/low-back-pain.careplan.json`` signed in a scratch folder; nothing in ``examples/`` changes.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_scratch = Path(tempfile.mkdtemp(prefix="careplan-shots-"))
os.environ["CAREPLAN_DATA_DIR"] = str(_scratch / "data")
os.environ["CAREPLAN_CONFIG_DIR"] = str(_scratch / "config")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from careplan.domain.catalog import load_catalog  # noqa: E402
from careplan.domain.lifecycle import sign  # noqa: E402
from careplan.storage.plan_files import load_plan, save_plan  # noqa: E402
from careplan.storage.preferences import Preferences  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from careplan.ui.library.library_dialog import TemplateLibraryDialog  # noqa: E402
from careplan.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    scaled = "--scaled" in sys.argv
    suffix = "-150pct" if scaled else ""
    app = create_application([])
    catalog = load_catalog()
    window = MainWindow(catalog)
    # At 150 % a 1366x768 screen offers about 910x512 logical pixels.
    window.resize(*((910, 512) if scaled else (1280, 720)))
    window.show()
    ws = window.workspace
    assert ws is not None
    ws.preferences.update(Preferences(clinic_name="Riverside Pain Clinic", clinician_name="Dr A. Example",
                                      clinician_credentials="MD", default_jurisdiction="US-TX"))

    # The template library, searched for a word that is only in templates' content.
    dialog = TemplateLibraryDialog(ws.library.library(), catalog, window)
    if not scaled:
        dialog.resize(1180, 660)
    dialog.show()
    dialog.search.setText("walking")
    settle(500)
    for row in range(dialog.list.count()):
        if dialog.list.item(row).text().startswith("Hip osteoarthritis"):
            dialog.list.setCurrentRow(row)
    dialog.show_preview()
    shoot(dialog, f"template-library{suffix}.png")
    dialog.close()

    # A signed plan: read-only, with the banner that offers a new revision.
    plan_path = _scratch / "low-back-pain.careplan.json"
    shutil.copy(ROOT / "examples" / "low-back-pain.careplan.json", plan_path)
    save_plan(sign(load_plan(plan_path), "Dr A. Example", "MD", catalog=catalog), plan_path, touch=False)
    ws.files.open_path(plan_path, ask=False)
    module = next(m for m in ws.document.plan.modules if m.kind == "medication")
    ws.outline_controller.select(("module", module.id))
    shoot(window, f"signed-plan{suffix}.png")

    # The comparison of revision 1 with an edited revision 2.
    from careplan.domain import edits
    from careplan.domain.lifecycle import revise

    revision = revise(load_plan(plan_path))
    revision = edits.set_field(revision, ("modules", module.id, "items", "i-ibu", "dose"), 200.0)
    revision_path = _scratch / "low-back-pain-rev2.careplan.json"
    save_plan(revision, revision_path, touch=False)
    ws.files.open_path(revision_path, ask=False)
    compare = ws.lifecycle.compare_with(plan_path)
    if compare is not None:
        shoot(compare, f"compare-revisions{suffix}.png")
        compare.close()
    ws.preview.shut_down()
    window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
