"""What the safety engine reports: findings, the MME breakdown, and the report that holds both."""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

from pydantic import BaseModel, ConfigDict, Field

from careplan.domain.catalog_model import Source
from careplan.domain.codes import SEVERITY_ORDER, Severity
from careplan.domain.plan import Acknowledgement

# A detail of more clauses than this reads as a list, one clause a line (the summary and the
# findings panel alike): a list the eye can run down, and in print a finding that runs onto the next
# page splits between lines instead of re-setting one long paragraph on every page it spans.
CLAUSES_INLINE = 3


def detail_clauses(detail: str) -> list[tuple[str, int]]:
    """A finding's detail as its "; "-separated clauses, each once with how many times it came
    (medicine lines with the same words and dose repeat the same clause), in first-seen order."""
    counts: dict[str, int] = {}
    for clause in detail.split("; "):
        counts[clause] = counts.get(clause, 0) + 1
    return list(counts.items())


class FindingLimit(BaseModel):
    """The limit an over-limit finding applies, for the handout: the most a day of one ingredient
    (or product), the planned total, and why this limit applies to this patient."""

    model_config = ConfigDict(frozen=True)

    ingredient: str
    amount: float
    unit: str
    total: float
    # Why the limit is this one: "liver", "kidneys", "alcohol", "age", "otc", or a condition code.
    reasons: tuple[str, ...] = ()


class Finding(BaseModel):
    """One safety finding. `rule` ids are a contract: they are stored in plan acknowledgements."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    title: str
    detail: str
    items: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    acknowledgement: Acknowledgement | None = None
    # Why an acknowledgement of this finding stopped covering it (a covered dose or the MME rose
    # past what it saw); the detail says so too. Empty when none lapsed.
    acknowledgement_lapsed: str = ""
    # An over-limit finding's limit (DOSE-DAILY-MAX, APAP-DAILY-MAX, RENAL-DOSE, HEPATIC-DOSE...).
    limit: FindingLimit | None = None

    @property
    def acknowledged(self) -> bool:
        return self.acknowledgement is not None

    @property
    def blocking(self) -> bool:
        """A critical finding blocks export until it is acknowledged with a reason."""
        return self.severity == "critical" and not self.acknowledged

    def sort_key(self) -> tuple[int, str, tuple[str, ...], str]:
        return (SEVERITY_ORDER[self.severity], self.rule, self.items, self.title)


class MmeLine(BaseModel):
    """One medicine's contribution to the MME total, or why it does not count."""

    model_config = ConfigDict(frozen=True)

    item: str
    label: str
    daily_amount: float
    amount_unit: str
    factor: float | None
    mme: float
    note: str = ""
    # False when the amount could not be worked out (DOSE-UNCOUNTED says why); the total then
    # understates the opioid load.
    counted: bool = True
    # True for an item given as treatment for opioid-use disorder: its MME is shown, and left out
    # of the total the MME thresholds compare (CDC 2022).
    oud_treatment: bool = False


class MmeSummary(BaseModel):
    model_config = ConfigDict(frozen=True)

    total: float = 0.0
    lines: tuple[MmeLine, ...] = ()
    table: str = "CDC 2022"
    caveat: str = (
        "MME factors (CDC 2022) estimate overdose risk; they are not for converting one opioid into another."
    )

    @property
    def oud_total(self) -> float:
        """MME of opioid-use-disorder treatment, shown beside the total and left out of it."""
        return sum(line.mme for line in self.lines if line.oud_treatment)

    @property
    def complete(self) -> bool:
        """False when some opioid's amount could not be counted: the total is then a minimum."""
        return all(line.counted for line in self.lines)


class StaleAcknowledgement(BaseModel):
    """An acknowledgement in the plan that no longer matches any finding."""

    model_config = ConfigDict(frozen=True)

    acknowledgement: Acknowledgement
    reason: str


class SafetyReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    findings: tuple[Finding, ...] = ()
    mme: MmeSummary = Field(default_factory=MmeSummary)
    stale_acknowledgements: tuple[StaleAcknowledgement, ...] = ()

    @property
    def blocking(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.blocking)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)
