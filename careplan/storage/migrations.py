"""Explicit migrations from each older schema_version of a plan file to the next one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from careplan.domain.codes import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (pre-release files) named the follow-up interval ``followup_weeks`` at top level."""
    data = dict(data)
    weeks = data.pop("followup_weeks", None)
    if weeks is not None:
        follow_up = dict(data.get("follow_up") or {})
        follow_up.setdefault("interval_weeks", weeks)
        data["follow_up"] = follow_up
    data["schema_version"] = 1
    return data


# MIGRATIONS[n] turns a version-n document into version n + 1.
MIGRATIONS: dict[int, Migration] = {0: _from_0}


class MigrationError(ValueError):
    pass


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a decoded document up to the current schema version, one step at a time."""
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError("'schema_version' is missing or not a whole number")
    if version > SCHEMA_VERSION:
        raise MigrationError(
            f"the file uses schema version {version}, newer than this Careplan understands "
            f"(version {SCHEMA_VERSION}); update Careplan to open it"
        )
    if version < 0:
        raise MigrationError(f"schema version {version} is not valid")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version = data["schema_version"]
    return data
