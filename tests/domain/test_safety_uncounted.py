"""DOSE-UNCOUNTED: the engine says so when it cannot count a dose, never passes in silence."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import STRENGTH_UNITS, UNITS
from careplan.domain.plan import MedicationItem, Strength
from careplan.domain.safety.mme import compute_mme
from tests.domain.plan_factory import check, get_catalog, med, one, plan, rules

CATALOG = get_catalog()
# Every catalog opioid and every product that contains acetaminophen (combinations inherit it).
GUARDED = sorted(
    d.id
    for d in CATALOG.data.drugs
    if not d.rescue
    and ({"opioid", "acetaminophen"} & set(d.classes)
         or any({"opioid", "acetaminophen"} & set(CATALOG.drugs[i.drug].classes) for i in d.ingredients))
)


def test_issue_cases_are_critical(catalog: CatalogIndex) -> None:
    # Issue 9: each of these gave MME 0 and no finding.
    cases = [
        med("oxycodone", 2, "tablet", times=6),
        med("fentanyl-transdermal", 1, "patch", every_hours=72),
        med("hydrocodone-acetaminophen-5-325", 10, "mg", times=4),
    ]
    for item in cases:
        report = check(plan(item), catalog)
        finding = one(report, "DOSE-UNCOUNTED")
        assert finding.severity == "critical" and finding.items == (item.id,)
        assert "may therefore be too low" in finding.detail
        assert finding.blocking


def test_other_drugs_get_a_warning_and_counted_doses_none(catalog: CatalogIndex) -> None:
    warning = one(check(plan(med("gabapentin", 1, "capsule", times=3)), catalog), "DOSE-UNCOUNTED")
    assert warning.severity == "warning" and "daily limit could not be checked" in warning.detail
    counted = [
        med("gabapentin", 1, "capsule", times=3, strength=(300, "mg")),
        med("oxycodone", 2, "tablet", times=6, strength=(15, "mg")),
        med("fentanyl-transdermal", 25, "mcg/h", every_hours=72),
        med("hydrocodone-acetaminophen-5-325", 1, "tablet", prn_max=4),
    ]
    for item in counted:
        assert "DOSE-UNCOUNTED" not in rules(check(plan(item), catalog)), item


def test_rescue_and_free_text_medicines_are_not_uncounted(catalog: CatalogIndex) -> None:
    report = check(plan(med("naloxone", 1, "application", rescue=True, route="nasal"),
                        med(None, 2, "tablet", times=2, name="Lisinopril", id="lis")), catalog)
    assert "DOSE-UNCOUNTED" not in rules(report)


def test_current_medicines_are_checked_too(catalog: CatalogIndex) -> None:
    report = check(plan(current=[med("morphine", 1, "tablet", times=2, id="cur")]), catalog)
    assert one(report, "DOSE-UNCOUNTED").items == ("cur",)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drug=st.sampled_from(GUARDED),
    unit=st.sampled_from(UNITS),
    dose=st.sampled_from([0.5, 1, 2, 5, 10, 25, 100]),
    strength=st.none() | st.builds(Strength, amount=st.sampled_from([5, 15, 25, 325]), unit=st.sampled_from(STRENGTH_UNITS)),
    how=st.sampled_from(["daily", "interval", "prn"]),
    release=st.sampled_from([None, "ir", "er"]),
    where=st.sampled_from(["plan", "current"]),
)
def test_every_opioid_and_acetaminophen_product_is_counted_or_critical(
    drug: str, unit: str, dose: float, strength: Strength | None, how: str, release: str | None, where: str
) -> None:
    frequency = {"daily": {"times_per_day": 2}, "interval": {"interval_hours": 72},
                 "prn": {"prn": True, "max_per_day": 4}}[how]
    item = MedicationItem(id="x", drug=drug, dose=dose, unit=unit, strength=strength, release=release,  # type: ignore[arg-type]
                          **frequency)
    # A current medicine (patient header) counts in every rule, just like a planned one.
    report = check(plan(item) if where == "plan" else plan(current=[item]), CATALOG)
    uncounted = [f for f in report.findings if f.rule == "DOSE-UNCOUNTED"]
    if uncounted:
        assert [f.severity for f in uncounted] == ["critical"]
        return
    # Counted: the amount reaches the checks it matters to.
    product = CATALOG.drugs[drug]
    parts = [CATALOG.drugs[i.drug] for i in product.ingredients] or [product]
    the_plan = plan(item) if where == "plan" else plan(current=[item])
    if any("opioid" in p.classes and p.mme is not None and p.mme.factor is not None for p in parts):
        assert compute_mme(the_plan, CATALOG).total > 0, (drug, unit, strength)
    if any("acetaminophen" in p.classes for p in parts):
        from careplan.domain.safety.context import SafetyContext

        [resolved] = SafetyContext.build(the_plan, CATALOG).meds
        assert resolved.ingredient_mg.get("acetaminophen", 0) > 0, (drug, unit, strength)
