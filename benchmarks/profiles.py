"""Where the time goes: cProfile summaries of the paths a clinician waits on, as small text files.

``python -m benchmarks.profiles [--out DIR] [NAME ...]`` writes ``DIR/profile-NAME.txt`` (default
``docs/performance/``) for each path: ``export`` (the whole ``careplan export`` process: imports,
catalog, plan, check, layout), ``preview`` (what the preview process does per edit: read the plan
it is sent, check it, lay out the handout), ``summary`` (the clinician summary of the 1,000-item
plan), ``picker`` (opening "New from template" with 1,000 templates, offscreen) and ``catalog``
(loading and validating the catalog, its modules already imported). Each file holds the
functions with the most cumulative and the most own time, trimmed to a few dozen lines, and the
CPU time of the profiled run. cProfile slows pure-Python code about twice, so read the shares,
not the absolute times (``python -m benchmarks`` measures those without a profiler).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import ROOT, Scratch, python

OUT = ROOT / "docs" / "performance"
TOP = 30


def _short(text: str) -> str:
    """Paths relative to the checkout or site-packages, so the summaries read the same anywhere."""
    for prefix in sorted({str(ROOT) + os.sep, *(p + os.sep for p in sys.path if p and "site-packages" in p)}, key=len,
                         reverse=True):
        text = text.replace(prefix, "")
    return text.replace(str(Path(sys.prefix)) + os.sep, "")


def summarise(stats: pstats.Stats, title: str, cpu_ms: float) -> str:
    """The top functions by cumulative and by own time, as plain text."""
    out = [f"# Profile: {title}", "",
           f"CPU time of the profiled run: {cpu_ms:.0f} ms (cProfile roughly doubles pure-Python time; read shares).", ""]
    for key, label in (("cumulative", "most cumulative time"), ("tottime", "most own time")):
        buffer = io.StringIO()
        stats.stream = buffer  # type: ignore[attr-defined]
        stats.sort_stats(key).print_stats(TOP)
        lines = buffer.getvalue().splitlines()
        start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
        out += [f"## {label}", "", *(_short(line.rstrip())[:160] for line in lines[start:] if line.strip()), ""]
    return "\n".join(out)


def _in_process(fn: Callable[[], object], repeat: int = 1) -> tuple[pstats.Stats, float]:
    profile = cProfile.Profile()
    cpu = time.process_time()
    profile.enable()
    for _ in range(repeat):
        fn()
    profile.disable()
    return pstats.Stats(profile), (time.process_time() - cpu) * 1000 / repeat


def profile_export() -> str:
    """The whole ``careplan export`` process through ``main.py`` (cached bytecode, as installed)."""
    scratch = Scratch()
    try:
        out = scratch.root / "export.prof"
        plan = ROOT / "examples" / "low-back-pain.careplan.json"
        # careplan.cli.main, not main.py: the program ends a finished command with os._exit (see
        # careplan.cli.entry), which would end cProfile before it writes its file.
        args = ["export", str(plan), "--handout", str(scratch.root / "h.pdf"), "--summary", str(scratch.root / "s.pdf")]
        code = (f"import cProfile, sys; sys.argv = {['careplan', *args]!r}; "
                f"cProfile.run('from careplan.cli import main; main()', {str(out)!r})")
        cmd = [python(), "-c", code]
        env = scratch.env()
        subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)  # warm: bytecode, font caches
        start = time.monotonic()
        subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
        wall = (time.monotonic() - start) * 1000
        return summarise(pstats.Stats(str(out)), "careplan export (low-back-pain, handout + summary), whole process", wall)
    finally:
        scratch.close()


def profile_preview() -> str:
    """What the preview process does for each edit of the typical plan (after its first render)."""
    from careplan.domain.catalog import load_catalog
    from careplan.domain.plan import CarePlan
    from careplan.export import flow
    from careplan.storage.plan_files import load_plan
    from careplan.ui.preview.render_service import render_handout_bytes
    from careplan.ui.print_settings import PrintSettings

    flow.KEEP_PARSED = True  # as the render process sets it
    catalog = load_catalog()
    plan = load_plan(ROOT / "examples" / "low-back-pain.careplan.json")
    count = [0]

    def one() -> None:
        # As the render process answers an edit with the preview at the top of the first page:
        # the two pages in view first, then the whole handout.
        count[0] += 1
        edited = plan.model_copy(update={"patient": plan.patient_or_empty.model_copy(update={"name": f"Zoë {count[0]}"})})
        read = CarePlan.model_validate_json(edited.model_dump_json())
        render_handout_bytes(read, catalog, PrintSettings(), first_pages=2, total_pages=8)
        render_handout_bytes(read, catalog, PrintSettings())

    one()
    stats, cpu = _in_process(one, repeat=10)
    return summarise(stats, "preview process, one edit of the typical plan: the 2 pages in view, then the whole "
                     "8-page handout (mean of 10)", cpu)


def profile_summary() -> str:
    from benchmarks.plans import sized_plan
    from careplan.domain.catalog import load_catalog
    from careplan.domain.safety import check_plan
    from careplan.export import ExportOptions, render_summary

    catalog = load_catalog()
    plan = sized_plan(1000, catalog)
    report = check_plan(plan, catalog)
    options = ExportOptions()
    render_summary(plan, catalog, report, options)
    stats, cpu = _in_process(lambda: render_summary(plan, catalog, report, options))
    return summarise(stats, "clinician summary of the 1,000-item plan (warm)", cpu)


def profile_catalog() -> str:
    """Loading the catalog in a fresh process, its modules imported first (so: reading and validating)."""
    code = (
        "import cProfile, sys, time; import careplan.domain.catalog as c; "
        "p = cProfile.Profile(); t = time.process_time(); p.enable(); c.load_catalog(); p.disable(); "
        "print((time.process_time() - t) * 1000); p.dump_stats(sys.argv[1])"
    )
    scratch = Scratch()
    try:
        out = scratch.root / "catalog.prof"
        result = subprocess.run([python(), "-c", code, str(out)], env=scratch.env(), cwd=ROOT, check=True,
                                capture_output=True, text=True)
        return summarise(pstats.Stats(str(out)), "load_catalog() in a fresh process (imports excluded)",
                         float(result.stdout.split()[-1]))
    finally:
        scratch.close()


PICKER = r"""
import cProfile, json, sys, time
sys.path.insert(0, sys.argv[2])
from benchmarks.templates_bench import make_library
from careplan.storage import paths
make_library(paths.personal_templates_dir(), 1000)
from careplan.ui.app import create_application
from careplan.ui.qt_guard import protect_none
app = create_application([])
protect_none()
from careplan.domain.catalog import load_catalog
from careplan.ui.main_window import MainWindow
from PySide6.QtWidgets import QApplication
window = MainWindow(load_catalog())
files = window.workspace.files
files.warm_library()  # the index, and the picker built ahead, as after start-up
while files._picker is None:
    QApplication.processEvents()
    time.sleep(0.01)
