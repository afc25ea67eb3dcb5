"""The care plan document: pydantic models whose field names are the file-format contract of docs/DESIGN.md."""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from careplan.domain import limits
from careplan.domain.advice import AdviceKind, classify_advice
from careplan.domain.codes import (
    TEMPLATE_FORMAT,
    Condition,
    HepaticImpairment,
    Indication,
    KratomForm,
    KratomStatus,
    LifestyleArea,
    PainType,
    PlanStatus,
    Release,
    Route,
    Sex,
    Slot,
    StrengthUnit,
    Unit,
)
from careplan.domain.errors import location, plan_error
from careplan.domain.languages import normalise_language_tag
from careplan.domain.limits import (
    Amount,
    ClinicalDate,
    Id,
    NotesText,
    RequiredText,
    ShortText,
    Text,
    Timestamp,
    item_list,
    short_list,
)
from careplan.domain.plan_stewardship import MAX_MEASURES, MAX_MONITORING, MeasureEntry, MonitoringEntry, Taper


def new_id() -> str:
    return str(uuid.uuid4())


def short_id() -> str:
    """Ids of items inside a plan: short, stable once saved, referenced by acknowledgements."""
    return uuid.uuid4().hex[:10]


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _Model(BaseModel):
    # Unknown fields are refused so that a typo in a hand-edited file is reported, not lost.
    # Finite numbers only, and no text longer than a paragraph unless a field says otherwise
    # (see careplan.domain.limits, where every limit lives).
    model_config = ConfigDict(extra="forbid", validate_assignment=False, allow_inf_nan=False, str_max_length=limits.MAX_TEXT,
                              defer_build=True)


class Clinician(_Model):
    name: ShortText = ""
    credentials: ShortText = ""


class AcknowledgedAmount(_Model):
    """One covered item's amount a day when it was acknowledged, in the unit it was counted in."""

    item: Id
    amount: Amount = Field(ge=0)
    unit: Literal["mg", "mcg/h", "tablet", "capsule", "patch", "ml", "application"]


class AcknowledgedFigures(_Model):
    """What an acknowledgement saw: the covered items' amounts a day and the MME total.

    When a covered amount or the MME later rises past these figures, the acknowledgement stops
    covering the finding (lowering a dose keeps it). Older files have no figures: their
    acknowledgements cover as before.
    """

    mme: Amount | None = Field(default=None, ge=0)
    amounts: list[AcknowledgedAmount] = item_list(limits.MAX_MEDICINES_IN_PLAN)


class Strength(_Model):
    """How much drug one unit (tablet, capsule, patch, ml, application) holds: 15 mg, 25 mcg/h."""

    amount: Amount = Field(gt=0)
    unit: StrengthUnit = "mg"


