"""Where a catalog fact comes from and when it was last reviewed (the base of every fact)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """Where a fact comes from. `grade`: V = primary or near-primary copy, S = secondary copy."""

    citation: str = Field(min_length=3)
    url: str | None = None
    grade: Literal["V", "S"] = "V"


class Sourced(_Strict):
    """Base for every catalog fact: at least one source and the date it was last reviewed."""

    sources: tuple[Source, ...] = Field(min_length=1)
    reviewed: date
