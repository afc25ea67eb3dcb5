"""Pydantic schema of the clinical catalog shipped in resources/catalog (every fact sourced and dated)."""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import re
from collections.abc import Iterable
from datetime import date
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from careplan.domain.codes import (
    DRUG_CLASSES,
    Condition,
    DrugClass,
    KratomForm,
    LifestyleArea,
    Release,
    Role,
    Route,
    Slot,
)
from careplan.domain.facts_model import GroupFacts, LabelFacts
from careplan.domain.pose.model import BodyModel, ExerciseFigure
from careplan.domain.sourced import Source as Source  # re-exported: many modules import it from here
from careplan.domain.sourced import Sourced as Sourced
from careplan.domain.sourced import Strict

# The shared base lives in careplan.domain.sourced (the label facts use it too); `_Strict` keeps its
# old name here for the models below.
_Strict = Strict


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
    def _amount_with_unit(self) -> Self:
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


# Placeholders that patient wording may hold instead of anything that differs by country; the
# handout fills them in for the patient's country: {emergency}, {urgent}, {poison} and {crisis}
# (phone lines), {drug:ID} (the medicine's local name, with a brand where one is known there) and
# {generic:ID} (the local generic name only, e.g. paracetamol in the UK).
PLACEHOLDER = re.compile(r"\{(emergency|urgent|poison|crisis|(?:drug|generic):[a-z0-9]+(?:-[a-z0-9]+)*)\}")


def check_wording(text: str) -> str:
    """Patient wording may hold only the known placeholders: a stray brace is a typo that
    would otherwise print, or a placeholder the handout cannot fill."""
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        raise ValueError(f"unknown placeholder or stray brace in patient wording: {text!r}")
    return text


def drug_placeholders(texts: Iterable[str]) -> set[str]:
    """Drug ids that {drug:ID} / {generic:ID} placeholders in ``texts`` name."""
    found: set[str] = set()
    for text in texts:
        for match in PLACEHOLDER.finditer(text):
            if ":" in match.group(1):
                found.add(match.group(1).split(":", 1)[1])
    return found


# What a warning sentence is about, when a plan can make it wrong for this patient. A combination
# the clinician weighed prints its own caution instead (see careplan.export.handout_cautions):
# "sedatives" (do not take with sleeping or anxiety pills), "nsaids" (a non-NSAID's "do not take
# ibuprofen with it"), "other_nsaids" (an NSAID's "no other anti-inflammatory pills"),
# "acetaminophen" (no other acetaminophen). "timing" gives way to the time the schedule shows.
WarningTopic = Literal["sedatives", "nsaids", "other_nsaids", "acetaminophen", "timing"]


class WarningPart(_Strict):
    """One or more sentences of a medicine's warning, optionally tagged with what they are about."""

    text: str = Field(min_length=1)
    about: WarningTopic | None = None

    @field_validator("text")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        return check_wording(value)


