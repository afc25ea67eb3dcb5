"""Every validation error in plain words, from one table: for a file (command line, open) and for a form field.

The plan model refuses a bad value with pydantic's structured errors. Nobody reads pydantic's
own text: each error *type* has a row below with two wordings, one for a file ("names where,
says what, quotes what was found") and one for the field a clinician was editing (no field
name, no JSON words, what to do instead). Two tables used to word the same errors apart; a
test walks every error type the model can raise and checks the field wording covers it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from careplan.domain.codes import MODULE_KINDS
from careplan.domain.numbers import number

# The location of a problem with the document as a whole (not one field).
WHOLE = "the document"
FALLBACK = "this value cannot be used here."

_DATE_TYPES = ("date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact")
_DATETIME_TYPES = ("datetime_type", "datetime_parsing", "datetime_from_date_parsing", "datetime_object_invalid")

# error type -> (in a form, after "Label: "; in a file, after "where: "). ``{x}`` is the error's
# context value x (a bound); "(got ...)" is added to file wordings of type errors below.
WORDS: dict[str, tuple[str, str]] = {
    "greater_than": ("must be more than {gt}.", "must be more than {gt}"),
    "greater_than_equal": ("must be {ge} or more.", "must be at least {ge}"),
    "less_than": ("must be less than {lt}.", "must be less than {lt}"),
    "less_than_equal": ("must be {le} or less.", "must be at most {le}"),
    "too_short": ("needs at least {min_length} entries.", "needs at least {min_length} entries"),
    "literal_error": ("must be one of the choices offered.", "is not one of the allowed values"),
    "enum": ("must be one of the choices offered.", "is not one of the allowed values"),
    "union_tag_invalid": ("must be one of the choices offered.", "has an unknown kind"),
    "union_tag_not_found": ("must be one of the choices offered.", "needs a 'kind'"),
    "int_parsing": ("must be a whole number.", "must be a whole number written without quotes"),
    "int_type": ("must be a whole number.", "must be a whole number written without quotes"),
    "int_from_float": ("must be a whole number.", "must be a whole number"),
    "float_parsing": ("must be a number.", "must be a number written without quotes"),
    "float_type": ("must be a number.", "must be a number written without quotes"),
    "finite_number": ("must be a number.", "must be an ordinary number (not infinite or NaN)"),
    "bool_parsing": ("must be yes or no.", "must be true or false"),
    "bool_type": ("must be yes or no.", "must be true or false"),
    "string_type": ("must be text.", "must be text (in quotes)"),
    "string_unicode": ("must be text.", "contains invalid Unicode (a lone surrogate); retype or paste the text again"),
    "list_type": ("must be a list.", "must be a list"),
    "tuple_type": ("must be a list.", "must be a list"),
    "set_type": ("must be a list.", "must be a list"),
    "frozen_set_type": ("must be a list.", "must be a list"),
    "model_type": ("is not filled in the way Careplan expects.", "must be an object with named fields"),
    "model_attributes_type": ("is not filled in the way Careplan expects.", "must be an object with named fields"),
    "dict_type": ("is not filled in the way Careplan expects.", "must be an object with named fields"),
    "dataclass_type": ("is not filled in the way Careplan expects.", "must be an object with named fields"),
    "missing": ("is needed.", "is required"),
    "extra_forbidden": ("is not something Careplan keeps.", "is not a field Careplan knows"),
    **{kind: ("is not a date Careplan can read.", "must be a date written as YYYY-MM-DD") for kind in _DATE_TYPES},
    **{kind: ("is not a date Careplan can read.", "must be a date and time written as YYYY-MM-DDTHH:MM:SSZ")
       for kind in _DATETIME_TYPES},
}
# File wordings of these types quote the value found: "must be a number written without quotes (got '400')".
_QUOTE_INPUT = {"float_type", "float_parsing", "int_type", "int_parsing", "int_from_float", *_DATE_TYPES,
                *_DATETIME_TYPES}

# Wording for the model's own rules, keyed by their stable error type (``plan_error``): what the
# clinician can do about it. A file gets the rule's own message, which names its place.
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
    "careplan_language_tag": "give a language code such as es or es-MX.",
    "careplan_kratom_not_accepted": "the kratom cautions must be accepted first.",
    "careplan_template_with_patient": "a template holds no patient details.",
    "careplan_final_unsigned": "a signed-off plan needs the name of who signed it.",
    "careplan_draft_signed": "a draft plan is not signed off; sign it off to make it final.",
    "careplan_revision_order": "a revision must come after the one it replaces.",
    "careplan_too_many_medicines": "this plan already lists as many medicines as one plan can hold.",
    "careplan_too_much_text": "this plan holds as much text as one plan can; shorten notes or instructions.",
    "careplan_duplicate_id": "two parts of this plan share one id; each needs its own (the file names both places).",
    # Stewardship and measures (issue 19).
    "careplan_taper_steps_or_rate": "a taper needs its dated steps or a rate, one of the two.",
    "careplan_taper_step_order": "each taper step must start after the step before it.",
    "careplan_taper_after_stop": "the stop is the last step of a taper; no step can follow it.",
    "careplan_taper_step_kind": "give each taper step a dose, doses per time of day, a pause or a stop.",
    "careplan_taper_step_frequency": "give a taper step's dose with how many times a day (or every how many hours).",
    "careplan_taper_step_timing": "give one time of day for each dose of the taper step.",
    "careplan_taper_doses_empty": "name at least one time of day for the taper step's doses.",
    "careplan_taper_dose_not_positive": "each dose in a taper step must be more than zero.",
    "careplan_measure_answers": "answer every item of the questionnaire within its scale.",
    "careplan_template_with_measures": "a template holds no patient's measures or monitoring.",
}


def plan_error(code: str, message: str) -> PydanticCustomError:
    """A broken model rule with a stable error type (``careplan_<code>``) that the GUI words by.

    The message travels in the error's context, never as a template, so user text in it (a drug
    name with braces) cannot be read as a placeholder.
    """
    return PydanticCustomError(f"careplan_{code}", "{message}", {"message": message})


def location(loc: tuple[int | str, ...]) -> str:
    """``('modules', 0, 'medication', 'items', 1, 'dose')`` -> ``modules[0].items[1].dose``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in MODULE_KINDS or part.startswith("function-"):
            continue  # discriminator tags add nothing for the reader
        elif not part.isprintable() or not part:
            # A key a hostile file made up ("\n", "\u2028", ""): quoted and escaped, so that the
            # message stays one line and shows what the key was.
            text += f"[{part!r}]"
        else:
            text += f".{part}" if text else part
    return text or WHOLE


