"""Regional overlays of the English handout wording: spelling and the words a country uses for
places and people (A&E, physiotherapist, carers, tick). The base table is US English; a locale
(``careplan.domain.handout_model.Locale.phrases``) names its overlay, which may build on another.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping

# Commonwealth English, the base of the UK, Irish, Australian and New Zealand tables.
EN_GB: dict[str, str] = {
    "interval_tick": "Tick the box in the tracker each time.",
    "rescue_title": "For your family and carers: what to do in an emergency",
    "mind_both": "Practise for {minutes} minutes a day, on {days} days a week.",
    "mind_minutes": "Practise for {minutes} minutes a day.",
    "mind_days": "Practise on {days} days a week.",
    "mind_track": "Tick the tracker each day you practise.",
    "tracker_intro": "Put a tick in the box each day you do it. Bring this page to your next visit.",
    "tracker_changes": "Tick the box on each day you change or take these:",
    "physio_sessions": "You will see your physiotherapist {n} times a week.",
    "physio_sessions_one": "You will see your physiotherapist once a week.",
    "poison_unknown": "a poison centre",
    "num_blank_poison": "Poison centre: ____________________",
    "num_regional_blank_poison": "Poison centre for your area: ____________________",
    "word_ed": "A&E",
    "kratom_law_row_GB": "{place}: it is against the law to sell, give, make or bring in kratom (Psychoactive "
    "Substances Act 2016). Having it only for your own use is not an offence.",
}

EN_IE: dict[str, str] = {"word_ed": "the emergency department"}
EN_AU: dict[str, str] = {"word_ed": "the emergency department"}
EN_NZ: dict[str, str] = {"word_ed": "the emergency department"}
# International English for a handout in English outside the English-speaking countries
# (Germany, France, Thailand ...) and where the country is not known: Commonwealth spelling,
# no UK-only words ("A&E").
EN_INT: dict[str, str] = {"word_ed": "the emergency department"}

# Canadian English: US spelling of the words the handout uses, Canadian words for people and places.
EN_CA: dict[str, str] = {
    "physio_sessions": "You will see your physiotherapist {n} times a week.",
    "physio_sessions_one": "You will see your physiotherapist once a week.",
    "word_ed": "the emergency department",
}

# Overlay id -> (its own table, the overlay it builds on, or None for the base).
REGIONAL: dict[str, tuple[dict[str, str], str | None]] = {
    "en-US": ({}, None),
    "en-CA": (EN_CA, "en-US"),
    "en-GB": (EN_GB, None),
    "en-IE": (EN_IE, "en-GB"),
    "en-AU": (EN_AU, "en-GB"),
    "en-NZ": (EN_NZ, "en-GB"),
    "en-INT": (EN_INT, "en-GB"),
}


def regional_table(base: Mapping[str, str], variant: str) -> Mapping[str, str]:
    """The phrase table for one regional variant: its overlays, most specific first, then ``base``.
    An unknown variant reads ``base`` alone."""
    layers: list[Mapping[str, str]] = []
    current: str | None = variant
    while current is not None and current in REGIONAL:
        table, parent = REGIONAL[current]
        layers.append(table)
        current = parent
    return ChainMap(*layers, base)  # type: ignore[arg-type]
