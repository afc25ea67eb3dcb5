"""The safety engine: ``check_plan(plan, catalog) -> SafetyReport``, pure (no Qt, no I/O)."""

from __future__ import annotations

from datetime import date

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import Finding, SafetyReport
from careplan.domain.plan import CarePlan
from careplan.domain.safety.acknowledgements import PlanFigures, apply_acknowledgements, new_acknowledgement
from careplan.domain.safety.context import SafetyContext
from careplan.domain.safety.mme import compute_mme, mme_of
from careplan.domain.safety.registry import RULE_IDS, RULES


def check_plan(plan: CarePlan, catalog: CatalogIndex, today: date | None = None) -> SafetyReport:
    """Run every rule over a plan (or template) and return its findings and MME summary.

    Args:
        plan: the plan to check; the patient's current medicines count in every rule.
        catalog: the loaded catalog (limits, classes, flags, thresholds, jurisdictions).
        today: the date ages are computed on; defaults to today.

    Returns:
        Findings sorted by severity, rule, items and title (a stable order), each with the
        acknowledgement that covers it, plus acknowledgements that no longer match anything.
    """
    ctx = SafetyContext.build(plan, catalog, today)
    findings: list[Finding] = []
    for _rule_id, rule in RULES:
        findings.extend(rule(ctx))
    findings, stale = apply_acknowledgements(findings, list(plan.acknowledgements), RULE_IDS, PlanFigures.of(ctx))
    findings.sort(key=Finding.sort_key)
    return SafetyReport(findings=tuple(findings), mme=mme_of(ctx), stale_acknowledgements=tuple(stale))


__all__ = ["RULES", "RULE_IDS", "check_plan", "compute_mme", "new_acknowledgement"]
