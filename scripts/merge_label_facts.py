"""Resolve a git merge conflict in label or group fact files by a union of their rows.

Two branches that both add facts to one drug's file (one moved the older tables into it, the other
read the label) conflict line by line though their facts rarely do. For each conflicted file under
resources/catalog/labels or groups this takes "theirs" (the branch being merged) and adds every
row of "ours" that theirs does not state (a role by name; a maximum by amount, unit and population;
a condition by code; an interaction by partner; a pregnancy row by weeks); a single fact theirs
leaves empty comes from ours; a lactation row keeps the more severe word. Then `git add` it.

    .venv/bin/python scripts/merge_label_facts.py            # every conflicted fact file
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEVERE = {"critical": 0, None: 1, "warning": 1, "info": 2}
_META = {"sources", "reviewed", "note", "hazard", "effect", "severity", "word"}


def _key(kind: str, row: dict[str, Any]) -> str:
    if kind == "roles":
        return row["role"]
    if kind == "conditions":
        return row["condition"]
    if kind == "interactions":
        return json.dumps(row["with"], sort_keys=True)
    return json.dumps({k: v for k, v in row.items() if k not in _META}, sort_keys=True)


def union(ours: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    out = dict(theirs)
    for field, mine in ours.items():
        have = out.get(field)
        if isinstance(mine, list):
            rows = list(have or [])
            keys = {_key(field, r) for r in rows}
            rows += [r for r in mine if _key(field, r) not in keys]
            out[field] = rows
        elif field == "lactation" and mine and have:
            if SEVERE[mine.get("severity")] < SEVERE[have.get("severity")]:
                out[field] = {**have, "severity": mine["severity"],
                              "sources": have["sources"] + [s for s in mine["sources"] if s not in have["sources"]]}
        elif have in (None, {}, []) and mine not in (None, {}, []):
            out[field] = mine
    return out


def _stage(path: str, number: int) -> dict[str, Any] | None:
    shown = subprocess.run(["git", "show", f":{number}:{path}"], cwd=ROOT, capture_output=True, text=True)
    return json.loads(shown.stdout) if shown.returncode == 0 else None


def main() -> None:
    listed = subprocess.run(["git", "diff", "--name-only", "--diff-filter=U"], cwd=ROOT, capture_output=True, text=True)
    for path in listed.stdout.split():
        if not path.startswith(("resources/catalog/labels/", "resources/catalog/groups/")):
            continue
        ours, theirs = _stage(path, 2), _stage(path, 3)
        merged = union(ours or {}, theirs or {}) if theirs else ours
        (ROOT / path).write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        subprocess.run(["git", "add", path], cwd=ROOT, check=True)
        print("merged", path)


if __name__ == "__main__":
    main()
