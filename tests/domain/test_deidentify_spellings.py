"""Identifier spellings that slipped through before issue 24, found after Unicode normalisation; and
the structure a template never carries, reset by the one de-identification path."""

from __future__ import annotations

from datetime import date

import pytest

from careplan.domain.deidentify import IdentifiersFound, deidentify, file_stem, make_template
from careplan.domain.identifier_text import identifiers_in_text, normalise
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    FlarePlan,
    FollowUp,
    Goal,
    KratomModule,
    MedicationItem,
    MedicationModule,
    Patient,
    RevisionRef,
    SignOff,
    TemplateInfo,
)

ZWSP, COMBINING_STROKE, NB_HYPHEN = "\u200b", "\u0336", "\u2011"


def kinds(text: str, patient: Patient | None = None) -> list[str]:
    return [kind for kind, _ in identifiers_in_text(text, patient)]


def test_normalisation_removes_what_hides_digits_and_at_signs() -> None:
    assert normalise(f"9{ZWSP}4{COMBINING_STROKE}3{NB_HYPHEN}476\u00a05919") == "943-476 5919"
    assert normalise("\uff10\uff17\uff17\uff10\uff10 jane\uff20example") == "07700 jane@example"


@pytest.mark.parametrize("text", [
    "NHS 943 476 5919",  # plain
    "ref 943 476 5919",  # no keyword: the check digit tells
    f"ref 943{ZWSP}476{ZWSP}5919",  # zero-width spaces
    "ref 943-476-5919",  # dashes
    f"ref 943{NB_HYPHEN}476\u20135919",  # non-breaking hyphen and en dash
    "".join(f"{d}{COMBINING_STROKE}" for d in "9434765919"),  # combining marks over every digit
    "ref \uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19",  # fullwidth digits
])
def test_an_nhs_number_is_found_however_it_is_broken_up(text: str) -> None:
    assert "nhs_number" in kinds(text)


def test_a_ten_digit_number_with_a_wrong_check_digit_is_not_an_nhs_number() -> None:
    assert "nhs_number" not in kinds("batch 943 476 5918")


@pytest.mark.parametrize("text", ["jane\uff20example.org", "jane@example", "jane@localhost", "jane [at] example [dot] org",
                                  "j.doe(at)clinic.nhs.uk", "jane\ufe6bexample.com"])
def test_e_mail_addresses_with_a_fullwidth_at_or_no_dot(text: str) -> None:
    assert "email" in kinds(f"write to {text} please")


@pytest.mark.parametrize("text", ["04-Mar-1961", "04MAR1961", "March the 4th, 1961", "the 4th of March, 1961", "4th March 1961",
                                  "Mar. 4 '61", "1961-Mar-04", "1961 March 4", "04 03 1961", "4\u20093\u20091961",
                                  "\uff10\uff14/\uff10\uff13/\uff11\uff19\uff16\uff11", f"04{ZWSP}-Mar-1961"])
def test_the_date_of_birth_in_any_common_spelling(text: str) -> None:
    assert kinds(f"born {text}", Patient(date_of_birth=date(1961, 3, 4))) == ["date_of_birth"]


@pytest.mark.parametrize("text", ["07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123", "07700-900-123",
                                  "0412 345 678", "+61 412 345 678", "(512) 555-0100", "\uff10\uff17\uff17\uff10\uff10 900123"])
def test_mobile_and_landline_numbers_of_several_countries(text: str) -> None:
    assert kinds(f"call {text}") and set(kinds(f"call {text}")) <= {"phone", "record_like"}


def test_the_patients_own_country_is_searched_for_phone_numbers() -> None:
    # 0612 345 678 is a valid Dutch mobile number; the Netherlands is one of PHONE_REGIONS, and
    # the patient's own jurisdiction is always added.
    assert "phone" in kinds("tel 06 12345678", Patient(jurisdiction="NL"))


@pytest.mark.parametrize("text", ["30 minutes", "10 20 30 40 reps", "sets 10 15 20 25", "walk 10000 steps", "Samaritans 116 123",
                                  "call 911 or 988", "review 12/2026", "4 g a day", "May 10 to 15 minutes", "take 2 x 500 mg",
                                  "March 2027 review", "PEG 4/10 in 3 months", "dose 1 000 mg", "3 10 1000 mg"])
def test_everyday_clinical_text_stays_clear(text: str) -> None:
    assert kinds(text) == []


