"""Templates: identifiers stripped, library listing, plans made from templates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

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
from careplan.storage.plan_files import plan_to_json, save_plan
from careplan.storage.templates import REDACTED, TemplateLibrary, make_template, plan_from_template


def _identified_plan() -> CarePlan:
    return CarePlan(
        title="Plan for Zoë Ñúñez",
        patient=Patient(name="Zoë Ñúñez", record_number="A-1002", date_of_birth=date(1961, 3, 4), age=65,
                        conditions=["ckd"]),
        goals=[Goal(text="Zoë walks to the shop", due=date(2027, 2, 1))],
        modules=[
            MedicationModule(items=[MedicationItem(drug="ibuprofen", dose=400, times_per_day=3,
                                                   start=date(2026, 10, 2), instructions="Ñúñez: with food")]),
            KratomModule(cautions_accepted=True, cautions_accepted_by="Dr A"),
        ],
        follow_up=FollowUp(interval_weeks=4, next_visit=date(2026, 12, 22)),
        acknowledgements=[Acknowledgement(rule="NSAID-CONDITION", reason="A-1002 renal function checked")],
        notes="Record A-1002, born 1961-03-04",
    )


def test_template_strips_every_identifier() -> None:
    template = make_template(_identified_plan(), TemplateInfo(description="d", tags=["lbp"]))
    text = plan_to_json(template)
    for ident in ("Zoë", "Ñúñez", "A-1002", "1961-03-04", "2027-02-01", "2026-12-22", "2026-10-02"):
        assert ident not in text, ident
    assert template.patient is None
    assert template.is_template
    assert template.acknowledgements == []
    assert REDACTED in template.notes
    assert template.modules[1].kind == "kratom"


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
    plan = plan_from_template(template)
    assert plan.format == "careplan" and plan.template is None
    assert plan.patient == Patient()
    assert plan.id != template.id
    assert plan.modules == template.modules


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
