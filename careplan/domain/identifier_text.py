"""Identifiers in one piece of free text: the patterns, and the Unicode normalisation before them.

Text is normalised before any pattern runs, so that the spelling of an identifier cannot hide it:
NFKC (fullwidth digits and ``＠`` become ASCII), zero-width and other format characters and
combining marks removed (``9\u200b4\u03363`` is ``943``), every dash a hyphen and every space a
space. What is looked for:

- the patient's name parts, hyphenated and short ones included, matched as whole words with
  accents folded ("Zoe Nunez" finds "Zoë Ñúñez"). A part matches when written with a capital
  initial, as names are (so patient "Mary Bridge" does not refuse "glute bridge"); parts in
  scripts without case match anywhere;
- the date of birth, and any other full calendar date, in the common spellings: numeric in any
  order with ``-``, ``/``, ``.`` or spaces (1961-03-04, 04/03/1961, 4.3.61), compact (19610304),
  and with the month's name before or after the day, with or without separators, "the", "of" or
  an ordinal ("04-Mar-1961", "04MAR1961", "March the 4th, 1961", "1961 Mar 4"). HIPAA's Safe
  Harbor method counts every date tied to a person;
- the record number, and its digits when it has four or more (shorter numbers cannot be told from
  everyday quantities such as "30 minutes");
- NHS numbers (ten digits, 3-3-4, whose check digit is right), record-number-like tokens
  ("MRN 123456", "A-1002") and long digit runs;
- phone numbers: any number ``phonenumbers`` finds valid for one of :data:`PHONE_REGIONS` (or the
  patient's country), and number-like groups of seven to fifteen digits written as phone numbers
  are ("555 1234", "07700 900123", "+44 7700 900123");
- e-mail addresses, with or without a dot after the ``@`` and written "name [at] host";
- postal addresses (a house number and street, a PO box, a UK postcode, a US state and ZIP code).

Deliberately not: dates and numbers spelled out in words ("the fourth of March, nineteen
sixty-one"), a month and year without a day, street addresses in forms other than English ones.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args

from careplan.domain.plan import Patient

IdentifierKind = Literal["name", "date_of_birth", "record_number", "nhs_number", "phone", "email", "address", "date",
                         "record_like"]

KIND_WORDS: dict[str, str] = {
    "name": "the patient's name",
    "date_of_birth": "the patient's date of birth",
    "record_number": "the patient's record number",
    "nhs_number": "an NHS number",
    "phone": "a phone number",
    "email": "an e-mail address",
    "address": "a postal address",
    "date": "a full date (a date tied to a patient identifies them)",
    "record_like": "what looks like a record or ID number",
}

# Countries whose phone numbers are looked for in every text (the patient's own is added). A
# number valid in any of them is a phone number wherever it is written.
PHONE_REGIONS: tuple[str, ...] = ("US", "CA", "GB", "IE", "AU", "NZ", "IN", "TH", "DE", "FR", "ES", "NL", "ZA")

# --- normalisation ------------------------------------------------------------------------------

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE",
                       "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})
_WORD = re.compile(r"[^\W\d_]+")
# Removed before matching: format characters (zero-width space and joiners, soft hyphen, word
# joiner, BOM, direction marks) and combining marks (a digit struck through is still a digit).
_DROPPED_CATEGORIES = frozenset({"Cf", "Mn", "Me"})


def normalise(text: str) -> str:
    """The text every identifier pattern reads: NFKC, invisible and combining marks gone, one kind of dash and space."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text):
        category = unicodedata.category(ch)
        if category in _DROPPED_CATEGORIES:
            continue
        if category == "Pd" or ch == "\u2212":
            out.append("-")
        elif category == "Zs":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def fold(text: str) -> str:
    """Lower case without accents: "Zoë Ñúñez" -> "zoe nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _has_case(ch: str) -> bool:
    return ch.lower() != ch.upper()


@dataclass(frozen=True)
class PatientIds:
    """The patient's own identifiers, prepared once for every text of a plan."""

    cased_parts: frozenset[str]  # folded name parts written in a script with case
    caseless_parts: tuple[str, ...]  # folded parts in scripts without case (matched anywhere)
    record: str  # record number, letters and digits only, lower case ("" when not usable)
    record_digits: str
    dob: date | None
    region: str | None  # the patient's country, for phone numbers


