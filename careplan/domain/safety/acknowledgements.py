"""Match a plan's acknowledgements to findings, and report those that match nothing (stale)."""

from __future__ import annotations

from careplan.domain.findings import Finding, StaleAcknowledgement
from careplan.domain.plan import Acknowledgement


def covers(ack: Acknowledgement, finding: Finding) -> bool:
    """An ack covers every finding of its rule, or, naming items, those whose items it names."""
    if ack.rule != finding.rule:
        return False
    return not ack.items or set(finding.items) <= set(ack.items)


def apply_acknowledgements(
    findings: list[Finding], acks: list[Acknowledgement], known_rules: frozenset[str]
) -> tuple[list[Finding], list[StaleAcknowledgement]]:
    """Attach the first covering acknowledgement to each finding; list the unused ones."""
    used: set[int] = set()
    out: list[Finding] = []
    for finding in findings:
        match = next((i for i, ack in enumerate(acks) if covers(ack, finding)), None)
        if match is None:
            out.append(finding)
            continue
        # Every ack that covers the finding is in use, not only the first one attached.
        used.update(i for i, ack in enumerate(acks) if covers(ack, finding))
        out.append(finding.model_copy(update={"acknowledgement": acks[match]}))
    stale = [
        StaleAcknowledgement(acknowledgement=ack, reason=_stale_reason(ack, findings, known_rules))
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
