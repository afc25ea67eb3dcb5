"""The compiled catalog's file: in the cache folder (CAREPLAN_CACHE_DIR in tests), owner-only, read back
by the next load; a damaged file or a pipe in its place means validating the JSON again."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from careplan.domain import compiled_catalog
from careplan.domain.catalog import load_catalog
from careplan.domain.compiled_catalog import bundled, digest, unpack, use_store
from careplan.resources import catalog_dir
from careplan.storage.catalog_cache import FILE_NAME, FileStore, install


@pytest.fixture
def no_store_after() -> Iterator[None]:
    yield
    use_store(None)
    load_catalog.cache_clear()


def test_install_keeps_the_copy_in_the_cache_folder_owner_only(tmp_path: Path, no_store_after: None) -> None:
    store = install()
    assert store.path == Path(os.environ["CAREPLAN_CACHE_DIR"]) / FILE_NAME  # set by tests/conftest.py
    load_catalog.cache_clear()
    first = bundled()
    assert first is not None and store.path.is_file()
    assert unpack(store.path.read_bytes(), digest(catalog_dir())) is not None
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert not list(store.path.parent.glob("*.bak"))
    use_store(store)  # a new process: read back from the file
    second = bundled()
    assert second is not None and second.catalog == first.catalog
    assert load_catalog().data == second.catalog


def test_a_corrupt_file_is_replaced_by_a_validated_copy(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "c" / FILE_NAME)
    compiled_catalog.load(catalog_dir(), store)
    good = store.path.read_bytes()
    store.path.write_bytes(good[: len(good) // 3])
    loaded = compiled_catalog.load(catalog_dir(), store)
    assert loaded.catalog == compiled_catalog.validate(catalog_dir()).catalog
    assert store.path.read_bytes() == good


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_in_place_of_the_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    os.mkfifo(path)
    assert FileStore(path).read() is None
