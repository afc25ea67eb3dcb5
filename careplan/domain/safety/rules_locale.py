"""Locale rules: a planned product not sold in the patient's country, and a country the app does
not know (the handout then cannot give local phone lines or names). Facts: ``locales.json``."""

from __future__ import annotations

from careplan.domain.findings import Finding
from careplan.domain.handout_catalog import load_handout_facts
from careplan.domain.safety.context import SafetyContext, item_ids


def product_not_local(ctx: SafetyContext) -> list[Finding]:
    """PRODUCT-NOT-LOCAL (info): a medicine of the plan is not sold where the patient lives."""
    locale = load_handout_facts().locale(ctx.patient.jurisdiction) if ctx.has_patient else None
    if locale is None:
        return []
    findings: list[Finding] = []
    for row in locale.not_sold:
        meds = [m for m in ctx.meds if m.drug_id == row.drug]
        if meds:
            findings.append(Finding(
                rule="PRODUCT-NOT-LOCAL", severity="info",
                title=f"{meds[0].name} is not sold in {locale.name}",
                detail=row.note, items=item_ids(meds), sources=row.sources,
            ))
    return findings


def jurisdiction_unknown(ctx: SafetyContext) -> list[Finding]:
    """JURISDICTION-UNKNOWN (info): the patient's country is not recorded or not in the locale
    table. A template has no patient and no country yet, so it is not flagged."""
    if not ctx.has_patient:
        return []
    code = ctx.patient.jurisdiction
    if code and load_handout_facts().locale(code) is not None:
        return []
    what = f"The patient's jurisdiction {code} is not a country the app knows" if code else "No jurisdiction is recorded"
    return [Finding(
        rule="JURISDICTION-UNKNOWN", severity="info",
        title="Country not known: no local phone numbers on the handout",
        detail=(f"{what}. The handout says \u201cyour local emergency number\u201d with a blank line to write the "
                "numbers in, and uses international generic names (paracetamol). Record the country (e.g. US-TX, GB) "
                "to print its emergency, poison and crisis lines."),
    )]
