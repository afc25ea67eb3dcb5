"""Interaction rules over the label rows two medicines meet (careplan.domain.safety.pairs):
SEROTONERGIC, OPIOID-CYP, AGONIST-ANTAGONIST, NSAID-BLEEDING, BLEEDING-RISK and DRUG-INTERACTION.

Each finding lists its pairs with the label's word and effect; its severity is the word's (the
most severe row for a pair). One finding per severity for the named rules (as the first two sets
had them); one per pair of medicines for DRUG-INTERACTION, whose pairs are about different things
(lines printed under the same names share it).
"""

from __future__ import annotations

from collections.abc import Callable

from careplan.domain.codes import Severity
from careplan.domain.findings import Finding
from careplan.domain.safety.context import SafetyContext, item_ids, unique_sources
from careplan.domain.safety.pairs import Pair, pairs_for, strongest
from careplan.domain.safety.wording import word_phrase

_ORDER: tuple[Severity, ...] = ("critical", "warning", "info")


def pair_line(pair: Pair) -> str:
    """ "Tramadol with Phenelzine: contraindicated (serotonin syndrome)"."""
    return f"{pair.holder.name} with {pair.partner.name}: {word_phrase(pair.row.word)} ({pair.row.effect})"


def grouped(
    ctx: SafetyContext,
    rule: str,
    title: Callable[[Severity, list[Pair]], str],
    advice: Callable[[Severity], str],
    keep: Callable[[Pair], bool] = lambda _p: True,
) -> list[Finding]:
    """One finding per severity over the rule's pairs (each item pair at its most severe row)."""
    best = strongest([p for p in pairs_for(ctx, rule) if keep(p)])
    by_severity: dict[Severity, list[Pair]] = {}
    for pair in best.values():
        by_severity.setdefault(pair.severity, []).append(pair)
    findings: list[Finding] = []
    for severity in _ORDER:
        group = by_severity.get(severity)
        if not group:
            continue
        # One line per pair of names and row (many lines of one medicine print the same line).
        firsts: dict[tuple[str, str, int], Pair] = {}
        for pair in group:
            firsts.setdefault((pair.holder.name, pair.partner.name, id(pair.row)), pair)
        lines = list(dict.fromkeys(pair_line(p) for p in firsts.values()))
        findings.append(Finding(
            rule=rule,
            severity=severity,
            title=title(severity, group),
            detail=f"{'; '.join(lines)}. {advice(severity)}",
            items=item_ids([p.holder for p in group], [p.partner for p in group]),
            sources=unique_sources(*(p.row.sources for p in group)),
        ))
    return findings


def serotonergic(ctx: SafetyContext) -> list[Finding]:
    """SEROTONERGIC: two serotonergic medicines (the FDA 2016 list: SSRIs, SNRIs, TCAs, MAOIs,
    triptans, tramadol, tapentadol, methadone, fentanyl...) together: a warning, critical where a
    label contraindicates the pair (an MAOI with tramadol, tapentadol, methadone or meperidine)."""
    return grouped(
        ctx, "SEROTONERGIC",
        lambda s, _g: "Serotonergic combination the label contraindicates" if s == "critical"
        else "Serotonergic medicines together",
        lambda s: ("Do not combine them; choose another medicine. " if s == "critical" else "")
        + "Risk of serotonin syndrome: watch for agitation, fever, sweating, tremor and muscle jerks.",
    )


def opioid_cyp(ctx: SafetyContext) -> list[Finding]:
    """OPIOID-CYP: an opioid with a CYP inhibitor or inducer its label (or group) names, at the
    label's word: a boxed warning for strong CYP3A4 inhibitors (critical), a warning for moderate
    ones and inducers, less pain relief from codeine or tramadol with a strong CYP2D6 inhibitor."""
    def title(_severity: Severity, group: list[Pair]) -> str:
        roles = {p.row.with_.role or "" for p in group}
        if all(r.startswith("cyp2d6") for r in roles):
            return "Opioid with a CYP2D6 inhibitor"
        if all("inducer" in r for r in roles):
            return "Opioid with a CYP3A4 inducer"
        return "Opioid with a CYP inhibitor or inducer"

    return grouped(
        ctx, "OPIOID-CYP", title,
        lambda s: "Opioid levels can rise sharply, with fatal slowed breathing: avoid the combination, or lower the "
        "opioid dose and monitor closely." if s == "critical" else
        "Opioid levels (or, for codeine and tramadol, their activation) can change: watch for sedation and slowed "
        "breathing, or for poor pain relief and withdrawal when an inducer or inhibitor is started or stopped.",
    )


