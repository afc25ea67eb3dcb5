"""ALCOHOL-INTERACTION: a medicine whose label or class says not to mix it with alcohol, for a
patient who drinks heavily (NIAAA: over 14 drinks a week for men, over 7 otherwise).

The rows are data (``interactions`` rows ``with: {substance: alcohol}`` of labels and groups:
benzodiazepines, Z-drugs, gabapentinoids, muscle relaxants, TCAs, sedating antihistamines,
quetiapine...). An opioid's alcohol row is OPIOID-SEDATIVE's (with naloxone advice); every other
medicine's is read here, so that a heavy drinker on a sleeping pill is not silent where the same
patient on an opioid is flagged.
"""

from __future__ import annotations

from careplan.domain.codes import SEVERITY_ORDER, Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import ResolvedMed, SafetyContext, item_ids, names, unique_sources
from careplan.domain.safety.pairs import SubstanceHit, substance_hits
from careplan.domain.safety.wording import word_phrase

_ORDER: tuple[Severity, ...] = ("critical", "warning", "info")


def alcohol_interaction(ctx: SafetyContext) -> list[Finding]:
    """ALCOHOL-INTERACTION: a medicine (not an opioid: OPIOID-SEDATIVE) whose label or class says not to mix
    it with alcohol, for a patient who drinks heavily (NIAAA), at the row's word; one finding per severity,
    each medicine with its word and effect."""
    heavy = ctx.heavy_alcohol
    hits = [h for h in substance_hits(ctx) if h.substance == "alcohol" and not h.holder.has_class("opioid")]
    if heavy is None or not hits:
        return []
    # Per medicine (by printed name: two lines of one medicine say it once), its most severe row.
    best: dict[str, SubstanceHit] = {}
    for hit in hits:
        current = best.get(hit.holder.name)
        if current is None or SEVERITY_ORDER[hit.severity] < SEVERITY_ORDER[current.severity]:
            best[hit.holder.name] = hit
    findings: list[Finding] = []
    for severity in _ORDER:
        chosen = [h for h in best.values() if h.severity == severity]
        if not chosen:
            continue
        meds: list[ResolvedMed] = [h.holder for h in hits if best[h.holder.name].severity == severity]
        lines = "; ".join(f"{h.holder.name}: {word_phrase(h.row.word)} ({h.row.effect})" for h in chosen)
        findings.append(Finding(
            rule="ALCOHOL-INTERACTION",
            severity=severity,
            title=f"{names([h.holder for h in chosen])} with heavy alcohol use",
            detail=(f"Recorded: {ctx.alcohol_words()}. {lines}. Advise against drinking while taking "
                    f"{'them' if len(chosen) > 1 else 'it'}, weigh whether {'each' if len(chosen) > 1 else 'it'} is "
                    "needed, and offer help to cut down."),
            items=item_ids(meds),
            sources=unique_sources(*(h.row.sources for h in chosen), heavy[1].sources),
        ))
    return findings
