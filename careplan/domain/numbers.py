"""Numbers and counts in words, one way for the whole app: findings, plan comparison, handout, editor.

Five copies of "a number without trailing zeros" had drifted apart (two or three decimals, with
or without thousands separators), so the same dose could read "1200" on the handout and "1,200"
in a finding. This module is the one place that decides.
"""

from __future__ import annotations

import re

# Three decimals keep the smallest strengths in the catalog exact (0.125 mg, 12.5 mcg/h) while
# dropping float noise such as 0.30000000000000004.
PLACES = 3


def number(value: float) -> str:
    """A number for people: thousands separators, no trailing zeros, at most three decimals.

    >>> number(1200.0), number(2.5), number(0.125), number(0.1 + 0.2)
    ('1,200', '2.5', '0.125', '0.3')
    """
    rounded = round(value)
    if abs(value - rounded) < 1e-9:
        return f"{rounded:,}"
    text = f"{value:,.{PLACES}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def plural(count: float, singular: str, plural_form: str | None = None) -> str:
    """The word for ``count`` of something: "dose" for 1, "doses" otherwise (``plural_form`` if irregular)."""
    if count == 1:
        return singular
    return plural_form if plural_form is not None else f"{singular}s"


def counted(count: float, singular: str, plural_form: str | None = None) -> str:
    """"1 dose", "3 doses", "1,200 tablets": the number and the word that agrees with it."""
    return f"{number(count)} {plural(count, singular, plural_form)}"


_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")


def parse_number(text: str, minimum: float, maximum: float, *, whole: bool = False,
                 suffixes: tuple[str, ...] = ()) -> float | None:
    """The number a person typed into a field, or None for an empty field; ValueError in plain words.

    Nothing is corrected behind their back: "11" in a 0-10 field, "0" where the least is 1,
    "abc" and "2,5" are refused with the reason (the caller keeps the text on screen). The
    field's own unit words (``suffixes``, e.g. "doses a day") may be typed after the number;
    thousands separators ("10,000") are read.
    """
    value = text.strip()
    for suffix in sorted(suffixes, key=len, reverse=True):
        if suffix and value.lower().endswith(suffix.lower()):
            value = value[: -len(suffix)].strip()
            break
    if not value:
        return None
    span = f"from {number(minimum)} to {number(maximum)}"
    if _DECIMAL_COMMA.match(value) and not _GROUPED.match(value):
        raise ValueError(f"write decimals with a point, e.g. {value.replace(',', '.')}.")
    if not (_PLAIN.match(value) or _GROUPED.match(value)):
        raise ValueError(f"must be {'a whole number' if whole else 'a number'} {span}.")
    amount = float(value.replace(",", ""))
    if whole and not amount.is_integer():
        raise ValueError(f"must be a whole number {span}.")
    if not minimum <= amount <= maximum:
        raise ValueError(f"must be {span}; {number(amount)} is {'too low' if amount < minimum else 'too high'}.")
    return amount
