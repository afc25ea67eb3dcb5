"""The measurement instruments a plan records per visit (PEG, PHQ-9, GAD-7, NRS): their items,
scoring rule, severity bands, LOINC codes and licence, read from ``resources/catalog/instruments.json``.

Scoring follows each instrument's published rule (a sum, a mean, or the single answer); the
instrument ids are a file-format contract (DESIGN.md, ``measures``). The plan model validates
answers against these definitions, so this module only reads resources and imports no other
plan module.
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import json
from functools import cache
from pathlib import Path
from typing import Literal, Self

from pydantic import Field, ValidationError, model_validator

from careplan.domain.sourced import Sourced, Strict
from careplan.resources import catalog_dir

InstrumentId = Literal["PEG", "PHQ-9", "GAD-7", "NRS"]
INSTRUMENT_FILE = "instruments.json"


class Band(Strict):
    """A severity band: scores from ``min`` up to the next band's ``min`` carry ``label``."""

    min: float = Field(ge=0)
    label: str = Field(min_length=1)


class Loinc(Sourced):
    """LOINC codes: the panel (questionnaire), the score and each item (empty when not verified)."""

    panel: str | None = Field(default=None, pattern=r"^\d{1,7}-\d$")
    score: str = Field(pattern=r"^\d{1,7}-\d$")
    items: tuple[str, ...] = ()


class Licence(Sourced):
    """May the instrument be reproduced? ``free_to_reproduce`` None means no terms were found."""

    terms: str = Field(min_length=10)
    free_to_reproduce: bool | None


class Instrument(Sourced):
    """One instrument: ``item_labels`` are Careplan's own short names for the items."""

    id: InstrumentId
    name: str
    item_labels: tuple[str, ...] = Field(min_length=1)
    item_min: int = Field(ge=0)
    item_max: int = Field(ge=1)
    answer_labels: tuple[str, ...] = ()
    score: Literal["sum", "mean", "single"]
    score_decimals: int = Field(ge=0, le=2)
    bands: tuple[Band, ...] = ()
    # 1-based number of an item whose positive answer is a safety signal (PHQ-9 item 9).
    safety_item: int | None = None
    loinc: Loinc
    licence: Licence

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        count = len(self.item_labels)
        if self.item_max <= self.item_min:
            raise ValueError(f"{self.id}: item_max must be above item_min")
        if self.answer_labels and len(self.answer_labels) != self.item_max - self.item_min + 1:
            raise ValueError(f"{self.id}: one answer label per possible answer")
        if self.loinc.items and len(self.loinc.items) != count:
            raise ValueError(f"{self.id}: one LOINC item code per item, or none")
        if self.score == "single" and count != 1:
            raise ValueError(f"{self.id}: a single-answer score needs exactly one item")
        if self.safety_item is not None and not 1 <= self.safety_item <= count:
            raise ValueError(f"{self.id}: the safety item is not one of its items")
        mins = [b.min for b in self.bands]
        if mins and (mins != sorted(mins) or mins[0] != self.score_min):
            raise ValueError(f"{self.id}: bands must rise and start at the lowest score")
        return self

    @property
    def item_count(self) -> int:
        return len(self.item_labels)

    @property
    def score_min(self) -> float:
        return self.item_min * self.item_count if self.score == "sum" else self.item_min

    @property
    def score_max(self) -> float:
        return self.item_max * self.item_count if self.score == "sum" else self.item_max

    def total(self, answers: list[int] | tuple[int, ...]) -> float:
        """The score by the instrument's published rule (answers already validated)."""
        if self.score == "sum":
            return float(sum(answers))
        if self.score == "mean":
            return sum(answers) / len(answers)
        return float(answers[0])

    def band(self, score: float) -> str | None:
        """The severity band's label, or None for an instrument without bands."""
        found = None
        for band in self.bands:
            if score >= band.min:
                found = band.label
        return found

    def answer_problem(self, answers: list[int] | tuple[int, ...]) -> str | None:
        """Why these answers cannot be scored (wrong count, out of range), or None."""
        if len(answers) != self.item_count:
            return f"{self.id} has {self.item_count} item(s); got {len(answers)} answer(s)"
        for number, answer in enumerate(answers, start=1):
            if not self.item_min <= answer <= self.item_max:
                return f"{self.id} item {number} is scored {self.item_min} to {self.item_max} (got {answer})"
        return None


class ChangeBand(Strict):
    min_percent: float = Field(gt=0, le=100)
    label: str


class ChangeBands(Sourced):
    """How large a fall in a pain measure matters (IMMPACT): the measures it applies to and bands."""

    measures: tuple[InstrumentId, ...]
    bands: tuple[ChangeBand, ...] = Field(min_length=1)

    def label(self, percent_lower: float) -> str | None:
        """The band a fall of ``percent_lower`` % reaches, or None below the first."""
        found = None
        for band in self.bands:
            if percent_lower >= band.min_percent - 1e-9:
                found = band.label
        return found


class InstrumentTable(Strict):
    instruments: tuple[Instrument, ...]
    change: ChangeBands

    @model_validator(mode="after")
    def _each_once(self) -> Self:
        ids = [i.id for i in self.instruments]
        if len(ids) != len(set(ids)):
            raise ValueError("an instrument is defined twice")
        return self


class InstrumentError(ValueError):
    """The instrument file is missing or does not validate."""


@cache
def load_instruments() -> InstrumentTable:
    """The bundled instrument definitions, validated once per process (or their compiled copy)."""
    from careplan.domain.compiled_catalog import bundled

    compiled = bundled()
    if compiled is not None and compiled.instruments is not None:
        return compiled.instruments
    return read_instruments(catalog_dir())


def read_instruments(folder: Path) -> InstrumentTable:
    """Read and validate the instrument definitions in ``folder`` (InstrumentError when they fail)."""
    path = folder / INSTRUMENT_FILE
    try:
        return InstrumentTable.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise InstrumentError(f"catalog file {INSTRUMENT_FILE} is missing") from None
    except (json.JSONDecodeError, ValidationError) as exc:
        raise InstrumentError(f"catalog file {INSTRUMENT_FILE} does not validate: {exc}") from None


def instrument(instrument_id: str) -> Instrument:
    """The definition of one instrument; KeyError when the catalog lacks it."""
    for found in load_instruments().instruments:
        if found.id == instrument_id:
            return found
    raise KeyError(instrument_id)