def open_picker():
    # What new_from_template does before its modal loop: check the files, show the picker.
    library = files.library()
    dialog = files._picker
    dialog.reopen(library.entries(), library.problems)
    dialog.show()
    QApplication.processEvents()
    dialog.close()
    dialog.release()
    QApplication.processEvents()
open_picker()
p = cProfile.Profile(); t = time.process_time(); p.enable()
for _ in range(3):
    open_picker()
p.disable()
print((time.process_time() - t) * 1000 / 3)
p.dump_stats(sys.argv[1])
"""


def profile_picker() -> str:
    scratch = Scratch()
    try:
        out = scratch.root / "picker.prof"
        result = subprocess.run([python(), "-c", PICKER, str(out), str(ROOT)], env=scratch.env(QT_QPA_PLATFORM="offscreen"),
                                cwd=ROOT, check=True, capture_output=True, text=True, timeout=600)
        return summarise(pstats.Stats(str(out)), "opening New from template with 1,000 templates, offscreen "
                         "(index built, picker built ahead; mean of 3 opens after one)", float(result.stdout.split()[-1]))
    finally:
        scratch.close()


PROFILES: dict[str, Callable[[], str]] = {
    "export": profile_export, "preview": profile_preview, "summary": profile_summary,
    "picker": profile_picker, "catalog": profile_catalog,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profiles", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"some of: {', '.join(PROFILES)} (default: all)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder for profile-NAME.txt (default docs/performance)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in PROFILES]
    if unknown:
        parser.error(f"unknown profile(s): {', '.join(unknown)}")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.names or list(PROFILES):
        text = PROFILES[name]()
        path = args.out / f"profile-{name}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        print(f"wrote {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