class MedicationItem(_Model):
    """One medicine: from the catalog (`drug`) or free text (`name`).

    How often it is taken is exactly one of: `times_per_day` (daily, with optional `timing`),
    `interval_hours` (every N hours, 24 or more: a patch every 72 h, a weekly dose every 168 h),
    or `prn` with `max_per_day` (and optional `min_hours_between`). A rescue medicine (a catalog
    flag, e.g. naloxone) may have none; whether a drug is one is the catalog's to say, so that
    check lives in :mod:`careplan.domain.references`.
    """

    id: Id = Field(default_factory=short_id)
    drug: Id | None = None
    name: ShortText | None = None
    dose: Amount = Field(gt=0, description="amount per dose, in `unit`")
    unit: Unit = "mg"
    strength: Strength | None = Field(default=None, description="how much drug one tablet/capsule/patch/ml holds")
    release: Release | None = None
    times_per_day: int | None = Field(default=None, ge=1, le=24)
    timing: list[Slot] | None = Field(default=None, description="time of day of each daily dose")
    interval_hours: int | None = Field(default=None, ge=24, le=24 * 28)
    prn: bool = False
    max_per_day: int | None = Field(default=None, ge=1, le=24)
    min_hours_between: float | None = Field(default=None, gt=0, le=72)
    route: Route = "oral"
    otc: bool = False
    purpose: Text = ""
    instructions: Text = ""
    start: ClinicalDate | None = None
    stop: ClinicalDate | None = None
    duration_days: int | None = Field(default=None, ge=1, le=3650)
    # How an opioid or benzodiazepine is reduced (DESIGN.md, stewardship): dated steps or a rate.
    taper: Taper | None = None
    # Why it is given, when that changes which rules count it: opioid-use-disorder treatment
    # (methadone, buprenorphine) is left out of the MME thresholds (CDC 2022), never out of the
    # sedative, QT and interaction rules.
    indication: Indication | None = None

    @field_validator("dose", mode="before")
    @classmethod
    def _dose_message(cls, value: object) -> object:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value <= 0:
            raise plan_error("dose_not_positive", "a dose must be more than zero")
        return value

    @model_validator(mode="after")
    def _check_schedule(self) -> Self:
        if not self.drug and not (self.name and self.name.strip()):
            raise plan_error("medicine_unnamed", "a medicine needs a catalog drug id ('drug') or a name ('name')")
        label = self.label
        ways = [w for w, on in (("times_per_day", self.times_per_day is not None),
                                ("interval_hours", self.interval_hours is not None), ("prn", self.prn)) if on]
        if len(ways) > 1:
            raise plan_error("frequency_conflict", f"{label}: give one way of taking it, not {' and '.join(ways)}")
        if self.prn and self.max_per_day is None:
            raise plan_error("prn_without_cap", f"{label}: an as-needed (PRN) medicine needs 'max_per_day', the most doses a day")
        if not self.prn and self.max_per_day is not None:
            raise plan_error("cap_without_prn", f"{label}: 'max_per_day' is for as-needed (PRN) medicines only")
        if not self.prn and self.min_hours_between is not None:
            raise plan_error("gap_without_prn", f"{label}: 'min_hours_between' is for as-needed (PRN) medicines only")
        if self.timing is not None:
            if self.times_per_day is None:
                raise plan_error("timing_not_daily", f"{label}: 'timing' is for medicines taken a number of times a day")
            if len(self.timing) != self.times_per_day:
                raise plan_error(
                    "timing_count",
                    f"{label}: 'timing' names {len(self.timing)} time(s) of day for {self.times_per_day} dose(s) a day",
                )
            if len(set(self.timing)) != len(self.timing):
                raise plan_error("timing_repeated", f"{label}: 'timing' names the same time of day twice")
        if self.start and self.stop and self.stop < self.start:
            raise plan_error("stop_before_start", f"{label}: the stop date is before the start date")
        if self.stop is not None and self.duration_days is not None:
            raise plan_error("stop_and_duration", f"{label}: give a stop date or a course length in days, not both")
        return self

    @property
    def label(self) -> str:
        return self.drug or self.name or "medicine"

    @property
    def has_frequency(self) -> bool:
        return self.prn or self.times_per_day is not None or self.interval_hours is not None

    @property
    def doses_per_day(self) -> float:
        """Doses a day that limits and MME use: the PRN cap, the daily count, or 24 / interval.

        A rescue medicine without a frequency has none (0); :mod:`careplan.domain.dosing` keeps
        rescue medicines out of daily totals altogether.
        """
        if self.prn:
            return self.max_per_day or 0
        if self.times_per_day is not None:
            return self.times_per_day
        if self.interval_hours is not None:
            return 24 / self.interval_hours
        return 0

    @property
    def daily_amount(self) -> float:
        """Dose units a day (tablets, mg, ...): ``dose × doses_per_day``."""
        return self.dose * self.doses_per_day


class ModuleBase(_Model):
    id: Id = Field(default_factory=short_id)
    notes: Text = ""


