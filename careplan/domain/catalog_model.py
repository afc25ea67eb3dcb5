"""Pydantic schema of the clinical catalog shipped in resources/catalog (every fact sourced and dated)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from careplan.domain.codes import DrugClass, LifestyleArea, Release, Route, Slot


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


class DailyLimit(Sourced):
    """A maximum amount a day, in `unit` (the unit the drug's limit is expressed in)."""

    amount: float = Field(gt=0)
    unit: Literal["mg", "mcg", "g", "tablet", "capsule", "patch", "application"]
    note: str = ""


class Ingredient(_Strict):
    """One active ingredient of a combination product, per tablet or capsule."""

    drug: str
    amount_mg: float = Field(gt=0)


StrengthForm = Literal[
    "tablet", "capsule", "patch", "solution", "film", "spray", "injection", "gel", "cream", "suppository"
]

# The item unit a clinician doses each form in (a solution in ml, a gel in grams of gel...).
FORM_UNITS: dict[str, str] = {
    "tablet": "tablet",
    "capsule": "capsule",
    "patch": "patch",
    "solution": "ml",
    "film": "application",
    "spray": "application",
    "injection": "ml",
    "gel": "g",
    "cream": "application",
    "suppository": "application",
}


class CatalogStrength(_Strict):
    """One product strength the GUI offers: "15 mg tablet", "25 mcg/h patch (every 72 hours)".

    `amount`/`unit` is what one unit of the form holds (per tablet, per patch, per ml of a
    solution, per spray). A combination product has no single amount (its ingredients say it);
    a gel or cream is labelled in percent (`percent`) and is dosed by weight, not by strength.
    """

    amount: float | None = Field(default=None, gt=0)
    unit: Literal["mg", "mcg", "g", "mcg/h"] | None = None
    percent: float | None = Field(default=None, gt=0, le=100)
    form: StrengthForm
    release: Release = "ir"
    # A product worn or taken on a fixed interval of a day or more (patches): every N hours.
    interval_hours: int | None = Field(default=None, ge=24)
    note: str = ""

    @model_validator(mode="after")
    def _amount_with_unit(self) -> CatalogStrength:
        if (self.amount is None) != (self.unit is None):
            raise ValueError("a strength's amount and unit go together")
        return self

    @property
    def dose_unit(self) -> str:
        return FORM_UNITS[self.form]

    def label(self) -> str:
        """ "15 mg tablet", "100 mg extended-release tablet", "1% gel", "25 mcg/h patch"."""
        if self.amount is not None:
            amount = f"{self.amount:g} {self.unit}"
        elif self.percent is not None:
            amount = f"{self.percent:g}%"
        else:
            amount = ""
        form = ("extended-release " if self.release == "er" else "") + self.form
        text = f"{amount} {form}".strip()
        return f"{text} ({self.note})" if self.note else text


class DefaultTiming(Sourced):
    """When a once-daily dose is usually taken (bedtime for sedating drugs), with its source."""

    slots: tuple[Slot, ...] = Field(min_length=1)


class DrugFlags(_Strict):
    cns_depressant: bool = False
    serotonergic: bool = False
    bleeding_risk: bool = False
    cyp3a4_substrate: bool = False
    cyp2d6_substrate: bool = False


class PatientWording(_Strict):
    """Plain-language text for the handout, in one language."""

    what_for: str = ""
    side_effects: tuple[str, ...] = ()
    warning: str = ""


class MmeInfo(Sourced):
    """CDC 2022 conversion factor; `factor` None means the guideline does not count this drug."""

    factor: float | None = Field(default=None, gt=0)
    per: Literal["mg", "mcg/h"] = "mg"
    note: str = ""


class Drug(Sourced):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    brands: tuple[str, ...] = ()
    classes: tuple[DrugClass, ...] = Field(min_length=1)
    routes: tuple[Route, ...] = Field(min_length=1)
    systemic: bool = True
    strengths: tuple[CatalogStrength, ...] = ()
    # A medicine for an emergency given by someone else (naloxone): never in the daily schedule
    # or the daily totals, and the handout addresses it to family and carers.
    rescue: bool = False
    # Applies to a daily item with as many doses as slots here and no timing of its own.
    default_timing: DefaultTiming | None = None
    dose_unit: Literal["mg", "mcg", "mcg/h", "g", "tablet", "capsule", "patch", "application", "ml"] = "mg"
    otc_max_daily: DailyLimit | None = None
    rx_max_daily: DailyLimit | None = None
    ingredients: tuple[Ingredient, ...] = ()
    mme: MmeInfo | None = None
    flags: DrugFlags = DrugFlags()
    patient: dict[str, PatientWording] = Field(default_factory=dict)

    @property
    def is_combination(self) -> bool:
        return bool(self.ingredients)

    def default_interval_hours(self, unit: str) -> int | None:
        """The interval of this drug's products dosed in ``unit`` (a patch: 72 h), if they share one."""
        intervals = {
            s.interval_hours
            for s in self.strengths
            if s.interval_hours is not None and (s.dose_unit == unit or (unit == "mcg/h" and s.unit == "mcg/h"))
        }
        return intervals.pop() if len(intervals) == 1 else None


class DrugClassInfo(Sourced):
    id: DrugClass
    name: str
    patient_name: str = ""


class Exercise(Sourced):
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    category: Literal["stretch", "strength", "aerobic", "balance", "mobility", "relaxation"]
    body_region: str
    suits: tuple[str, ...] = Field(min_length=1)
    instructions: dict[str, str]
    default_sets: int | None = Field(default=None, ge=1, le=10)
    default_reps: int | None = Field(default=None, ge=1, le=100)
    default_hold_seconds: int | None = Field(default=None, ge=1, le=600)
    default_minutes: int | None = Field(default=None, ge=1, le=120)
    default_days_per_week: int = Field(default=3, ge=1, le=7)
    progression: dict[str, str] = Field(default_factory=dict)
    stop_if: dict[str, str] = Field(default_factory=dict)


class CbtComponent(Sourced):
    id: str
    name: str
    clinician_text: str
    patient: dict[str, str]


class MindfulnessPractice(Sourced):
    id: str
    name: str
    default_minutes_per_day: int = Field(ge=1, le=120)
    default_days_per_week: int = Field(ge=1, le=7)
    clinician_text: str
    patient: dict[str, str]


class LifestyleTarget(Sourced):
    id: str
    area: LifestyleArea
    name: str
    default_target: str
    patient: dict[str, str]


class KratomCaution(Sourced):
    id: str
    title: str
    clinician_text: str
    patient: dict[str, str]


JurisdictionStatus = Literal["banned", "restricted", "regulated", "legal", "unknown"]


class Jurisdiction(Sourced):
    code: str = Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    name: str
    status: JurisdictionStatus
    detail: str
    as_of: date
    restricted_conditions: tuple[str, ...] = ()


class JurisdictionTable(_Strict):
    as_of: date
    verify_note: str
    entries: tuple[Jurisdiction, ...] = Field(min_length=1)


class Threshold(Sourced):
    """A number the rules compare against, e.g. MME warning level or the acetaminophen limit."""

    value: float
    unit: str
    meaning: str


class RedFlag(Sourced):
    id: str
    applies_to: Literal["all", "back_pain", "nsaid", "opioid", "gabapentinoid", "kratom", "serotonergic", "acetaminophen"]
    patient: dict[str, str]


class Catalog(_Strict):
    """The whole catalog, validated once at load; lookups go through the index properties."""

    drugs: tuple[Drug, ...]
    drug_classes: tuple[DrugClassInfo, ...]
    exercises: tuple[Exercise, ...]
    cbt_components: tuple[CbtComponent, ...]
    mindfulness_practices: tuple[MindfulnessPractice, ...]
    lifestyle_targets: tuple[LifestyleTarget, ...]
    kratom_cautions: tuple[KratomCaution, ...]
    jurisdictions: JurisdictionTable
    thresholds: dict[str, Threshold]
    red_flags: tuple[RedFlag, ...] = ()

    @field_validator("drugs")
    @classmethod
    def _unique_drug_ids(cls, drugs: tuple[Drug, ...]) -> tuple[Drug, ...]:
        seen: set[str] = set()
        for drug in drugs:
            if drug.id in seen:
                raise ValueError(f"duplicate drug id {drug.id!r}")
            seen.add(drug.id)
        return drugs
