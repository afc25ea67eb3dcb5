"""What could not be checked, said plainly: MED-UNCHECKED (a medicine outside the catalog) and
DOSE-UNCOUNTED (an amount a day that cannot be worked out)."""

from __future__ import annotations

from careplan.domain.findings import Finding
from careplan.domain.safety.context import SafetyContext


def med_unchecked(ctx: SafetyContext) -> list[Finding]:
    """MED-UNCHECKED: a medicine outside the catalog (free-text name): said plainly that its
    interactions and limits were not checked. A name that matches a catalog drug's name or brand
    is pointed out, so the clinician can pick the catalog entry instead.
    """
    by_name: dict[str, str] = {}
    for drug in ctx.catalog.data.drugs:
        for label in (drug.id, drug.name, *drug.brands):
            by_name.setdefault(label.strip().lower(), drug.name)
    findings: list[Finding] = []
    for med in ctx.meds:
        if med.drug is not None:
            continue
        name = (med.item.name or med.item.drug or "").strip()
        unknown_id = med.item.drug is not None and med.item.name is None
        what = f"“{name}”" + (" (not a catalog drug id)" if unknown_id else "")
        where = " (current medicine)" if med.origin == "current" else ""
        hint = ""
        match = by_name.get(name.lower())
        if match is not None:
            hint = f" The catalog has {match}: choose it from the list so that it is checked."
        findings.append(
            Finding(
                rule="MED-UNCHECKED",
                severity="warning",
                title=f"{name or 'A medicine'}: not checked",
                detail=(
                    f"{what}{where} is not in the Careplan catalog. Its interactions, daily limit, kidney "
                    f"dosing and its part in the MME and acetaminophen totals were not checked.{hint}"
                ),
                items=(med.id,),
            )
        )
    return findings


# Classes whose uncounted amount hides a dose from a critical check (MME, acetaminophen total).
_UNCOUNTED_CRITICAL_CLASSES: tuple[str, ...] = ("opioid", "acetaminophen")


def dose_uncounted(ctx: SafetyContext) -> list[Finding]:
    """DOSE-UNCOUNTED: a catalog medicine whose amount a day cannot be worked out.

    Critical for opioids and anything containing acetaminophen, because the MME and
    acetaminophen checks would otherwise miss it in silence; a warning for the rest.
    """
    findings: list[Finding] = []
    for med in ctx.meds:
        problem = med.amount.problem
        if med.drug is None or problem is None:
            continue
        hides = [c for c in _UNCOUNTED_CRITICAL_CLASSES if med.has_class(c)]
        if hides:
            checks = " and ".join("the MME total" if c == "opioid" else "the acetaminophen total" for c in hides)
            consequence = f" It is left out of {checks}, which may therefore be too low."
        else:
            consequence = " Its daily limit could not be checked."
        findings.append(
            Finding(
                rule="DOSE-UNCOUNTED",
                severity="critical" if hides else "warning",
                title=f"{med.drug.name}: amount a day not counted",
                detail=f"{med.describe()}: {problem}.{consequence}",
                items=(med.id,),
                sources=med.drug.sources,
            )
        )
    return findings