class MedicationModule(ModuleBase):
    kind: Literal["medication"] = "medication"
    items: list[MedicationItem] = item_list(limits.MAX_MEDICINES)


class ExercisePrescription(_Model):
    id: Id = Field(default_factory=short_id)
    exercise: Id | None = None
    name: ShortText | None = None
    sets: int | None = Field(default=None, ge=1, le=10)
    reps: int | None = Field(default=None, ge=1, le=100)
    hold_seconds: int | None = Field(default=None, ge=1, le=600)
    minutes: int | None = Field(default=None, ge=1, le=180)
    days_per_week: int = Field(default=3, ge=1, le=7)
    progression: Text = ""
    notes: Text = ""

    @model_validator(mode="after")
    def _named(self) -> Self:
        if not self.exercise and not (self.name and self.name.strip()):
            raise plan_error("exercise_unnamed", "an exercise needs a library id ('exercise') or a name ('name')")
        return self


class PhysiotherapyModule(ModuleBase):
    kind: Literal["physiotherapy"] = "physiotherapy"
    exercises: list[ExercisePrescription] = item_list()
    sessions_per_week: int | None = Field(default=None, ge=0, le=14)
    pacing: Text = ""
    walking_start_minutes: int | None = Field(default=None, ge=1, le=180)
    walking_target_minutes: int | None = Field(default=None, ge=1, le=300)


class CbtModule(ModuleBase):
    kind: Literal["cbt"] = "cbt"
    sessions: int | None = Field(default=None, ge=1, le=52)
    cadence: Literal["weekly", "fortnightly", "monthly"] = "weekly"
    session_minutes: int | None = Field(default=None, ge=10, le=180)
    focus_areas: list[Id] = short_list()
    homework: Text = ""
    provider: ShortText = ""


class MindfulnessModule(ModuleBase):
    kind: Literal["mindfulness"] = "mindfulness"
    practice: Id | None = None
    minutes_per_day: int | None = Field(default=None, ge=1, le=180)
    days_per_week: int | None = Field(default=None, ge=1, le=7)
    resources: list[ShortText] = short_list()


class LifestyleGoal(_Model):
    id: Id = Field(default_factory=short_id)
    area: LifestyleArea
    target: RequiredText
    catalog_id: Id | None = None


class LifestyleModule(ModuleBase):
    kind: Literal["lifestyle"] = "lifestyle"
    targets: list[LifestyleGoal] = item_list()


class KratomModule(ModuleBase):
    """Documents reported kratom use and counselling. Never holds a suggested dose or strain.

    In a plan, the module's cautions must be accepted (``CarePlan`` checks it). A template holds
    the module unaccepted and without the patient's reported use, so that every plan made from
    it runs the kratom gate again (``careplan.storage.templates.plan_from_template``).
    """

    kind: Literal["kratom"] = "kratom"
    status: KratomStatus = "current_use"
    product_form: KratomForm = "unknown"
    reported_amount: ShortText = ""
    reported_frequency: ShortText = ""
    duration_months: float | None = Field(default=None, ge=0, le=1200)
    source: ShortText = ""
    withdrawal_symptoms: Text = ""
    cautions_discussed: list[Id] = short_list()
    monitoring: list[ShortText] = short_list()
    follow_up_weeks: int | None = Field(default=None, ge=1, le=52)
    cautions_accepted: bool = False
    cautions_accepted_by: ShortText = ""
    cautions_accepted_at: Timestamp | None = None


Module = Annotated[
    MedicationModule | PhysiotherapyModule | CbtModule | MindfulnessModule | LifestyleModule | KratomModule,
    Field(discriminator="kind"),
]


