"""The installable app beside the source install: unpacked size, start-up and export time.

Needs a built folder (``scripts/build-linux.sh``, which writes ``dist/careplan``); without one the
section fails with that instruction. Sizes: the one-folder build (and the .deb when present)
against a fresh virtual environment with ``pip install .`` (no test or development extras) made
in a scratch folder -- plus, for honesty, the size of the Python installation that venv borrows.
Times: the bundled ``careplan`` and the source install's ``careplan`` console script, interleaved
round by round (order rotating), for the window's first paint on a private Xvfb with a plan open
and for ``export`` of the same plan to a handout and a summary.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Scratch, last_json_line, run_child, spread, xvfb

DIST = ROOT / "dist" / "careplan"
PLAN = ROOT / "examples" / "low-back-pain.careplan.json"


def _size(path: Path, skip: str | None = None) -> int:
    """Bytes of a folder's regular files (symlinks not followed), leaving out subfolders named ``skip``."""
    return sum(
        p.lstat().st_size
        for p in path.rglob("*")
        if p.is_file() and not p.is_symlink() and (skip is None or skip not in p.relative_to(path).parts)
    )


def _mib(n: int) -> float:
    return round(n / 2**20, 1)


def _excluded_qt_present() -> list[str]:
    """The Qt modules the PySide6 wheel ships that the build leaves out (packaging/pyinstaller/bundle_trim.py)."""
    sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
    try:
        from bundle_trim import EXCLUDED_QT_MODULES
    finally:
        sys.path.pop(0)
    import PySide6

    shipped = {p.name.split(".")[0] for p in Path(PySide6.__file__).parent.glob("Qt*.abi3.*")}
    return sorted(shipped & set(EXCLUDED_QT_MODULES))


def _source_install(scratch: Scratch) -> Path:
    venv = scratch.root / "source-venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(ROOT)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return venv


def run(runs: int, warmup: int = 1) -> dict[str, Any]:
    bundled = DIST / "careplan"
    if not bundled.exists():
        raise RuntimeError("no built app: run scripts/build-linux.sh first (it writes dist/careplan)")
    scratch = Scratch()
    try:
        venv = _source_install(scratch)
        stdlib = Path(sysconfig.get_paths()["stdlib"])
        debs = sorted((ROOT / "dist").glob("careplan_*_amd64.deb"))
        sizes = {
            "bundle folder (dist/careplan)": _mib(_size(DIST)),
            "source install venv (pip install .)": _mib(_size(venv)),
            "Python standard library the venv borrows": _mib(_size(stdlib, skip="site-packages")),
        }
        if debs:
            sizes[f"Debian package ({debs[-1].name})"] = _mib(debs[-1].stat().st_size)
        plan = scratch.root / PLAN.name
        shutil.copyfile(PLAN, plan)
        progs = {"bundled careplan": [str(bundled)], "source careplan": [str(venv / "bin" / "careplan")]}
        names = list(progs)
        start_ms: dict[str, list[float]] = {n: [] for n in names}
        export_ms: dict[str, list[float]] = {n: [] for n in names}
        with xvfb() as display:
            env = scratch.env(DISPLAY=display, QT_QPA_PLATFORM="xcb", CAREPLAN_BENCH_EXIT="painted")
            env.pop("PYTHONPATH", None)  # each program uses its own copy of careplan, not the checkout
            for round_no in range(warmup + runs):
                order = names[round_no % 2:] + names[: round_no % 2]
                for name in order:
                    scratch.reset()
                    start, result = run_child([*progs[name], str(plan)], env)
                    line = last_json_line(result.stdout)
                    if line is None or line.get("moment") != "painted":
                        raise RuntimeError(f"{name} did not paint its window")
                    if round_no >= warmup:
                        start_ms[name].append((float(line["t"]) - start) * 1000)
        cli_env = scratch.env()
        cli_env.pop("PYTHONPATH", None)
        for round_no in range(warmup + runs):
            order = names[round_no % 2:] + names[: round_no % 2]
            for name in order:
                cmd = [*progs[name], "export", str(plan), "--handout", str(scratch.root / "h.pdf"),
                       "--summary", str(scratch.root / "s.pdf")]
                start, result = run_child(cmd, cli_env)
                if result.returncode != 0:
                    raise RuntimeError(f"{name} export exited {result.returncode}")
                if round_no >= warmup:
                    export_ms[name].append(result.wall_s * 1000)
    finally:
        scratch.close()
    rows = [{"program": n, "start_ms": spread(start_ms[n]), "export_ms": spread(export_ms[n])} for n in names]
    return {
        "title": "Installable app: size and speed beside the source install",
        "method": __doc__,
        "sizes_mib": sizes,
        "rows": rows,
        "qt_modules_excluded": _excluded_qt_present(),
        # Reported, not judged: the issue asks for the figures beside each other.
        "met": True,
    }
