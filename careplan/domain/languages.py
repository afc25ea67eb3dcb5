"""Language tags (BCP 47) for the patient's language: checking, normalising and naming them.

Only the parts a handout needs are accepted: a language (``es``), an optional script (``Latn``)
and an optional region (``MX``, ``419``). Private-use and extension subtags are refused, since
nothing downstream (gettext, Babel, FHIR ``Patient.communication``) would read them.
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

import re
from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

from careplan.domain.limits import ShortText

_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$")

# Names in English for the languages the app may meet first; anything else prints its tag.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Spanish"}
# Each language's own name, for a patient-facing or language-neutral list (Preferences, pickers).
NATIVE_NAMES: dict[str, str] = {"en": "English", "es": "Español"}


def normalise_language_tag(value: str) -> str | None:
    """``"ES_mx"`` -> ``"es-MX"``; None when ``value`` is not a language tag this app accepts."""
    match = _TAG.match(value.strip())
    if match is None:
        return None
    language, script, region = match.groups()
    parts = [language.lower()]
    if script:
        parts.append(script.title())
    if region:
        parts.append(region.upper())
    return "-".join(parts)


def base_language(tag: str) -> str:
    """``"es-MX"`` -> ``"es"``: the language whose catalog a handout reads."""
    return tag.split("-", 1)[0].lower()


def language_name(tag: str) -> str:
    """``"es-MX"`` -> ``"Spanish (es-MX)"``, ``"es"`` -> ``"Spanish"`` (English, for clinicians)."""
    name = LANGUAGE_NAMES.get(base_language(tag))
    if name is None:
        return tag
    return name if tag == base_language(tag) else f"{name} ({tag})"


class LanguageReview(BaseModel):
    """A clinic's record that it reviewed a language's handout wording: who, when, and for which
    catalog version (careplan.export.patient_catalog.catalog_version); a new version needs a new
    review."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: str = Field(min_length=2, max_length=35)
    catalog_version: str = Field(min_length=1, max_length=64)
    reviewed_by: ShortText = Field(min_length=1)
    reviewed_on: date

    @field_validator("language")
    @classmethod
    def _tag(cls, value: str) -> str:
        tag = normalise_language_tag(value)
        if tag is None:
            raise ValueError(f"{value!r} is not a language tag")
        return base_language(tag)

    @field_validator("reviewed_by")
    @classmethod
    def _who(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a review names who reviewed the wording")
        return value.strip()


def review_for(reviews: Iterable[LanguageReview], language: str, version: str) -> LanguageReview | None:
    """The latest review of this language's wording at this catalog version, or None."""
    found = [r for r in reviews if r.language == base_language(language) and r.catalog_version == version]
    return max(found, key=lambda r: r.reviewed_on) if found else None
