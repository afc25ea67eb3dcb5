"""Every size and range limit of the plan model in one place, and the annotated types that apply them.

These are bounds on *input*, not clinical limits: they keep any file, however hostile, to work
that finishes quickly (validation, safety checks, PDF layout) and to numbers and dates that
arithmetic and printing can handle. Clinical limits (maximum daily doses and so on) come from
the catalog with their sources. Each message names the limit in plain words; the field it
concerns is named by the validation error's location (see ``careplan.domain.errors``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field
from pydantic_core import PydanticCustomError

# --- text ------------------------------------------------------------------------------------
MAX_ID = 100  # item ids, catalog ids, rule ids
MAX_SHORT_TEXT = 200  # names, titles, labels: one line
MAX_TEXT = 2_000  # a paragraph: purpose, instructions, homework, a reason
MAX_TEXT_LINES = 40
MAX_NOTES = 10_000  # the plan's own notes
MAX_NOTES_LINES = 200
# The clinic's address on the letterhead: a few lines beside the logo, never a page of text.
MAX_ADDRESS = 400
MAX_ADDRESS_LINES = 8
# All free text in one plan together. It bounds the handout and summary to a few dozen pages,
# so that the largest plan the model allows still exports in seconds (benchmarks/largest_plan.py).
MAX_PLAN_TEXT = 100_000

# --- lists -----------------------------------------------------------------------------------
MAX_LIST = 30  # short lists: sites, tags, monitoring, flare steps, focus areas
MAX_ITEMS = 50  # exercises, lifestyle targets, ids an acknowledgement covers
MAX_MEDICINES = 200  # medicines in one medication module
MAX_MODULES = 20
MAX_GOALS = 20
MAX_CURRENT_MEDICATIONS = 50
MAX_ACKNOWLEDGEMENTS = 100
MAX_MEDICINES_IN_PLAN = 250  # planned and current together: interaction rules pair them
# Revisions of one plan: far beyond any real plan's, and a number every file and page prints.
MAX_REVISION = 9_999

# --- numbers and dates -----------------------------------------------------------------------
# An amount per dose far beyond any real one, yet small enough that dose x doses x factors
# stays an ordinary float: DOSE-DAILY-MAX and the MME check judge real amounts.
MAX_AMOUNT = 1_000_000.0
MIN_YEAR = 1900
MAX_YEAR = 2200

# Every Unicode line break (CR LF counts once): a line limit that counted "\n" alone let 5,000
# lines written with U+2028, CR or NEL through, and the export then took 44 seconds.
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Tab, newline and carriage return are the only control characters a person types.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def text_problem(value: str, max_chars: int, max_lines: int) -> str | None:
    """Why ``value`` may not be stored as text (too long, invalid Unicode, control characters), or None."""
    if len(value) > max_chars:
        return f"is too long ({len(value):,} characters); at most {max_chars:,} fit here"
    if _SURROGATE.search(value):
        return "contains invalid Unicode (a lone surrogate); retype or paste the text again"
    if max_lines == 1 and _LINE_BREAK.search(value):
        return "must be on one line"
    if control := _CONTROL.search(value):
        return f"contains a control character (U+{ord(control.group()):04X}) that cannot be printed"
    lines = line_count(value)
    if lines > max_lines:
        return f"has too many lines ({lines:,}); at most {max_lines:,} fit here"
    return None


def line_count(value: str) -> int:
    """Lines in ``value``, counting every Unicode line break (LF, CR, CR LF, NEL, U+2028, U+2029, ...)."""
    return len(_LINE_BREAK.findall(value)) + 1


def _text(max_chars: int, max_lines: int) -> Callable[[str], str]:
    def check(value: str) -> str:
        problem = text_problem(value, max_chars, max_lines)
        if problem is not None:
            raise PydanticCustomError("careplan_text", problem)
        return value

    return check


# The length cap is also a pydantic constraint: it is checked first, before any other work, and
# it overrides the model-wide default (the _Model config caps any other text at MAX_TEXT).
Id = Annotated[str, Field(max_length=MAX_ID), AfterValidator(_text(MAX_ID, 1))]
ShortText = Annotated[str, Field(max_length=MAX_SHORT_TEXT), AfterValidator(_text(MAX_SHORT_TEXT, 1))]
Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_text(MAX_TEXT, MAX_TEXT_LINES))]
NotesText = Annotated[str, Field(max_length=MAX_NOTES), AfterValidator(_text(MAX_NOTES, MAX_NOTES_LINES))]
AddressText = Annotated[str, Field(max_length=MAX_ADDRESS), AfterValidator(_text(MAX_ADDRESS, MAX_ADDRESS_LINES))]
# A required text (a goal's wording, a lifestyle target): at least one character.
RequiredText = Annotated[str, Field(min_length=1, max_length=MAX_TEXT), AfterValidator(_text(MAX_TEXT, MAX_TEXT_LINES))]


def short_list() -> Any:
    """A list field of short texts (sites, tags, monitoring...), at most ``MAX_LIST`` entries."""
    return Field(default_factory=list, max_length=MAX_LIST)


def item_list(limit: int = MAX_ITEMS) -> Any:
    """A list field of items (medicines, exercises, goals...), at most ``limit`` entries."""
    return Field(default_factory=list, max_length=limit)


def date_problem(value: date) -> str | None:
    """Why a date cannot be stored (out of range), or None."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        return f"the year {value.year} is outside {MIN_YEAR} to {MAX_YEAR}"
    return None


def amount_problem(value: float) -> str | None:
    """Why a number cannot be stored (infinite, NaN or far too large), or None."""
    if not math.isfinite(value):
        return "must be an ordinary number (not infinite or NaN)"
    if abs(value) > MAX_AMOUNT:
        return f"is far too large (more than {MAX_AMOUNT:,.0f})"
    return None


def _date_in_range(value: date) -> date:
    if problem := date_problem(value):
        raise PydanticCustomError("careplan_date", problem)
    return value


def _datetime_in_range(value: datetime) -> datetime:
    _date_in_range(value.date())
    if value.tzinfo is not None:
        # Converting to UTC is what exports do; a far-off offset must not push it past the range.
        _date_in_range(value.astimezone(UTC).date())
    return value


def _finite(value: float) -> float:
    if problem := amount_problem(value):
        raise PydanticCustomError("careplan_number", problem)
    return value


ClinicalDate = Annotated[date, AfterValidator(_date_in_range)]
Timestamp = Annotated[datetime, AfterValidator(_datetime_in_range)]
Amount = Annotated[float, AfterValidator(_finite)]


# The record of signing (the sign-off and the revision replaced) is bounded by its own fields'
# limits and left out of the budget, so that signing or revising a plan at the budget never
# pushes it over (it once made a plan exactly at the limit impossible to sign).
_NOT_BUDGETED = frozenset({"signed_off", "supersedes"})


def plan_text_length(value: object) -> int:
    """Characters of text in a model or plain structure (ids and codes included: they print too).

    The sign-off and the reference to the revision replaced are not counted (see above).
    """
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(plan_text_length(v) for k, v in value.items() if k not in _NOT_BUDGETED)
    if isinstance(value, (list, tuple)):
        return sum(plan_text_length(v) for v in value)
    fields = getattr(type(value), "model_fields", None)
    if fields is not None:
        return sum(plan_text_length(getattr(value, name)) for name in fields if name not in _NOT_BUDGETED)
    return 0

