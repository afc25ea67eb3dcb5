"""The plans every benchmark uses: the shipped examples, and sized plans built from them.

Sized plans are the low-back-pain example with its medication list grown to N items by cycling
through every medication item of every example plan (fresh ids). They are built as JSON and
loaded through ``careplan.storage`` like any file, so they follow the file format as it changes.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from benchmarks.common import EXAMPLES

TYPICAL = EXAMPLES / "low-back-pain.careplan.json"
EXPORT_EXAMPLES = ("low-back-pain", "knee-oa", "kratom-counselling")


def example_paths(names: tuple[str, ...] = EXPORT_EXAMPLES) -> list[Path]:
    return [EXAMPLES / f"{n}.careplan.json" for n in names]


def _example_items() -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in sorted(EXAMPLES.glob("*.careplan.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for module in data.get("modules", []):
            if module.get("kind") != "medication":
                continue
            for item in module.get("items", []):
                key = json.dumps({k: v for k, v in item.items() if k != "id"}, sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    items.append(item)
    return items


def sized_document(items: int) -> dict[str, Any]:
    """The typical plan's JSON with ``items`` medication items (cycled from all examples)."""
    data = json.loads(TYPICAL.read_text(encoding="utf-8"))
    pool = _example_items()
    grown = []
    for n in range(items):
        item = copy.deepcopy(pool[n % len(pool)])
        item["id"] = f"bench-{n:04d}"
        grown.append(item)
    meds = [m for m in data["modules"] if m.get("kind") == "medication"]
    if meds:
        meds[0]["items"] = grown
    else:
        data["modules"].insert(0, {"id": "bench-meds", "kind": "medication", "notes": "", "items": grown})
    data["id"] = f"bench-{items}-items"
    data["title"] = f"Benchmark plan, {items} medication items"
    return data


def sized_plan(items: int, catalog: Any) -> Any:
    """The sized plan as a CarePlan, in-process, even past the model's input limits.

    A plan file holds at most a few dozen medicines (``careplan/domain/limits.py``), so 1,000 items
    cannot come from a file; to measure how layout scales, every item is validated as part of a
    plan within the limits, and the list is then grown with copies (``model_copy`` does not
    re-validate the list's length).
    """
    from careplan.storage.plan_files import parse_document

    pool = _example_items()
    small = parse_document(sized_document(len(pool)), catalog)
    meds = next(m for m in small.modules if m.kind == "medication")
    base = list(meds.items)  # type: ignore[attr-defined]
    grown = [base[n % len(base)].model_copy(update={"id": f"bench-{n:04d}"}) for n in range(items)]
    modules = [m.model_copy(update={"items": grown}) if m is meds else m for m in small.modules]
    return small.model_copy(update={"modules": modules, "id": f"bench-{items}-items",
                                    "title": f"Benchmark plan, {items} medication items"})
