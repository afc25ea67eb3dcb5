"""No mixed-language handout: a handout in another language than English refuses plan text that
reads as English (the clinician wrote it for an English handout, or kept a template's words the
catalog does not translate), naming the field, instead of printing it among translated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from careplan.domain.plan import CarePlan
from careplan.export.patient_catalog import Translator
from careplan.export.patient_messages import TEMPLATE_TEXT_FIELDS

# English words that are not words of the languages the app translates into (Spanish): common
# function words and the commonest words of plan text. Two different ones in a field, or one in a
# field of three words or fewer, make it read as English.
ENGLISH_WORDS = frozenset(["the", "and", "with", "your", "you", "for", "this", "that", "when", "then", "what", "which", "while", "take", "takes", "taking", "day", "days", "week", "weeks", "walk", "walking", "minutes", "minute", "hours", "every", "each", "only", "if", "not", "do", "does", "don't", "don't", "is", "are", "be", "been", "have", "has", "from", "into", "over", "after", "before", "until", "about", "out", "up", "down", "off", "of", "to", "at", "by", "on", "in", "it", "its", "pain", "back", "neck", "knee", "hip", "sleep", "heat", "pack", "ice", "rest", "gently", "gentle", "keep", "use", "used", "stop", "call", "us", "more", "less", "most", "least", "no", "more", "than", "some", "any", "all", "other", "others", "should", "would", "could", "will", "can",
    # Words of clinicians' plan text that no Spanish word spells ("opioid overdose emergency",
    # "bad pain days", "withdrawal signs"): a short field of them has no function word to catch.
    "emergency", "overdose", "opioid", "opioids", "relief", "everyday", "bad", "low", "mood", "signs",
    "withdrawal", "swallow", "whole", "agreed", "patient", "shifts", "walked", "week's", "weekly",
    "nightly", "twice", "flare", "flares", "swelling", "stiffness", "tablet", "tablets", "nerve",
    "sore", "worse", "better", "morning", "evening", "night", "bedtime", "daily", "graded"])
_WORD = re.compile(r"[A-Za-z']+")
# Printed fields outside the template wording: a taper's own note prints under its calendar (its
# steps' notes print only on the summary). Typed names: see _printed_name.
_PRINTED = re.compile(r"\.taper\.note$")


class PlanLanguageError(ValueError):
    """Plan text that reads as English in a handout in another language."""

    def __init__(self, where: str, text: str, language: str) -> None:
        from careplan.domain.languages import language_name

        shown = text if len(text) <= 60 else text[:57] + "..."
        self.where = where
        super().__init__(f"the handout is in {language_name(language)}, but {where} reads as English "
                         f"(\u201c{shown}\u201d); write it in {language_name(language)} or export the handout in English")


def english_words(text: str) -> list[str]:
    """The words of ``text`` that are on the English list (lower case, in order)."""
    return [w for w in (m.group(0).lower() for m in _WORD.finditer(text)) if w in ENGLISH_WORDS]


def reads_as_english(text: str) -> bool:
    words = _WORD.findall(text)
    hits = set(english_words(text))
    return len(hits) >= 2 or (len(hits) == 1 and len(words) <= 3 and len(words) >= 2)


def _printed_name(value: dict[str, object], key: str) -> bool:
    """A medicine the catalog does not name (no drug id) prints under the name the clinician
    typed; an exercise prints its typed name whenever it has one."""
    return key == "name" and (("drug" in value and not value["drug"]) or "exercise" in value)


def _fields(value: object, path: str, key: str | None = None) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            where = f"{path}.{k}" if path else k
            if isinstance(v, str) and v.strip() and _printed_name(value, k):
                yield where, v.strip()
            else:
                yield from _fields(v, where, k)
    elif isinstance(value, list):
        for index, v in enumerate(value):
            yield from _fields(v, f"{path}[{index}]", key)
    elif isinstance(value, str) and (key in TEMPLATE_TEXT_FIELDS or _PRINTED.search(path)) and value.strip():
        yield path, value.strip()


def check_plan_language(plan: CarePlan, tr: Translator) -> None:
    """Raise PlanLanguageError for the first printed plan text that reads as English in a
    translated handout (the built-in templates' wording the catalog translates is fine)."""
    if tr.is_source:
        return
    # The plan's own notes are the clinician's working notes: the summary (always English) prints
    # them, the handout never does, so they cannot mix languages in it.
    data = plan.model_dump(mode="json", exclude={"patient", "acknowledgements", "signed_off", "clinician", "notes"})
    for where, text in _fields(data, ""):
        if tr.has("template", text):
            continue
        if reads_as_english(text):
            raise PlanLanguageError(where, text, tr.tag)
