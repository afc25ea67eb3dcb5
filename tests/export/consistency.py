"""A consistency checker over the rendered text of a handout and its clinician summary.

It reads what a patient and a signing clinician read (the PDF text, not the plan) and reports:

* **urgency**: a sign of a red flag named in two places with different urgency (the red box
  says "call 911 now", the flare plan "call us"); every sign is compared across sections;
* **contradictory advice**: heat advised beside a patch or a gel whose wording forbids heat,
  unless the advice carries its limit; "do not drink alcohol" beside advice to drink less;
  a course offered for flares without its end; a promised review earlier than the next visit;
  an extended-release tablet without "swallow whole";
* **the country**: another country's phone numbers, spelling (carers/caregivers, practise,
  programme, apnoea), words (A&E, physical therapist), generic names (paracetamol vs
  acetaminophen), date order, and for an unknown country the blank lines to write numbers in;
* **the summary**: page 1 holds the signature block; sources are numbered once, with no
  working notes or machine addresses.

Each check returns plain sentences; an empty list means the documents agree.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from pypdf import PdfReader

from careplan.domain.catalog import CatalogIndex
from careplan.domain.handout_catalog import item_release, load_handout_facts, selects
from careplan.domain.handout_model import RedFlagEntry
from careplan.domain.plan import CarePlan

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
URGENCY_RANK = {"emergency": 0, "same_day": 1, "call_us": 2}
# Words a regional table changes: what each spelling may not show.
US_ONLY_WORDS = r"\b(?:caregivers?|(?-i:Practice for \d)|physical therapist|emergency room|check the box|poison control center)\b"
GB_ONLY_WORDS = r"\b(?:carers?|practise|programme|apnoea|physiotherapist|a&e|tick the box|put a tick)\b"
WORKING_NOTES = re.compile(r"(?i)not verified|unverified|secondary (?:copy|sources? only)|status not confirmed|"
                           r"checked in|verify\b|no source found|api\.fda\.gov|/api/|\.json\b|github\.com|\.cql\b|facts\.md")
AGES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}


@dataclass
class Documents:
    """The rendered text of one plan's handout and summary, and what the checker needs to know."""

    plan: CarePlan
    catalog: CatalogIndex
    handout: str
    summary_pages: list[str]
    today: date
    problems: list[str] = field(default_factory=list)

    @property
    def country(self) -> str | None:
        code = self.plan.patient_or_empty.jurisdiction
        return code.split("-")[0].upper() if code else None


def pages_of(data: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]


def _segments(text: str) -> list[str]:
    """Sentences and list entries: the units in which an action belongs to a sign."""
    parts = re.split(r"(?<=[.!?:])\s+(?=[A-Z\u2022])|\s*\u2022\s*|\s(?=\d{1,2}\.\s[A-Z])", text)
    return [p.strip() for p in parts if p and p.strip()]


def _entries(text: str) -> list[str]:
    """List entries (bullets and numbered steps): the units a piece of advice and its limit share."""
    return [p.strip() for p in re.split(r"\s*\u2022\s*|\s(?=\d{1,2}\.\s[A-Z])", text) if p and p.strip()]


def _emergency_words(docs: Documents) -> str:
    lines = docs.catalog.emergency_lines(docs.plan.patient_or_empty.jurisdiction)
    numbers = [re.escape(x.number) for x in lines.of("emergency")] if lines is not None else []
    return "|".join([*numbers, "your local emergency number"])


def urgency_of(segment: str, emergency: str) -> str | None:
    """The urgency a sentence gives, if it gives one."""
    s = segment.lower()
    if re.search(rf"call (?:{emergency})(?: or \S+)? now|get emergency help|right away|go to (?:a&e|the emergency)", s):
        return "emergency"
    if re.search(r"\btoday\b|same day", s):
        return "same_day"
    if re.search(r"\bcall us\b", s):
        return "call_us"
    return None


def _help_box(text: str) -> tuple[str, str]:
    """(the red box's text, the rest): the box runs from its title to the phone numbers."""
    start = text.find("Get help now if")
    if start < 0:
        return "", text
    end = text.find("Need help fast?", start)
    end = len(text) if end < 0 else end
    return text[start:end], text[:start] + " " + text[end:]


def _box_urgencies(box: str, emergency: str) -> list[tuple[str, str]]:
    """(segment, urgency of the group it is in) for the red box's signs."""
    heading = re.compile(rf"(Call (?:{emergency})(?: or \S+)? now if:|Get help today if:|Call us soon if:)", re.I)
    out: list[tuple[str, str]] = []
    current = ""
    for piece in heading.split(box):
        if heading.fullmatch(piece):
            current = ("emergency" if piece.lower().startswith("call") and "soon" not in piece.lower()
                       else "same_day" if piece.startswith("Get") else "call_us")
            continue
        if current:
            out += [(seg, current) for seg in _segments(piece)]
    return out


