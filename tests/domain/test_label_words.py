"""Severity follows the label's word: every interaction, condition, pregnancy, lactation and
paediatric row of every label and group file, met by a plan, raises a finding at least as severe as
its word allows (contraindicated: critical; a boxed warning: critical unless the row says warning;
avoid / not recommended: as the row says, a warning by default)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.catalog_model import Drug
from careplan.domain.codes import SEVERITY_ORDER
from careplan.domain.facts_model import (
    ConditionFact,
    GroupFacts,
    InteractionFact,
    LabelFacts,
    LactationFact,
    PediatricFact,
    PregnancyFact,
    allowed_severities,
    severity_for,
)
from careplan.domain.findings import SafetyReport
from careplan.domain.plan import MedicationItem
from tests.domain.plan_factory import check, kratom, med, plan

Body = LabelFacts | GroupFacts


def any_item(drug: Drug, item_id: str) -> MedicationItem:
    """A scheduled item of the drug, in a unit it is counted in (a systemic dose for an NSAID)."""
    unit = drug.dose_unit
    if unit == "mcg/h":
        return med(drug.id, 5, "mcg/h", every_hours=72, route="transdermal", id=item_id)
    if unit in ("tablet", "capsule", "patch", "application", "ml"):
        return med(drug.id, 1, unit, times=2, route=drug.routes[0], id=item_id)
    return med(drug.id, 400, unit, times=2, route=drug.routes[0], id=item_id)


@cache
def _bodies() -> tuple[Body, ...]:
    data = load_catalog().data
    return (*data.labels, *data.groups)


def _holder(catalog: CatalogIndex, body: Body) -> Drug | None:
    if isinstance(body, LabelFacts):
        return catalog.drugs[body.drug]
    members = [d for d in catalog.data.drugs if body in (catalog.facts.of(d.id).groups or ()) and not d.rescue]
    return next((d for d in members if d.systemic), members[0] if members else None)


def _ingredients(drug: Drug) -> set[str]:
    return {drug.id, *(i.drug for i in drug.ingredients)}


def _partner(catalog: CatalogIndex, holder: Drug, row: InteractionFact) -> Drug | None:
    target = row.with_
    for drug in catalog.data.drugs:
        if drug.rescue or _ingredients(drug) & _ingredients(holder):
            continue
        roles = catalog.facts.roles(drug.id)
        classes = set(drug.classes).union(*(catalog.drugs[i.drug].classes for i in drug.ingredients if i.drug in catalog.drugs))
        named = (target.drug in _ingredients(drug) or (target.class_ is not None and target.class_ in classes)
                 or (target.role is not None and any(r == target.role or r.startswith(target.role + "_") for r in roles)))
        if named and (drug.systemic or not holder.systemic):
            return drug
    return None


def _cases(kind: str) -> list[Any]:
    out = []
    for body in _bodies():
        name = getattr(body, "drug", None) or f"group {getattr(body, 'group', '')}"
        rows: tuple[Any, ...] = getattr(body, kind) or ()
        if not isinstance(rows, tuple):
            rows = (rows,)
        for index, row in enumerate(rows):
            out.append(pytest.param(body, row, id=f"{name}-{kind}-{index}"))
    return out


def _worst_with(report: SafetyReport, *item_ids: str) -> str | None:
    found = [f.severity for f in report.findings if set(item_ids) <= set(f.items)]
    return min(found, key=lambda s: SEVERITY_ORDER[s]) if found else None


def _at_least(got: str | None, wanted: str) -> bool:
    return got is not None and SEVERITY_ORDER[got] <= SEVERITY_ORDER[wanted]


def test_every_word_has_its_severities() -> None:
    assert severity_for("contraindicated", "warning") == "critical"
    assert severity_for("boxed_warning", None) == "critical" and severity_for("boxed_warning", "warning") == "warning"
    assert severity_for("not_recommended", None) == "warning" and severity_for("avoid", "critical") == "critical"
    assert severity_for("monitor", "critical") == "warning" and allowed_severities("use_with_caution") == ("warning", "info")


@pytest.mark.parametrize(("body", "row"), _cases("interactions"))
def test_interaction_rows_raise_their_word(catalog: CatalogIndex, body: Body, row: InteractionFact) -> None:
    holder = _holder(catalog, body)
    assert holder is not None, "a group no catalog drug belongs to"
    target = row.with_
    first = any_item(holder, "holder")
    if target.allergy is not None:
        report = check(plan(first, allergies=[target.allergy]), catalog)
        got = _worst_with(report, "holder")
    elif target.substance == "alcohol":
        got = _worst_with(check(plan(first, alcohol_drinks_per_week=40), catalog), "holder")
    elif target.substance == "kratom":
        got = _worst_with(check(plan(first, kratom_module=kratom(), jurisdiction="US-TX"), catalog), "holder")
    else:
        partner = _partner(catalog, holder, row)
        if partner is None:
            return  # the partner (a drug outside the catalog, a role no drug has) cannot be in a plan
        report = check(plan(first, any_item(partner, "partner")), catalog)
        if holder.classes == partner.classes == ("opioid",) and not catalog.facts.roles(partner.id) & {"opioid_partial_agonist"} \
                and not catalog.facts.roles(holder.id) & {"opioid_partial_agonist"} and target.role in ("cns_depressant", None):
            return  # two full opioids: the MME and duplicate rules speak for them, not a sedation pair
        got = _worst_with(report, "holder", "partner")
    assert _at_least(got, row.resolved_severity), (row.word, row.severity, got)


@pytest.mark.parametrize(("body", "row"), _cases("conditions"))
def test_condition_rows_raise_their_word(catalog: CatalogIndex, body: Body, row: ConditionFact) -> None:
    holder = _holder(catalog, body)
    assert holder is not None
    extra: dict[str, Any] = {"sex": "female", "pregnancy_weeks": 20} if row.condition == "pregnancy" else {}
    report = check(plan(any_item(holder, "holder"), conditions=[row.condition], **extra), catalog)
    assert _at_least(_worst_with(report, "holder"), row.resolved_severity)


@pytest.mark.parametrize(("body", "row"), _cases("pregnancy"))
def test_pregnancy_rows_raise_their_word(catalog: CatalogIndex, body: Body, row: PregnancyFact) -> None:
    holder = _holder(catalog, body)
    assert holder is not None
    report = check(plan(any_item(holder, "holder"), sex="female", pregnancy_weeks=row.from_week), catalog)
    assert _at_least(_worst_with(report, "holder"), row.resolved_severity)


@pytest.mark.parametrize(("body", "row"), _cases("lactation"))
def test_lactation_rows_raise_their_word(catalog: CatalogIndex, body: Body, row: LactationFact) -> None:
    holder = _holder(catalog, body)
    assert holder is not None
    report = check(plan(any_item(holder, "holder"), sex="female", conditions=["breastfeeding"]), catalog)
    assert _at_least(_worst_with(report, "holder"), row.resolved_severity)


@pytest.mark.parametrize(("body", "row"), _cases("pediatric"))
def test_pediatric_rows_raise_their_word(catalog: CatalogIndex, body: Body, row: PediatricFact) -> None:
    holder = _holder(catalog, body)
    assert holder is not None
    report = check(plan(any_item(holder, "holder"), age=row.min_age - 1, weight_kg=60), catalog)
    assert _at_least(_worst_with(report, "holder"), row.resolved_severity)
