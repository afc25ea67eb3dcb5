"""Unit conversion for daily amounts: mass units convert, anything else must match exactly."""

from __future__ import annotations

# Factors to mg. mcg/h is a rate (a patch), not a mass, so it never converts to mg.
_TO_MG: dict[str, float] = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}

# A combination product's ingredient amounts are given per tablet or capsule.
COUNT_UNITS: frozenset[str] = frozenset({"tablet", "capsule"})


def convert(amount: float, from_unit: str, to_unit: str) -> float | None:
    """Convert ``amount`` between units, or None when no safe conversion exists.

    Tablets, patches, ml and applications cannot become mg without a strength, and we do not
    guess one; they only compare with a limit in the same unit.
    """
    if from_unit == to_unit:
        return amount
    if from_unit in _TO_MG and to_unit in _TO_MG:
        return amount * _TO_MG[from_unit] / _TO_MG[to_unit]
    return None