def patient_ids(patient: Patient | None) -> PatientIds:
    if patient is None:
        return PatientIds(frozenset(), (), "", "", None, None)
    parts = [p for p in _WORD.findall(normalise(patient.name)) if len(p) >= 2]
    record_text = normalise(patient.record_number)
    record = re.sub(r"[\W_]+", "", record_text).lower()
    digits = re.sub(r"\D+", "", record_text)
    region = patient.jurisdiction.split("-", 1)[0].upper() if patient.jurisdiction else None
    return PatientIds(
        cased_parts=frozenset(fold(p) for p in parts if _has_case(p[0])),
        caseless_parts=tuple(fold(p) for p in parts if not _has_case(p[0])),
        record=record if len(record) >= 4 else "",
        record_digits=digits if len(digits) >= 4 else "",
        dob=patient.date_of_birth,
        region=region,
    )


# --- dates written in free text -------------------------------------------------------------------

_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for name in names}
_MONTH = r"(?<![^\W\d_])(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SEP = r"[\s./,-]*"
_DAY = r"(?P<a>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>\d{4}|'?\d{2})(?!\d)"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<s>[-/. ])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<s>[-/. ])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)"),
    # Two-digit years only with / or . (with - or spaces, "10-12-15" is more likely a range of counts).
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2})(?![\d/.])"),
    re.compile(r"(?<!\d)(?P<compact>\d{8})(?!\d)"),
    # Day, month's name, year: "4 March 1961", "04-Mar-1961", "04MAR1961", "4th of March, '61".
    re.compile(r"(?<!\d)" + _DAY + _SEP + r"(?:of\s+)?" + _MONTH + _SEP + _YEAR, re.I),
    # Month's name, day, year: "March 4, 1961", "March the 4th, 1961", "Mar-04-1961".
    re.compile(_MONTH + _SEP + r"(?:the\s+)?" + _DAY + r"(?:\s+of)?[\s./,-]+" + _YEAR, re.I),
    # Year, month's name, day: "1961-Mar-04", "1961 March 4".
    re.compile(r"(?<!\d)(?P<y>\d{4})" + _SEP + _MONTH + _SEP + r"(?:the\s+)?" + _DAY + r"(?!\d)", re.I),
)


def _years(text: str) -> list[int]:
    text = text.lstrip("'")
    if len(text) == 4:
        return [int(text)]
    return [1900 + int(text), 2000 + int(text)]


# Years a date tied to a living patient (or their care) may carry; "3 10 1000 mg" is a dose.
_YEARS = range(1870, 2200)


