"""Turn pydantic validation errors into short messages a clinician can act on."""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import PydanticCustomError

from careplan.domain.codes import MODULE_KINDS

# The location of a problem with the document as a whole (not one field).
WHOLE = "the document"

_FRIENDLY = {
    "extra_forbidden": "is not a field Careplan knows",
    "missing": "is required",
    "literal_error": "is not one of the allowed values",
    "union_tag_invalid": "has an unknown kind",
    "finite_number": "must be an ordinary number (not infinite or NaN)",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": "must be text (in quotes)",
    "string_unicode": "contains invalid Unicode (a lone surrogate); retype or paste the text again",
    "list_type": "must be a list",
    "model_type": "must be an object with named fields",
    "model_attributes_type": "must be an object with named fields",
    "dict_type": "must be an object with named fields",
}
# Type errors about numbers, dates and times: what the value must look like, in plain words.
_EXPECTED = {
    "float_type": "a number written without quotes",
    "float_parsing": "a number written without quotes",
    "int_type": "a whole number written without quotes",
    "int_parsing": "a whole number written without quotes",
    "int_from_float": "a whole number",
    "date_type": "a date written as YYYY-MM-DD",
    "date_parsing": "a date written as YYYY-MM-DD",
    "date_from_datetime_parsing": "a date written as YYYY-MM-DD",
    "date_from_datetime_inexact": "a date written as YYYY-MM-DD",
    "datetime_type": "a date and time written as YYYY-MM-DDTHH:MM:SSZ",
    "datetime_parsing": "a date and time written as YYYY-MM-DDTHH:MM:SSZ",
    "datetime_from_date_parsing": "a date and time written as YYYY-MM-DDTHH:MM:SSZ",
}
_BOUNDS = {
    "greater_than": "must be more than {gt}",
    "greater_than_equal": "must be at least {ge}",
    "less_than": "must be less than {lt}",
    "less_than_equal": "must be at most {le}",
}


def _shown(value: object) -> str:
    """A short rendering of a bad input value for a message (never the whole of a huge one)."""
    text = "true" if value is True else "false" if value is False else "null" if value is None else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


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
        else:
            text += f".{part}" if text else part
    return text or WHOLE


def describe(exc: ValidationError) -> list[str]:
    """One line per problem, each naming where it is and what is wrong."""
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        where = location(tuple(err["loc"]))
        kind = err["type"]
        message = str(err["msg"])
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        if kind == "union_tag_invalid":
            tag = (err.get("ctx") or {}).get("tag", "?")
            message = f"unknown module kind {tag!r} (known: {', '.join(MODULE_KINDS)})"
        elif kind == "literal_error":
            expected = (err.get("ctx") or {}).get("expected", "")
            message = f"{err.get('input')!r} is not allowed; expected {expected}"
        elif kind in _FRIENDLY and kind != "union_tag_invalid":
            message = _FRIENDLY[kind]
        elif kind in _EXPECTED:
            message = f"must be {_EXPECTED[kind]} (got {_shown(err.get('input'))})"
        elif kind in _BOUNDS:
            message = _BOUNDS[kind].format(**(err.get("ctx") or {}))
        elif kind == "string_too_short":
            message = "must not be empty"
        elif kind == "union_tag_not_found":
            message = f"needs a 'kind' (one of: {', '.join(MODULE_KINDS)})"
        elif kind == "string_pattern_mismatch":
            message = (
                "must be a country code such as GB, or a country and region code such as US-TX"
                if where.endswith("jurisdiction")
                else f"is not in the expected form (got {_shown(err.get('input'))})"
            )
        elif kind == "string_too_long":
            limit = (err.get("ctx") or {}).get("max_length", "?")
            size = len(err["input"]) if isinstance(err.get("input"), str) else "?"
            message = f"is too long ({size:,} characters); at most {limit:,} fit here"
        elif kind == "too_long":
            ctx = err.get("ctx") or {}
            message = f"has too many entries ({ctx.get('actual_length', '?')}); at most {ctx.get('max_length', '?')} fit here"
        # A message that names its own, more precise place (a plan-level check) keeps it.
        lines.append(message if message.startswith(where) or where == WHOLE else f"{where}: {message}")
    return lines
