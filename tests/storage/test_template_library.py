"""The template library: search, duplicate/rename/delete with undo, sharing, and saves that lose no version."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from filelock import FileLock

from careplan.resources import templates_dir
from careplan.storage.plan_files import load_plan
from careplan.storage.template_library import ClinicLibrary, LibraryError, bump_version


@pytest.fixture
def library(tmp_path: Path) -> ClinicLibrary:
    return ClinicLibrary(tmp_path / "personal", tmp_path / "shared")


def _ids(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.item.id for h in hits]


def test_search_by_title_tag_and_content(library: ClinicLibrary) -> None:
    hits = library.search("knee")
    assert hits[0].item.id == "knee-osteoarthritis" and hits[0].matched_in == "title"
    tagged = library.search("harm reduction")
    assert _ids(tagged) == ["kratom-counselling-current-use"] and tagged[0].matched_in == "tag"
    # Content: a medicine, an exercise and a practice that appear in no title, tag or description.
    assert [(h.item.id, h.matched_in) for h in library.search("calf stretch")] == [("diabetic-peripheral-neuropathy", "content")]
    assert [(h.item.id, h.matched_in) for h in library.search("liver function")] == [("kratom-counselling-current-use", "content")]
    assert [(h.item.id, h.matched_in) for h in library.search("lidocaine")] == [("post-herpetic-neuralgia", "description")]
    bridge = library.search("bridge")
    assert {"chronic-low-back-pain", "hip-osteoarthritis"} <= set(_ids(bridge)) and all(h.matched_in == "content" for h in bridge)
    assert "chronic-post-surgical-pain" in _ids(library.search("body scan"))
    # Every word must match, case and accents ignored; title matches come first.
    assert _ids(library.search("OSTÉOARTHRITIS hip")) == ["hip-osteoarthritis"]
    assert library.search("no such words anywhere") == []
    assert len(library.search("")) == len(library.items()) >= 13


def test_builtin_templates_are_read_only_but_can_be_duplicated(library: ClinicLibrary) -> None:
    builtin = library.find("knee-osteoarthritis")
    assert builtin.read_only and builtin.source == "built-in"
    with pytest.raises(LibraryError, match="built-in template and cannot be renamed"):
        library.rename(builtin, "Mine")
    with pytest.raises(LibraryError, match="cannot be deleted"):
        library.delete(builtin)
    change = library.duplicate(builtin)
    change.apply()
    copy = load_plan(change.path)
    assert copy.title == "Knee osteoarthritis (copy)" and copy.id != builtin.id and copy.modules == builtin.template.modules
    assert change.path.parent == library.personal and {i.source for i in library.items() if i.id == copy.id} == {"personal"}
    change.revert()  # undo
    assert not change.path.exists() and (templates_dir() / "knee-osteoarthritis.careplan.json").exists()


def test_rename_and_delete_with_undo(library: ClinicLibrary) -> None:
    library.duplicate(library.find("hip-osteoarthritis"), "Hip OA — our clinic").apply()
    mine = next(i for i in library.items() if i.title == "Hip OA — our clinic")
    original = mine.path.read_bytes()
    rename = library.rename(mine, "Hip OA — clinic version")
    rename.apply()
    assert load_plan(mine.path).title == "Hip OA — clinic version" and load_plan(mine.path).id == mine.id
    rename.revert()
    assert mine.path.read_bytes() == original
    delete = library.delete(library.find(mine.id))
    delete.apply()
    assert not mine.path.exists() and mine.id not in [i.id for i in library.items()]
    delete.revert()
    assert mine.path.read_bytes() == original
    # An undo never overwrites a change someone else made meanwhile.
    rename.apply()
    mine.path.write_text(mine.path.read_text(encoding="utf-8").replace("clinic version", "edited elsewhere"), encoding="utf-8")
    with pytest.raises(LibraryError, match="changed by someone else"):
        rename.revert()
    assert "edited elsewhere" in mine.path.read_text(encoding="utf-8")


def _share(library: ClinicLibrary) -> str:
    """Put a copy of a built-in template into the shared folder; return its id."""
    assert library.shared is not None
    library.shared.mkdir(parents=True, exist_ok=True)
    change = library.duplicate(library.find("tension-type-headache"), "Headache — clinic")
    change.path = library.shared / change.path.name
    change.apply()
    return load_plan(change.path).id


def test_two_clinicians_saving_one_shared_template_lose_neither_version(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    alice = ClinicLibrary(tmp_path / "alice", shared)
    bob = ClinicLibrary(tmp_path / "bob", shared)
    template_id = _share(alice)
    a_item, b_item = alice.find(template_id), bob.find(template_id)  # both open the same version
    assert a_item.source == b_item.source == "shared"
    a_version = a_item.template.model_copy(update={"notes": "Alice: add a sleep target"})
    b_version = b_item.template.model_copy(update={"notes": "Bob: shorter flare plan"})
    first = alice.save(a_item, a_version, by="Dr Alice")
    assert not first.conflict and first.path == a_item.path
    second = bob.save(b_item, b_version, by="Dr Bob Ødegård")
    assert second.conflict and second.path != a_item.path
    assert "changed by someone else" in second.message and "(conflict, Dr Bob Ødegård," in second.message and "conflict-dr-bob-odegard" in second.path.name
    on_disk = {load_plan(p).notes: load_plan(p) for p in shared.glob("*.careplan.json")}
    assert set(on_disk) == {"Alice: add a sleep target", "Bob: shorter flare plan"}
    assert on_disk["Alice: add a sleep target"].id == template_id
    assert on_disk["Alice: add a sleep target"].template.version == bump_version(a_item.template.template.version)  # type: ignore[union-attr]
    assert on_disk["Bob: shorter flare plan"].id != template_id  # the library keeps listing both
    assert {i.id for i in bob.items() if i.source == "shared"} == {template_id, on_disk["Bob: shorter flare plan"].id}


def test_simultaneous_saves_keep_every_version(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    template_id = _share(ClinicLibrary(tmp_path / "setup", shared))
    clinicians = [ClinicLibrary(tmp_path / f"c{n}", shared) for n in range(6)]
    items = [c.find(template_id) for c in clinicians]
    results: list[object] = [None] * len(clinicians)

    def save(n: int) -> None:
        results[n] = clinicians[n].save(items[n], items[n].template.model_copy(update={"notes": f"version {n}"}), by=f"Dr {n}")

    threads = [threading.Thread(target=save, args=(n,)) for n in range(len(clinicians))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(not r.conflict for r in results) == 1  # type: ignore[attr-defined]
    notes = sorted(load_plan(p).notes for p in shared.glob("*.careplan.json"))
    assert notes == [f"version {n}" for n in range(len(clinicians))]
    # The lock (a file lock the OS releases) is free again; its empty file may stay.
    FileLock(shared / ".careplan-library.lock").acquire(timeout=0)


def _write(path: Path, data: dict[str, object]) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_refuses_patient_blocks_and_identifiers_naming_the_field(library: ClinicLibrary, tmp_path: Path) -> None:
    base = json.loads((templates_dir() / "hip-osteoarthritis.careplan.json").read_text(encoding="utf-8"))
    base["id"] = "shared-hip"
    with_patient = {**base, "patient": {"name": "Zoë Ñúñez", "record_number": "A-1002"},
                    "goals": [{**base["goals"][0], "text": "Zoë walks to the shop"}]}
    with pytest.raises(LibraryError) as caught:
        library.read_shareable(_write(tmp_path / "p.careplan.json", with_patient))
    assert "patient.name" in str(caught.value) and "patient.record_number" in str(caught.value)
    assert "goals[0].text (the patient's name)" in str(caught.value)
    with_record = {**base, "notes": "Reviewed for MRN 448812 on the ward"}
    with pytest.raises(LibraryError, match=r"notes \(what looks like a record or ID number\)"):
        library.read_shareable(_write(tmp_path / "r.careplan.json", with_record))
    with_phone = {**base, "flare_plan": {**base["flare_plan"], "call_if": "call 555 201 7788 if worse"}}
    with pytest.raises(LibraryError, match=r"flare_plan.call_if \(a phone number\)"):
        library.read_shareable(_write(tmp_path / "t.careplan.json", with_phone))
    with pytest.raises(LibraryError, match="a plan with a patient block"):
        library.read_shareable(Path(__file__).resolve().parents[2] / "examples" / "knee-oa.careplan.json")
    assert not library.personal.exists() or not any(library.personal.iterdir())  # nothing was imported


def test_import_into_the_personal_library_and_export_again(library: ClinicLibrary, tmp_path: Path) -> None:
    base = json.loads((templates_dir() / "hip-osteoarthritis.careplan.json").read_text(encoding="utf-8"))
    source = _write(tmp_path / "from-colleague.careplan.json", {**base, "id": "colleague-hip", "title": "Hip OA (colleague)"})
    change, message = library.import_file(source)
    change.apply()
    assert "Imported 'Hip OA (colleague)'" in message and library.find("colleague-hip").source == "personal"
    with pytest.raises(LibraryError, match="--replace"):
        library.import_file(source)
    replaced, _ = library.import_file(source, replace=True)
    assert replaced.before is not None  # undoable: the old file's bytes
    # A file whose id a built-in template uses comes in as a copy, under a new id.
    _, note = library.import_file(templates_dir() / "knee-osteoarthritis.careplan.json")
    assert "as a copy" in note
    out = tmp_path / "out.careplan.json"
    assert library.export("colleague-hip", out) == out and load_plan(out).title == "Hip OA (colleague)"
    with pytest.raises(LibraryError, match="already exists"):
        library.export("colleague-hip", out)
    with pytest.raises(LibraryError, match="no template with id"):
        library.export("nope", tmp_path / "x.careplan.json")
