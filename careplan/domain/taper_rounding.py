"""What a taper step can actually be taken as: the amounts one dose can be made of from the
catalog's strengths of the item's product, and the most even split of an amount a day over the
day's doses (at most two dose sizes, the larger first: "30 mg in the morning and 15 mg at night").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations_with_replacement

from careplan.domain.catalog_model import Drug
from careplan.domain.codes import COUNT_UNITS
from careplan.domain.handout_catalog import item_release
from careplan.domain.plan import MedicationItem

# A dose a patient can make up: at most this many tablets, capsules or patches at once.
MAX_UNITS_PER_DOSE = 4
_SOLID_OR_PATCH = frozenset({"tablet", "capsule", "patch", "film"})
_EPS = 1e-9


class RoundingError(ValueError):
    """The catalog cannot say which amounts this item can be taken in (no matching strengths)."""


def dose_amounts(item: MedicationItem, drug: Drug | None) -> tuple[float, ...]:
    """Every amount one dose can be, in the item's unit, smallest first.

    Counted units (tablets, patches...) of the item's strength: whole units, one to four (halving
    is not assumed: many tablets must be swallowed whole). Mass or patch-rate units: sums of one to
    four of the drug's strengths in that unit, of the item's release when it is known.

    Raises:
        RoundingError: no strength of the drug fits the item's unit (or the medicine is not in
            the catalog), so the steps cannot be rounded; write them one by one.
    """
    if item.unit in COUNT_UNITS:
        return tuple(float(n) for n in range(1, MAX_UNITS_PER_DOSE + 1))
    if drug is None:
        raise RoundingError(f"{item.label} is not in the catalog: its strengths are not known, so steps cannot be worked out")
    release = item_release(item, drug)
    sizes = sorted({
        s.amount for s in drug.strengths
        if s.amount is not None and s.unit == item.unit and s.form in _SOLID_OR_PATCH
        and (release is None or s.release == release)
    })
    if not sizes:
        raise RoundingError(f"the catalog lists no {item.unit} strength of {drug.name} to make up doses from")
    sums = {round(sum(combo), 6) for n in range(1, MAX_UNITS_PER_DOSE + 1) for combo in combinations_with_replacement(sizes, n)}
    return tuple(sorted(sums))


@dataclass(frozen=True)
class Split:
    """An amount a day as doses (largest first); ``total`` is their sum."""

    doses: tuple[float, ...]

    @property
    def total(self) -> float:
        return sum(self.doses)

    @property
    def spread(self) -> float:
        return max(self.doses) - min(self.doses)


def _two_size_splits(amounts: tuple[float, ...], count: int) -> list[Split]:
    """Splits of ``count`` doses using one dose size or two neighbouring sizes."""
    found: list[Split] = []
    for index, small in enumerate(amounts):
        found.append(Split((small,) * count))
        if index + 1 < len(amounts):
            large = amounts[index + 1]
            found += [Split((large,) * n + (small,) * (count - n)) for n in range(1, count)]
    return found


def best_split(target: float, below: float, amounts: tuple[float, ...], count: int) -> Split | None:
    """The split whose total is the smallest one at or above ``target`` and below ``below``.

    Never lower than the target, so that rounding never makes a reduction faster than the rate
    asked for; None when no amount fits between them (stay on the current dose a while longer).
    Ties go to more doses a day (the same times as before), then the more even split.
    """
    best: Split | None = None
    best_key: tuple[float, int, float] | None = None
    for doses in range(count, 0, -1):
        for split in _two_size_splits(amounts, doses):
            if split.total < target - _EPS or split.total > below - _EPS:
                continue
            key = (round(split.total, 6), -len(split.doses), split.spread)
            if best_key is None or key < best_key:
                best, best_key = split, key
    return best


def smallest_total(amounts: tuple[float, ...]) -> float:
    """The least anyone can take in a day: one dose of the smallest amount."""
    return amounts[0]