def _make(year: int, month: int, day: int) -> date | None:
    if year not in _YEARS:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dates_in(text: str) -> Iterator[tuple[re.Match[str], set[date]]]:
    """Each date-like expression in ``text`` with every date it could mean (day/month order is ambiguous)."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            found: set[date] = set()
            if groups.get("compact"):
                c = groups["compact"]
                for y, mo, d in ((c[:4], c[4:6], c[6:]), (c[4:], c[2:4], c[:2]), (c[4:], c[:2], c[2:4])):
                    found.add(_make(int(y), int(mo), int(d)) or date.min)
            elif groups.get("month"):
                month = _MONTHS[groups["month"].lower()]
                for year in _years(groups["y"]):
                    found.add(_make(year, month, int(groups["a"])) or date.min)
            else:
                a, b = int(groups["a"]), int(groups["b"])
                for year in _years(groups["y"]):
                    if len(groups["y"]) == 4 and m.start("y") < m.start("a"):
                        found.add(_make(year, a, b) or date.min)  # year first: Y-M-D
                    else:
                        found.update({_make(year, b, a) or date.min, _make(year, a, b) or date.min})
            found.discard(date.min)
            if found:
                yield m, found


# --- other identifier patterns ------------------------------------------------------------------

_ALNUM_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*")
_DIGIT_GROUP = re.compile(r"\d+(?:[\s./-]+\d+)*")
# Each starts only where a token starts (the lookbehind): otherwise a 2,000-letter word without an
# "@" costs a scan from every one of its letters.
_EMAILS = (
    re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*"),
    re.compile(r"(?<![\w.+-])[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*[\w-]+)*", re.I),
)
_NHS = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
# Groups of up to six digits: a UK mobile is written "07700 900123".
_PHONE = re.compile(r"(?<![\w+])(?P<plus>\+\d{1,3}[\s.-]?)?(?P<paren>\(\d{1,5}\)[\s.-]?)?\d{2,6}(?:[\s.-]\d{2,6}){1,4}(?![\w])")
_LONG_NUMBER = re.compile(r"(?<![\w.])\+?\d{7,}(?![\w.])")
_RECORD_LIKE = (
    re.compile(r"\b(?:MRN|M\.R\.N\.|NHS|NHI|SSN|CHI|record|chart|patient|hospital)\s*(?:no\.?|number|num|id|#)?\s*[:#]?\s*"
               r"[A-Z]{0,3}-?\d{3,}", re.I),
    re.compile(r"\b[A-Z]{1,4}[-/]?\d{4,}\b"),
)
_STREET = (r"Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Way|Place|Close|Crescent|"
           r"Terrace|Highway|Hwy|Parkway|Square|Gardens|Grove|Straße|Strasse|Rue|Calle")
_ADDRESS = (
    re.compile(r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:" + _STREET + r")\b"),
    re.compile(r"\bP\.?\s?O\.?\s+Box\s+\d+", re.I),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"),  # UK postcode
    re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b"),  # US state and ZIP code
)
_ENOUGH_DIGITS_FOR_A_PHONE = 7
# phonenumbers reads at most this many candidates of one text (each costs a lookup per region).
_MOST_LOOKUPS = 20


def _grouped_like_a_phone(text: str, *, trunk_prefix: bool = False) -> bool:
    """Seven to fifteen digits written as phone numbers are: with a country code or an area code in
    brackets, as one run, or in groups whose last and one other have three digits or more ("555 1234",
    "020 7946 0018"); "10 20 30 40" (counts) and "3 10 1000" (a dose) are not."""
    digits = re.sub(r"\D", "", text)
    if not 7 <= len(digits) <= 15:
        return False
    if text.lstrip().startswith(("+", "(")):
        return True
    groups = re.findall(r"\d+", text)
    if trunk_prefix and groups[0].startswith("0"):
        return True  # a number valid in a country, dialled with its trunk prefix: "06 12345678"
    return len(groups) == 1 or (len(groups[-1]) >= 3 and max(len(g) for g in groups[:-1]) >= 3)


def _phone_like(match: re.Match[str]) -> bool:
    return (bool(match.group("plus") or match.group("paren")) and 7 <= len(re.sub(r"\D", "", match.group())) <= 15) \
        or _grouped_like_a_phone(match.group())


def _phones_in_run(text: str) -> Iterator[str]:
    """Numbers written one after another ("07700 900123 07700 900124"): the run is too long to be one
    number, so each stretch of two to five digit groups that is written like a phone number counts."""
    groups = list(re.finditer(r"\d+", text))
    i = 0
    while i < len(groups):
        for j in range(min(i + 4, len(groups) - 1), i, -1):
            window = text[groups[i].start():groups[j].end()]
            if _grouped_like_a_phone(window):
                yield window
                i = j
                break
        i += 1


def _nhs_valid(digits: str) -> bool:
    """The NHS number's modulus-11 check digit (NHS Data Dictionary)."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


# Where a phone number could be: digits with the separators numbers are written with, at most as
# long as the longest number written out. ``phonenumbers`` reads only these (reading whole texts
# with it cost a second for 2,000 characters of digits).
_PHONE_CANDIDATE = re.compile(r"(?<![\w+])\+?[\d(][\d\s().-]{5,24}\d(?!\d)")


