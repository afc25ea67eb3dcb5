"""Re-shoot the main screenshots in this folder, at a clinic laptop's sizes.

    xvfb-run -a -s "-screen 0 1280x720x24" python docs/screenshots/take_screenshots.py
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take_screenshots.py --suffix -150pct

The window is not resized: it opens as a clinician's would (fitted to the screen), so the
150 % shots show what a 1366x768 laptop at 150 % scaling shows. The lifecycle screenshots
(signed plan, compare, template library) come from take_lifecycle_screenshots.py.
"""

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

from PySide6.QtCore import QEventLoop, QLocale, QPoint, QTimer  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from careplan.domain.catalog import load_catalog  # noqa: E402
from careplan.domain.plan import MedicationItem, Strength  # noqa: E402
from careplan.storage.plan_files import load_plan  # noqa: E402
from careplan.storage.preferences import Preferences  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from careplan.ui.dialogs.preferences_dialog import PreferencesDialog  # noqa: E402
from careplan.ui.editors.medication_editor import MedicationEditor  # noqa: E402
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog  # noqa: E402
from careplan.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent
EXAMPLE = ROOT / "examples" / "critical-opioid-sedative.careplan.json"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str, suffix: str) -> None:
    settle()
    path = OUT / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print("wrote", path)


def dose_examples() -> list[MedicationItem]:
    """One medicine of each shape the editor handles: PRN with a gap, a patch, bedtime, rescue."""
    return [
        MedicationItem(drug="oxycodone", dose=1, unit="tablet", strength=Strength(amount=5, unit="mg"), release="ir",
                       prn=True, max_per_day=4, min_hours_between=4, duration_days=7, purpose="bad pain days"),
        MedicationItem(drug="amitriptyline", dose=1, unit="tablet", strength=Strength(amount=10, unit="mg"),
                       release="ir", times_per_day=1, purpose="sleep and nerve pain"),
        MedicationItem(drug="naloxone", dose=1, unit="application", strength=Strength(amount=4, unit="mg"), release="ir",
                       route="nasal"),
    ]


def main() -> int:
    suffix = sys.argv[sys.argv.index("--suffix") + 1] if "--suffix" in sys.argv else ""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = create_application([])
    catalog = load_catalog()
    window = MainWindow(catalog)
    window.show()
    ws = window.workspace
    assert ws is not None
    ws.preferences.update(Preferences(clinic_name="Riverside Pain Clinic", clinic_address="12 River Road\nAustin, TX 78701",
                                      clinic_phone="(512) 555-0142", clinician_name="Dr A. Example",
                                      clinician_credentials="MD", default_jurisdiction="US-TX"))

    # Start page, as Careplan opens without a file (a recent plan listed).
    ws.state.add_recent(ROOT / "examples" / "low-back-pain.careplan.json")
    ws.open_at_start(None)
    shoot(window, "start-page", suffix)

    # The example plan with a few medicines of each shape, findings on the right.
    plan = load_plan(EXAMPLE)
    ws.files.open_path(EXAMPLE, ask=False)
    module = next(m for m in plan.modules if m.kind == "medication")
    for item in dose_examples():
        ws.edits.add_item(("modules", module.id, "items"), item, item.drug or "medicine")
    for finding in ws.monitor.report.findings:
        if finding.severity == "warning" and finding.rule == "FOLLOWUP-MISSING":
            ws.edits.acknowledge(finding.rule, list(finding.items), "Phone review at 1 week booked", "Dr A. Example",
                                 finding.title)
    ws.outline_controller.select(("module", module.id))
    ws.findings.select_row(0)
    shoot(window, "medication-editor", suffix)
    # Scrolled to the medicine taken at bedtime (the catalog's default timing) and the rescue medicine below it.
    editor = ws.editor_panel.editor
    assert isinstance(editor, MedicationEditor)
    bedtime = next(row for row in editor.medicines.rows.rows.values() if "Amitriptyline" in row.drug.currentText())
    ws.editor_panel.scroll_area.verticalScrollBar().setValue(bedtime.mapTo(editor, QPoint(0, 0)).y())
    shoot(window, "medication-editor-rescue", suffix)
    shoot(ws.tabs, "findings", suffix)

    ws.outline_controller.select(("patient",))
    shoot(window, "patient-editor", suffix)

    ws.tabs.setCurrentWidget(ws.preview_view)
    loop = QEventLoop()
    ws.preview.preview_ready.connect(lambda _d: QTimer.singleShot(500, loop.quit))
    QTimer.singleShot(20000, loop.quit)
    loop.exec()
    shoot(window, "main-window-preview", suffix)

    ws.tabs.setCurrentWidget(ws.findings)
    ws.findings.list.setFocus()
    ws.show_help()
    assert ws.help_window is not None
    shoot(ws.help_window, "help", suffix)
    ws.help_window.close()

    library = ws.files.library()
    picker = TemplatePickerDialog(library.entries(), library.problems, window)
    picker.show()
    shoot(picker, "template-picker", suffix)
    picker.close()

    prefs = PreferencesDialog(ws.preferences.preferences, catalog, ws.preferences.personal_templates_dir(), window)
    prefs.show()
    shoot(prefs, "preferences", suffix)
    prefs.close()
    ws.preview.shut_down()
    ws.document.reset(ws.document.plan, None)
    window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
