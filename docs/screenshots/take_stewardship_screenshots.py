"""Shoot the care-over-time screens as a clinic laptop shows them (real window manager, frames):
the taper window, monitoring and measures, and the start page's recent plans with monitoring due.

    xvfb-run -a -s "-screen 0 1280x720x24" bash -c 'openbox & sleep 1; python docs/screenshots/take_stewardship_screenshots.py'
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" \\
        bash -c 'openbox & sleep 1; python docs/screenshots/take_stewardship_screenshots.py --suffix -150pct'
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_scratch = Path(tempfile.mkdtemp(prefix="careplan-shots-"))
os.environ["CAREPLAN_DATA_DIR"] = str(_scratch / "data")
os.environ["CAREPLAN_CONFIG_DIR"] = str(_scratch / "config")
os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QLocale  # noqa: E402

from careplan.domain.catalog import load_catalog  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from careplan.ui.editors.medication_editor import MedicationEditor  # noqa: E402
from careplan.ui.editors.medication_row import MedicationRow  # noqa: E402
from careplan.ui.main_window import MainWindow  # noqa: E402
from tests.ui.window_tour import framed, settle  # noqa: E402

OUT = Path(__file__).resolve().parent
EXAMPLES = ROOT / "examples"


def main() -> int:
    suffix = sys.argv[sys.argv.index("--suffix") + 1] if "--suffix" in sys.argv else ""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = create_application([])

    def shoot(name: str) -> None:
        settle(300)
        path = OUT / f"{name}{suffix}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(f"wrote {path.name}")

    window = MainWindow(load_catalog())
    window.show()
    framed(window)
    files = [_scratch / name for name in ("morphine-taper.careplan.json", "measures-three-visits.careplan.json")]
    for path in files:
        shutil.copy(EXAMPLES / path.name, path)
    ws = window.workspace
    ws.files.open_path(files[1], ask=False)
    ws.files.open_path(files[0], ask=False)
    ws.show_start()
    ws.start.refresh()
    shoot("start-monitoring-due")
    ws.files.open_path(files[1], ask=False)
    ws.outline_controller.select(("over_time",))
    shoot("monitoring-measures")
    over_time = ws.editor_panel.editor
    over_time.measures.instrument.setCurrentIndex(over_time.measures.instrument.findData("PEG"))  # type: ignore[attr-defined]
    ws.editor_panel.scroll_area.ensureWidgetVisible(over_time.measures.plot)  # type: ignore[attr-defined]
    shoot("measures-trend")
    ws.files.open_path(files[0], ask=False)
    ws.outline_controller.select(("module", "m-med"))
    editor = ws.editor_panel.editor
    assert isinstance(editor, MedicationEditor)
    row = editor.medicines.rows.rows["i-mor"]
    assert isinstance(row, MedicationRow)
    dialog = row.taper.open_editor()
    framed(dialog)
    dialog.table.selectRow(1)
    shoot("taper-window")
    dialog.close()
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
