"""Where patient identifiers hide in a plan's free text, found structurally and never rewritten.

A template is a plan's clinical content without its patient block (see
``careplan.storage.templates.make_template``). Ids, codes, catalog ids, numbers and dates in
typed fields are never inspected as text and never changed. Only free-text fields are read,
and one that holds an identifier is *reported* with its path, so the clinician can edit it:
text is never rewritten behind their back (the first release turned "30 minutes" into
"[patient] minutes" for record number 30).

What counts as an identifier:
- the patient's name parts, hyphenated and short ones included, matched as whole words with
  accents folded ("Zoe Nunez" finds "Zoë Ñúñez"). A part matches when written with a capital
  initial, as names are (so patient "Mary Bridge" does not refuse "glute bridge"); parts in
  scripts without case match anywhere;
- the date of birth in common spellings (1961-03-04, 04/03/1961, 4.3.61, 4 March 1961, ...);
- the record number, and its digits when it has four or more (shorter numbers cannot be told
  from everyday quantities such as "30 minutes");
- and in any plan or template, with no patient to compare with: phone numbers, e-mail
  addresses, postal addresses (a house number and street, a PO box, a UK postcode or a US
  state and ZIP code), record-number-like tokens ("MRN 123456", "A-1002"), long digit runs,
  and full calendar dates (HIPAA's Safe Harbor method counts every date tied to a person).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args, get_origin

from pydantic import BaseModel

from careplan.domain.edits import FieldPath
from careplan.domain.errors import location
from careplan.domain.plan import CarePlan, Patient

IdentifierKind = Literal["name", "date_of_birth", "record_number", "phone", "email", "address", "date", "record_like"]

KIND_WORDS: dict[str, str] = {
    "name": "the patient's name",
    "date_of_birth": "the patient's date of birth",
    "record_number": "the patient's record number",
    "phone": "a phone number",
    "email": "an e-mail address",
    "address": "a postal address",
    "date": "a full date (a date tied to a patient identifies them)",
    "record_like": "what looks like a record or ID number",
}

# Parts of a plan that are not template content: the patient block goes, acknowledgements and
# sign-off are cleared, and the clinician and template author name the author, not the patient.
_NOT_CONTENT = frozenset({"patient", "acknowledgements", "signed_off", "clinician", "author"})
# String fields that hold ids or codes, never prose; Literal-typed fields are codes as well.
CODE_FIELDS = frozenset({"id", "drug", "exercise", "catalog_id", "practice", "focus_areas", "cautions_discussed",
                         "rule", "items", "allergies", "jurisdiction", "version"})


@dataclass(frozen=True)
class IdentifierHit:
    """One identifier in one free-text field.

    ``path`` follows ``careplan.domain.edits``: field names, and for list elements the
    element's ``id`` (plain string lists use the index), so the GUI can open that field.
    """

    path: FieldPath
    where: str  # the field as a reader sees it: ``goals[0].text``
    kind: IdentifierKind
    found: str

    def describe(self) -> str:
        return f"{self.where} contains {KIND_WORDS[self.kind]} ({self.found!r})"


class IdentifiersFound(ValueError):
    """A plan cannot become a template (or a template be imported): free text holds identifiers."""

    def __init__(self, hits: list[IdentifierHit]) -> None:
        self.hits = hits
        more = f" (and {len(hits) - 1} more)" if len(hits) > 1 else ""
        super().__init__(f"{hits[0].describe()}{more}; edit the text and try again (templates carry no patient identifiers)")


# --- folding and patient identifiers ----------------------------------------------------------

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE",
                       "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})
_WORD = re.compile(r"[^\W\d_]+")


def fold(text: str) -> str:
    """Lower case without accents: "Zoë Ñúñez" -> "zoe nunez"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _has_case(ch: str) -> bool:
    return ch.lower() != ch.upper()


@dataclass(frozen=True)
class _PatientIds:
    cased_parts: frozenset[str]  # folded name parts written in a script with case
    caseless_parts: tuple[str, ...]  # folded parts in scripts without case (matched anywhere)
    record: str  # record number, letters and digits only, lower case ("" when not usable)
    record_digits: str
    dob: date | None


def _patient_ids(patient: Patient | None) -> _PatientIds:
    if patient is None:
        return _PatientIds(frozenset(), (), "", "", None)
    parts = [p for p in _WORD.findall(patient.name) if len(p) >= 2]
    record = re.sub(r"[\W_]+", "", patient.record_number).lower()
    digits = re.sub(r"\D+", "", patient.record_number)
    return _PatientIds(
        cased_parts=frozenset(fold(p) for p in parts if _has_case(p[0])),
        caseless_parts=tuple(fold(p) for p in parts if not _has_case(p[0])),
        record=record if len(record) >= 4 else "",
        record_digits=digits if len(digits) >= 4 else "",
        dob=patient.date_of_birth,
    )


# --- dates written in free text ---------------------------------------------------------------

_MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
     ("december", "dec")], start=1) for name in names}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})(?P<s>[-/.])(?P<a>\d{1,2})(?P=s)(?P<b>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)"),
    # Two-digit years only with / or . (with - or spaces, "10-12-15" is more likely a range of counts).
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})(?P<s>[/.])(?P<b>\d{1,2})(?P=s)(?P<y>\d{2})(?![\d/.])"),
    re.compile(r"(?<!\d)(?P<compact>\d{8})(?!\d)"),
    re.compile(r"(?<!\d)(?P<a>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4}|'?\d{2})(?!\d)", re.I),
    re.compile(_MONTH + r"\s+(?P<a>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4}|'?\d{2})(?!\d)", re.I),
)


def _years(text: str) -> list[int]:
    text = text.lstrip("'")
    if len(text) == 4:
        return [int(text)]
    return [1900 + int(text), 2000 + int(text)]


def _make(year: int, month: int, day: int) -> date | None:
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


# --- other identifier patterns ----------------------------------------------------------------

_ALNUM_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*")
_DIGIT_GROUP = re.compile(r"\d+(?:[\s./-]+\d+)*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?P<plus>\+\d{1,3}[\s.-]?)?(?P<paren>\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\w])")
_LONG_NUMBER = re.compile(r"(?<![\w.])\d{7,}(?![\w.])")
_RECORD_LIKE = (
    re.compile(r"\b(?:MRN|NHS|NHI|SSN|record|chart|patient|hospital)\s*(?:no\.?|number|num|id|#)?\s*[:#]?\s*[A-Z]{0,3}-?\d{3,}", re.I),
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


def _phone_like(match: re.Match[str]) -> bool:
    digits = re.sub(r"\D", "", match.group())
    if not 7 <= len(digits) <= 15:
        return False
    if match.group("plus") or match.group("paren"):
        return True
    groups = re.findall(r"\d+", match.group())
    # "555 1234", "020 7946 0018": the last group and another have three digits or more;
    # "10 20 30 40" (counts) does not.
    return len(groups[-1]) >= 3 and max(len(g) for g in groups[:-1]) >= 3


def identifiers_in_text(text: str, patient: Patient | None = None) -> list[tuple[IdentifierKind, str]]:
    """Every identifier in one piece of free text: (kind, the text found)."""
    return _identifiers_in_text(text, _patient_ids(patient))


def _identifiers_in_text(text: str, ids: _PatientIds) -> list[tuple[IdentifierKind, str]]:
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
    for m in _EMAIL.finditer(text):
        hits.append(("email", m.group()))

    def in_date(m: re.Match[str]) -> bool:
        return any(s <= m.start() and m.end() <= e for s, e in date_spans)

    digits_seen: set[str] = set()
    for m in _PHONE.finditer(text):
        if not in_date(m) and _phone_like(m):
            hits.append(("phone", m.group()))
            digits_seen.add(re.sub(r"\D", "", m.group()))
    for m in _LONG_NUMBER.finditer(text):
        if not in_date(m) and m.group() not in digits_seen:
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


# --- walking the plan -------------------------------------------------------------------------

@functools.cache
def _is_code(model: type[BaseModel], name: str) -> bool:
    if name in CODE_FIELDS:
        return True
    annotation = model.model_fields[name].annotation
    stack = [annotation]
    while stack:
        current = stack.pop()
        if get_origin(current) is Literal:
            return True
        stack.extend(get_args(current))
    return False


def free_text_fields(plan: CarePlan) -> Iterator[tuple[FieldPath, str, str]]:
    """(path, reader's location, text) for every free-text value of the template content of ``plan``."""

    def walk(node: BaseModel, path: FieldPath, where: tuple[str | int, ...]) -> Iterator[tuple[FieldPath, str, str]]:
        model = type(node)
        for name in model.model_fields:
            if name in _NOT_CONTENT or _is_code(model, name):
                continue
            value = getattr(node, name)
            yield from visit(value, (*path, name), (*where, name))

    def visit(value: object, path: FieldPath, where: tuple[str | int, ...]) -> Iterator[tuple[FieldPath, str, str]]:
        if isinstance(value, str):
            if value.strip():
                yield path, location(where), value
        elif isinstance(value, BaseModel):
            yield from walk(value, path, where)
        elif isinstance(value, list):
            for index, element in enumerate(value):
                key = getattr(element, "id", None) if isinstance(element, BaseModel) else None
                yield from visit(element, (*path, key if isinstance(key, str) else index), (*where, index))

    yield from walk(plan, (), ())


def find_identifiers(plan: CarePlan, patient: Patient | None = None) -> list[IdentifierHit]:
    """Identifiers in the free text a template made from ``plan`` would carry.

    ``patient`` defaults to the plan's own patient; for a template (no patient) only the
    patterns that need no patient are looked for. Pure: nothing is changed.
    """
    ids = _patient_ids(patient if patient is not None else plan.patient)
    hits: list[IdentifierHit] = []
    for path, where, text in free_text_fields(plan):
        for kind, found in _identifiers_in_text(text, ids):
            hits.append(IdentifierHit(path=path, where=where, kind=kind, found=found))
    return hits


def check_deidentified(plan: CarePlan, patient: Patient | None = None) -> None:
    """Raise IdentifiersFound when ``find_identifiers`` finds anything."""
    hits = find_identifiers(plan, patient)
    if hits:
        raise IdentifiersFound(hits)
