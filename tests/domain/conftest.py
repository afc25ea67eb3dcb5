"""Shared fixtures for the domain tests: the real bundled catalog."""

from __future__ import annotations

import pytest

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import get_catalog


@pytest.fixture(scope="session")
def catalog() -> CatalogIndex:
    return get_catalog()
