"""Plain words for the plan model's validation errors: never a pattern, a field name or pydantic's text.

The model (careplan.domain.plan) refuses a bad value with pydantic's structured errors. The
clinician reads one sentence about the field they were editing, worded here from the error's
*type* and its limits, never from pydantic's message. A test walks every error type the model
can raise and checks each one has its own wording here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

# Wording for the model's own rules, keyed by their stable error type (careplan.domain.errors.plan_error):
# what the clinician can do about it.
PLAN_RULES: dict[str, str] = {
    "careplan_dose_not_positive": "a dose must be more than zero.",
    "careplan_medicine_unnamed": "pick a medicine from the list or type its name.",
    "careplan_frequency_conflict": "choose one way of taking it: daily, every so many hours or days, or as needed.",
    "careplan_prn_without_cap": "an as-needed medicine needs the most doses a day.",
    "careplan_cap_without_prn": "the most doses a day is for as-needed medicines only.",
    "careplan_gap_without_prn": "the hours between doses are for as-needed medicines only.",
    "careplan_timing_not_daily": "times of day are for medicines taken a number of times a day.",
    "careplan_timing_count": "give one time of day for each dose.",
    "careplan_timing_repeated": "each dose needs a different time of day.",
    "careplan_stop_before_start": "the stop date is before the start date.",
    "careplan_stop_and_duration": "give a stop date or a course length, not both.",
    "careplan_exercise_unnamed": "pick an exercise from the library or type its name.",
    "careplan_peg_items": "PEG-3 needs all three scores.",
    "careplan_peg_range": "each PEG score is from 0 to 10.",
    "careplan_kratom_not_accepted": "the kratom cautions must be accepted first.",
    "careplan_template_with_patient": "a template holds no patient details.",
    "careplan_final_unsigned": "a signed-off plan needs the name of who signed it.",
    "careplan_draft_signed": "a draft plan is not signed off; sign it off to make it final.",
    "careplan_revision_order": "a revision must come after the one it replaces.",
    "careplan_too_many_medicines": "this plan already lists as many medicines as one plan can hold.",
    "careplan_too_much_text": "this plan holds as much text as one plan can; shorten notes or instructions.",
    "careplan_duplicate_id": "two parts of this plan share one id; each needs its own (the file names both places).",
}
FALLBACK = "this value cannot be used here."


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _limit(ctx: Mapping[str, Any], key: str) -> str:
    return _number(ctx.get(key, "?"))


def error_words(error: Mapping[str, Any], *, example: str = "") -> str:
    """What is wrong, for one pydantic error, in words without the field's name (lower case start)."""
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if kind == "greater_than":
        return f"must be more than {_limit(ctx, 'gt')}."
    if kind == "greater_than_equal":
        return f"must be {_limit(ctx, 'ge')} or more."
    if kind == "less_than":
        return f"must be less than {_limit(ctx, 'lt')}."
    if kind == "less_than_equal":
        return f"must be {_limit(ctx, 'le')} or less."
    if kind == "string_too_short":
        return "cannot be left empty." if _limit(ctx, "min_length") in ("1", "?") else f"needs at least {_limit(ctx, 'min_length')} characters."
    if kind == "too_short":
        return f"needs at least {_limit(ctx, 'min_length')} entries."
    if kind == "string_too_long":
        return f"is too long (at most {_limit(ctx, 'max_length')} characters)."
    if kind == "too_long":
        return f"has too many entries (at most {_limit(ctx, 'max_length')})."
    if kind == "string_pattern_mismatch":
        return f"is not written in a form Careplan understands{f', e.g. {example}' if example else ''}."
    if kind in ("literal_error", "enum", "union_tag_invalid", "union_tag_not_found"):
        return "must be one of the choices offered."
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type", "date_from_datetime_inexact",
                "datetime_parsing", "datetime_type", "datetime_from_date_parsing", "datetime_object_invalid"):
        return f"is not a date Careplan can read{f'; write it like {example}' if example else ''}."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "must be a whole number."
    if kind in ("float_parsing", "float_type", "finite_number"):
        return "must be a number."
    if kind in ("bool_parsing", "bool_type"):
        return "must be yes or no."
    if kind in ("string_type", "string_unicode"):
        return "must be text."
    if kind in ("list_type", "tuple_type", "set_type", "frozen_set_type"):
        return "must be a list."
    if kind in ("model_type", "model_attributes_type", "dict_type", "dataclass_type"):
        return "is not filled in the way Careplan expects."
    if kind == "missing":
        return "is needed."
    if kind == "extra_forbidden":
        return "is not something Careplan keeps."
    if kind in PLAN_RULES:
        return PLAN_RULES[kind]
    if kind.startswith("careplan_"):
        # Careplan's own input limits (domain/limits.py) are worded for people already.
        return f"{error.get('msg', FALLBACK)}."
    return FALLBACK


def with_label(label: str, words: str) -> str:
    """"Date of birth: write the date like ..." (a sentence-case word stays lower after the colon)."""
    name = label[:1].upper() + label[1:] if label else "This value"
    if words[:1].isupper() and words[1:2].islower():
        words = words[:1].lower() + words[1:]
    return f"{name}: {words}"


def plain_message(errors: Iterable[Mapping[str, Any]], label: str, *, example: str = "") -> str:
    """One sentence for the field called ``label`` ("Date of birth: ...") from the model's errors."""
    first = next(iter(errors), None)
    return with_label(label, error_words(first, example=example) if first is not None else FALLBACK)
