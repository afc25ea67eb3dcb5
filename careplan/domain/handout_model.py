"""Pydantic schema of the handout's facts: advice a medicine makes unsafe, medicine advice (swallow
whole, missed dose, storage, disposal, driving, naloxone), red flags with one urgency scale, and
the locale of each country (words, date order, generic names, products not sold, regional lines).

Every fact is sourced and dated like the rest of the catalog (:class:`Sourced`). The files live
beside the catalog (``resources/catalog``) and load through :mod:`careplan.domain.handout_catalog`.
Patient wording is per language (``{"en": ...}``) and holds placeholders, never a country's number
or word: ``{names}`` (the plan's medicines concerned), ``{ed}`` (the emergency department's local
name), and the catalog's own (``{emergency}``, ``{poison}``, ``{drug:ID}`` ...).
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import re
from typing import Literal, Self

from pydantic import BaseModel, Field, field_validator, model_validator

from careplan.domain.advice import AdviceKind
from careplan.domain.catalog_model import PLACEHOLDER, HelpLine, Sourced
from careplan.domain.codes import Release, Route
from careplan.domain.sourced import CATALOG_CONFIG

Urgency = Literal["emergency", "same_day", "call_us"]
# Most urgent first: the order every section lists signs in.
URGENCIES: tuple[Urgency, ...] = ("emergency", "same_day", "call_us")

# Placeholders this wording may hold besides the catalog's own.
EXTRA_PLACEHOLDER = re.compile(r"\{(names|ed)\}")


def check_text(text: str) -> str:
    """Patient wording may hold only known placeholders (a stray brace would print)."""
    rest = EXTRA_PLACEHOLDER.sub("", PLACEHOLDER.sub("", text))
    if "{" in rest or "}" in rest:
        raise ValueError(f"unknown placeholder or stray brace in patient wording: {text!r}")
    return text


class _Strict(BaseModel):
    model_config = CATALOG_CONFIG  # validators built on first use (see careplan/domain/sourced.py)


class _Worded(Sourced):
    """A sourced fact with patient wording per language (English required)."""

    patient: dict[str, str]

    @field_validator("patient")
    @classmethod
    def _wording(cls, value: dict[str, str]) -> dict[str, str]:
        if not value.get("en", "").strip():
            raise ValueError("patient wording needs its English text")
        for text in value.values():
            check_text(text)
        return value


class Selector(_Strict):
    """Which medicines a fact concerns.

    A medicine is one of them when it is named (``drugs``), has one of the ``classes`` or one of
    the ``roles`` (all three empty: any medicine), and it meets every restriction given:
    ``routes`` (the item's route), ``release`` (the item's, or what its products imply) and
    ``systemic`` (an NSAID taken for a systemic effect, not a gel).
    """

    drugs: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    routes: tuple[Route, ...] = ()
    release: Release | None = None
    systemic: bool | None = None


class AdviceConflict(_Worded):
    """Advice of one kind that medicines of the selector make unsafe (heat on a fentanyl patch).

    ``mode`` says how the handout words such advice safely: ``qualify`` prints the clinician's
    words followed by ``patient`` (a limit: "never on or near your patch"); ``replace`` prints
    ``patient`` instead of them ("Do not drink alcohol while you take ...").
    """

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: AdviceKind
    when: Selector
    mode: Literal["qualify", "replace"]
    clinician: str = Field(min_length=10)


MedicineTopic = Literal["swallow_whole", "measure", "missed_dose", "storage", "disposal", "driving", "get_naloxone"]
MEDICINE_TOPICS: tuple[MedicineTopic, ...] = (
    "swallow_whole", "measure", "missed_dose", "storage", "disposal", "driving", "get_naloxone")


class MedicineAdvice(_Worded):
    """One piece of advice about taking, keeping or getting rid of medicines of the selector.

    ``countries`` limits it to where it holds (a take-back scheme, the US flush list, where to
    get naloxone); empty means everywhere. ``frequency`` limits it to how the item is taken
    (missed-dose advice differs for a scheduled tablet and a patch).
    """

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    topic: MedicineTopic
    when: Selector | None = None
    countries: tuple[str, ...] = ()
    frequency: tuple[Literal["daily", "interval", "prn"], ...] = ()

    @model_validator(mode="after")
    def _selects(self) -> Self:
        if self.topic != "get_naloxone" and self.when is None:
            raise ValueError(f"{self.id}: medicine advice names the medicines it is about ('when')")
        return self


class RedFlagWhen(_Strict):
    """Whom a red flag concerns: everyone, a pain site (words in the plan's sites and causes),
    medicines (a selector), anyone with a recorded allergy, or a plan with a kratom module."""

    everyone: bool = False
    sites: tuple[str, ...] = ()
    medicines: Selector | None = None
    allergy: bool = False
    kratom: bool = False

    @model_validator(mode="after")
    def _something(self) -> Self:
        if not (self.everyone or self.sites or self.medicines or self.allergy or self.kratom):
            raise ValueError("a red flag says whom it concerns")
        return self


class RedFlagEntry(_Worded):
    """Signs that need help, with how urgently (one scale for every section of the handout).

    ``terms`` are words that name these signs in any text (a flare plan's "call us if", a
    caution): a section that names them must give the same urgency.
    """

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    urgency: Urgency
    when: RedFlagWhen
    terms: tuple[str, ...] = Field(min_length=1)


class NotSold(Sourced):
    """A catalog product not sold in a country (PRODUCT-NOT-LOCAL), with what is sold instead."""

    drug: str
    note: str = Field(min_length=10)


class Locale(_Strict):
    """How a handout reads in one country (ISO 3166-1 alpha-2).

    ``phrases``: which regional phrase table fills the handout's fixed words (spelling, "A&E",
    "physiotherapist"); ``date_order``: day-first or month-first dates; ``generic_names``: the
    naming convention for generic names (INN paracetamol, or US/Canadian acetaminophen);
    ``regional_lines``: phone lines that differ by subdivision (a German Land's poison centre).
    """

    country: str = Field(pattern=r"^[A-Z]{2}$")
    name: str
    phrases: Literal["en-US", "en-CA", "en-GB", "en-IE", "en-AU", "en-NZ", "en-INT"]
    date_order: Literal["dmy", "mdy"]
    generic_names: Literal["usan", "inn"]
    not_sold: tuple[NotSold, ...] = ()
    regional_lines: dict[str, tuple[HelpLine, ...]] = Field(default_factory=dict)

    @field_validator("regional_lines")
    @classmethod
    def _subdivisions(cls, value: dict[str, tuple[HelpLine, ...]]) -> dict[str, tuple[HelpLine, ...]]:
        for code in value:
            if not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", code):
                raise ValueError(f"regional lines are keyed by ISO 3166-2 subdivision codes, not {code!r}")
        return value


class GenericNames(Sourced):
    """Generic names under one naming convention, where they differ from the catalog's name."""

    convention: Literal["usan", "inn"]
    names: dict[str, str]


class HandoutCatalog(_Strict):
    """Everything the handout and the advice and locale rules read, validated once at load."""

    advice_conflicts: tuple[AdviceConflict, ...]
    medicine_advice: tuple[MedicineAdvice, ...]
    red_flags: tuple[RedFlagEntry, ...]
    locales: tuple[Locale, ...]
    generic_names: tuple[GenericNames, ...]

    @field_validator("locales")
    @classmethod
    def _one_row_each(cls, rows: tuple[Locale, ...]) -> tuple[Locale, ...]:
        codes = [r.country for r in rows]
        if len(codes) != len(set(codes)):
            raise ValueError("a country appears twice in the locale table")
        for row in rows:
            if any(not code.startswith(row.country + "-") for code in row.regional_lines):
                raise ValueError(f"{row.country}: regional lines of another country")
        return rows

    @field_validator("red_flags", "advice_conflicts", "medicine_advice")
    @classmethod
    def _unique_ids(cls, rows: tuple[RedFlagEntry, ...]) -> tuple[RedFlagEntry, ...]:
        ids = [r.id for r in rows]
        if len(ids) != len(set(ids)):
            raise ValueError("duplicate ids")
        return rows
