"""The pace of one item's taper in words, from the safety rule itself (TAPER-RATE), for the
taper editor: the editor never judges a taper by rules of its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.safety.context import SafetyContext
from careplan.domain.safety.rules_stewardship import taper_rate


def pace_words(plan: CarePlan, catalog: CatalogIndex, item: MedicationItem) -> str:
    """ "Pace: within the sourced guidance." or the finding's title and detail."""
    findings = [f for f in taper_rate(SafetyContext.build(plan, catalog)) if item.id in f.items]
    if not findings:
        return QCoreApplication.translate("TaperChecks", "Pace: within the sourced guidance (TAPER-RATE finds nothing).")
    return "\n".join(f"\u26a0 {f.title}: {f.detail}" for f in findings)
