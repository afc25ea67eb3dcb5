"""Which catalog product a medication item is written as (for codes that name a product).

A plan item names a drug, a dose unit and, for tablets, capsules and patches, the strength of one
unit; the catalog lists the drug's products ("15 mg tablet", "25 mcg/h extended-release patch").
An item is one product only when exactly one listed strength fits it: a dose written in mg, or a
gel whose percent the item does not say, names no single product.
"""

from __future__ import annotations

from careplan.domain.catalog_model import CatalogStrength, Drug
from careplan.domain.plan import MedicationItem


def item_fits(strength: CatalogStrength, item: MedicationItem) -> bool:
    """Whether the item could be written as this product: its dose unit, strength and release."""
    if strength.dose_unit != item.unit:
        return False
    if item.release is not None and item.release != strength.release:
        return False
    if item.strength is None:
        # Without a strength only a product with no single amount fits (a combination tablet).
        return strength.amount is None
    return strength.amount == item.strength.amount and strength.unit == item.strength.unit


def item_product(drug: Drug, item: MedicationItem) -> CatalogStrength | None:
    """The one catalog product the item is written as, or None when none or several fit."""
    fits = [s for s in drug.strengths if item_fits(s, item)]
    return fits[0] if len(fits) == 1 else None
