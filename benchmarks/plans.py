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


def write_sized(items: int, folder: Path) -> Path:
    path = folder / f"bench-{items}.careplan.json"
    path.write_text(json.dumps(sized_document(items), indent=1, ensure_ascii=False), encoding="utf-8")
    return path
