"""Small builders for care plans in tests, so each test states only what it is about."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.findings import Finding, SafetyReport
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    FollowUp,
    Goal,
    KratomModule,
    MedicationItem,
    MedicationModule,
    Patient,
)
from careplan.domain.safety import check_plan

TODAY = date(2026, 11, 24)
_AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def get_catalog() -> CatalogIndex:
    """The real bundled catalog: the rules are tested against the data they ship with."""
    return load_catalog()


def med(
    drug: str | None,
    dose: float,
    unit: str = "mg",
    times: int | None = None,
    *,
    prn_max: int | None = None,
    otc: bool = False,
    route: str = "oral",
    id: str | None = None,
    name: str | None = None,
    every_hours: int | None = None,
    strength: tuple[float, str] | None = None,
    rescue: bool = False,
    **extra: Any,
) -> MedicationItem:
    """A medication item: scheduled ``times`` a day, every ``every_hours``, PRN up to ``prn_max``
    a day, or (``rescue``) with no frequency at all; ``strength`` is (amount, unit) per piece."""
    data: dict[str, Any] = {
        "id": id or drug or name,
        "drug": drug,
        "name": name,
        "dose": dose,
        "unit": unit,
        "otc": otc,
        "route": route,
        **extra,
    }
    if strength is not None:
        data["strength"] = {"amount": strength[0], "unit": strength[1]}
    if prn_max is not None:
        data.update(prn=True, max_per_day=prn_max)
    elif every_hours is not None:
        data["interval_hours"] = every_hours
    elif not rescue:
        data["times_per_day"] = times if times is not None else 1
    return MedicationItem.model_validate(data)


def patient(**fields: Any) -> Patient:
    """An adult patient (age 45, male) unless the test says otherwise."""
    fields.setdefault("age", 45)
    fields.setdefault("sex", "male")
    return Patient.model_validate(fields)


def kratom(status: str = "current_use", form: str = "powder", *, id: str = "kratom", **fields: Any) -> KratomModule:
    return KratomModule.model_validate(
        {"id": id, "status": status, "product_form": form, "cautions_accepted": True, **fields}
    )


def ack(rule: str, *items: str, reason: str = "reviewed with the patient") -> Acknowledgement:
    return Acknowledgement(rule=rule, items=list(items), reason=reason, by="Dr Test", at=_AT)


def plan(
    *items: MedicationItem,
    current: list[MedicationItem] | None = None,
    modules: list[Any] | None = None,
    kratom_module: KratomModule | None = None,
    goals: bool = True,
    follow_up: int | None = 4,
    acks: list[Acknowledgement] | None = None,
    pt: Patient | None = None,
    **patient_fields: Any,
) -> CarePlan:
    """A complete plan (goal and 4-week follow-up set) with the given medicines and patient."""
    the_patient = pt or patient(**patient_fields)
    if current:
        the_patient = the_patient.model_copy(update={"current_medications": list(current)})
    all_modules: list[Any] = []
    if items:
        all_modules.append(MedicationModule(id="meds", items=list(items)))
    all_modules.extend(modules or [])
    if kratom_module is not None:
        all_modules.append(kratom_module)
    return CarePlan(
        id="plan-test",
        title="Test plan",
        created_at=_AT,
        updated_at=_AT,
        patient=the_patient,
        goals=[Goal(id="g1", text="Walk to the shop", measure="PEG", target="4")] if goals else [],
        modules=all_modules,
        follow_up=FollowUp(interval_weeks=follow_up),
        acknowledgements=acks or [],
    )


def template(*items: MedicationItem, modules: list[Any] | None = None, **kw: Any) -> CarePlan:
    """A template: same document, no patient block."""
    base = plan(*items, modules=modules, **kw)
    return base.model_copy(update={"format": "careplan-template", "patient": None})


def check(p: CarePlan, catalog: CatalogIndex) -> SafetyReport:
    return check_plan(p, catalog, today=TODAY)


def of_rule(report: SafetyReport, rule: str) -> list[Finding]:
    return [f for f in report.findings if f.rule == rule]


def severities(report: SafetyReport, rule: str) -> list[str]:
    return sorted(f.severity for f in of_rule(report, rule))


def rules(report: SafetyReport) -> set[str]:
    return {f.rule for f in report.findings}


def one(report: SafetyReport, rule: str, severity: str | None = None) -> Finding:
    """The single finding of ``rule`` (optionally of ``severity``); fails if there is not exactly one."""
    found = [f for f in of_rule(report, rule) if severity is None or f.severity == severity]
    assert len(found) == 1, f"expected one {rule} {severity or ''} finding, got {found}"
    return found[0]
