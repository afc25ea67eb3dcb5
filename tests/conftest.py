"""Test-wide setup: offscreen Qt, and private data/config folders so tests never touch the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CAREPLAN_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("CAREPLAN_CONFIG_DIR", str(tmp_path / "user-config"))
    yield


@pytest.fixture
def repo_root() -> Path:
    return ROOT
