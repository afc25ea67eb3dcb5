"""Templates: identifiers stripped, library listing, plans made from templates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from careplan.domain.deidentify import IdentifiersFound
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    FollowUp,
    Goal,
    KratomModule,
    MedicationItem,
    MedicationModule,
    Patient,
    TemplateInfo,
)
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import parse_document, plan_to_json, save_plan
from careplan.storage.templates import KratomCautionsRequired, TemplateLibrary, make_template, plan_from_template


def _identified_plan(**changes: object) -> CarePlan:
    plan = CarePlan(
        title="Low back pain, conservative",
        patient=Patient(name="Zoë Ñúñez", record_number="A-1002", date_of_birth=date(1961, 3, 4), age=65,
                        conditions=["ckd"]),
        goals=[Goal(text="Walk to the shop", due=date(2027, 2, 1))],
        modules=[
            MedicationModule(items=[MedicationItem(drug="ibuprofen", dose=400, times_per_day=3,
                                                   start=date(2026, 10, 2), instructions="with food")]),
            KratomModule(cautions_accepted=True, cautions_accepted_by="Dr A", reported_amount="2 teaspoons",
                         reported_frequency="twice a day", source="smoke shop", withdrawal_symptoms="yawning",
                         cautions_discussed=["not-approved"], monitoring=["liver function tests"], follow_up_weeks=4),
        ],
        follow_up=FollowUp(interval_weeks=4, next_visit=date(2026, 12, 22)),
        acknowledgements=[Acknowledgement(rule="NSAID-CONDITION", reason="A-1002 renal function checked")],
        notes="Review kidney function",
    )
    return plan.model_copy(update=changes)


def test_template_is_the_clinical_content_without_the_patient() -> None:
    plan = _identified_plan()
    template = make_template(plan, TemplateInfo(description="d", tags=["lbp"]))
    text = plan_to_json(template)
    for ident in ("Zoë", "Ñúñez", "A-1002", "1961-03-04", "2027-02-01", "2026-12-22", "2026-10-02"):
        assert ident not in text, ident
    assert template.patient is None and template.is_template
    assert template.acknowledgements == []
    # Everything clinical is kept exactly, numbers and free text alike; only the part ids are new
    # (a hand-made id may spell an identifier).
    assert template.modules[0].id != plan.modules[0].id
    new_item = template.modules[0].items[0]  # type: ignore[union-attr]
    assert new_item == plan.modules[0].items[0].model_copy(update={"start": None, "id": new_item.id})  # type: ignore[union-attr]
    assert template.notes == "Review kidney function" and template.goals[0].text == "Walk to the shop"


def test_template_clears_the_patients_kratom_use_and_acceptance() -> None:
    template = make_template(_identified_plan(), TemplateInfo())
    kratom = template.kratom_module()
    assert kratom is not None
    assert (kratom.reported_amount, kratom.reported_frequency, kratom.source, kratom.withdrawal_symptoms) == ("", "", "", "")
    assert not kratom.cautions_accepted and kratom.cautions_accepted_by == "" and kratom.cautions_accepted_at is None
    # The counselling stays.
    assert kratom.cautions_discussed == ["not-approved"] and kratom.follow_up_weeks == 4
    # Saved and loaded again, the template still holds the module unaccepted.
    assert parse_document(json.loads(plan_to_json(template))) == template


def test_every_plan_from_a_kratom_template_asks_for_acceptance_again() -> None:
    template = make_template(_identified_plan(), TemplateInfo())
    for nobody in (None, "", "   ", "\t"):  # a name of spaces names nobody
        with pytest.raises(KratomCautionsRequired, match="cautions must be accepted"):
            plan_from_template(template, kratom_accepted_by=nobody)
    plan = plan_from_template(template, kratom_accepted_by=" Dr B ")
    kratom = plan.kratom_module()
    assert kratom is not None and kratom.cautions_accepted and kratom.cautions_accepted_by == "Dr B"
    assert parse_document(json.loads(plan_to_json(plan))).kratom_module() == kratom


@pytest.mark.parametrize(
    ("changes", "where", "kind"),
    [
        ({"notes": "Zoe prefers mornings"}, "notes", "name"),  # accent-folded
        ({"title": "Plan for NUNEZ"}, "title", "name"),
        ({"notes": "Born 4 March 1961"}, "notes", "date_of_birth"),
        ({"notes": "DOB 04.03.1961"}, "notes", "date_of_birth"),
        ({"notes": "Chart A1002"}, "notes", "record_number"),
        ({"notes": "call 020 7946 0018"}, "notes", "phone"),
        ({"notes": "zoe@example.org"}, "notes", "email"),
        ({"notes": "lives at 12 Oak Street"}, "notes", "address"),
    ],
)
def test_identifiers_in_free_text_are_refused_naming_the_field(changes: dict[str, object], where: str, kind: str) -> None:
    with pytest.raises(IdentifiersFound) as info:
        make_template(_identified_plan(**changes), TemplateInfo())
    hit = info.value.hits[0]
    assert (hit.where, hit.path, hit.kind) == (where, (where,), kind)
    assert str(info.value).startswith(f"{where} contains")


def test_library_lists_builtin_and_personal(tmp_path: Path) -> None:
    own = make_template(_identified_plan(), TemplateInfo(tier=2), template_id="my-own", title="My own")
    save_plan(own, tmp_path / "my-own.careplan.json")
    (tmp_path / "broken.careplan.json").write_text("{", encoding="utf-8")
    library = TemplateLibrary([tmp_path])
    entries = {e.id: e for e in library.entries()}
    assert len([e for e in entries.values() if e.builtin]) >= 5
    assert entries["my-own"].tier == 2 and not entries["my-own"].builtin
    assert any("broken.careplan.json" in p for p in library.problems)
    assert library.load("my-own").title == "My own"
    with pytest.raises(PlanFileError, match="no template with id 'nope'"):
        library.load("nope")


def test_plan_from_template_is_a_fresh_draft() -> None:
    template = make_template(_identified_plan(), TemplateInfo())
    plan = plan_from_template(template, kratom_accepted_by="Dr B")
    assert plan.format == "careplan" and plan.template is None
    assert plan.patient == Patient()
    assert plan.id != template.id
    assert plan.modules[0] == template.modules[0]


def test_every_builtin_template_is_a_complete_plan() -> None:
    entries = [e for e in TemplateLibrary().entries() if e.builtin]
    titles = " ".join(e.title.lower() for e in entries)
    for topic in ("low back", "knee", "neuropathic", "fibromyalgia", "neck"):
        assert topic in titles
    for entry in entries:
        template = TemplateLibrary().load(entry.id)
        assert template.goals and template.modules and template.follow_up.interval_weeks
        assert template.flare_plan.steps
        assert entry.description


def test_a_revised_plan_saves_as_a_template_without_its_history() -> None:
    """Revision 2 names the signed revision 1 it replaces; the template starts a history of its own."""
    from careplan.domain.catalog import load_catalog
    from careplan.domain.lifecycle import revise, sign

    plan = _identified_plan().model_copy(update={"acknowledgements": []})
    revised = revise(sign(plan, "Dr A. Example", catalog=load_catalog()))
    assert revised.supersedes is not None and revised.revision == 2
    template = make_template(revised.model_copy(update={"notes": ""}), TemplateInfo(description="d"))
    assert (template.revision, template.supersedes, template.signed_off, template.status) == (1, None, None, "draft")


def test_a_template_drops_the_patients_measures_monitoring_and_tapers() -> None:
    from pathlib import Path

    from careplan.domain.plan import TemplateInfo
    from careplan.storage.plan_files import load_plan
    from careplan.storage.templates import template_content

    examples = Path(__file__).resolve().parents[2] / "examples"
    for name in ("morphine-taper.careplan.json", "measures-three-visits.careplan.json"):
        template = template_content(load_plan(examples / name), TemplateInfo())
        assert template.measures == [] and template.monitoring == []
        assert all(item.taper is None for item in template.medication_items())
