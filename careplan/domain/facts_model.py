"""Label facts (resources/catalog/labels) and class facts (resources/catalog/groups) as pydantic models.

One file per catalog drug holds what its label says, by population and in the label's own word;
one file per group (a class, or classes and roles together) holds what is true of every member.
The format is LABEL-FACTS-FORMAT.md; every row is sourced and dated like the rest of the catalog.
The label's word sets the severity of the finding a row raises (:func:`severity_for`).
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

from typing import Literal, Self

from pydantic import ConfigDict, Field, model_validator

from careplan.domain.codes import ROLES, Condition, HepaticImpairment, Release, Role, Route, Severity, Word
from careplan.domain.sourced import Sourced, Strict

# The words that may be raised to critical, and those that never are (LABEL-FACTS-FORMAT.md).
_CRITICAL_WORDS: frozenset[str] = frozenset({"contraindicated", "boxed_warning"})
_WARNING_WORDS: frozenset[str] = frozenset({"avoid", "not_recommended", "do_not_exceed", "reduce_dose"})
_CAUTION_WORDS: frozenset[str] = frozenset({"use_with_caution", "monitor", "not_established"})

MassUnit = Literal["mg", "mcg", "g"]
LimitUnit = Literal["mg", "mcg", "g", "mcg/h", "tablet", "capsule", "patch", "application"]


def allowed_severities(word: str) -> tuple[Severity, ...]:
    """The severities a row with this word may carry, the default first."""
    if word == "contraindicated":
        return ("critical",)
    if word == "boxed_warning":
        return ("critical", "warning")
    if word in _WARNING_WORDS:
        return ("warning", "critical")
    return ("warning", "info")


def severity_for(word: str, severity: Severity | None) -> Severity:
    """The finding's severity for a row: the label's word decides, the row's own ``severity``
    chooses within what the word allows (contraindicated → critical; boxed warning → critical
    unless the row says warning; avoid / not recommended / do not exceed / reduce dose → warning
    unless the row says critical; use with caution / monitor / not established → warning or info)."""
    allowed = allowed_severities(word)
    return severity if severity is not None and severity in allowed else allowed[0]


class WordFact(Sourced):
    """A fact in the label's own word, optionally with a severity the word allows."""

    word: Word
    severity: Severity | None = None
    note: str = ""

    @model_validator(mode="after")
    def _severity_fits_word(self) -> Self:
        if self.severity is not None and self.severity not in allowed_severities(self.word):
            allowed = " or ".join(allowed_severities(self.word))
            raise ValueError(f"a '{self.word}' fact is {allowed}, not {self.severity}")
        return self

    @property
    def resolved_severity(self) -> Severity:
        return severity_for(self.word, self.severity)


class MaximumRow(Sourced):
    """The label's most a day for a population, or "do not use" (``avoid``) in it.

    Every population key given must hold for the row to apply; a row without any is the adult
    maximum. An amount row is a "do not exceed" fact: over it is critical unless ``severity`` says
    warning. An ``avoid`` row keeps its ``word``.
    """

    amount: float | None = Field(default=None, gt=0)
    unit: LimitUnit | None = None
    avoid: bool = False
    word: Word | None = None
    severity: Severity | None = None
    note: str = ""
    # Population keys.
    release: Release | None = None
    otc: bool | None = None
    # Only for items of this strength (mg of the drug per tablet or capsule): an OTC limit that
    # differs by product (acetaminophen 325 mg: 10 tablets; 500 mg: 6).
    strength: float | None = Field(default=None, gt=0)
    # Only for items taken by this route (buprenorphine patch vs buccal film).
    route: Route | None = None
    age_min: int | None = Field(default=None, ge=0, le=130)
    age_max: int | None = Field(default=None, ge=0, le=130)
    crcl_below: float | None = Field(default=None, gt=0)
    egfr_below: float | None = Field(default=None, gt=0)
    # Inclusive upper ends, for labels whose band ends "up to and including" a value (CrCl 15).
    crcl_at_most: float | None = Field(default=None, gt=0)
    egfr_at_most: float | None = Field(default=None, gt=0)
    hepatic: HepaticImpairment | None = None
    indication: str | None = None
    condition: Condition | None = None
    heavy_alcohol: bool | None = None

    @model_validator(mode="after")
    def _amount_or_avoid(self) -> Self:
        if self.avoid == (self.amount is not None):
            raise ValueError("a maxima row gives an 'amount' (with its 'unit') or says 'avoid', not both")
        if self.amount is not None and self.unit is None:
            raise ValueError("a maxima row's amount needs its 'unit'")
        if self.avoid and self.word is None:
            raise ValueError("an 'avoid' maxima row keeps the label's 'word'")
        kidney = [k for k in ("crcl_below", "egfr_below", "crcl_at_most", "egfr_at_most") if getattr(self, k) is not None]
        if len(kidney) > 1:
            raise ValueError("a maxima row has one kidney key (crcl_below, egfr_below, crcl_at_most or egfr_at_most)")
        word = self.word or "do_not_exceed"
        if self.severity is not None and self.amount is not None and self.severity not in ("critical", "warning"):
            raise ValueError("a maximum is critical or warning")
        if self.severity is not None and self.avoid and self.severity not in allowed_severities(word):
            raise ValueError(f"a '{word}' row is {' or '.join(allowed_severities(word))}, not {self.severity}")
        return self

    @property
    def resolved_severity(self) -> Severity:
        if self.amount is not None:
            return self.severity or "critical"
        return severity_for(self.word or "avoid", self.severity)

    @property
    def kidney(self) -> tuple[str, float, bool] | None:
        """("crcl" | "egfr", the bound, inclusive?) of a kidney row, else None."""
        for key, measure, inclusive in (("crcl_below", "crcl", False), ("egfr_below", "egfr", False),
                                        ("crcl_at_most", "crcl", True), ("egfr_at_most", "egfr", True)):
            value = getattr(self, key)
            if value is not None:
                return measure, value, inclusive
        return None

    @property
    def population_keys(self) -> tuple[str, ...]:
        keys = ("release", "otc", "strength", "route", "age_min", "age_max", "crcl_below", "egfr_below", "crcl_at_most", "egfr_at_most",
                "hepatic", "indication", "condition", "heavy_alcohol")
        return tuple(k for k in keys if getattr(self, k) is not None)


