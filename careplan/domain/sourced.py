"""The base of every catalog fact: a source (citation, grade, url) and the date it was reviewed."""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Catalog models build their validators on first use, not at import (issue 25): a process that
# reads the compiled catalog (careplan/domain/compiled_catalog.py) never validates catalog JSON,
# and building ~100 validators at import cost ~100 ms of CPU and ~15 MiB per process.
CATALOG_CONFIG = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Strict(BaseModel):
    """Catalog models refuse unknown fields (a typo in a data file is a load error) and are frozen."""

    model_config = CATALOG_CONFIG


class Source(Strict):
    """Where a fact comes from. `grade`: V = primary or near-primary copy, S = secondary copy."""

    citation: str = Field(min_length=3)
    url: str | None = None
    grade: Literal["V", "S"] = "V"


class Sourced(Strict):
    """Base for every catalog fact: at least one source and the date it was last reviewed."""

    sources: tuple[Source, ...] = Field(min_length=1)
    reviewed: date