class Patient(_Model):
    name: ShortText = ""
    date_of_birth: ClinicalDate | None = None
    record_number: ShortText = ""
    age: int | None = Field(default=None, ge=0, le=130)
    sex: Sex = "unknown"
    jurisdiction: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$")
    conditions: list[Condition] = short_list()
    pregnancy_weeks: int | None = Field(default=None, ge=0, le=45)
    current_medications: list[MedicationItem] = item_list(limits.MAX_CURRENT_MEDICATIONS)
    allergies: list[Id] = short_list()
    alcohol_drinks_per_week: float | None = Field(default=None, ge=0, le=500)
    # Kidney function: creatinine clearance (mL/min, Cockcroft-Gault) and eGFR (mL/min/1.73 m²).
    crcl: float | None = Field(default=None, gt=0, le=250)
    egfr: float | None = Field(default=None, gt=0, le=250)
    # True or False when the clinician recorded it; None (unknown) lets the rules infer it.
    opioid_tolerant: bool | None = None
    # The language the patient reads (BCP 47: "en", "es", "es-MX"); it chooses the handout's
    # language. None: the handout is in English. The clinician summary never follows it.
    language: str | None = Field(default=None, max_length=35)

    @field_validator("language", mode="before")
    @classmethod
    def _language_tag(cls, value: object) -> object:
        if isinstance(value, str):
            if not value.strip():
                return None
            tag = normalise_language_tag(value)
            if tag is None:
                raise plan_error("language_tag", f"{value.strip()!r} is not a language tag (BCP 47, for example es or es-MX)")
            return tag
        return value
    # Body weight (kg): weight-based maxima (acetaminophen mg/kg in children and light adults).
    weight_kg: float | None = Field(default=None, gt=0, le=400)
    # Child-Pugh class of hepatic impairment; None when there is none or it is not known.
    hepatic_impairment: HepaticImpairment | None = None

    @field_validator("jurisdiction")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else None

    def age_on(self, day: date) -> int | None:
        """Recorded age, or the age derived from the date of birth."""
        if self.age is not None:
            return self.age
        if self.date_of_birth is None:
            return None
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


class Baseline(_Model):
    peg: list[Annotated[int, Field(ge=0, le=10)]] | None = None
    nrs: int | None = Field(default=None, ge=0, le=10)

    @field_validator("peg", mode="before")
    @classmethod
    def _peg_items(cls, value: object) -> object:
        if isinstance(value, list):
            if len(value) != 3:
                raise plan_error("peg_items", "PEG-3 has exactly three items (pain, enjoyment, general activity)")
            for item in value:
                if isinstance(item, (int, float)) and not 0 <= item <= 10:
                    raise plan_error("peg_range", f"each PEG item is scored 0 to 10 (got {item})")
        return value

    @property
    def peg_score(self) -> float | None:
        return sum(self.peg) / 3 if self.peg else None


class Pain(_Model):
    sites: list[ShortText] = short_list()
    types: list[PainType] = short_list()
    causes: list[ShortText] = short_list()
    duration_months: float | None = Field(default=None, ge=0, le=1200)
    baseline: Baseline = Field(default_factory=Baseline)


class Goal(_Model):
    id: Id = Field(default_factory=short_id)
    text: RequiredText
    measure: ShortText = ""
    target: ShortText = ""
    due: ClinicalDate | None = None


class FlareStep(_Model):
    """One flare-plan step: what it is about (``kind``, read by the advice rules) and its words."""

    kind: AdviceKind = "other"
    text: Text

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: object) -> object:
        # A step given as plain text (older files go through the migration; code and tests may
        # still write one) is typed by its words; the clinician can change the kind.
        if isinstance(value, str):
            return {"kind": classify_advice(value), "text": value}
        return value


class FlarePlan(_Model):
    """What the patient does on a bad day: steps in order, what they may take, when to call."""

    steps: list[FlareStep] = short_list()
    # The medicines the patient may take on a bad day, chosen from the plan by item id (planned
    # or current medicines): the handout prints each with its dose, limit and gap from the plan.
    may_take_items: list[Id] = short_list()
    # Free text, in addition to the chosen medicines (older files have only this).
    may_take: Text = ""
    call_if: Text = ""