class NoLabelMaximum(Sourced):
    """The label states no daily maximum (titrated to effect)."""

    note: str = ""


class PediatricFact(WordFact):
    """The youngest age the label allows (``min_age`` in whole years), with its word and hazard."""

    min_age: int = Field(ge=1, le=25)
    hazard: str = Field(min_length=3)


class WeightBasedMaximum(Sourced):
    """A maximum in mg per kg of body weight a day, for patients under a weight and/or an age."""

    mg_per_kg_day: float = Field(gt=0)
    applies_below_kg: float | None = Field(default=None, gt=0)
    age_min: int | None = Field(default=None, ge=0, le=130)
    age_max: int | None = Field(default=None, ge=0, le=130)
    max_mg_day: float | None = Field(default=None, gt=0)
    word: Word = "do_not_exceed"
    severity: Severity | None = None
    note: str = ""

    @model_validator(mode="after")
    def _who(self) -> Self:
        if self.applies_below_kg is None and self.age_max is None:
            raise ValueError("a weight-based maximum says whom it is for: 'applies_below_kg' and/or 'age_max'")
        return self

    @property
    def resolved_severity(self) -> Severity:
        return self.severity or "critical"


class PregnancyFact(WordFact):
    """A pregnancy fact from a gestational week (inclusive) to another (inclusive, None: term)."""

    from_week: int = Field(default=0, ge=0, le=45)
    to_week: int | None = Field(default=None, ge=0, le=45)
    hazard: str = Field(min_length=3)

    def covers(self, weeks: int) -> bool:
        return self.from_week <= weeks and (self.to_week is None or weeks <= self.to_week)


class LactationFact(WordFact):
    hazard: str = Field(min_length=3)


class HepaticFact(WordFact):
    """What the label says at one Child-Pugh class that is not a number (numbers are maxima rows)."""

    hepatic: HepaticImpairment
    release: Release | None = None
    hazard: str = ""


class OpioidTolerantOnly(Sourced):
    """The label restricts the drug (or its ``release`` products, or its larger doses) to
    opioid-tolerant patients."""

    release: Release | None = None
    # Only these strengths (mg per unit), single doses over, or daily totals over these amounts
    # (in ``unit``, mg unless said) are restricted; none given: every product of the release.
    strengths: tuple[float, ...] = ()
    single_dose_above: float | None = Field(default=None, gt=0)
    daily_above: float | None = Field(default=None, gt=0)
    unit: MassUnit = "mg"
    note: str = ""


class ToleranceDose(Sourced):
    """The label's opioid-tolerance level for this drug: taking at least this much a day for a
    week or longer (oxycodone 30 mg, fentanyl 25 mcg/h, or an equianalgesic dose of another)."""

    amount: float = Field(gt=0)
    unit: Literal["mg", "mcg", "mcg/h"]
    route: Route | None = None


class ConditionFact(WordFact):
    """A contraindication or warning keyed by one of the plan's condition codes."""

    condition: Condition
    hazard: str = Field(min_length=3)


