"""When each monitoring task is next due for a plan: the last entry of its kind, the sourced
interval, and whether the plan's medicines call for it at all (DESIGN.md, ``monitoring``).

The safety rule ``MONITORING-DUE``, the clinician summary and the start page's recent plans all
read this one answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from careplan.domain.catalog import CatalogIndex
from careplan.domain.handout_catalog import country_of, drug_classes
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.plan_stewardship import MONITORING_LABELS, MonitoringEntry
from careplan.domain.stewardship_catalog import MonitoringInterval, load_stewardship_facts

State = Literal["done", "due", "overdue", "missing", "covered"]


@dataclass(frozen=True)
class MonitoringStatus:
    """One monitoring task for this plan. ``due`` is None without a repeat interval."""

    kind: str
    label: str
    state: State
    last: MonitoringEntry | None
    due: date | None
    fact: MonitoringInterval
    # The plan's medicines that call for it (item ids), in plan order.
    items: tuple[str, ...]

    @property
    def needs_attention(self) -> bool:
        return self.state in ("overdue", "missing")


def _called_for(meds: list[MedicationItem], fact: MonitoringInterval, catalog: CatalogIndex) -> list[MedicationItem]:
    found = []
    for item in meds:
        drug = catalog.drugs.get(item.drug) if item.drug else None
        if drug is not None and not drug.rescue and not drug_classes(drug, catalog).isdisjoint(fact.classes):
            found.append(item)
    return found


def _has_rescue(meds: list[MedicationItem], catalog: CatalogIndex) -> bool:
    return any((drug := catalog.drugs.get(item.drug or "")) is not None and drug.rescue for item in meds)


def monitoring_status(plan: CarePlan, catalog: CatalogIndex, today: date) -> list[MonitoringStatus]:
    """The tasks the plan's medicines call for, in catalog order, each with its state on ``today``.

    Tasks from one country's guidance are asked only there (or where the country is not
    recorded). An entry dated after ``today`` does not count as done. A task without a repeat interval is
    ``done`` once recorded; one whose rescue medicine is in the plan is ``covered``.
    """
    meds = plan.all_medications()
    country = country_of(plan.patient_or_empty.jurisdiction)
    found: list[MonitoringStatus] = []
    for fact in load_stewardship_facts().data.monitoring:
        if not fact.applies_in(country):
            continue
        concerned = _called_for(meds, fact, catalog)
        if not concerned:
            continue
        done = [e for e in plan.monitoring if e.kind == fact.kind and e.date <= today]
        last = max(done, key=lambda e: e.date) if done else None
        ids = tuple(item.id for item in concerned)
        label = MONITORING_LABELS[fact.kind]
        if last is None:
            covered = fact.rescue_in_plan_counts and _has_rescue(meds, catalog)
            state: State = "covered" if covered else "missing"
            due = today if fact.interval_days is not None and not covered else None
            found.append(MonitoringStatus(fact.kind, label, state, None, due, fact, ids))
            continue
        if fact.interval_days is None:
            found.append(MonitoringStatus(fact.kind, label, "done", last, None, fact, ids))
            continue
        due = last.date + timedelta(days=fact.interval_days)
        state = "overdue" if today > due else "due" if today == due else "done"
        found.append(MonitoringStatus(fact.kind, label, state, last, due, fact, ids))
    return found


def next_due(plan: CarePlan, catalog: CatalogIndex, today: date) -> MonitoringStatus | None:
    """The task due soonest (overdue and never-done tasks first), or None when nothing is due."""
    dated = [s for s in monitoring_status(plan, catalog, today) if s.due is not None]
    return min(dated, key=lambda s: s.due or today) if dated else None
