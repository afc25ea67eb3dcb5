"""Match a plan's acknowledgements to findings, and report those that match nothing (stale).

Acknowledgements remember what they saw (DESIGN.md): the amount a day of each item they cover
and the MME total. When a covered amount or the MME rises past those figures, the acknowledgement
stops covering the finding, and the finding says why ("acknowledged at 30 MME/day; now 135").
Lowering a dose keeps it. Acknowledgements without figures (older files) cover as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from careplan.domain.catalog import CatalogIndex
from careplan.domain.dosing import DailyAmount
from careplan.domain.findings import Finding, StaleAcknowledgement
from careplan.domain.plan import AcknowledgedAmount, AcknowledgedFigures, Acknowledgement, CarePlan, utc_now
from careplan.domain.safety.context import SafetyContext, exceeds, fmt
from careplan.domain.safety.mme import mme_of

# Figures are stored rounded, and compared rounded the same way: a total of 29.999999 is 30.
_MME_DIGITS = 2
_AMOUNT_DIGITS = 4


@dataclass(frozen=True)
class PlanFigures:
    """The figures acknowledgements are compared with: each item's amount a day and the MME."""

    mme: float = 0.0
    # Items that add to the MME total (opioids), so that MME is recorded only for their findings.
    mme_items: frozenset[str] = frozenset()
    amounts: dict[str, DailyAmount] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: SafetyContext) -> PlanFigures:
        summary = mme_of(ctx)
        return cls(
            mme=summary.total,
            mme_items=frozenset(line.item for line in summary.lines),
            amounts={m.id: m.amount for m in ctx.meds},
            labels={m.id: m.name for m in ctx.meds},
        )


def _counted_as(amount: DailyAmount) -> tuple[float, str] | None:
    """The amount a day and the unit it is best counted in (mg, a patch's mcg/h, or pieces)."""
    if amount.problem is not None or amount.doses_per_day == 0:
        return None
    if amount.mg is not None:
        return amount.mg, "mg"
    if amount.rate_mcg_h is not None:
        return amount.rate_mcg_h, "mcg/h"
    if amount.count is not None and amount.count_unit is not None:
        return amount.count, amount.count_unit
    return None


def record_figures(items: tuple[str, ...] | list[str], figures: PlanFigures) -> AcknowledgedFigures | None:
    """What an acknowledgement of findings about these items should remember (None: nothing)."""
    amounts: list[AcknowledgedAmount] = []
    for item in items:
        amount = figures.amounts.get(item)
        counted = _counted_as(amount) if amount is not None else None
        if counted is not None:
            value, unit = counted
            amounts.append(AcknowledgedAmount(item=item, amount=round(value, _AMOUNT_DIGITS), unit=unit))
    mme = round(figures.mme, _MME_DIGITS) if set(items) & figures.mme_items else None
    if not amounts and mme is None:
        return None
    return AcknowledgedFigures(mme=mme, amounts=amounts)


def lapse_reason(ack: Acknowledgement, finding: Finding, figures: PlanFigures | None) -> str | None:
    """Why ``ack`` no longer covers ``finding`` because a figure it saw has risen (None: it still does)."""
    seen = ack.seen
    if seen is None or figures is None:
        return None
    reasons: list[str] = []
    for recorded in seen.amounts:
        if recorded.item not in finding.items:
            continue
        label = figures.labels.get(recorded.item, recorded.item)
        amount = figures.amounts.get(recorded.item)
        now = amount.in_unit(recorded.unit) if amount is not None and amount.problem is None else None
        if now is None:
            reasons.append(f"acknowledged at {label} {fmt(recorded.amount)} {recorded.unit}/day; now not counted")
        elif exceeds(round(now, _AMOUNT_DIGITS), recorded.amount):
            reasons.append(f"acknowledged at {label} {fmt(recorded.amount)} {recorded.unit}/day; now {fmt(round(now, 1))}")
    # A line the acknowledgement never saw (added since, or counted only since) is not covered by
    # figures recorded for other lines: each line has its own id, and its own recorded amount.
    seen_items = {r.item for r in seen.amounts}
    for item in finding.items:
        amount = figures.amounts.get(item)
        counted = _counted_as(amount) if item not in seen_items and amount is not None else None
        if counted is not None:
            label = figures.labels.get(item, item)
            reasons.append(f"acknowledged before {label} {fmt(round(counted[0], 1))} {counted[1]}/day was part of it")
    if seen.mme is not None and exceeds(round(figures.mme, _MME_DIGITS), seen.mme):
        reasons.append(f"acknowledged at {fmt(round(seen.mme, 1))} MME/day; now {fmt(round(figures.mme, 1))}")
    return "; ".join(reasons) or None


