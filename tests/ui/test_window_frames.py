"""Under a real window manager (openbox on a virtual X screen), every window and dialog is whole on screen.

The test starts Xvfb and openbox itself, at a 1280x720 screen and at a 1366x768 laptop at 150 %,
and walks every screen of the app (tests/ui/window_tour.py) in a separate process on Qt's X11
platform. Each window's frame, title bar included, must lie inside the screen's available area:
the offscreen platform used by the other GUI tests has no frames, so only this test sees one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The longest screens are the Spanish ones (about a quarter longer than English): the laptop at
# 150 % is walked in Spanish too.
SIZES = [("1280x720", "1", "en"), ("1366x768", "1.5", "en"), ("1366x768", "1.5", "es")]
INSTALL = "install them with: apt-get install xvfb openbox x11-utils (.ci/run does)"


def _start_screen(size: str, tmp_path: Path) -> Iterator[str]:
    """Xvfb and openbox on a free display; yields the DISPLAY value; stops both afterwards."""
    xvfb, openbox = shutil.which("Xvfb"), shutil.which("openbox")
    if xvfb is None or openbox is None or shutil.which("xwininfo") is None:
        pytest.fail(f"this test needs Xvfb, openbox and xwininfo; {INSTALL}")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    display = f":{number}"
    manager = subprocess.Popen([openbox], env={**os.environ, "DISPLAY": display}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # openbox takes over the screen
    try:
        yield display
    finally:
        for process in (manager, server):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.mark.slow
@pytest.mark.parametrize(("size", "scale", "language"), SIZES, ids=["1280x720", "1366x768-150pct", "1366x768-150pct-es"])
def test_every_window_is_whole_on_screen_under_a_window_manager(size: str, scale: str, language: str, tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "preferences.json").write_text(json.dumps({"ui_language": language}), encoding="utf-8")
    screens = _start_screen(size, tmp_path)
    display = next(screens)
    try:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_SCALE_FACTOR": scale,
               "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
        run = subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "frame_report.py")], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=600)
    finally:
        next(screens, None)
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and lines and lines[-1].get("done"), run.stderr[-3000:]
    assert lines[-1]["language"] == language, "the screens did not start in the language asked for"
    seen = {line["name"]: line for line in lines if "name" in line}
    # Every screen of the tour: the main window's views and every dialog.
    assert {"start-page", "medication-editor", "patient-editor", "help", "preferences", "kratom-cautions",
            "template-library", "template-picker", "export", "sign-off", "acknowledge", "blocked-export",
            "compare-revisions", "recovery", "save-as-template", "signed-plan", "start-monitoring-due",
            "monitoring-measures", "measures-trend", "taper-window", "preferences-store",
            "template-library-store", "medication-editor-opioid"} <= set(seen)
    problems = []
    for name, line in seen.items():
        # As the X server has them (physical pixels): the window manager's frame and the screen.
        fx, fy, fw, fh = line["frame"]
        sx, sy, sw, sh = line["screen"]
        _cx, cy, _cw, _ch = line["client"]
        if not line["visible"]:
            problems.append(f"{name}: not shown")
        if not (fx >= sx and fy >= sy and fx + fw <= sx + sw and fy + fh <= sy + sh):
            problems.append(f"{name}: frame {line['frame']} leaves the screen {line['screen']}")
        if not fy < cy:
            problems.append(f"{name}: no title bar above the window (frame {line['frame']}, window {line['client']})")
    assert problems == []
