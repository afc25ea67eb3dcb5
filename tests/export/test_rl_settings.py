"""reportlab's settings for Careplan's PDFs (careplan/export/rl_settings.py).

Shape checking is off in the product because every shape is built from validated data. These
tests show it is off once the export package loads, and that every drawing and chart Careplan
builds passes reportlab's checks when they are on (a fresh interpreter that loads reportlab's
graphics with checking before Careplan's export package).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OFF_PROBE = """
import careplan.export
from reportlab import rl_config
from reportlab.graphics import shapes
print(rl_config.useA85, rl_config.shapeChecking, "__setattr__" in shapes.Shape.__dict__)
"""

# Every example, both documents, plus a plan holding every drawn exercise of the catalog, in
# normal and large print; counts what was built so that the test cannot pass by building nothing.
CHECKED_PROBE = """
import datetime, json, sys
from pathlib import Path
from reportlab import rl_config
rl_config.shapeChecking = 1
from reportlab.graphics import shapes
assert "__setattr__" in shapes.Shape.__dict__
import careplan.export.figures as figures
import careplan.export.summary_sections as sections, careplan.export.summary_stewardship as stewardship
from careplan.domain.catalog import load_catalog
from careplan.domain.safety import check_plan
from careplan.export import ExportOptions, render_handout, render_summary
from careplan.storage.plan_files import load_plan
built = {"shapes": 0, "charts": 0}
def counted(fn, key):
    def wrapper(*args, **kwargs):
        made = fn(*args, **kwargs)
        built[key] += made is not None
        return made
    return wrapper
figures._shape = counted(figures._shape, "shapes")
# The charts, where the summary calls them (it imports them by name).
for module, name in ((sections, "peg_chart"), (stewardship, "step_chart"), (stewardship, "trend_chart")):
    setattr(module, name, counted(getattr(module, name), "charts"))
from benchmarks.wave3_bench import drawings_plan
root, scratch = Path(sys.argv[1]), Path(sys.argv[2])
catalog = load_catalog()
plans = [load_plan(p) for p in sorted((root / "examples").glob("*.careplan.json"))]
drawings = load_plan(drawings_plan(scratch))  # the benchmark's plan of every drawn exercise
plans.append(drawings)
today = datetime.date(2026, 12, 1)
for plan in plans:
    report = check_plan(plan, catalog)
    render_summary(plan, catalog, report, ExportOptions(today=today))
    for large in (False, True):
        render_handout(plan, catalog, report, ExportOptions(today=today, large_print=large))
drawn = sum(len(m.exercises) for m in drawings.modules if m.kind == "physiotherapy")
print(json.dumps({**built, "plans": len(plans), "drawn": drawn}))
"""


def test_importing_the_export_package_sets_reportlabs_settings() -> None:
    out = subprocess.run([sys.executable, "-c", OFF_PROBE], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.split() == ["0", "0", "False"]


def test_every_drawing_and_chart_passes_reportlabs_shape_checks(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CHECKED_PROBE, str(ROOT), str(tmp_path)], capture_output=True,
                            text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-2000:]
    built = json.loads(result.stdout.strip().splitlines()[-1])
    assert built["drawn"] >= 30 and built["plans"] >= 20
    assert built["shapes"] > 50 * built["drawn"]  # every exercise's two poses, each of many marks
    assert built["charts"] > 0