def covers(ack: Acknowledgement, finding: Finding) -> bool:
    """An ack covers every finding of its rule, or, naming items, those whose items it names."""
    if ack.rule != finding.rule:
        return False
    return not ack.items or set(finding.items) <= set(ack.items)


def apply_acknowledgements(
    findings: list[Finding],
    acks: list[Acknowledgement],
    known_rules: frozenset[str],
    figures: PlanFigures | None = None,
) -> tuple[list[Finding], list[StaleAcknowledgement]]:
    """Attach the first covering acknowledgement to each finding; list the unused ones.

    With ``figures``, an acknowledgement whose recorded amounts or MME have since risen does not
    cover: the finding says why, and the acknowledgement is listed as stale with that reason.
    """
    used: set[int] = set()
    lapsed: dict[int, str] = {}
    out: list[Finding] = []
    for finding in findings:
        covering = [i for i, ack in enumerate(acks) if covers(ack, finding)]
        valid: list[int] = []
        why_not: list[str] = []
        for i in covering:
            reason = lapse_reason(acks[i], finding, figures)
            if reason is None:
                valid.append(i)
            else:
                lapsed.setdefault(i, reason)
                why_not.append(reason)
        if valid:
            # Every ack that covers the finding is in use, not only the first one attached.
            used.update(valid)
            out.append(finding.model_copy(update={"acknowledgement": acks[valid[0]]}))
        elif why_not:
            note = f" An earlier acknowledgement no longer covers this: {why_not[0]}."
            out.append(finding.model_copy(update={"acknowledgement_lapsed": why_not[0], "detail": finding.detail + note}))
        else:
            out.append(finding)
    stale = [
        StaleAcknowledgement(
            acknowledgement=ack,
            reason=(f"no longer covers {ack.rule}: {lapsed[i]}" if i in lapsed else _stale_reason(ack, findings, known_rules)),
        )
        for i, ack in enumerate(acks)
        if i not in used
    ]
    return out, stale


def _stale_reason(ack: Acknowledgement, findings: list[Finding], known_rules: frozenset[str]) -> str:
    if ack.rule not in known_rules:
        return f"{ack.rule} is not a rule this version of Careplan knows"
    same_rule = [f for f in findings if f.rule == ack.rule]
    if not same_rule:
        return f"the plan no longer raises any {ack.rule} finding"
    return f"{ack.rule} still fires, but not only for the items this acknowledgement names ({', '.join(ack.items)})"


def new_acknowledgement(
    plan: CarePlan,
    catalog: CatalogIndex,
    rule: str,
    items: list[str],
    reason: str,
    by: str = "",
    at: datetime | None = None,
) -> Acknowledgement:
    """An acknowledgement of ``rule`` (for ``items``, or every finding of the rule when empty)
    that records the figures it sees now: each covered item's amount a day and the MME total.

    The GUI and CLI create acknowledgements through this function, so that a later dose rise
    makes them lapse instead of silently covering a larger dose.
    """
    from careplan.domain.safety import check_plan

    ctx = SafetyContext.build(plan, catalog)
    figures = PlanFigures.of(ctx)
    covered = list(items)
    if not covered:
        report = check_plan(plan, catalog)
        covered = sorted({i for f in report.findings if f.rule == rule for i in f.items})
    return Acknowledgement(
        rule=rule,
        items=list(items),
        reason=reason,
        by=by,
        at=at or utc_now(),
        seen=record_figures(covered, figures),
    )
