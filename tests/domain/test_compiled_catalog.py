"""The compiled catalog (issue 25): used only when it was made from the same files and model code,
and equal to what validating the files gives; anything else validates the JSON again."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careplan.domain import compiled_catalog
from careplan.domain.catalog import CatalogError
from careplan.domain.compiled_catalog import MODEL_MODULES, Compiled, digest, load, pack, unpack
from careplan.resources import catalog_dir

ROOT = Path(__file__).resolve().parent.parent.parent


class MemoryStore:
    """A store that keeps the bytes in memory and counts the writes."""

    def __init__(self) -> None:
        self.data: bytes | None = None
        self.writes = 0

    def read(self) -> bytes | None:
        return self.data

    def write(self, data: bytes) -> None:
        self.data = data
        self.writes += 1


@pytest.fixture(scope="module")
def validated() -> Compiled:
    return compiled_catalog.validate(catalog_dir())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), copy)
    return copy


def _dumps(compiled: Compiled) -> tuple[object, ...]:
    assert compiled.instruments is not None and compiled.stewardship is not None
    return (compiled.catalog.model_dump(), compiled.handout.model_dump(), compiled.instruments.model_dump(),
            compiled.stewardship.model_dump())


def test_the_compiled_copy_equals_the_validated_catalog(validated: Compiled) -> None:
    store = MemoryStore()
    first = load(catalog_dir(), store)
    assert store.writes == 1
    second = load(catalog_dir(), store)
    assert store.writes == 1  # read back, not validated and written again
    assert second.catalog is not first.catalog
    assert _dumps(second) == _dumps(validated)
    assert second.catalog == validated.catalog and second.handout == validated.handout


def test_a_changed_catalog_file_is_validated_again(folder: Path) -> None:
    store = MemoryStore()
    before = load(folder, store)
    drugs = json.loads((folder / "drugs.json").read_text(encoding="utf-8"))
    drugs[0]["name"] = drugs[0]["name"] + " (changed)"
    (folder / "drugs.json").write_text(json.dumps(drugs), encoding="utf-8")
    after = load(folder, store)
    assert store.writes == 2
    assert after.catalog.drugs[0].name == before.catalog.drugs[0].name + " (changed)"
    assert load(folder, store).catalog.drugs[0].name.endswith("(changed)")


def test_a_new_label_file_changes_the_digest(folder: Path) -> None:
    key = digest(folder)
    label = next((folder / "labels").glob("*.json"))
    shutil.copyfile(label, folder / "labels" / "zz-copy.json.txt")
    assert digest(folder) != key


def test_changed_model_code_or_version_is_validated_again(monkeypatch: pytest.MonkeyPatch, validated: Compiled) -> None:
    store = MemoryStore()
    load(catalog_dir(), store)
    real = compiled_catalog._module_text

    def edited(name: str) -> bytes:
        return real(name) + (b"\n# edited\n" if name == "careplan.domain.catalog_model" else b"")

    monkeypatch.setattr(compiled_catalog, "_module_text", edited)
    assert _dumps(load(catalog_dir(), store)) == _dumps(validated)
    assert store.writes == 2
    monkeypatch.setattr(compiled_catalog, "__version__", "99.0")
    load(catalog_dir(), store)
    assert store.writes == 3


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "magic", "foreign", "wrong-type"])
def test_a_damaged_or_foreign_copy_falls_back_to_validating(damage: str, validated: Compiled, tmp_path: Path) -> None:
    store = MemoryStore()
    load(catalog_dir(), store)
    assert store.data is not None
    key = digest(catalog_dir())
    data = store.data
    marker = tmp_path / "ran"
    if damage == "flip":
        data = data[:-100] + bytes([data[-100] ^ 0x01]) + data[-99:]
    elif damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "empty":
        data = b""
    elif damage == "magic":
        data = b"x" + data[1:]
    else:
        # A well-formed header around a payload that names other globals, or the wrong objects.
        class Evil:
            def __reduce__(self) -> tuple[object, tuple[str]]:
                return (marker.touch, ())  # type: ignore[return-value]

        payload = pickle.dumps(Evil() if damage == "foreign" else (1, 2))
        import hashlib

        data = (compiled_catalog.MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n"
                + payload)
    assert unpack(data, key) is None
    store.data = data
    assert _dumps(load(catalog_dir(), store)) == _dumps(validated)
    assert store.writes == 2  # rewritten whole
    assert unpack(store.data, key) is not None
    assert not marker.exists()


def test_an_unreadable_store_validates(validated: Compiled) -> None:
    class Broken(MemoryStore):
        def read(self) -> bytes | None:
            raise OSError("disk on fire")

        def write(self, data: bytes) -> None:
            raise OSError("read-only")

    assert _dumps(load(catalog_dir(), Broken())) == _dumps(validated)


def test_an_invalid_catalog_still_fails_loudly_and_nothing_is_stored(folder: Path) -> None:
    store = MemoryStore()
    (folder / "thresholds.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"thresholds\.json"):
        load(folder, store)
    assert store.data is None


def test_a_copy_is_packed_for_one_digest_only(validated: Compiled) -> None:
    data = pack(validated, "a" * 64)
    assert unpack(data, "a" * 64) is not None
    assert unpack(data, "b" * 64) is None


def test_the_digest_covers_every_module_the_models_load() -> None:
    probe = ("import sys, careplan.domain.catalog, careplan.domain.handout_catalog, careplan.domain.compiled_catalog; "
             "print('\\n'.join(sorted(m for m in sys.modules if m == 'careplan' or m.startswith('careplan.'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    assert set(loaded) <= set(MODEL_MODULES), sorted(set(loaded) - set(MODEL_MODULES))


def test_a_bad_instrument_or_stewardship_file_is_left_to_its_own_loader(folder: Path) -> None:
    (folder / "instruments.json").write_text("[]", encoding="utf-8")
    (folder / "stewardship.json").write_text("{}", encoding="utf-8")
    store = MemoryStore()
    compiled = load(folder, store)
    assert compiled.instruments is None and compiled.stewardship is None
    again = load(folder, store)
    assert store.writes == 1 and again.instruments is None and again.stewardship is None


def test_a_build_records_every_model_modules_source_hash() -> None:
    root = Path(compiled_catalog.__file__).resolve().parents[2]
    manifest = compiled_catalog.source_manifest(root)
    assert set(manifest) == set(MODEL_MODULES)
    plan_source = root / "careplan" / "domain" / "plan.py"
    assert manifest["careplan.domain.plan"] == __import__("hashlib").sha256(plan_source.read_bytes()).hexdigest()
    assert manifest["careplan"] != manifest["careplan.domain"]  # packages hash their __init__.py


def test_a_module_without_source_is_named_by_the_recorded_hash_not_by_describing_its_code(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # A frozen app: the module's code comes from an archive, no .py file is on disk.
    import importlib.machinery
    import sys
    import types

    class ArchiveLoader:
        def __init__(self) -> None:
            self.asked = 0

        def get_code(self, name: str) -> types.CodeType:
            self.asked += 1
            return compile("x = 1\n", name, "exec")

    loader = ArchiveLoader()
    module = types.ModuleType("careplan_frozen_probe")
    module.__spec__ = importlib.machinery.ModuleSpec("careplan_frozen_probe", loader, origin="/nowhere/probe.pyc")
    monkeypatch.setitem(sys.modules, "careplan_frozen_probe", module)
    monkeypatch.setattr(compiled_catalog, "_shipped_manifest", lambda: {"careplan_frozen_probe": "ab" * 32})
    recorded = compiled_catalog._module_text("careplan_frozen_probe")
    assert recorded.endswith(("ab" * 32).encode()) and loader.asked == 0
    # Without a manifest (or a module it does not list) the code itself is described, as before.
    monkeypatch.setattr(compiled_catalog, "_shipped_manifest", dict)
    described = compiled_catalog._module_text("careplan_frozen_probe")
    assert described != recorded and loader.asked == 1


def test_a_source_install_ships_no_manifest() -> None:
    compiled_catalog._shipped_manifest.cache_clear()
    assert compiled_catalog._shipped_manifest() == {}
