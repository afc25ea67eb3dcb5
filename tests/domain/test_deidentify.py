"""De-identification is structural: identifiers in free text are found and named, ids and numbers never touched."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from careplan.domain.deidentify import IdentifiersFound, check_deidentified, find_identifiers, fold, identifiers_in_text
from careplan.domain.plan import (
    CarePlan,
    ExercisePrescription,
    FlarePlan,
    Goal,
    MedicationItem,
    MedicationModule,
    Patient,
    PhysiotherapyModule,
    TemplateInfo,
)
from careplan.storage.templates import make_template, template_file_name

ZOE = Patient(name="Zoë Ann-Marie Ñúñez-Li", record_number="A-1002", date_of_birth=date(1961, 3, 4))


def kinds(text: str, patient: Patient | None = ZOE) -> list[str]:
    return [kind for kind, _ in identifiers_in_text(text, patient)]


@pytest.mark.parametrize("text", ["Zoe walks daily", "ZOË", "Nunez family", "Ann-Marie's goal", "Marie", "Li said yes",
                                  "Ñúñez-Li"])
def test_name_parts_are_found_hyphenated_short_and_accent_folded(text: str) -> None:
    assert kinds(text) == ["name"] * len(kinds(text)) and kinds(text)


@pytest.mark.parametrize("text", ["light exercise", "glute bridge", "annual review", "lisinopril", "li"])
def test_ordinary_lowercase_words_are_not_names(text: str) -> None:
    assert kinds(text, Patient(name="Li Bridge Ann")) == []


@pytest.mark.parametrize("text", ["1961-03-04", "04/03/1961", "03/04/1961", "4.3.61", "04-03-1961", "4 March 1961",
                                  "March 4, 1961", "4th of Mar 1961", "19610304"])
def test_the_date_of_birth_is_found_in_common_spellings(text: str) -> None:
    assert kinds(f"born {text} in town") == ["date_of_birth"]


@pytest.mark.parametrize(("text", "kind"), [
    ("chart A1002", "record_number"), ("ref a-1002", "record_number"), ("1002", "record_number"),
    ("call 555 1234", "phone"), ("+44 20 7946 0018", "phone"), ("(512) 555-0100", "phone"), ("1-800-222-1222", "phone"),
    ("mail zoe@example.org", "email"), ("12 Oak Street", "address"), ("PO Box 42", "address"), ("SW1A 1AA", "address"),
    ("Austin, TX 78701", "address"), ("MRN 123456", "record_like"), ("NHS 9434765919", "nhs_number"),
    ("seen 2019-06-02", "date"),
])
def test_identifier_patterns(text: str, kind: str) -> None:
    assert kinds(text)[0] == kind


@pytest.mark.parametrize("text", ["30 minutes", "10 20 30 40 reps", "PEG-3 score 4/10", "CYP3A4 inhibitors", "call 911 or 988",
                                  "Samaritans 116 123", "review 12/2026", "take 1/2 tablet", "walk 10000 steps",
                                  "10-12 reps, 3 sets", "4 g a day"])
def test_everyday_clinical_text_is_not_an_identifier(text: str) -> None:
    assert kinds(text, Patient(name="Mary Bridge", record_number="30", date_of_birth=date(1961, 3, 4))) == []


def test_fold() -> None:
    assert fold("Zoë Ñúñez Đặng Øyvind Straße") == "zoe nunez dang oyvind strasse"


def _plan(patient: Patient, **changes: object) -> CarePlan:
    plan = CarePlan(
        title="Knee pain",
        patient=patient,
        goals=[Goal(id="g1", text="Walk 30 minutes")],
        modules=[
            MedicationModule(id="meds", items=[MedicationItem(id="m1", drug="ibuprofen", dose=400, times_per_day=3,
                                                              route="oral", purpose="pain")]),
            PhysiotherapyModule(id="physio", exercises=[ExercisePrescription(id="e1", exercise="bridge", sets=2, reps=10)]),
        ],
        flare_plan=FlarePlan(steps=["Rest", "Heat pack 15 minutes"]),
        status="draft",
    )
    return plan.model_copy(update=changes)


@pytest.mark.parametrize("name", ["Mary Bridge", "Ann Draft", "Li Oral", "Ibu Profen"])
def test_ids_codes_and_numbers_are_never_read_or_rewritten(name: str) -> None:
    # The first release turned exercise id "bridge" into "[patient]" and failed on "Draft" or "Oral".
    plan = _plan(Patient(name=name, record_number="30"))
    template = make_template(plan, TemplateInfo())
    assert template.modules[1].exercises[0].exercise == "bridge"  # type: ignore[union-attr]
    assert template.modules[0].items[0].route == "oral" and template.status == "draft"  # type: ignore[union-attr]
    assert template.goals[0].text == "Walk 30 minutes"


def test_each_hit_names_its_field_by_path_and_for_a_reader() -> None:
    plan = _plan(ZOE, goals=[Goal(id="g1", text="Walk"), Goal(id="g2", text="Zoe walks")],
                 flare_plan=FlarePlan(steps=["Rest", "Call 020 7946 0018"]))
    hits = find_identifiers(plan)
    assert [(h.path, h.where, h.kind) for h in hits] == [
        (("goals", "g2", "text"), "goals[1].text", "name"),
        (("flare_plan", "steps", 1, "text"), "flare_plan.steps[1].text", "phone"),
    ]
    with pytest.raises(IdentifiersFound) as info:
        check_deidentified(plan)
    assert str(info.value).startswith("goals[1].text contains the patient's name ('Zoe') (and 1 more)")


def test_a_template_without_a_patient_is_checked_for_patterns_only() -> None:
    template = _plan(Patient()).model_copy(update={"format": "careplan-template", "patient": None,
                                                  "notes": "Ask Zoe; call 555 1234"})
    assert [(h.kind, h.found) for h in find_identifiers(template)] == [("phone", "555 1234")]
    assert [h.kind for h in find_identifiers(template, ZOE)] == ["name", "phone"]


def test_template_file_names_come_from_the_template_title() -> None:
    template = make_template(_plan(ZOE, title="Plan for a patient"), TemplateInfo(), title="Knee OA \u2013 conservative (tier 1)")
    assert template_file_name(template) == "knee-oa-conservative-tier-1.careplan.json"
    assert template_file_name(template.model_copy(update={"title": "\u738b"})) == "template.careplan.json"


def test_phonenumbers_loads_only_when_a_text_could_hold_a_phone_number() -> None:
    # The window imports deidentify at start (its words for each kind of identifier); phonenumbers
    # (~60 modules) waits for a text with enough digits to be a phone number.
    probe = (
        "import sys\n"
        "from careplan.domain.identifier_text import identifiers_in_text\n"
        "before = 'phonenumbers' in sys.modules\n"
        "plain = identifiers_in_text('Walk 20 minutes a day, 3 days a week')\n"
        "middle = 'phonenumbers' in sys.modules\n"
        "found = identifiers_in_text('Call her on 020 7946 0958 after 5pm')\n"
        "print(before, middle, 'phonenumbers' in sys.modules, plain == [], any(kind == 'phone' for kind, _ in found))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root).stdout.split()
    assert out == ["False", "False", "True", "True", "True"]
