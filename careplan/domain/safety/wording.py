"""The label's word (LABEL-FACTS-FORMAT.md) in a clinician's sentence."""

from __future__ import annotations

_PHRASES: dict[str, str] = {
    "contraindicated": "contraindicated",
    "boxed_warning": "a boxed warning",
    "avoid": "avoid",
    "not_recommended": "not recommended",
    "do_not_exceed": "do not exceed",
    "reduce_dose": "reduce the dose",
    "use_with_caution": "use with caution",
    "monitor": "monitor",
    "not_established": "safety and effectiveness not established",
}


def word_phrase(word: str) -> str:
    """ "contraindicated", "a boxed warning", "use with caution"... (the word itself if unknown)."""
    return _PHRASES.get(word, word.replace("_", " "))
