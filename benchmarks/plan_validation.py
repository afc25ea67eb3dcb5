"""The step every floor that "also validates the plan" adds (decision 0025): read a plan file and
validate it with the plan's own pydantic models, the plainest way pydantic offers. Imported by the
floor scripts (run as scripts, so a sibling import) before anything heavy, and importing nothing
heavy itself."""

import gc
import os
from pathlib import Path


def validate_plan(plan_path: str) -> object:
    # The two start-up settings Careplan's own commands use, so the floor is not slower for want of
    # them: pydantic's documented switch that skips the search for plugins, and no cycle collection
    # while the long-lived models load (careplan/cli/collector.py).
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    gc.disable()
    try:
        from careplan.domain.plan import CarePlan

        return CarePlan.model_validate_json(Path(plan_path).read_bytes())
    finally:
        gc.enable()