class Partner(Strict):
    """What an interaction is with: a drug id, a class id, a role, or a recorded allergy."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    drug: str | None = None
    class_: str | None = Field(default=None, alias="class")
    role: str | None = None
    allergy: str | None = None
    # Not a medicine: alcohol (met by heavy drinking, NIAAA) or kratom (an active kratom module).
    substance: Literal["alcohol", "kratom"] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        given = [v for v in (self.drug, self.class_, self.role, self.allergy, self.substance) if v is not None]
        if len(given) != 1:
            raise ValueError("an interaction is 'with' exactly one of: drug, class, role, allergy, substance")
        if self.role is not None and not any(r == self.role or r.startswith(self.role + "_") for r in ROLES):
            raise ValueError(f"unknown role {self.role!r}")
        return self

    def words(self) -> str:
        if self.drug is not None:
            return self.drug
        if self.class_ is not None:
            return f"class {self.class_}"
        if self.role is not None:
            return f"role {self.role}"
        if self.substance is not None:
            return self.substance
        return f"allergy {self.allergy}"


class InteractionFact(WordFact):
    """The label's interaction or contraindication with a partner, in its word, with its effect."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    with_: Partner = Field(alias="with")
    effect: str = Field(min_length=3)


class RoleFact(Sourced):
    role: Role


class SaltOf(Sourced):
    """This drug is a salt of ``drug``: ``salt_mg`` of it hold ``drug_mg`` of the parent (naproxen
    sodium 550 mg = naproxen 500 mg), given as the label states them so that limits compare exactly."""

    drug: str
    salt_mg: float = Field(gt=0)
    drug_mg: float = Field(gt=0)

    @property
    def factor(self) -> float:
        return self.drug_mg / self.salt_mg


class ReviewWithin(Sourced):
    """The longest time to a first review after starting the drug."""

    days: int = Field(ge=1, le=90)


class EcgAbove(Sourced):
    """A daily amount over which the label (or a guideline) advises an additional ECG."""

    mg_day: float = Field(gt=0)
    note: str = ""


class PrnGap(Sourced):
    """As-needed use needs a minimum gap between doses (``hours`` when the label gives one)."""

    hours: float | None = Field(default=None, gt=0, le=72)
    note: str = ""


class FactBody(Strict):
    """The fields a label file and a group file share."""

    maxima: tuple[MaximumRow, ...] = ()
    no_label_maximum: NoLabelMaximum | None = None
    pediatric: PediatricFact | None = None
    weight_based: tuple[WeightBasedMaximum, ...] = ()
    pregnancy: tuple[PregnancyFact, ...] = ()
    lactation: LactationFact | None = None
    hepatic: tuple[HepaticFact, ...] = ()
    opioid_tolerant_only: OpioidTolerantOnly | None = None
    conditions: tuple[ConditionFact, ...] = ()
    interactions: tuple[InteractionFact, ...] = ()
    roles: tuple[RoleFact, ...] = ()
    salt_of: SaltOf | None = None
    review_within_days: ReviewWithin | None = None
    qt_ecg_above: EcgAbove | None = None
    prn_gap: PrnGap | None = None
    tolerance_dose: ToleranceDose | None = None


class LabelFacts(FactBody):
    """What one catalog drug's label says (resources/catalog/labels/<drug>.json)."""

    drug: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")

    @model_validator(mode="after")
    def _one_kind_of_maximum(self) -> Self:
        amounts = [m for m in self.maxima if m.amount is not None]
        if amounts and self.no_label_maximum is not None:
            raise ValueError(f"{self.drug}: a label with maxima has no 'no_label_maximum'")
        return self


class Selector(Strict):
    """Which drugs a group's facts apply to: all the classes and all the roles listed."""

    classes: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    # True: only drugs taken for a systemic effect (an NSAID tablet, not an NSAID gel).
    systemic_only: bool = False

    @model_validator(mode="after")
    def _something(self) -> Self:
        if not self.classes and not self.roles:
            raise ValueError("a group applies to classes and/or roles")
        return self


class GroupFacts(FactBody):
    """What is true of every drug a selector picks (resources/catalog/groups/<name>.json)."""

    group: str = Field(pattern=r"^[a-z0-9]+([-_][a-z0-9]+)*$")
    applies_to: Selector
    description: str = ""

    @model_validator(mode="after")
    def _no_roles_from_roles(self) -> Self:
        if self.applies_to.roles and self.roles:
            raise ValueError(f"group {self.group}: a group that selects by role may not give roles")
        if self.salt_of is not None or self.no_label_maximum is not None:
            raise ValueError(f"group {self.group}: 'salt_of' and 'no_label_maximum' are per drug")
        return self
