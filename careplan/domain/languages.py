"""Language tags (BCP 47) for the patient's language: checking, normalising and naming them.

Only the parts a handout needs are accepted: a language (``es``), an optional script (``Latn``)
and an optional region (``MX``, ``419``). Private-use and extension subtags are refused, since
nothing downstream (gettext, Babel, FHIR ``Patient.communication``) would read them.
"""

from __future__ import annotations

import re

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