def _flags_named(segment: str, flags: Iterable[RedFlagEntry]) -> list[RedFlagEntry]:
    low = segment.lower()
    return [f for f in flags if any(re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", low) for t in f.terms)]


def check_urgency(docs: Documents) -> list[str]:
    """No sign is given two different urgencies, and the red box gives each its catalogue one."""
    flags = load_handout_facts().data.red_flags
    emergency = _emergency_words(docs)
    box, rest = _help_box(docs.handout)
    seen: dict[str, set[str]] = {}
    problems: list[str] = []
    for segment, urgency in _box_urgencies(box, emergency):
        for flag in _flags_named(segment, flags):
            seen.setdefault(flag.id, set()).add(urgency)
    for flag in load_handout_facts().red_flags_for(docs.plan, docs.catalog):
        opening = " ".join(flag.patient["en"].split("{")[0].split()[:4])
        if opening not in " ".join(box.split()):
            problems.append(f"red flag {flag.id} is missing from the red box")
    # The flare plan's "call us if" runs to the line that points at the red box.
    rest = re.sub(r"Call us if: (.*?)(?=If you have a sign from the red)", r"Call us if: \1. ", rest)
    for segment in _segments(rest):
        urgency = urgency_of(segment, emergency)
        if urgency is None:
            continue
        for flag in _flags_named(segment, flags):
            seen.setdefault(flag.id, set()).add(urgency)
    by_id = {f.id: f for f in flags}
    for flag_id, urgencies in seen.items():
        want = by_id[flag_id].urgency
        # Calling the care team is how a same-day sign starts ("Call us. If we are closed, ...").
        allowed = {want} | ({"call_us"} if want == "same_day" else set())
        if not urgencies <= allowed:
            problems.append(f"{flag_id}: the handout gives {sorted(urgencies)}, the catalogue {want}")
    return problems


def check_advice(docs: Documents) -> list[str]:
    """Advice that contradicts a medicine's wording, a course in the flare plan, review promises."""
    text = docs.handout
    problems: list[str] = []
    forbids_heat = re.search(r"(?i)never put heat on or near|do not put heat on|heat on the patch|do not cover with "
                             r"heat packs", text)
    if forbids_heat:
        for segment in _entries(text):
            advises = re.search(r"(?i)\b(?:heat pack|heating pad|warm (?:bath|pack)|hot water bottle)\b", segment)
            limited = re.search(r"(?i)never put heat on or near|do not put heat on|do not cover with heat packs|"
                                r"heat on the patch", segment)
            if advises and not limited:
                problems.append(f"heat advised without its limit: {segment[:90]!r}")
    if re.search(r"Do not drink alcohol", text) and not re.search(r"unless we say so", text):
        for pattern in (r"(?i)keep alcohol low", r"(?i)no more than \d+ (?:drinks|units)", r"(?i)on days you take",
                        r"(?i)limit (?:your )?alcohol", r"(?i)drink less"):
            if re.search(pattern, text):
                problems.append(f"'do not drink alcohol' beside {pattern!r}")
    by_id = {i.id: i for i in docs.plan.all_medications()}
    flare = text[text.find("On a bad day"):] if "On a bad day" in text else ""
    for item_id in docs.plan.flare_plan.may_take_items:
        item = by_id.get(item_id)
        course = item is not None and (item.stop is not None or item.duration_days is not None)
        if course and item is not None and not re.search(r"Only (?:until|during your)", flare):
            problems.append(f"course {item.drug or item.name} offered for flares without its end")
    problems += _review_against_next_visit(docs)
    problems += _swallow_whole(docs)
    return problems


def _weeks(words: str) -> int:
    return int(words) if words.isdigit() else AGES.get(words.lower(), 0)


def _review_against_next_visit(docs: Documents) -> list[str]:
    """"We will review the dose after one to two weeks" with a next visit in four: the promise
    cannot be kept."""
    text = docs.handout
    visit: int | None = None
    if found := re.search(r"Your next visit is in about (\d+) weeks?", text):
        visit = int(found.group(1))
    elif docs.plan.follow_up.next_visit is not None:
        visit = max(1, (docs.plan.follow_up.next_visit - docs.today).days // 7)
    elif "next visit is in about 1 week" in text:
        visit = 1
    if visit is None:
        return []
    problems = []
    pattern = r"(?i)(?:review|check)[^.]{0,40}?(?:after|in|within) (\w+)(?: (?:to|or) (\w+))? weeks?"
    for promise in re.finditer(pattern, text):
        latest = _weeks(promise.group(2) or promise.group(1))
        if latest and latest < visit:
            problems.append(f"promise {promise.group(0)!r} but the next visit is in {visit} weeks")
    return problems


def _swallow_whole(docs: Documents) -> list[str]:
    facts = load_handout_facts().data.medicine_advice
    problems = []
    for item in docs.plan.medication_items():
        rows = [r for r in facts if r.topic == "swallow_whole" and r.when is not None
                and selects(r.when, item, docs.catalog)]
        drug = docs.catalog.drugs.get(item.drug or "")
        released = rows and drug is not None and item_release(item, drug) is not None
        if released and drug is not None and not re.search(r"Swallow (?:it|the capsule) whole", docs.handout):
            problems.append(f"{drug.name}: extended-release, but no 'swallow whole'")
    return problems


def check_country(docs: Documents) -> list[str]:
    """Words, spelling, numbers, names and dates of the patient's country, and nothing of another's."""
    text = docs.handout
    problems: list[str] = []
    facts = load_handout_facts()
    locale = facts.locale(docs.plan.patient_or_empty.jurisdiction)
    own: set[str] = set()
    lines = docs.catalog.emergency_lines(docs.plan.patient_or_empty.jurisdiction)
    if lines is not None:
        own = {x.number for x in lines.lines}
    if locale is not None:
        own |= {x.number for lines_ in locale.regional_lines.values() for x in lines_}
    everyone = {x.number for row in docs.catalog.data.emergency_lines.countries for x in row.lines}
    everyone |= {x.number for loc in facts.data.locales for ls in loc.regional_lines.values() for x in ls}
    # The country's own numbers come out first: "111" must not be found inside "0800 111 0 111".
    rest = text
    for number in sorted(own, key=len, reverse=True):
        rest = rest.replace(number, " ")
    for number in sorted(everyone - own):
        if re.search(rf"(?<![\d,.\-/]){re.escape(number)}(?![\d,/]|\.\d)", rest):
            problems.append(f"another country's number {number}")
    variant = locale.phrases if locale is not None else "en-INT"
    gb_words = GB_ONLY_WORDS.replace("physiotherapist|", "") if variant == "en-CA" else GB_ONLY_WORDS
    if variant in ("en-US", "en-CA") and (m := re.search(gb_words, text, re.I)):
        problems.append(f"Commonwealth word in a {variant} handout: {m.group(0)!r}")
    if variant not in ("en-US", "en-CA") and (m := re.search(US_ONLY_WORDS, text, re.I)):
        problems.append(f"US word in a {variant} handout: {m.group(0)!r}")
    if variant not in ("en-GB",) and re.search(r"\bA&E\b", text):
        problems.append(f"the UK's 'A&E' in a {variant} handout")
    names = locale.generic_names if locale is not None else "inn"
    if names == "inn" and re.search(r"(?i)\bacetaminophen\b", text):
        problems.append("'acetaminophen' where the country says paracetamol")
    if names == "usan" and re.search(r"(?i)\bparacetamol\b", text):
        problems.append("'paracetamol' where the country says acetaminophen")
    order = locale.date_order if locale is not None else "dmy"
    if order == "mdy" and (m := re.search(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}", text)):
        problems.append(f"day-first date for a month-first country: {m.group(0)!r}")
    if order == "dmy" and (m := re.search(rf"(?:{MONTHS}) \d{{1,2}}, \d{{4}}", text)):
        problems.append(f"month-first date for a day-first country: {m.group(0)!r}")
    if lines is None and "Emergency: ____" not in text:
        problems.append("unknown country, but no line to write the emergency number in")
    return problems


def check_summary(docs: Documents) -> list[str]:
    """Page 1 is the front sheet; the sources are numbered once, without working notes."""
    problems: list[str] = []
    first = docs.summary_pages[0] if docs.summary_pages else ""
    for label in ("Printed name", "Credentials", "Licence number", "Signature"):
        if label not in first:
            problems.append(f"summary page 1 lacks {label!r}")
    whole = " ".join(docs.summary_pages)
    sources = whole[whole.rfind("Sources "):] if "Sources " in whole else ""
    numbers = [int(n) for n in re.findall(r"\[(\d+)\] ", sources)]
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"sources are not numbered 1..n once each: {numbers}")
    if m := WORKING_NOTES.search(sources):
        problems.append(f"working note printed in the sources: {m.group(0)!r}")
    works = [w.split(":")[0].strip().lower() for w in re.split(r"\[\d+\] ", sources)[1:]]
    if len(works) != len(set(works)):
        problems.append("a source is listed twice")
    return problems


def check_all(docs: Documents) -> list[str]:
    return [*check_urgency(docs), *check_advice(docs), *check_country(docs), *check_summary(docs)]

