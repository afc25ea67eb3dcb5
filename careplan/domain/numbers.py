"""Numbers and counts in words, one way for the whole app: findings, plan comparison, handout, editor.

Five copies of "a number without trailing zeros" had drifted apart (two or three decimals, with
or without thousands separators), so the same dose could read "1200" on the handout and "1,200"
in a finding. This module is the one place that decides.
"""

from __future__ import annotations

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
