"""Run by test_window_frames under a real window manager: walk every screen, print where each window is.

One JSON line per screen: its name; from the X server itself (xwininfo), the window manager's
frame around the window (title bar and borders) and the window's own area, and the screen's
size, in physical pixels; and Qt's view of the same, in logical pixels. The X server's numbers
do not depend on what Qt believes about the frame.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
_scratch = Path(tempfile.mkdtemp(prefix="careplan-frames-"))
os.environ.setdefault("CAREPLAN_DATA_DIR", str(_scratch / "data"))
os.environ.setdefault("CAREPLAN_CONFIG_DIR", str(_scratch / "config"))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from careplan.domain.catalog import load_catalog  # noqa: E402
from careplan.ui.app import create_application  # noqa: E402
from tests.ui.window_tour import run_tour  # noqa: E402


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _xwininfo(*args: str) -> str:
    return subprocess.run(["xwininfo", *args], capture_output=True, text=True, check=True).stdout


def _x_geometry(window: str) -> list[int]:
    """Absolute x, y, width, height of an X window (physical pixels)."""
    text = _xwininfo("-id", window)
    values = [int(re.search(rf"{key}:\s+(-?\d+)", text).group(1))  # type: ignore[union-attr]
              for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")]
    return values


def x_frame(window_id: int) -> tuple[list[int], list[int], list[int]]:
    """The window's frame (its ancestor just below the root), the window itself, and the root."""
    window = hex(window_id)
    current = window
    while True:
        tree = _xwininfo("-tree", "-id", current)
        root = re.search(r"Root window id: (0x[0-9a-f]+)", tree).group(1)  # type: ignore[union-attr]
        parent = re.search(r"Parent window id: (0x[0-9a-f]+)", tree).group(1)  # type: ignore[union-attr]
        if parent == root:
            return _x_geometry(current), _x_geometry(window), _x_geometry(root)
        current = parent


def main() -> int:
    app = create_application([])

    def report(name: str, widget: QWidget) -> None:
        screen = widget.screen()
        frame, client, root = x_frame(int(widget.winId()))
        print(json.dumps({"name": name, "frame": frame, "client": client, "screen": root,
                          "qt_frame": _rect(widget.frameGeometry()), "qt_available": _rect(screen.availableGeometry()),
                          "visible": widget.isVisible()}), flush=True)

    names = run_tour(load_catalog(), _scratch, report)
    print(json.dumps({"done": len(names), "language": app.property("careplan_screen_language")}), flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