def _shown(value: object) -> str:
    """A short rendering of a bad input value for a message (never the whole of a huge one)."""
    text = "true" if value is True else "false" if value is False else "null" if value is None else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _bound(value: Any) -> str:
    return number(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def _fill(template: str, ctx: Mapping[str, Any], *, grouped: bool = True) -> str:
    """A wording with its bounds filled in ("must be 0 or more"); a missing bound reads "?".

    A file's line writes a whole-number bound as the file would (9999, not 9,999): it is what
    the person fixing the file types."""
    for key in ("gt", "ge", "lt", "le", "min_length", "max_length"):
        value = ctx.get(key, "?")
        shown = str(value) if not grouped and isinstance(value, int) and not isinstance(value, bool) else _bound(value)
        template = template.replace("{" + key + "}", shown)
    return template


# --- for a form field ------------------------------------------------------------------------------


def error_words(error: Mapping[str, Any], *, example: str = "") -> str:
    """What is wrong, for one pydantic error, in words without the field's name (lower case start)."""
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    if kind == "string_too_short":
        limit = _bound(ctx.get("min_length", "?"))
        return "cannot be left empty." if limit in ("1", "?") else f"needs at least {limit} characters."
    if kind == "string_too_long":
        return f"is too long (at most {_bound(ctx.get('max_length', '?'))} characters)."
    if kind == "too_long":
        return f"has too many entries (at most {_bound(ctx.get('max_length', '?'))})."
    if kind == "string_pattern_mismatch":
        return f"is not written in a form Careplan understands{f', e.g. {example}' if example else ''}."
    if kind in _DATE_TYPES or kind in _DATETIME_TYPES:
        return f"is not a date Careplan can read{f'; write it like {example}' if example else ''}."
    if kind in WORDS:
        return _fill(WORDS[kind][0], ctx)
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


# --- for a file ------------------------------------------------------------------------------------


def _file_words(err: Mapping[str, Any], where: str) -> str:
    kind = err["type"]
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    message = str(err["msg"])
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if kind == "union_tag_invalid":
        return f"unknown module kind {ctx.get('tag', '?')!r} (known: {', '.join(MODULE_KINDS)})"
    if kind == "union_tag_not_found":
        return f"needs a 'kind' (one of: {', '.join(MODULE_KINDS)})"
    if kind == "literal_error":
        return f"{err.get('input')!r} is not allowed; expected {ctx.get('expected', '')}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_pattern_mismatch":
        if where.endswith("jurisdiction"):
            return "must be a country code such as GB, or a country and region code such as US-TX"
        return f"is not in the expected form (got {_shown(err.get('input'))})"
    if kind == "string_too_long":
        limit = ctx.get("max_length", "?")
        size = len(err["input"]) if isinstance(err.get("input"), str) else "?"
        return f"is too long ({size:,} characters); at most {limit:,} fit here"
    if kind == "too_long":
        return f"has too many entries ({ctx.get('actual_length', '?')}); at most {ctx.get('max_length', '?')} fit here"
    if kind in WORDS:
        words = _fill(WORDS[kind][1], ctx, grouped=False)
        return f"{words} (got {_shown(err.get('input'))})" if kind in _QUOTE_INPUT else words
    return message


def describe(exc: ValidationError) -> list[str]:
    """One line per problem in a file, each naming where it is and what is wrong."""
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        where = location(tuple(err["loc"]))
        message = _file_words(err, where)
        # A message that names its own, more precise place (a plan-level check) keeps it.
        lines.append(message if message.startswith(where) or where == WHOLE else f"{where}: {message}")
    return lines
