"""Typed advice: what a flare-plan step or a lifestyle target is about, so that rules can read it.

A step's ``kind`` says what the patient is told to do (put on heat, rest, breathe, drink alcohol
within limits ...). Rules compare kinds with the plan's medicines (heat with a fentanyl patch,
alcohol with a sedating medicine); the handout then words the advice safely. The kinds are a
file-format contract (DESIGN.md, "Handout coherence, country and signature").

:func:`classify_advice` guesses a kind from English text. It is used once, when an older file's
plain-text steps become typed steps (``careplan.storage.migrations``), and for steps typed in code
as plain strings; the clinician can always change the kind in the flare-plan editor.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

from careplan.domain.codes import LifestyleArea

AdviceKind = Literal["heat", "cold", "rest", "movement", "breathing", "sleep", "alcohol", "medicine", "call", "other"]
ADVICE_KINDS: tuple[AdviceKind, ...] = get_args(AdviceKind)

ADVICE_KIND_LABELS: dict[str, str] = {
    "heat": "Heat",
    "cold": "Cold",
    "rest": "Rest",
    "movement": "Movement",
    "breathing": "Breathing / relaxation",
    "sleep": "Sleep",
    "alcohol": "Alcohol",
    "medicine": "Medicine",
    "call": "Call / contact",
    "other": "Other",
}

# What a lifestyle target of each area advises, as an advice kind (weight, diet and smoking are
# advice no medicine in the catalog makes unsafe).
LIFESTYLE_ADVICE: dict[LifestyleArea, AdviceKind] = {
    "sleep": "sleep",
    "activity": "movement",
    "weight": "other",
    "diet": "other",
    "smoking": "other",
    "alcohol": "alcohol",
}

# Kinds whose presence decides the kind whatever else the step says: they are the kinds a medicine
# can make unsafe, so a step that mentions them must be typed by them ("Use an ice or heat pack":
# heat). Then the rest, by where their first word appears in the step.
_DECIDING: tuple[tuple[AdviceKind, str], ...] = (
    ("heat", r"heat|warm|hot (?:water|bath|pack|shower|tub)|heating|sauna|electric blanket"),
    ("alcohol", r"alcohol|beer|wine|spirits"),
)
_BY_POSITION: tuple[tuple[AdviceKind, str], ...] = (
    ("call", r"call|phone|ring us|contact us|text us"),
    ("medicine", r"medicines?|tablets?|pills?|capsules?|patch|gel|dose|keep taking|keep using|painkillers?"),
    ("cold", r"ice|cold|cool"),
    ("breathing", r"breath\w*|relax\w*|body scan|mindful\w*|meditat\w*|calm"),
    ("sleep", r"sleep\w*|naps?|bedtime"),
    ("rest", r"rest|cut|slow down|pace|pacing|half"),
    ("movement", r"walk\w*|mov\w+|exercis\w*|stretch\w*|activity|active|chin tucks|yoga|tai chi|swim\w*"),
)
# A clause that forbids something does not advise it: "Cool the feet; do not use hot water bottles"
# is cold advice, not heat.
_CLAUSES = re.compile(r"[;.,:]|\s+(?:and|but|then)\s+")
_NEGATED = re.compile(r"^\s*(?:do not|don't|never|avoid|no)\b", re.IGNORECASE)


def _pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_DECIDING_RE = tuple((kind, _pattern(words)) for kind, words in _DECIDING)
_BY_POSITION_RE = tuple((kind, _pattern(words)) for kind, words in _BY_POSITION)


def classify_advice(text: str) -> AdviceKind:
    """A best guess at what a piece of English advice is about; ``other`` when nothing fits.

    >>> classify_advice("Use an ice or heat pack for 15 minutes")
    'heat'
    >>> classify_advice("Rest 20 minutes, then walk gently for 5")
    'rest'
    """
    advised = " ; ".join(c for c in _CLAUSES.split(text) if c.strip() and not _NEGATED.match(c))
    for kind, pattern in _DECIDING_RE:
        if pattern.search(advised):
            return kind
    best: tuple[int, AdviceKind] | None = None
    for kind, pattern in _BY_POSITION_RE:
        found = pattern.search(advised)
        if found is not None and (best is None or found.start() < best[0]):
            best = (found.start(), kind)
    if best is not None:
        return best[1]
    # Only forbidding clauses ("Do not start any new pain medicine ..."): what they forbid is
    # still what the step is about, but it advises none of it; a medicine rule must not read it
    # as advice to take something, so it is typed by its subject only when that is medicine.
    if advised != text and _BY_POSITION_RE[1][1].search(text):
        return "medicine"
    return "other"