class FollowUp(_Model):
    interval_weeks: int | None = Field(default=None, ge=1, le=104)
    monitoring: list[ShortText] = short_list()
    next_visit: ClinicalDate | None = None


class SignOff(_Model):
    name: ShortText = Field(min_length=1)
    credentials: ShortText = ""
    at: Timestamp


class RevisionRef(_Model):
    """The revision a plan replaces: the same plan id, that revision's number and its sign-off.

    Revision n+1 is a new file; the file of revision n is never changed, so every signed
    revision stays readable as it was signed (see :mod:`careplan.domain.lifecycle`).
    """

    id: Id = Field(min_length=1)
    revision: int = Field(ge=1, le=limits.MAX_REVISION)
    signed_off: SignOff | None = None


class Acknowledgement(_Model):
    rule: Id = Field(min_length=1)
    items: list[Id] = item_list()
    reason: Text = Field(min_length=1)
    by: ShortText = ""
    at: Timestamp = Field(default_factory=utc_now)
    seen: AcknowledgedFigures | None = None


class TemplateInfo(_Model):
    description: Text = ""
    tags: list[ShortText] = short_list()
    tier: Literal[1, 2, 3] = 1
    author: ShortText = ""
    version: ShortText = "1"
    updated: ClinicalDate | None = None


