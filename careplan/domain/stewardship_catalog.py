"""Stewardship facts (``resources/catalog/stewardship.json``): taper-rate guidance per drug class,
what counts as long-term use, the classes never to stop abruptly, withdrawal signs in patient
words, and the monitoring intervals. Every fact is sourced and dated; rules read them by class,
never by a drug id written in code."""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator

from careplan.domain.catalog import CatalogError, CatalogIndex, load_catalog
from careplan.domain.catalog_model import check_wording
from careplan.domain.plan_stewardship import MonitoringKind
from careplan.domain.sourced import Sourced, Strict
from careplan.resources import catalog_dir

STEWARDSHIP_FILE = "stewardship.json"


class TaperGuidance(Sourced):
    """The fastest pace a guideline accepts for a class: ``max_percent`` every ``per_days``, of
    the starting amount a day or of the amount before (``basis``), for long- or short-term use."""

    id: str
    classes: tuple[str, ...] = Field(min_length=1)
    use: Literal["long_term", "short_term", "any"]
    max_percent: float = Field(gt=0, le=100)
    per_days: int = Field(ge=1, le=365)
    basis: Literal["starting", "previous"]
    meaning: str = Field(min_length=10)


class LongTermUse(Sourced):
    days: int = Field(ge=1)
    meaning: str


class NoAbruptStop(Sourced):
    classes: tuple[str, ...] = Field(min_length=1)
    meaning: str


class Withdrawal(Sourced):
    """Withdrawal signs and who to call, in patient words per language (English required)."""

    classes: tuple[str, ...] = Field(min_length=1)
    signs: dict[str, tuple[str, ...]]
    call_us: dict[str, str]
    emergency: dict[str, str]

    @field_validator("signs")
    @classmethod
    def _signs(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        if not value.get("en"):
            raise ValueError("withdrawal signs need their English wording")
        for signs in value.values():
            for sign in signs:
                check_wording(sign)
        return value

    @field_validator("call_us", "emergency")
    @classmethod
    def _words(cls, value: dict[str, str]) -> dict[str, str]:
        if not value.get("en", "").strip():
            raise ValueError("patient wording needs its English text")
        for text in value.values():
            check_wording(text)
        return value


class MonitoringInterval(Sourced):
    """How often a monitoring task is due for plans with medicines of ``classes`` (None: once,
    with no repeat interval); ``rescue_in_plan_counts``: a rescue medicine in the plan stands for
    the entry (naloxone prescribed is naloxone offered)."""

    def applies_in(self, country: str | None) -> bool:
        return not self.countries or country is None or country in self.countries

    kind: MonitoringKind
    classes: tuple[str, ...] = Field(min_length=1)
    interval_days: int | None = Field(default=None, ge=1)
    rescue_in_plan_counts: bool = False
    # Countries (ISO 3166-1) whose guidance asks for it; empty: everywhere. A plan whose
    # country is not recorded is asked (the cautious reading).
    countries: tuple[str, ...] = ()
    label: str
    meaning: str


class StewardshipCatalog(Strict):
    taper_guidance: tuple[TaperGuidance, ...]
    long_term_use: LongTermUse
    no_abrupt_stop: tuple[NoAbruptStop, ...]
    withdrawal: tuple[Withdrawal, ...]
    monitoring: tuple[MonitoringInterval, ...]


@dataclass(frozen=True)
class StewardshipFacts:
    """The validated stewardship facts with lookups by drug class."""

    data: StewardshipCatalog

    def guidance_for(self, classes: Iterable[str], long_term: bool | None) -> TaperGuidance | None:
        """The taper guidance for a medicine of these classes; unknown use takes the long-term
        (slower) row, which is the cautious reading."""
        wanted = set(classes)
        use = "short_term" if long_term is False else "long_term"
        rows = [g for g in self.data.taper_guidance if wanted.intersection(g.classes)]
        return next((g for g in rows if g.use == use), next((g for g in rows if g.use == "any"), None))

    def no_abrupt_stop(self, classes: Iterable[str]) -> NoAbruptStop | None:
        wanted = set(classes)
        return next((row for row in self.data.no_abrupt_stop if wanted.intersection(row.classes)), None)

    def withdrawal(self, classes: Iterable[str]) -> Withdrawal | None:
        wanted = set(classes)
        return next((row for row in self.data.withdrawal if wanted.intersection(row.classes)), None)

    def monitoring(self, kind: str) -> MonitoringInterval | None:
        return next((row for row in self.data.monitoring if row.kind == kind), None)


def _check_classes(data: StewardshipCatalog, catalog: CatalogIndex) -> None:
    known = set(catalog.class_ids)
    named = [(g.id, c) for g in data.taper_guidance for c in g.classes]
    named += [("no_abrupt_stop", c) for row in data.no_abrupt_stop for c in row.classes]
    named += [("withdrawal", c) for row in data.withdrawal for c in row.classes]
    named += [(row.kind, c) for row in data.monitoring for c in row.classes]
    unknown = sorted({f"{where}: {c}" for where, c in named if c not in known})
    if unknown:
        raise CatalogError(f"the stewardship facts name unknown drug classes: {', '.join(unknown)}")


def read_stewardship(text: str, catalog: CatalogIndex) -> StewardshipCatalog:
    """Validate the stewardship file's text against the catalog's classes."""
    try:
        data = StewardshipCatalog.model_validate(json.loads(text))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise CatalogError(f"catalog file {STEWARDSHIP_FILE} does not validate: {exc}") from None
    _check_classes(data, catalog)
    return data


def read_stewardship_file(folder: Path, catalog: CatalogIndex) -> StewardshipCatalog:
    """Read and validate the stewardship file in ``folder`` (CatalogError when it is missing or fails)."""
    path = folder / STEWARDSHIP_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CatalogError(f"catalog file {STEWARDSHIP_FILE} is missing") from None
    return read_stewardship(text, catalog)


@cache
def load_stewardship_facts() -> StewardshipFacts:
    """The bundled stewardship facts, validated once per process (or their compiled copy)."""
    from careplan.domain.compiled_catalog import bundled

    compiled = bundled()
    if compiled is not None and compiled.stewardship is not None:
        return StewardshipFacts(compiled.stewardship)
    return StewardshipFacts(read_stewardship_file(catalog_dir(), load_catalog()))
