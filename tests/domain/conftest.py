"""Shared fixtures for the domain tests: the real bundled catalog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The package is not installed in every environment that runs the tests; the checkout is.
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from careplan.domain.catalog import CatalogIndex  # noqa: E402
from plan_factory import get_catalog  # noqa: E402


@pytest.fixture(scope="session")
def catalog() -> CatalogIndex:
    return get_catalog()