def test_file_names_never_come_from_text_that_reads_as_an_identifier() -> None:
    assert file_stem("Knee OA \u2013 tier 1") == "knee-oa-tier-1"
    assert file_stem("Plan 943-476-5919") == ""  # an NHS number, as the stem
    assert file_stem("Plan \uff19\uff14\uff13 \uff14\uff17\uff16 \uff15\uff19\uff11\uff19") == ""  # fullwidth, normalised
    assert file_stem("plan 07700 900123") == ""


def _plan_with_everything() -> CarePlan:
    signed = SignOff(name="Dr A", at="2026-11-24T10:00:00Z")
    return CarePlan(
        title="Low back pain",
        patient=Patient(name="Zoë Ñúñez", record_number="A-1002", date_of_birth=date(1961, 3, 4)),
        goals=[Goal(id="zoe-goal", text="Walk", due=date(2027, 2, 1))],
        modules=[
            MedicationModule(id="mrn-12345678", items=[MedicationItem(id="a-1002-ibu", drug="ibuprofen", dose=400, times_per_day=3,
                                                                      start=date(2026, 11, 1), stop=date(2027, 1, 1))]),
            KratomModule(id="k", status="tapering", product_form="extract", reported_amount="4 g",
                         reported_frequency="daily", duration_months=14, source="a shop on Main St",
                         withdrawal_symptoms="aches", cautions_accepted=True, cautions_accepted_by="Dr A"),
        ],
        flare_plan=FlarePlan(may_take_items=["a-1002-ibu"]),
        follow_up=FollowUp(interval_weeks=4, next_visit=date(2026, 12, 22)),
        acknowledgements=[Acknowledgement(rule="NSAID-CONDITION", reason="MRN 12345678 renal function checked")],
        status="final", signed_off=signed, revision=3,
        supersedes=RevisionRef(id="old", revision=2, signed_off=signed),
    )


def test_the_structure_of_one_patient_and_one_episode_is_reset_and_said() -> None:
    made = deidentify(_plan_with_everything(), TemplateInfo())
    t = made.template
    assert t.patient is None and t.acknowledgements == [] and t.signed_off is None and t.status == "draft"
    assert t.revision == 1 and t.supersedes is None
    assert t.goals[0].due is None and t.follow_up.next_visit is None
    item = t.medication_items()[0]
    assert (item.start, item.stop) == (None, None)
    kratom = t.kratom_module()
    assert kratom is not None and (kratom.status, kratom.product_form, kratom.reported_amount, kratom.source) == (
        "current_use", "unknown", "", "")
    assert kratom.duration_months is None and not kratom.cautions_accepted
    # Every part's id is new (hand-made ids may spell identifiers); the flare plan follows.
    assert {t.goals[0].id, t.modules[0].id, item.id}.isdisjoint({"zoe-goal", "mrn-12345678", "a-1002-ibu"})
    assert t.flare_plan.may_take_items == [item.id]
    assert made.cleared == ("the patient block", "1 acknowledgement", "the sign-off", "the revision history",
                            "the patient's reported kratom use", "4 dates of this episode")


def test_a_template_handed_in_again_is_a_fixed_point() -> None:
    once = make_template(_plan_with_everything(), TemplateInfo())
    twice = deidentify(once, template_id=once.id, keep_ids=True)
    assert twice.cleared == () and twice.template.model_copy(update={"created_at": once.created_at,
                                                                     "updated_at": once.updated_at}) == once


def test_a_templates_own_id_is_kept_only_when_it_cannot_spell_an_identifier() -> None:
    template = make_template(CarePlan(title="Knee"), TemplateInfo())
    assert make_template(template.model_copy(update={"id": "clinic-knee-2"})).id == "clinic-knee-2"
    assert make_template(template).id == template.id  # a UUID Careplan made
    assert make_template(template.model_copy(update={"id": "knee-943-476-5919"})).id != "knee-943-476-5919"


def test_clinician_and_author_text_is_read_for_patterns() -> None:
    plan = CarePlan(title="Knee", clinician={"name": "Dr A, bleep 07700 900123"})
    with pytest.raises(IdentifiersFound) as info:
        make_template(plan, TemplateInfo())
    assert info.value.hits[0].where == "clinician.name"


def test_a_refusal_names_the_field_by_the_plans_own_ids_though_the_template_gets_new_ones() -> None:
    plan = _plan_with_everything().model_copy(update={"goals": [Goal(id="zoe-goal", text="Call 07700 900123")]})
    with pytest.raises(IdentifiersFound) as info:
        make_template(plan, TemplateInfo())
    assert info.value.hits[0].path == ("goals", "zoe-goal", "text")  # the GUI opens this field of the plan
