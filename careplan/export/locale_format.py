"""Dates, numbers and small grammar of a translated handout, formatted with Babel (CLDR) for the
patient's locale ("es-MX", "es-ES", "es-US"). English handouts keep their own phrase-built dates
(careplan.export.context), which follow the country's order without Babel.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal


@cache
def babel_locale(tag: str) -> Locale:
    """The CLDR locale of a language tag; a region CLDR does not know falls back to the language."""
    try:
        return Locale.parse(tag, sep="-")
    except (UnknownLocaleError, ValueError):
        return Locale.parse(tag.split("-", 1)[0])


def format_number(value: float, tag: str) -> str:
    """2.5 -> "2.5" (es-MX, es-US) or "2,5" (es-ES); whole numbers without decimals and never
    with a group separator (a dose reads "1000 mg", not "1,000 mg", which a reader of another
    country could take for one)."""
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    return format_decimal(round(value, 3), format="#0.###", locale=babel_locale(tag), group_separator=False)


def format_fixed(value: float, decimals: int, tag: str) -> str:
    """A score with a fixed number of decimals as the locale writes it: 6.0 -> "6.0" (es-MX) or
    "6,0" (es-ES); no group separator."""
    pattern = "#0." + "0" * decimals if decimals > 0 else "#0"
    return format_decimal(value, format=pattern, locale=babel_locale(tag), group_separator=False)


def long_date(day: date, tag: str) -> str:
    """ "1 de febrero de 2027": the month in words, so no reader mixes up day and month."""
    return format_date(day, format="long", locale=babel_locale(tag))


def weekday_date(day: date, tag: str, short: bool = False) -> str:
    """ "martes, 1 de diciembre"; short: "mar, 1 dic"."""
    locale = babel_locale(tag)
    if short:
        return format_skeleton("MMMEd", day, locale=locale)
    # CLDR has no skeleton with the weekday in full: its month-day-weekday pattern, widened.
    pattern = locale.datetime_skeletons.get("MMMMEd")
    if pattern is None:
        return format_date(day, format="full", locale=locale)
    return format_date(day, format=_full_weekday(str(pattern.pattern)), locale=locale)


def weekday_date_year(day: date, tag: str) -> str:
    """ "lunes, 11 de enero de 2027": the weekday, day, month and year in the locale's own full
    pattern (a year tacked on after the short form would read "11 de enero, 2027")."""
    return format_date(day, format="full", locale=babel_locale(tag))


def in_sentence(name: str) -> str:
    """A generic name set inside a sentence: "Morfina (MS Contin)" -> "morfina (MS Contin)".
    Names that open with an acronym or a brand in capitals ("MS Contin", "NSAID") stay as they are."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _full_weekday(pattern: str) -> str:
    """ "E, d 'de' MMMM" -> "EEEE, d 'de' MMMM" (letters inside quotes are text, left alone)."""
    out: list[str] = []
    quoted = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "'":
            quoted = not quoted
        if char == "E" and not quoted:
            while index < len(pattern) and pattern[index] == "E":
                index += 1
            out.append("EEEE")
            continue
        out.append(char)
        index += 1
    return "".join(out)


def conjunction(word: str, following: str, language: str) -> str:
    """The conjunction before the last item of a list, as the language spells it there: Spanish
    "y" becomes "e" before an /i/ sound ("naproxeno e ibuprofeno"), "o" becomes "u" before an
    /o/ sound."""
    if language != "es":
        return word
    head = following.strip().lower()
    if word == "y" and head.startswith(("i", "hi", "í", "hí")) and not head.startswith(("hia", "hie", "hio", "hiu")):
        return "e"
    if word == "o" and head.startswith(("o", "ho", "ó", "hó")):
        return "u"
    return word