class CarePlan(_Model):
    """A plan (format ``careplan``) or a template (``careplan-template``, no patient block)."""

    format: Literal["careplan", "careplan-template"] = "careplan"
    schema_version: Literal[3] = 3
    id: Id = Field(default_factory=new_id, min_length=1)
    title: ShortText = ""
    created_at: Timestamp = Field(default_factory=utc_now)
    updated_at: Timestamp = Field(default_factory=utc_now)
    clinician: Clinician = Field(default_factory=Clinician)
    patient: Patient | None = Field(default_factory=Patient)
    pain: Pain = Field(default_factory=Pain)
    goals: list[Goal] = item_list(limits.MAX_GOALS)
    modules: list[Module] = item_list(limits.MAX_MODULES)
    flare_plan: FlarePlan = Field(default_factory=FlarePlan)
    follow_up: FollowUp = Field(default_factory=FollowUp)
    status: PlanStatus = "draft"
    revision: int = Field(default=1, ge=1, le=limits.MAX_REVISION)
    signed_off: SignOff | None = None
    supersedes: RevisionRef | None = None
    acknowledgements: list[Acknowledgement] = item_list(limits.MAX_ACKNOWLEDGEMENTS)
    notes: NotesText = ""
    template: TemplateInfo | None = None
    # Care over time (DESIGN.md, stewardship): monitoring done and measures per visit, kept
    # across revisions.
    monitoring: list[MonitoringEntry] = item_list(MAX_MONITORING)
    measures: list[MeasureEntry] = item_list(MAX_MEASURES)

    @field_validator("modules")
    @classmethod
    def _kratom_accepted(cls, modules: list[Module], info: ValidationInfo) -> list[Module]:
        if info.data.get("format") == TEMPLATE_FORMAT:
            return modules
        for index, module in enumerate(modules):
            if isinstance(module, KratomModule) and not module.cautions_accepted:
                raise plan_error(
                    "kratom_not_accepted",
                    f"the kratom module (module {index + 1}) needs its cautions accepted ('cautions_accepted': true)",
                )
        return modules

    @model_validator(mode="after")
    def _format_rules(self) -> Self:
        # A template file has no patient block, so the default empty one is dropped. (An after
        # validator, not a before one: that keeps strict JSON validation of dates working.)
        if self.format == TEMPLATE_FORMAT and "patient" not in self.model_fields_set:
            self.patient = None
        if self.format == TEMPLATE_FORMAT and self.patient is not None:
            raise plan_error("template_with_patient", "a template must not carry a patient block")
        if self.format == TEMPLATE_FORMAT and (self.measures or self.monitoring):
            raise plan_error("template_with_measures", "a template must not carry a patient's measures or monitoring")
        if self.status == "final" and self.signed_off is None:
            raise plan_error("final_unsigned", "a final plan needs a sign-off (name and time)")
        if self.status == "draft" and self.signed_off is not None:
            raise plan_error("draft_signed", "a draft plan has no sign-off; a signed-off plan has status 'final'")
        if self.supersedes is not None and self.supersedes.revision >= self.revision:
            raise plan_error(
                "revision_order",
                f"revision {self.revision} cannot replace revision {self.supersedes.revision}; a revision replaces an earlier one"
            )
        medicines = len(self.all_medications())
        if medicines > limits.MAX_MEDICINES_IN_PLAN:
            raise plan_error(
                "too_many_medicines",
                f"the plan lists {medicines} medicines (planned and current); at most {limits.MAX_MEDICINES_IN_PLAN} fit in one plan"
            )
        self._check_unique_ids()
        text = limits.plan_text_length(self)
        if text > limits.MAX_PLAN_TEXT:
            raise plan_error(
                "too_much_text",
                f"the plan holds {text:,} characters of text; at most {limits.MAX_PLAN_TEXT:,} fit in one plan (shorten notes or instructions)"
            )
        return self

    def _check_unique_ids(self) -> None:
        first: dict[str, tuple[str | int, ...]] = {}
        for item_id, where in id_places(self):
            if item_id in first:
                raise plan_error(
                    "duplicate_id",
                    f"id {item_id!r} is used twice: {location(first[item_id])} and {location(where)}; "
                    "every module, medicine, exercise, target and goal needs its own id",
                )
            first[item_id] = where

    @property
    def is_template(self) -> bool:
        return self.format == TEMPLATE_FORMAT

    @property
    def patient_or_empty(self) -> Patient:
        return self.patient if self.patient is not None else Patient()

    def medication_items(self) -> list[MedicationItem]:
        """Every medicine the plan adds, in module order (not the patient's current ones)."""
        return [item for m in self.modules if isinstance(m, MedicationModule) for item in m.items]

    def all_medications(self) -> list[MedicationItem]:
        """Planned medicines plus the patient's current ones: every rule counts both."""
        return self.medication_items() + list(self.patient_or_empty.current_medications)

    def kratom_module(self) -> KratomModule | None:
        return next((m for m in self.modules if isinstance(m, KratomModule)), None)


# Ids that name something else, not a part of this plan: the plan's own id (the top level) and the
# revision a plan replaces (the same plan's id).
_REFERENCE_FIELDS = frozenset({"supersedes"})


def id_places(plan: CarePlan) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """Every id of a part of ``plan`` (modules, medicines, exercises, targets, goals, ...) and where it is.

    Acknowledgements, the flare plan and every per-item figure refer to parts by these ids, so a
    plan holds each at most once (``CarePlan`` refuses a repeat). Planned parts come before the
    patient's current medicines, so that the planned one counts as the first holder.
    """

    def walk(node: BaseModel, where: tuple[str | int, ...]) -> Iterator[tuple[str, tuple[str | int, ...]]]:
        names = list(type(node).model_fields)
        node_id = getattr(node, "id", None)
        if where == ():
            names = [n for n in names if n != "patient"] + ["patient"]
        elif isinstance(node_id, str):
            yield node_id, where
        for name in names:
            if name == "id" or name in _REFERENCE_FIELDS:
                continue
            value = getattr(node, name)
            if isinstance(value, BaseModel):
                yield from walk(value, (*where, name))
            elif isinstance(value, list):
                for index, element in enumerate(value):
                    if isinstance(element, BaseModel):
                        yield from walk(element, (*where, name, index))

    yield from walk(plan, ())
