"""No test reads outside the repository: the README's test command must pass on a fresh clone alone."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_PARENTS = re.compile(r"Path\(__file__\)\.resolve\(\)\.parents\[(\d+)\]")
# Paths that leave the checkout: up and out of it, or absolute paths into someone's machine.
_OUTSIDE = re.compile(r"""["'](?:\.\./|/work/|/home/|/Users/|~/)""")


def test_no_test_points_outside_the_repository() -> None:
    problems: list[str] = []
    for source in sorted((ROOT / "tests").rglob("*.py")):
        text = source.read_text(encoding="utf-8")
        for match in _PARENTS.finditer(text):
            target = source.resolve().parents[int(match.group(1))]
            if not target.is_relative_to(ROOT):
                problems.append(f"{source.relative_to(ROOT)}: parents[{match.group(1)}] is {target}, outside the repository")
        if source.name != Path(__file__).name:
            problems += [f"{source.relative_to(ROOT)}: {m.group()!r}" for m in _OUTSIDE.finditer(text)]
    assert problems == []
