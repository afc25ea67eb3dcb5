"""Re-shoot every screen in this folder, as a clinic laptop shows it: a real window manager, frames included.

    xvfb-run -a -s "-screen 0 1280x720x24" bash -c 'openbox & sleep 1; python docs/screenshots/take_screenshots.py'
    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1366x768x24" \\
        bash -c 'openbox & sleep 1; python docs/screenshots/take_screenshots.py --suffix -150pct'

Each shot is the whole screen (``import -window root`` from ImageMagick, or ``scrot`` where
ImageMagick is not installed), so a title bar or a button that falls off the screen shows as missing. The windows are not resized: they open as a
clinician's would, fitted to the screen once the window manager has framed them. The screens
are those of tests/ui/window_tour.py, which the window-frame test walks too.
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

from PIL import Image  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from careplan.domain.catalog import load_catalog  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from tests.ui.window_tour import run_tour  # noqa: E402

OUT = Path(__file__).resolve().parent


def main() -> int:
    suffix = sys.argv[sys.argv.index("--suffix") + 1] if "--suffix" in sys.argv else ""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = create_application([])

    def shoot(name: str, widget: QWidget) -> None:
        path = OUT / f"{name}{suffix}.png"
        grab = ["import", "-window", "root", str(path)] if shutil.which("import") else ["scrot", "-o", str(path)]
        subprocess.run(grab, check=True)
        # 256 colours: half the bytes in the repository, text as sharp.
        with Image.open(path) as shot:
            reduced = shot.convert("RGB").quantize(colors=256)
        reduced.save(path, optimize=True)
        frame, screen = widget.frameGeometry(), widget.screen().availableGeometry()
        inside = screen.contains(frame)
        print(f"wrote {path.name}: frame {frame.x()},{frame.y()} {frame.width()}x{frame.height()} "
              f"{'inside' if inside else 'NOT inside'} the screen {screen.width()}x{screen.height()}")

    names = run_tour(load_catalog(), _scratch, shoot)
    print(f"{len(names)} screens")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
