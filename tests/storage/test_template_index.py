"""The template index: nothing parsed twice, changed files parsed again, a damaged index rebuilt.

Counts only (files parsed); how fast the picker opens is measured by ``python -m benchmarks``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import careplan.storage.plan_files as plan_files
from careplan.resources import templates_dir
from careplan.storage.errors import PlanFileError
from careplan.storage.template_index import INDEX_VERSION, TemplateIndex
from careplan.storage.templates import TemplateLibrary


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every file parsed by load_plan, whoever asks (the index, the library, a test)."""
    seen: list[Path] = []
    original = plan_files.load_plan

    def counting(path: Path, *args: object, **kwargs: object) -> object:
        seen.append(Path(path))
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_files, "load_plan", counting)
    monkeypatch.setattr("careplan.storage.template_index.load_plan", counting)
    monkeypatch.setattr("careplan.storage.templates.load_plan", counting)
    return seen


def _own_templates(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    source = sorted(templates_dir().glob("*.careplan.json"))[0]
    paths = []
    for n in range(count):
        data = json.loads(source.read_text(encoding="utf-8"))
        data["id"], data["title"] = f"own-{n}", f"Own template {n}"
        path = folder / f"own-{n}.careplan.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        paths.append(path)
    return paths


def test_second_listing_parses_nothing_and_a_new_index_object_reads_the_saved_one(tmp_path: Path, parses: list[Path]) -> None:
    _own_templates(tmp_path / "own", 12)
    (tmp_path / "own" / "broken.careplan.json").write_text("{", encoding="utf-8")
    index_file = tmp_path / "data" / "template-index.json"
    library = TemplateLibrary([tmp_path / "own"], index=TemplateIndex(index_file))
    first = library.entries()
    builtin = len(list(templates_dir().glob("*.careplan.json")))
    assert len(parses) == builtin + 13  # every file once, the broken one included
    assert any("broken.careplan.json" in p for p in library.problems)
    parses.clear()
    assert library.entries() == first
    assert parses == []  # nothing parsed twice in this session ...
    fresh = TemplateLibrary([tmp_path / "own"], index=TemplateIndex(index_file))
    assert fresh.entries() == first
    assert parses == []  # ... nor in the next one, which reads the saved index
    assert any("broken.careplan.json" in p for p in fresh.problems)  # problems are remembered too


def test_choosing_a_template_parses_only_its_file(tmp_path: Path, parses: list[Path]) -> None:
    paths = _own_templates(tmp_path / "own", 5)
    library = TemplateLibrary([tmp_path / "own"], index=TemplateIndex(tmp_path / "index.json"))
    library.entries()
    parses.clear()
    assert library.load("own-3").title == "Own template 3"
    assert parses == [paths[3]]


def test_a_changed_file_is_parsed_again_and_a_removed_one_forgotten(tmp_path: Path, parses: list[Path]) -> None:
    paths = _own_templates(tmp_path / "own", 4)
    index = TemplateIndex(tmp_path / "index.json")
    library = TemplateLibrary([tmp_path / "own"], include_builtin=False, index=index)
    library.entries()
    data = json.loads(paths[1].read_text(encoding="utf-8"))
    data["title"] = "Renamed, a longer title"
    paths[1].write_text(json.dumps(data), encoding="utf-8")
    os.utime(paths[1], ns=(1, 1))  # an mtime of its own, whatever the clock's resolution
    paths[2].unlink()
    parses.clear()
    titles = {e.id: e.title for e in library.entries()}
    assert parses == [paths[1]]
    assert titles == {"own-0": "Own template 0", "own-1": "Renamed, a longer title", "own-3": "Own template 3"}
    saved = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert sorted(Path(k).name for k in saved["files"]) == ["own-0.careplan.json", "own-1.careplan.json", "own-3.careplan.json"]


@pytest.mark.parametrize("content", ["{", '{"format": "careplan-template-index", "version": 99, "files": {}}',
                                     '{"format": "careplan-template-index", "version": 1, "careplan": "0.0.1", "files": {}}'])
def test_a_damaged_or_foreign_index_is_rebuilt_from_the_files(tmp_path: Path, parses: list[Path], content: str) -> None:
    _own_templates(tmp_path / "own", 3)
    index_file = tmp_path / "index.json"
    index_file.write_text(content, encoding="utf-8")
    entries = TemplateLibrary([tmp_path / "own"], include_builtin=False, index=TemplateIndex(index_file)).entries()
    assert sorted(e.id for e in entries) == ["own-0", "own-1", "own-2"]
    assert len(parses) == 3
    assert json.loads(index_file.read_text(encoding="utf-8"))["version"] == INDEX_VERSION


def test_a_file_swapped_after_listing_is_refused_not_used(tmp_path: Path) -> None:
    paths = _own_templates(tmp_path / "own", 2)
    library = TemplateLibrary([tmp_path / "own"], include_builtin=False, index=TemplateIndex(tmp_path / "index.json"))
    library.entries()
    paths[0].write_text(paths[1].read_text(encoding="utf-8"), encoding="utf-8")  # now holds own-1
    with pytest.raises(PlanFileError, match="changed since it was listed"):
        library.load("own-0")
