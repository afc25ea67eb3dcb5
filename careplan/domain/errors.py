"""Turn pydantic validation errors into short messages a clinician can act on."""

from __future__ import annotations

from pydantic import ValidationError

from careplan.domain.codes import MODULE_KINDS

_FRIENDLY = {
    "extra_forbidden": "is not a field Careplan knows",
    "missing": "is required",
    "literal_error": "is not one of the allowed values",
    "union_tag_invalid": "has an unknown kind",
}


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
    return text or "the document"


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
        lines.append(f"{where}: {message}")
    return lines
