"""The comparison of two plans names each difference in clinical words."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings

from careplan.domain import edits
from careplan.domain.lifecycle import revise, sign
from careplan.domain.plan import (
    CarePlan,
    ExercisePrescription,
    Goal,
    MindfulnessModule,
    PhysiotherapyModule,
)
from careplan.domain.plan_diff import Difference, diff_plans
from tests.domain.plan_factory import TODAY, ack, get_catalog, kratom, med, plan
from tests.strategies import care_plans

AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _texts(old: CarePlan, new: CarePlan) -> list[str]:
    return [str(d) for d in diff_plans(old, new, get_catalog())]


def _base() -> CarePlan:
    return plan(
        med("oxycodone", 5, times=3, id="oxy"),
        med("ibuprofen", 400, prn_max=3, id="ibu", min_hours_between=6),
        med("fentanyl-transdermal", 1, "patch", every_hours=72, strength=(12, "mcg/h"), route="transdermal", id="fen"),
        modules=[PhysiotherapyModule(id="physio", exercises=[ExercisePrescription(id="br", exercise="bridge", sets=2, reps=10)])],
        acks=[ack("OPIOID-MME", reason="stable for a year")],
    )


def test_identical_plans_have_no_differences() -> None:
    assert _texts(_base(), _base()) == []


def test_a_dose_change_reads_as_the_issue_asks() -> None:
    new = edits.set_field(_base(), ("modules", "meds", "items", "oxy", "dose"), 10)
    texts = _texts(_base(), new)
    assert "Medicines: Oxycodone: 5 mg \u2192 10 mg, 3 times a day" in texts
    # The opioid load changed with it, and is said too.
    assert any(t.startswith("Medicines: total MME:") and "\u2192" in t for t in texts)


def test_schedule_prn_and_interval_changes() -> None:
    new = edits.set_fields(_base(), {
        ("modules", "meds", "items", "oxy", "times_per_day"): 2,
        ("modules", "meds", "items", "ibu", "max_per_day"): 4,
        ("modules", "meds", "items", "ibu", "min_hours_between"): 4,
        ("modules", "meds", "items", "fen", "interval_hours"): 48,
    })
    texts = _texts(_base(), new)
    assert "Medicines: Oxycodone: 5 mg, 3 times a day \u2192 twice a day" in texts
    assert ("Medicines: Ibuprofen: 400 mg, as needed, up to 3 times a day, at least 6 hours apart \u2192 "
            "as needed, up to 4 times a day, at least 4 hours apart") in texts
    assert "Medicines: Fentanyl transdermal patch: 1 patch \u00d7 12 mcg/h, every 3 days \u2192 every 2 days" in texts


def test_added_and_removed_medicines_and_modules() -> None:
    base = _base()
    new = edits.add_module(base, MindfulnessModule(id="mind", practice="body-scan", minutes_per_day=10, days_per_week=7))
    new = edits.remove_item(new, ("modules", "meds", "items"), "ibu")
    new = edits.add_item(new, ("modules", "meds", "items"), med("naloxone", 4, rescue=True, id="nal", route="nasal"))
    new = edits.remove_module(new, "physio")
    texts = _texts(base, new)
    assert "Modules: added: Mindfulness, body scan 10 minutes a day" in texts
    assert "Modules: removed: Physiotherapy, Bridge 2 \u00d7 10, 3 days a week" in texts
    assert "Medicines: removed: Ibuprofen 400 mg, as needed, up to 3 times a day, at least 6 hours apart" in texts
    assert "Medicines: added: Naloxone 4 mg, rescue medicine, for an emergency, nasal" in texts


def test_module_content_changes() -> None:
    base = edits.add_module(_base(), MindfulnessModule(id="mind", practice="body-scan", minutes_per_day=10))
    new = edits.set_fields(base, {
        ("modules", "mind", "minutes_per_day"): 20,
        ("modules", "physio", "exercises", "br", "sets"): 3,
        ("modules", "physio", "sessions_per_week"): 2,
    })
    new = edits.add_item(new, ("modules", "physio", "exercises"), ExercisePrescription(id="gw", exercise="graded-walking", minutes=10, days_per_week=5))
    texts = _texts(base, new)
    assert "Mindfulness: minutes a day: 10 \u2192 20" in texts
    assert "Physiotherapy: Bridge: 2 \u00d7 10, 3 days a week \u2192 3 \u00d7 10, 3 days a week" in texts
    assert "Physiotherapy: added exercise: Graded walking 10 minutes, 5 days a week" in texts
    assert "Physiotherapy: supervised sessions a week: none \u2192 2" in texts


def test_goals_follow_up_conditions_and_acknowledgements() -> None:
    base = _base()
    new = edits.add_item(base, ("goals",), Goal(id="g2", text="Sleep through the night", measure="nights a week", target="5", due=date(2027, 3, 1)))
    new = edits.set_fields(new, {
        ("goals", "g1", "target"): "3",
        ("follow_up", "interval_weeks"): 2,
        ("follow_up", "monitoring"): ["PEG-3", "urine drug screen"],
        ("patient", "conditions"): ["ckd"],
        ("patient", "crcl"): 45,
    })
    new = edits.withdraw_acknowledgement(new, "OPIOID-MME", [])
    new = edits.acknowledge(new, ack("NSAID-CONDITION", "ibu", reason="short course, kidney function checked"))
    texts = _texts(base, new)
    assert "Goals: added: \u201cSleep through the night\u201d (measure: nights a week, target: 5, due 2027-03-01)" in texts
    assert "Goals: \u201cWalk to the shop\u201d: target: \u201c4\u201d \u2192 \u201c3\u201d" in texts
    assert "Follow-up: interval: every 4 weeks \u2192 every 2 weeks" in texts
    assert "Follow-up: added monitoring: PEG-3" in texts and "Follow-up: added monitoring: urine drug screen" in texts
    assert "Patient: added condition: Chronic kidney disease" in texts
    assert "Patient: creatinine clearance (mL/min): none \u2192 45" in texts
    assert "Acknowledgements: withdrawn: OPIOID-MME: \u201cstable for a year\u201d, by Dr Test" in texts
    assert "Acknowledgements: acknowledged NSAID-CONDITION (ibu): \u201cshort course, kidney function checked\u201d, by Dr Test" in texts


def test_kratom_module_changes_in_words() -> None:
    base = plan(kratom_module=kratom("current_use", "powder", cautions_discussed=["no-safe-dose"]))
    new = edits.set_fields(base, {
        ("modules", "kratom", "status"): "tapering",
        ("modules", "kratom", "product_form"): "capsule",
        ("modules", "kratom", "cautions_discussed"): ["no-safe-dose", "cns-depressants"],
        ("modules", "kratom", "reported_frequency"): "twice a day",
    })
    texts = _texts(base, new)
    assert "Kratom (counselling): status: current use \u2192 tapering" in texts
    assert "Kratom (counselling): product: powder \u2192 capsules" in texts
    assert "Kratom (counselling): added caution discussed: never combine with sedating substances" in texts
    # A field without wording of its own is still reported, by name.
    assert "Kratom (counselling): reported frequency: none \u2192 \u201ctwice a day\u201d" in texts


def test_revision_diff_names_the_record_change_and_only_the_edit() -> None:
    signed = sign(_base(), "Dr A. Example", "MD", AT, catalog=get_catalog(), today=TODAY)
    revision = edits.set_field(revise(signed, AT), ("modules", "meds", "items", "oxy", "dose"), 7.5)
    diff = diff_plans(signed, revision, get_catalog())
    sections = {d.section for d in diff}
    assert sections == {"Record", "Medicines"}
    assert Difference("Record", "revision 1 \u2192 2") in diff
    assert Difference("Record", "final, signed off by Dr A. Example, MD at 2026-11-25 09:30 UTC \u2192 draft, not signed off") in diff
    assert Difference("Medicines", "Oxycodone: 5 mg \u2192 7.5 mg, 3 times a day") in diff


@settings(max_examples=40, deadline=None)
@given(a=care_plans(), b=care_plans())
def test_any_content_difference_is_reported(a: CarePlan, b: CarePlan) -> None:
    catalog = get_catalog()
    assert diff_plans(a, a, catalog) == []
    # Same id and timestamps, so only content can differ.
    b = b.model_copy(update={"id": a.id, "created_at": a.created_at, "updated_at": a.updated_at})
    if _without_item_ids(a.model_dump()) != _without_item_ids(b.model_dump()):
        assert diff_plans(a, b, catalog) != []


def _without_item_ids(value: object) -> object:
    # Item ids are bookkeeping: a module removed and added back unchanged is no clinical difference.
    if isinstance(value, dict):
        return {k: _without_item_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_item_ids(v) for v in value]
    return value
