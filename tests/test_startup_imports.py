"""Start-up: the GUI's command line imports nothing clinical, and the benchmark hook reports what it saw.

Counts and module names only; how long start-up takes is measured by ``python -m benchmarks``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# careplan.storage.errors (an exception class, no imports) may load; the plan files, catalog and models not.
CLINICAL = ("pydantic", "careplan.domain", "careplan.storage.plan_files", "careplan.storage.templates", "careplan.export", "reportlab")

PROBE = """
import sys
import careplan.cli as cli

def fake_gui(args):
    heavy = sorted(m for m in sys.modules if m.startswith({clinical!r}))
    print("GUI", args.file, heavy)
    return 0

cli._run_gui = fake_gui
sys.exit(cli.main({argv!r}))
"""


def _probe(argv: list[str], tmp_path: Path, watched: tuple[str, ...] = CLINICAL) -> str:
    code = PROBE.format(clinical=watched, argv=argv)
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "d"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "c")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return result.stdout.strip()


def test_opening_a_plan_imports_nothing_clinical_before_the_gui(tmp_path: Path) -> None:
    plan = tmp_path / "p.careplan.json"
    plan.write_text("{}", encoding="utf-8")
    assert _probe([str(plan)], tmp_path) == f"GUI {plan} []"
    assert _probe(["gui"], tmp_path) == "GUI None []"


def test_the_plain_gui_launch_builds_no_parser(tmp_path: Path) -> None:
    plan = tmp_path / "p.careplan.json"
    plan.write_text("{}", encoding="utf-8")
    for argv in ([str(plan)], ["gui", str(plan)], []):
        assert _probe(argv, tmp_path, ("argparse",)).endswith("[]"), argv
    # An option still goes through argparse (and its one-line errors).
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "gui", "--no-such-option"], capture_output=True,
                            text=True, cwd=ROOT, check=False)
    assert result.returncode == 2 and "--no-such-option" in result.stderr


def test_other_subcommands_still_get_their_parser(tmp_path: Path) -> None:
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "d"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "c")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(ROOT / "examples" / "knee-oa.careplan.json"),
                             "--json"], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert "mme_per_day" in json.loads(result.stdout)


def test_bench_hook_reports_first_paint_and_plan_open(tmp_path: Path) -> None:
    plan = tmp_path / "low-back-pain.careplan.json"
    shutil.copyfile(ROOT / "examples" / plan.name, plan)
    base = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CAREPLAN_DATA_DIR": str(tmp_path / "d"),
            "CAREPLAN_CONFIG_DIR": str(tmp_path / "c")}
    # Saved preferences with a screen language: read before the window shows, still without pydantic.
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "preferences.json").write_text('{"version": 1, "ui_language": "es"}', encoding="utf-8")
    for moment in ("painted", "ready"):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), str(plan)], capture_output=True, text=True,
                                env={**base, "CAREPLAN_BENCH_EXIT": moment}, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        line = json.loads(result.stdout.strip().splitlines()[-1])
        assert line["moment"] == moment
        assert isinstance(line["t"], float)
        if moment == "painted":  # the shell paints before pydantic, the domain or any plan file loads
            assert line["modules"] == [], line["modules"]
        if moment == "ready":  # by then the clinical layers are loaded, which the hook must see ...
            assert "careplan.domain" in line["modules"]
            # ... but not the PDF side: reportlab, the export package and QtPdf wait for the preview
            # or an export (they add ~17 MiB and ~0.15 s to a plan open on screen).
            assert not {"reportlab", "careplan.export", "PySide6.QtPdf"} & set(line["modules"]), line["modules"]
