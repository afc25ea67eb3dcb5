"""Picking a plan's medicines by catalog drug (shared by the rules that count distinct drugs)."""

from __future__ import annotations

from collections.abc import Iterable

from careplan.domain.safety.context import ResolvedMed


def distinct_drugs(meds: Iterable[ResolvedMed]) -> list[str]:
    """Distinct catalog drug ids, in plan order."""
    return list(dict.fromkeys(m.drug.id for m in meds if m.drug is not None))
