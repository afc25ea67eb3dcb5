"""Re-shoot the screenshots in this folder: ``xvfb-run -s "-screen 0 1440x900x24" python docs/screenshots/take_screenshots.py``."""

from __future__ import annotations

import os
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
from careplan.domain.plan import TemplateInfo  # noqa: E402
from careplan.storage.plan_files import load_plan, save_plan  # noqa: E402
from careplan.storage.preferences import Preferences  # noqa: E402
from careplan.storage.templates import TemplateLibrary, make_template  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from careplan.ui.catalog_choices import new_medication  # noqa: E402
from careplan.ui.dialogs.preferences_dialog import PreferencesDialog  # noqa: E402
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog  # noqa: E402
from careplan.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
EXAMPLE = ROOT / "examples" / "critical-opioid-sedative.careplan.json"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / name))
    print("wrote", OUT / name)


def main() -> int:
    app = create_application([])
    catalog = load_catalog()
    size = (1366, 768) if "--small" in sys.argv else (1440, 860)
    suffix = "-1366x768" if "--small" in sys.argv else ""

    window = MainWindow(catalog)
    window.resize(*size)
    window.show()
    ws = window.workspace
    assert ws is not None
    ws.preferences.update(Preferences(clinic_name="Riverside Pain Clinic", clinic_address="12 River Road\nAustin, TX 78701",
                                      clinic_phone="(512) 555-0142", clinician_name="Dr A. Example",
                                      clinician_credentials="MD", default_jurisdiction="US-TX"))
    ws.files.open_path(EXAMPLE, ask=False)
    module = next(m for m in ws.document.plan.modules if m.kind == "medication")
    # Add ibuprofen and record kidney disease, so the panel shows a critical, a warning and an
    # acknowledged finding side by side.
    ws.edits.add_item(("modules", module.id, "items"), new_medication(catalog, "ibuprofen"), "ibuprofen")
    patient = ws.document.plan.patient
    assert patient is not None
    ws.edits.set_field(("patient", "conditions"), [*patient.conditions, "ckd"], "conditions")
    for finding in ws.monitor.report.findings:
        if finding.severity == "warning":
            ws.edits.acknowledge(finding.rule, list(finding.items), "eGFR 75 last month; 2-week course", "Dr A. Example",
                                 finding.title)
    ws.outline_controller.select(("module", module.id))
    ws.findings.select_row(0)
    shoot(window, f"main-window{suffix}.png")
    ws.tabs.setCurrentWidget(ws.preview_view)
    loop = QEventLoop()
    ws.preview.preview_ready.connect(lambda _d: QTimer.singleShot(500, loop.quit))
    QTimer.singleShot(20000, loop.quit)
    loop.exec()
    shoot(window, f"main-window-preview{suffix}.png")
    ws.outline_controller.select(("patient",))
    shoot(window, f"patient-editor{suffix}.png")

    # A few templates in the personal folder, made from the examples, so the picker has content.
    folder = ws.preferences.personal_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for path, title, tags in (
        (EXAMPLE, "Chronic low back pain \u2013 opioid review", ["back pain", "opioids"]),
        (ROOT / "examples" / "critical-nsaid-bleeding.careplan.json", "Shoulder tendinopathy \u2013 conservative", ["shoulder"]),
    ):
        info = TemplateInfo(description=f"Starting point for {title.lower()}.", tags=tags, tier=1, author="Riverside")
        save_plan(make_template(load_plan(path), info, title=title), folder / path.name)
    library = TemplateLibrary(ws.preferences.template_folders())
    picker = TemplatePickerDialog(library.entries(), library.problems, window)
    picker.show()
    shoot(picker, "template-picker.png")
    picker.close()

    prefs = PreferencesDialog(ws.preferences.preferences, catalog, ws.preferences.personal_templates_dir(), window)
    prefs.show()
    shoot(prefs, "preferences.png")
    prefs.close()
    ws.preview.shut_down()
    ws.document.reset(ws.document.plan, None)
    window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