def agonist_antagonist(ctx: SafetyContext) -> list[Finding]:
    """AGONIST-ANTAGONIST: a partial opioid agonist (buprenorphine) with a *scheduled* full agonist:
    blocked pain relief and precipitated withdrawal (an as-needed full agonist is not counted)."""
    def scheduled_full(pair: Pair) -> bool:
        full = pair.partner if pair.holder.has_role("opioid_partial_agonist") else pair.holder
        return full.scheduled

    return grouped(
        ctx, "AGONIST-ANTAGONIST",
        lambda _s, _g: "Partial opioid agonist with a scheduled full agonist",
        lambda _s: "The partial agonist can block the full agonist's pain relief and bring on withdrawal. Use one "
        "or the other, or plan the switch.",
        keep=scheduled_full,
    )


def nsaid_bleeding(ctx: SafetyContext) -> list[Finding]:
    """NSAID-BLEEDING: a systemic NSAID with an anticoagulant or antiplatelet (critical) or an
    SSRI/SNRI (warning), at the word of the NSAID group's (or a label's) row. Antiplatelet-dose
    aspirin is an antiplatelet partner, never the NSAID."""
    def title(severity: Severity, group: list[Pair]) -> str:
        partners = {c for p in group for m in (p.holder, p.partner) if not m.has_class("nsaid") for c in m.classes}
        if severity == "critical" or partners & {"anticoagulant", "antiplatelet"}:
            return "NSAID with an anticoagulant or antiplatelet: bleeding risk"
        return "NSAID with an SSRI/SNRI: GI-bleeding risk"

    return grouped(
        ctx, "NSAID-BLEEDING", title,
        lambda s: "Raises the risk of serious bleeding, especially from the gut. Avoid the combination or add "
        "gastroprotection and monitor closely." if s == "critical" else
        "Raises the risk of upper-GI bleeding. Consider a proton-pump inhibitor or another analgesic.",
    )


def bleeding_risk(ctx: SafetyContext) -> list[Finding]:
    """BLEEDING-RISK: other bleeding pairs the labels name: an anticoagulant or antiplatelet with an
    SSRI/SNRI, an NSAID with a systemic corticosteroid (GI bleeding)."""
    return grouped(
        ctx, "BLEEDING-RISK",
        lambda _s, _g: "Medicines that together raise bleeding risk",
        lambda _s: "Watch for bleeding (black stools, blood in vomit or urine, unusual bruising); consider "
        "gastroprotection.",
    )


def drug_interaction(ctx: SafetyContext) -> list[Finding]:
    """DRUG-INTERACTION: any other interaction a label states (tizanidine with a strong CYP1A2
    inhibitor, bupropion with an MAOI...), one finding per pair of medicines, at the label's word.

    Items that print under the same names (two lines of one medicine, a dose changed mid-plan)
    share one finding that lists every item: the same label statement repeated once per line pair
    would bury the plan's other findings, and the summary and handout would grow with the square
    of the lines."""
    groups: dict[tuple[frozenset[str], Severity, str, str], list[Pair]] = {}
    for pair in strongest(pairs_for(ctx, "DRUG-INTERACTION")).values():
        key = (frozenset((pair.holder.name, pair.partner.name)), pair.severity, pair.row.word, pair.row.effect)
        groups.setdefault(key, []).append(pair)
    findings: list[Finding] = []
    for group in groups.values():
        first = group[0]
        findings.append(Finding(
            rule="DRUG-INTERACTION",
            severity=first.severity,
            title=f"{first.holder.name} with {first.partner.name}: {word_phrase(first.row.word)}",
            detail=f"{pair_line(first)}. Review the combination (label statement).",
            items=item_ids([p.holder for p in group], [p.partner for p in group]),
            sources=unique_sources(*(p.row.sources for p in group)),
        ))
    return findings
