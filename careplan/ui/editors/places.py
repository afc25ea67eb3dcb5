"""Places a patient can live, by name: "Texas (US-TX)". The plan stores the ISO 3166 code.

Countries come from Qt's own ISO 3166-1 table (QLocale), so every country is offered without
a data file of ours; the states and provinces below are those whose rules can differ from
their country's (the catalog's jurisdiction table has rows for some US states). These are
place names and codes, not clinical facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from careplan.domain.catalog import CatalogIndex

CODE_PATTERN = re.compile(r"^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$")
_CODE_IN_LABEL = re.compile(r"\(([A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?)\)\s*$")
# QLocale territories that are not places a person lives in.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB"})

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}
CA_PROVINCES = {
    "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories",
    "NU": "Nunavut", "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec",
    "SK": "Saskatchewan", "YT": "Yukon",
}
AU_STATES = {
    "ACT": "Australian Capital Territory", "NSW": "New South Wales", "NT": "Northern Territory",
    "QLD": "Queensland", "SA": "South Australia", "TAS": "Tasmania", "VIC": "Victoria",
    "WA": "Western Australia",
}
GB_NATIONS = {"ENG": "England", "NIR": "Northern Ireland", "SCT": "Scotland", "WLS": "Wales"}
SUBDIVISIONS = {"US": US_STATES, "CA": CA_PROVINCES, "AU": AU_STATES, "GB": GB_NATIONS}


@dataclass(frozen=True)
class Place:
    code: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


@cache
def countries() -> tuple[Place, ...]:
    """Every country Qt knows, by its ISO 3166-1 alpha-2 code, in the app's language."""
    from PySide6.QtCore import QLocale

    found: dict[str, Place] = {}
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
            found[code] = Place(code, QLocale.territoryToString(territory))
    return tuple(found.values())


def all_places(catalog: CatalogIndex | None = None) -> list[Place]:
    """Countries, their states and provinces, and any place the catalog's table names; by name."""
    places = {p.code: p for p in countries()}
    for country, subdivisions in SUBDIVISIONS.items():
        for sub, name in subdivisions.items():
            places[f"{country}-{sub}"] = Place(f"{country}-{sub}", name)
    if catalog is not None:
        for entry in catalog.data.jurisdictions.entries:
            places.setdefault(entry.code.upper(), Place(entry.code.upper(), entry.name))
    return sorted(places.values(), key=lambda p: (p.name.casefold(), p.code))


class PlaceLookup:
    """Turns what was typed ("Texas", "us-tx", "Texas (US-TX)") into one code, or says why not."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places
        self.by_code = {p.code: p for p in places}
        self.by_name: dict[str, list[Place]] = {}
        for place in places:
            self.by_name.setdefault(place.name.casefold(), []).append(place)

    def label(self, code: str | None) -> str:
        if not code:
            return ""
        place = self.by_code.get(code.upper())
        return place.label if place else code.upper()

    def resolve(self, text: str) -> str | None:
        """The code ``text`` names; None for empty; ValueError (plain words) when it names none."""
        text = text.strip()
        if not text:
            return None
        match = _CODE_IN_LABEL.search(text)
        if match:
            return self._known_code(match.group(1))
        if CODE_PATTERN.match(text) and (text.upper() in self.by_code or "-" in text):
            return self._known_code(text)
        named = self.by_name.get(text.casefold(), [])
        if len(named) == 1:
            return named[0].code
        if len(named) > 1:
            choices = " or ".join(p.label for p in named)
            raise ValueError(QCoreApplication.translate("PlaceLookup", "More than one place is called {0}: choose {1}.").format(text, choices))
        raise ValueError(QCoreApplication.translate("PlaceLookup", "Choose a place from the list (start typing its name), or type its code, e.g. US-TX or GB."))

    def _known_code(self, code: str) -> str:
        code = code.upper()
        country = code.split("-", 1)[0]
        if code in self.by_code or (country in self.by_code and CODE_PATTERN.match(code)):
            return code
        raise ValueError(QCoreApplication.translate("PlaceLookup", "{0} is not a country or state code Careplan knows; choose a place from the list.").format(code))