def _valid_phones(text: str, region: str | None) -> Iterator[str]:
    if sum(ch.isdigit() for ch in text) < _ENOUGH_DIGITS_FOR_A_PHONE:
        return  # cheap: most clinical text holds no seven digits at all
    # Imported here, not at the top: the window imports this module (for the identifier kinds' words)
    # at start, and phonenumbers is ~60 modules that only a text with enough digits needs (a template
    # being made or indexed; the index is kept, so a later start reads none).
    import phonenumbers

    regions = dict.fromkeys([*((region,) if region else ()), *PHONE_REGIONS])
    looked_up = 0
    for candidate in _PHONE_CANDIDATE.finditer(text):
        snippet = candidate.group()
        if not _grouped_like_a_phone(snippet, trunk_prefix=True):
            continue  # cheap first: "1-1-1-1-1-1-1" is nobody's number
        looked_up += 1
        if looked_up > _MOST_LOOKUPS:
            return  # a text of hundreds of number-like runs: the patterns above have reported it already
        for code in regions:
            for match in phonenumbers.PhoneNumberMatcher(snippet, code, leniency=phonenumbers.Leniency.VALID):
                if _grouped_like_a_phone(match.raw_string, trunk_prefix=True):  # "3 10 1000" is a valid US number, and a dose
                    yield match.raw_string


def identifiers_in_text(text: str, patient: Patient | None = None) -> list[tuple[IdentifierKind, str]]:
    """Every identifier in one piece of free text: (kind, the text found, as normalised)."""
    return find_in_text(text, patient_ids(patient))


def find_in_text(text: str, ids: PatientIds) -> list[tuple[IdentifierKind, str]]:
    """As :func:`identifiers_in_text`, with the patient's identifiers prepared once."""
    text = normalise(text)
    hits: list[tuple[IdentifierKind, str]] = []
    # Name parts, as whole words with a capital initial, accents folded.
    for m in _WORD.finditer(text):
        word = m.group()
        if _has_case(word[0]) and word[0].isupper() and fold(word) in ids.cased_parts:
            hits.append(("name", word))
    folded = fold(text)
    hits += [("name", part) for part in ids.caseless_parts if part in folded]
    date_spans: list[tuple[int, int]] = []
    for match, candidates in _dates_in(text):
        date_spans.append(match.span())
        hits.append(("date_of_birth" if ids.dob in candidates else "date", match.group()))
    for pattern in _EMAILS:
        hits += [("email", m.group()) for m in pattern.finditer(text)]

    def in_date(m: re.Match[str]) -> bool:
        return any(s <= m.start() and m.end() <= e for s, e in date_spans)

    for m in _NHS.finditer(text):
        if not in_date(m) and _nhs_valid("".join(m.groups())):
            hits.append(("nhs_number", m.group()))
    digits_seen: set[str] = set()
    for m in _PHONE.finditer(text):
        if in_date(m):
            continue
        for number in [m.group()] if _phone_like(m) else _phones_in_run(m.group()):
            hits.append(("phone", number))
            digits_seen.add(re.sub(r"\D", "", number))
    for found in _valid_phones(text, ids.region):
        hits.append(("phone", found))
        digits_seen.add(re.sub(r"\D", "", found))
    for m in _LONG_NUMBER.finditer(text):
        if not in_date(m) and m.group().lstrip("+") not in digits_seen:
            hits.append(("record_like", m.group()))
    for pattern in _RECORD_LIKE:
        hits += [("record_like", m.group()) for m in pattern.finditer(text) if not in_date(m)]
    for pattern in _ADDRESS:
        hits += [("address", m.group()) for m in pattern.finditer(text)]
    # The patient's own record number, as a token or as its digits.
    if ids.record:
        for m in _ALNUM_TOKEN.finditer(text):
            if ids.record in re.sub(r"[\W_]+", "", m.group()).lower():
                hits.append(("record_number", m.group()))
    if ids.record_digits:
        for m in _DIGIT_GROUP.finditer(text):
            if ids.record_digits in re.sub(r"\D+", "", m.group()):
                hits.append(("record_number", m.group()))
    # One finding per text found is enough: a record number is also "record-like".
    seen: dict[str, IdentifierKind] = {}
    rank = list(get_args(IdentifierKind))
    for kind, found in hits:
        if found not in seen or rank.index(kind) < rank.index(seen[found]):
            seen[found] = kind
    # The patient's own identifiers first: they are the surest finds.
    return sorted(((kind, found) for found, kind in seen.items()), key=lambda hit: rank.index(hit[0]))
