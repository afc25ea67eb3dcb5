"""Every way a template enters or leaves the library goes through ``careplan.domain.deidentify.make_template``:
save as template, import, the personal and shared folders as read, saving and renaming in the library,
export, and plans made from a template (issue 24)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careplan.domain.plan import CarePlan, Goal, KratomModule, TemplateInfo
from careplan.resources import templates_dir
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan
from careplan.storage.template_library import ClinicLibrary, LibraryError
from careplan.storage.templates import TemplateLibrary, make_template, plan_from_template, save_new_template

HIP = templates_dir() / "hip-osteoarthritis.careplan.json"


def _drop(folder: Path, name: str, **changes: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = json.loads(HIP.read_text(encoding="utf-8"))
    data.update(changes)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_file_dropped_in_the_shared_folder_with_an_identifier_is_never_offered(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    _drop(shared, "leaky.careplan.json", id="leaky", notes="Seen with MRN 12345678")
    _drop(shared, "clean.careplan.json", id="clean")
    library = TemplateLibrary([shared], include_builtin=False)
    assert [e.id for e in library.entries()] == ["clean"]
    assert any(p.startswith("leaky.careplan.json: refused: notes contains") for p in library.problems)
    with pytest.raises(PlanFileError, match="no template with id 'leaky'"):
        library.load("leaky")


def test_what_belongs_to_an_episode_is_reset_when_a_folder_template_is_used_or_exported(tmp_path: Path) -> None:
    personal = tmp_path / "personal"
    _drop(personal, "old.careplan.json", id="old-import", status="final", revision=2,
          signed_off={"name": "Dr A", "at": "2026-11-24T10:00:00Z"},
          acknowledgements=[{"rule": "NSAID-CONDITION", "reason": "checked", "at": "2026-11-24T10:00:00Z"}],
          goals=[{"id": "g1", "text": "Walk", "due": "2027-02-01"}])
    template = TemplateLibrary([personal], include_builtin=False).load("old-import")
    assert template.acknowledgements == [] and template.signed_off is None and template.revision == 1
    assert template.goals[0].due is None and template.goals[0].id == "g1"  # ids kept in the library
    library = ClinicLibrary(personal, include_builtin=False)
    out = library.export("old-import", tmp_path / "shared.careplan.json")
    text = out.read_text(encoding="utf-8")
    assert "2027-02-01" not in text and "Dr A" not in text and load_plan(out).id == "old-import"


def test_saving_and_renaming_in_the_library_are_checked_too(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    _drop(shared, "t.careplan.json", id="shared-hip")
    library = ClinicLibrary(tmp_path / "personal", shared, include_builtin=False)
    item = library.find("shared-hip")
    with pytest.raises(LibraryError, match=r"notes \(a phone number\)"):
        library.save(item, item.template.model_copy(update={"notes": "call 07700 900123"}), by="Dr A")
    with pytest.raises(LibraryError, match=r"title \(an NHS number\)"):
        library.rename(item, "Hip 943 476 5919")
    assert load_plan(item.path).notes == item.template.notes  # nothing written


def test_a_plan_from_a_template_never_carries_another_patients_kratom_use() -> None:
    template = CarePlan(format="careplan-template", patient=None, title="Kratom", goals=[Goal(text="Less")],
                        modules=[KratomModule(status="tapering", product_form="extract", reported_amount="4 g", source="shop")])
    plan = plan_from_template(template, kratom_accepted_by="Dr B")
    kratom = plan.kratom_module()
    assert kratom is not None and (kratom.reported_amount, kratom.source, kratom.product_form) == ("", "", "unknown")
    assert kratom.cautions_accepted_by == "Dr B"


def test_save_as_template_never_overwrites_and_names_files_from_checked_titles(tmp_path: Path) -> None:
    plan = CarePlan(title="Knee pain", goals=[Goal(text="Climb stairs")])
    first = save_new_template(tmp_path, make_template(plan, TemplateInfo(), title="Knee OA"))
    second = save_new_template(tmp_path, make_template(plan, TemplateInfo(), title="Knee OA"))
    assert (first.name, second.name) == ("knee-oa.careplan.json", "knee-oa-2.careplan.json")
    odd = save_new_template(tmp_path, make_template(plan, TemplateInfo(), title="Knee \uff21"))
    assert odd.name == "knee-a.careplan.json"
    assert {load_plan(p).title for p in (first, second, odd)} == {"Knee OA", "Knee \uff21"}
