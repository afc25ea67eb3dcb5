"""Plan parts for care over time (DESIGN.md, "Stewardship and measures over time"): an item's
``taper``, the plan's ``monitoring`` entries and its ``measures`` per visit.

All three are optional additions to schema version 3. Their field names are a file-format
contract; the arithmetic (each step's amount a day and MME, rates, rounding to strengths) lives
in :mod:`careplan.domain.taper`, scoring in :mod:`careplan.domain.measures`.
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

from datetime import date
from typing import Literal, Self, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from careplan.domain import limits
from careplan.domain.codes import Slot
from careplan.domain.errors import plan_error
from careplan.domain.instruments import InstrumentId, instrument
from careplan.domain.limits import Amount, ClinicalDate, Id, Text, item_list

MonitoringKind = Literal["pdmp_check", "urine_drug_test", "treatment_agreement", "naloxone_offered", "bowel_regimen"]
MONITORING_KINDS: tuple[str, ...] = get_args(MonitoringKind)
MONITORING_LABELS: dict[str, str] = {
    "pdmp_check": "Prescription-monitoring (PDMP) check",
    "urine_drug_test": "Urine drug test",
    "treatment_agreement": "Treatment agreement",
    "naloxone_offered": "Naloxone offered",
    "bowel_regimen": "Bowel regimen",
}

# Bounds on input (see careplan.domain.limits): a taper of weekly steps over a year and a half,
# several years of monthly visits.
MAX_TAPER_STEPS = 80
MAX_PAUSES = 20
MAX_MONITORING = 200
MAX_MEASURES = 400


def _short_id() -> str:
    # The same shape as careplan.domain.plan.short_id (imported there from here would be a cycle).
    import uuid

    return uuid.uuid4().hex[:10]


class _Part(BaseModel):
    # The plan model's rules: unknown fields refused, finite numbers, text bounded.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_max_length=limits.MAX_TEXT, defer_build=True)


class TaperStep(_Part):
    """One dated step of a taper: from ``from`` on, take this (until the next step).

    A step is exactly one of: ``dose`` with ``times_per_day`` (optional ``timing``) or with
    ``interval_hours``; ``doses`` per time of day when they differ ({"morning": 10, "bedtime": 5});
    ``pause`` (stay on the dose before); or ``stop``. Amounts are in the item's unit and strength.
    """

    model_config = ConfigDict(
        extra="forbid", allow_inf_nan=False, str_max_length=limits.MAX_TEXT,
        validate_by_name=True, validate_by_alias=True, serialize_by_alias=True,
    )

    id: Id = Field(default_factory=_short_id)
    begins: ClinicalDate = Field(alias="from", description="the first day of this step")
    dose: Amount | None = Field(default=None, gt=0)
    times_per_day: int | None = Field(default=None, ge=1, le=24)
    timing: list[Slot] | None = None
    interval_hours: int | None = Field(default=None, ge=24, le=24 * 28)
    doses: dict[Slot, Amount] | None = None
    pause: bool = False
    stop: bool = False
    note: Text = ""

    @field_validator("doses")
    @classmethod
    def _positive(cls, value: dict[str, float] | None) -> dict[str, float] | None:
        if value is not None:
            if not value:
                raise plan_error("taper_doses_empty", "'doses' names at least one time of day")
            if any(amount <= 0 for amount in value.values()):
                raise plan_error("taper_dose_not_positive", "each dose in a taper step must be more than zero")
        return value

    @model_validator(mode="after")
    def _one_way(self) -> Self:
        ways = [name for name, on in (
            ("dose", self.dose is not None), ("doses", self.doses is not None),
            ("pause", self.pause), ("stop", self.stop)) if on]
        when = self.begins.isoformat()
        if len(ways) != 1:
            raise plan_error(
                "taper_step_kind",
                f"taper step from {when}: give one of a dose, doses per time of day, a pause or a stop"
                + (f" (not {' and '.join(ways)})" if ways else ""),
            )
        if self.dose is not None:
            if (self.times_per_day is None) == (self.interval_hours is None):
                raise plan_error("taper_step_frequency", f"taper step from {when}: give 'times_per_day' or 'interval_hours' with the dose")
            if self.timing is not None and len(self.timing) != (self.times_per_day or 0):
                raise plan_error("taper_step_timing", f"taper step from {when}: 'timing' names one time of day per dose")
        elif self.times_per_day is not None or self.interval_hours is not None or self.timing is not None:
            raise plan_error("taper_step_frequency", f"taper step from {when}: a frequency goes with 'dose' only")
        return self

    @property
    def kind(self) -> Literal["dose", "doses", "pause", "stop"]:
        if self.stop:
            return "stop"
        if self.pause:
            return "pause"
        return "doses" if self.doses is not None else "dose"


class TaperPause(_Part):
    """In a rate taper: stay on the dose reached after reduction ``after_step`` for ``weeks`` more."""

    after_step: int = Field(ge=1, le=MAX_TAPER_STEPS)
    weeks: int = Field(ge=1, le=52)


class TaperRate(_Part):
    """A taper given as a rate: from ``from``, lower by ``percent`` every week or month (4 weeks)
    of the starting amount a day (``basis`` "starting") or of the amount before (``previous``),
    with pauses, down to ``to_daily`` (in the item's unit) or to a stop when it is not given.
    The steps are worked out against the catalog's strengths (:func:`careplan.domain.taper.taper_steps`)."""

    model_config = ConfigDict(
        extra="forbid", allow_inf_nan=False, validate_by_name=True, validate_by_alias=True, serialize_by_alias=True,
    )

    begins: ClinicalDate = Field(alias="from")
    percent: Amount = Field(gt=0, le=50)
    per: Literal["week", "month"]
    basis: Literal["starting", "previous"] = "starting"
    pauses: list[TaperPause] = item_list(MAX_PAUSES)
    to_daily: Amount | None = Field(default=None, gt=0)


class Taper(_Part):
    """How an opioid or benzodiazepine item is reduced: dated ``steps``, or a ``rate``.

    ``long_term_use`` records whether the patient has taken the medicine for a year or longer
    when the item's ``start`` does not tell; the taper-rate guidance depends on it.
    """

    steps: list[TaperStep] = item_list(MAX_TAPER_STEPS)
    rate: TaperRate | None = None
    long_term_use: bool | None = None
    note: Text = ""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if bool(self.steps) == (self.rate is not None):
            raise plan_error("taper_steps_or_rate", "a taper gives its dated steps or a rate, one of the two")
        previous: date | None = None
        for index, step in enumerate(self.steps):
            if previous is not None and step.begins <= previous:
                raise plan_error(
                    "taper_step_order", f"taper step {index + 1} ({step.begins.isoformat()}) must start after the step before it"
                )
            if step.stop and index != len(self.steps) - 1:
                raise plan_error("taper_after_stop", f"taper step {index + 1} is a stop; no step can follow it")
            previous = step.begins
        return self


class MonitoringEntry(_Part):
    """A monitoring task done on ``date`` (a PDMP check, a urine drug test, ...)."""

    id: Id = Field(default_factory=_short_id)
    kind: MonitoringKind
    date: ClinicalDate
    note: Text = ""


class MeasureEntry(_Part):
    """One instrument's answers at one visit, scored by the app (never typed in as a total)."""

    id: Id = Field(default_factory=_short_id)
    instrument: InstrumentId
    date: ClinicalDate
    answers: list[int] = Field(max_length=20)
    note: Text = ""

    @model_validator(mode="after")
    def _scorable(self) -> Self:
        problem = instrument(self.instrument).answer_problem(self.answers)
        if problem is not None:
            raise plan_error("measure_answers", f"{problem} ({self.date.isoformat()})")
        return self

    @property
    def score(self) -> float:
        return instrument(self.instrument).total(self.answers)