class PatientWording(_Strict):
    """Plain-language text for the handout, in one language."""

    what_for: str = ""
    side_effects: tuple[str, ...] = ()
    # A plain string, or a list of strings and {"text", "about"} parts (see WarningPart).
    warning: tuple[WarningPart, ...] = ()

    @field_validator("warning", mode="before")
    @classmethod
    def _parts(cls, value: object) -> object:
        if isinstance(value, str):
            return ({"text": value},) if value.strip() else ()
        if isinstance(value, (list, tuple)):
            return tuple({"text": v} if isinstance(v, str) else v for v in value)
        return value

    @field_validator("what_for")
    @classmethod
    def _what_for(cls, value: str) -> str:
        return check_wording(value)

    @field_validator("side_effects")
    @classmethod
    def _side_effects(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for text in value:
            check_wording(text)
        return value

    @property
    def warning_text(self) -> str:
        """The whole warning as one paragraph (every part, whatever it is about)."""
        return " ".join(part.text for part in self.warning)

    def texts(self) -> list[str]:
        return [self.what_for, *self.side_effects, *(part.text for part in self.warning)]


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
    ingredients: tuple[Ingredient, ...] = ()
    mme: MmeInfo | None = None
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
    # Reps are counted on each side (one leg, then the other).
    each_side: bool = False
    # One plain line for the patient: where they should feel it.
    feel: dict[str, str] = Field(default_factory=dict)
    # The drawing: a start and an end pose (careplan.domain.pose).
    figure: ExerciseFigure | None = None


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

    @field_validator("patient")
    @classmethod
    def _placeholders(cls, value: dict[str, str]) -> dict[str, str]:
        for text in value.values():
            check_wording(text)
        return value


class KratomCaution(Sourced):
    id: str
    title: str
    clinician_text: str
    patient: dict[str, str]

    @field_validator("patient")
    @classmethod
    def _placeholders(cls, value: dict[str, str]) -> dict[str, str]:
        for text in value.values():
            check_wording(text)
        return value


JurisdictionStatus = Literal["banned", "restricted", "regulated", "legal", "unknown"]


class Jurisdiction(Sourced):
    """One row of the kratom law table: each row carries its own date, sources and minimum age."""

    code: str = Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
    name: str
    status: JurisdictionStatus
    detail: str
    as_of: date
    # Youngest age at which the law lets a person buy or hold kratom (None: no age limit found).
    min_age: int | None = Field(default=None, ge=1, le=30)
    restricted_conditions: tuple[Condition, ...] = ()
    # Product forms the law there bans even where kratom itself is not (Florida: concentrated 7-OH).
    banned_forms: tuple[KratomForm, ...] = ()


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

    @field_validator("patient")
    @classmethod
    def _placeholders(cls, value: dict[str, str]) -> dict[str, str]:
        for text in value.values():
            check_wording(text)
        return value


LineKind = Literal["emergency", "urgent", "poison", "crisis"]


class HelpLine(Sourced):
    """One phone line a patient can call: an emergency number, an urgent-care line (NHS 111),
    a poison centre or a crisis line. ``name`` and ``hours`` are patient wording per language;
    an emergency number needs no name."""

    kind: LineKind
    number: str = Field(pattern=r"^[0-9][0-9 -]{0,18}[0-9]$")
    name: dict[str, str] = Field(default_factory=dict)
    # Hours when the line is not open around the clock, per language ("8am to 10pm").
    hours: dict[str, str] = Field(default_factory=dict)
    text_too: bool = False

    @model_validator(mode="after")
    def _named(self) -> Self:
        if self.kind != "emergency" and not self.name.get("en", "").strip():
            raise ValueError(f"the {self.kind} line {self.number} needs a name a patient knows it by")
        return self


class CountryLines(_Strict):
    """The lines of one country (ISO 3166-1 alpha-2); a subdivision uses its country's row."""

    country: str = Field(pattern=r"^[A-Z]{2}$")
    lines: tuple[HelpLine, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _has_emergency(self) -> Self:
        if not self.of("emergency"):
            raise ValueError(f"{self.country}: a country row needs its emergency number")
        return self

    def of(self, kind: LineKind) -> tuple[HelpLine, ...]:
        return tuple(line for line in self.lines if line.kind == kind)


class EmergencyLineTable(_Strict):
    """Emergency, urgent-care, poison and crisis lines per country. A country that is not here
    gets "your local emergency number", never another country's numbers."""

    reviewed: date
    countries: tuple[CountryLines, ...] = Field(min_length=1)

    @field_validator("countries")
    @classmethod
    def _unique(cls, rows: tuple[CountryLines, ...]) -> tuple[CountryLines, ...]:
        codes = [r.country for r in rows]
        if len(codes) != len(set(codes)):
            raise ValueError("a country appears twice in the emergency line table")
        return rows


class CountryBrand(Sourced):
    """A medicine's names in one country: its brand names there, and the generic name used
    there when it differs from the catalog's (paracetamol in the UK)."""

    drug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    country: str = Field(pattern=r"^[A-Z]{2}$")
    names: tuple[str, ...] = ()
    generic: str = ""


class BrandTable(_Strict):
    """Brand names per country. ``Drug.brands`` holds US brand names (from US labels); every
    other country prints a brand only when a row here names one, else the generic name."""

    reviewed: date
    entries: tuple[CountryBrand, ...] = ()


RXCUI_PATTERN = r"^[0-9]{1,9}$"


class StrengthCode(_Strict):
    """The RxNorm clinical drug (term type SCD) of one catalog strength of the drug.

    ``strength`` is the catalog strength's label ("50 mg tablet", "tablet" for a combination);
    ``name`` is RxNorm's own name for the clinical drug where the source gives it, so that a
    reader can check the pairing ("gabapentin 300 MG Oral Capsule").
    """

    strength: str = Field(min_length=1)
    rxcui: str = Field(pattern=RXCUI_PATTERN)
    name: str = ""


class DrugCode(Sourced):
    """A drug's RxNorm codes: its ingredient (RxCUI, term type IN) and the clinical drug (SCD)
    of each listed strength that a source confirmed.

    A drug with no ingredient code says why in ``no_code`` (a combination product is coded by
    its clinical drugs; a herbal product sold as a supplement has no prescribable RxNorm drug);
    the sources back that reason like any other fact. An ingredient code that no source
    confirmed is left out (and listed in docs/label-facts-left-out.md) while the clinical-drug
    codes that were confirmed stay.
    """

    drug: str
    rxcui: str | None = Field(default=None, pattern=RXCUI_PATTERN)
    no_code: str = ""
    scd: tuple[StrengthCode, ...] = ()
    note: str = ""

    @model_validator(mode="after")
    def _code_or_reason(self) -> Self:
        if self.rxcui is not None and self.no_code.strip():
            raise ValueError(f"{self.drug}: an RxNorm entry has an ingredient code or says why it has none, not both")
        if self.rxcui is None and not self.no_code.strip() and not self.scd:
            raise ValueError(f"{self.drug}: an RxNorm entry holds at least one code or says why there is none")
        strengths = [c.strength for c in self.scd]
        if len(strengths) != len(set(strengths)):
            raise ValueError(f"{self.drug}: a strength has two clinical-drug codes")
        return self

    def scd_for(self, strength: CatalogStrength) -> StrengthCode | None:
        """The clinical-drug code of one catalog strength, if a source confirmed it."""
        label = strength.label()
        return next((c for c in self.scd if c.strength == label), None)


CypEnzyme = Literal["CYP3A4", "CYP2D6", "CYP1A2", "CYP2C19"]


class CypRole(Sourced):
    """FDA's table of CYP inhibitors and inducers by strength: the one place these roles are given
    (a role table; the lists may name drugs outside the catalog). Substrate roles are per drug, in
    the label files."""

    enzyme: CypEnzyme
    role: Literal["inhibitor", "inducer"]
    strength: Literal["strong", "moderate"]
    drugs: tuple[str, ...] = Field(min_length=1)

    @property
    def role_name(self) -> str:
        """The role a drug on this list has: ``cyp3a4_inhibitor_strong``."""
        return f"{self.enzyme.lower()}_{self.role}_{self.strength}"


class BeersAvoid(Sourced):
    """AGS Beers Criteria: drugs to avoid from the criteria's age on — by class (any of ``classes``),
    role or drug id, less ``except_drugs``; with ``condition``, only in patients who have it
    (a drug–disease criterion such as a history of falls)."""

    id: str
    criterion: str
    drugs: tuple[str, ...] = ()
    classes: tuple[DrugClass, ...] = ()
    roles: tuple[Role, ...] = ()
    except_drugs: tuple[str, ...] = ()
    condition: Condition | None = None

    @model_validator(mode="after")
    def _selects(self) -> Self:
        if not (self.drugs or self.classes or self.roles):
            raise ValueError(f"Beers criterion {self.id} names drugs, classes or roles")
        return self


class BeersCnsActive(Sourced):
    """AGS Beers: avoid this many or more CNS-active drugs together (classes listed)."""

    count: int = Field(ge=2)
    classes: tuple[DrugClass, ...] = Field(min_length=1)


class BeersCriteria(_Strict):
    avoid: tuple[BeersAvoid, ...] = ()
    cns_active: BeersCnsActive | None = None


class ClassDuplicate(Sourced):
    """Two different drugs from these classes are not meant to be taken together."""

    id: str
    name: str
    classes: tuple[DrugClass, ...] = ()
    # True: the group is the long-acting opioids (role long_acting, or an extended-release product).
    long_acting_opioids: bool = False

    @model_validator(mode="after")
    def _group(self) -> Self:
        if not self.classes and not self.long_acting_opioids:
            raise ValueError("a duplicate group names classes or long-acting opioids")
        return self


class NsaidTriple(Sourced):
    """An NSAID with a renin-angiotensin blocker and a diuretic (acute kidney injury)."""

    raas_classes: tuple[DrugClass, ...] = Field(min_length=1)
    diuretic_classes: tuple[DrugClass, ...] = Field(min_length=1)


class NaloxoneReasons(Sourced):
    """Conditions for which naloxone is offered with any opioid (CDC 2022 Recommendation 8: raised
    overdose risk), each row with its own sources."""

    conditions: tuple[Condition, ...] = Field(min_length=1)
    note: str = ""


class KratomConditionReason(Sourced):
    """Why a condition matters with kratom, for the clinician (KRATOM-CONDITION), and the kratom
    caution that backs it."""

    condition: Condition
    reason: str = Field(min_length=3)
    caution: str = ""


class RuleFacts(_Strict):
    """Facts of the combination and reason rules (rule_facts.json): class duplicates, the NSAID
    triple, the naloxone conditions and the kratom condition reasons."""

    class_duplicates: tuple[ClassDuplicate, ...] = ()
    nsaid_triple: NsaidTriple
    naloxone: tuple[NaloxoneReasons, ...] = ()
    kratom_conditions: tuple[KratomConditionReason, ...] = ()


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
    # Second safety set (issue 9): every fact sourced and dated like the rest.
    drug_codes: tuple[DrugCode, ...] = ()
    cyp: tuple[CypRole, ...] = ()
    beers: BeersCriteria = Field(default_factory=BeersCriteria)  # a factory: no validator built at import
    rule_facts: RuleFacts | None = None
    emergency_lines: EmergencyLineTable
    brands: BrandTable
    # Third set (issue 16): per-drug label facts and per-class group facts (LABEL-FACTS-FORMAT.md).
    labels: tuple[LabelFacts, ...] = ()
    groups: tuple[GroupFacts, ...] = ()
    # The drawn body of the exercise figures: proportions and each joint's normal range.
    body: BodyModel | None = None

    @field_validator("drugs")
    @classmethod
    def _unique_drug_ids(cls, drugs: tuple[Drug, ...]) -> tuple[Drug, ...]:
        seen: set[str] = set()
        for drug in drugs:
            if drug.id in seen:
                raise ValueError(f"duplicate drug id {drug.id!r}")
            seen.add(drug.id)
        return drugs

    @model_validator(mode="after")
    def _figures_within_limits(self) -> Self:
        """An exercise drawing a body cannot take is refused at load, naming the exercise."""
        from careplan.domain.pose.check import figure_problems

        for exercise in self.exercises:
            if exercise.figure is None:
                continue
            if self.body is None:
                raise ValueError(f"exercise {exercise.id!r} has a figure but the catalog has no body model")
            if problems := figure_problems(exercise.figure, self.body):
                raise ValueError(f"exercise {exercise.id!r} figure: {'; '.join(problems)}")
        return self

    @model_validator(mode="after")
    def _names_resolve(self) -> Self:
        ids = {d.id for d in self.drugs}
        texts = [t for d in self.drugs for w in d.patient.values() for t in w.texts()]
        texts += [t for f in self.red_flags for t in f.patient.values()]
        texts += [t for c in self.kratom_cautions for t in c.patient.values()]
        texts += [t for x in self.lifestyle_targets for t in x.patient.values()]
        if unknown := drug_placeholders(texts) - ids:
            raise ValueError(f"patient wording names drugs the catalog lacks: {', '.join(sorted(unknown))}")
        if unknown := {b.drug for b in self.brands.entries} - ids:
            raise ValueError(f"the brand table names drugs the catalog lacks: {', '.join(sorted(unknown))}")
        return self

    @model_validator(mode="after")
    def _references_are_catalog_drugs(self) -> Self:
        """Every drug id the safety tables name (FDA's CYP modulator lists aside) is in the catalog."""
        known = {d.id for d in self.drugs}
        named: list[tuple[str, str]] = [("drug_codes", c.drug) for c in self.drug_codes]
        named += [("beers", d) for b in self.beers.avoid for d in (*b.drugs, *b.except_drugs)]
        named += [("labels", label.drug) for label in self.labels]
        named += [("labels salt_of", label.salt_of.drug) for label in self.labels if label.salt_of is not None]
        missing = sorted({f"{table}: {drug}" for table, drug in named if drug not in known})
        if missing:
            raise ValueError(f"unknown drug ids in the safety tables: {', '.join(missing)}")
        return self

    @model_validator(mode="after")
    def _facts_name_known_classes(self) -> Self:
        """Classes the label and group files name exist; each drug has at most one label file."""
        classes = set(DRUG_CLASSES)
        bad: list[str] = []
        for body in (*self.labels, *self.groups):
            where = getattr(body, "drug", None) or getattr(body, "group", "?")
            bad += [f"{where}: class {row.with_.class_}" for row in body.interactions
                    if row.with_.class_ is not None and row.with_.class_ not in classes]
        bad += [f"group {g.group}: class {c}" for g in self.groups for c in g.applies_to.classes if c not in classes]
        if bad:
            raise ValueError(f"label facts name unknown classes: {', '.join(sorted(bad))}")
        drugs = [label.drug for label in self.labels]
        if len(drugs) != len(set(drugs)):
            raise ValueError("a drug has two label files")
        return self

    @model_validator(mode="after")
    def _codes_name_listed_strengths(self) -> Self:
        """Every clinical-drug code names a strength the drug lists (no code for a product we do not offer)."""
        coded = [c.drug for c in self.drug_codes]
        if twice := sorted({d for d in coded if coded.count(d) > 1}):
            raise ValueError(f"drugs with two RxNorm entries: {', '.join(twice)}")
        drugs = {d.id: d for d in self.drugs}
        stray = sorted(
            f"{code.drug}: {scd.strength!r}"
            for code in self.drug_codes
            if code.drug in drugs
            for scd in code.scd
            if scd.strength not in {s.label() for s in drugs[code.drug].strengths}
        )
        if stray:
            raise ValueError(f"RxNorm clinical-drug codes for strengths the catalog does not list: {', '.join(stray)}")
        return self
