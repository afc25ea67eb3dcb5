"""Patient wording in the handout's language, read from compiled gettext catalogs (``.mo``).

English is the source language: its wording is the code's phrase table and the catalog's
``"en"`` text, used as it is. Every other language is a gettext catalog in
``resources/locale/<lang>/LC_MESSAGES/patient.mo`` (compiled from the ``.po`` that translators
edit, by ``scripts/i18n.py compile``), optionally with a regional overlay (``es_ES``) that holds
only the phrases a country words differently. Messages carry a context per domain (``handout:KEY``
for a fixed phrase, ``medicine``, ``exercise``, ``red-flag`` ... for catalog wording).

A phrase the catalog lacks is never replaced by English: :class:`MissingPhrase` names it and the
export fails, so no handout mixes two languages. ``.po`` files are never parsed at run time.
"""

from __future__ import annotations

import gettext
import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from careplan.domain.languages import base_language, language_name
from careplan.resources import resource_root

SOURCE_LANGUAGE = "en"
DOMAIN = "patient"


class MissingPhrase(ValueError):
    """A phrase the handout needs has no translation in the patient's language."""

    def __init__(self, language: str, context: str, msgid: str) -> None:
        self.language = language
        self.context = context
        self.msgid = msgid
        shown = msgid if len(msgid) <= 70 else msgid[:67] + "..."
        super().__init__(
            f"the {language_name(language)} handout has no wording for [{context}] \u201c{shown}\u201d; "
            f"add it to resources/locale/{base_language(language)}/LC_MESSAGES/{DOMAIN}.po "
            "(scripts/i18n.py) or export the handout in English")


class MissingLanguage(ValueError):
    """The patient's language has no handout wording at all."""

    def __init__(self, language: str) -> None:
        self.language = language
        have = ", ".join(language_name(x) for x in sorted(available_languages()))
        super().__init__(f"the patient reads {language_name(language)}, and there is no handout wording in it "
                         f"(have: {have}); export with --language en or add the language's catalog")


def locale_dir() -> Path:
    return resource_root() / "locale"


def _mo_path(folder: str) -> Path:
    return locale_dir() / folder / "LC_MESSAGES" / f"{DOMAIN}.mo"


@cache
def available_languages() -> frozenset[str]:
    """English and every language with a compiled patient catalog ("es")."""
    found = {SOURCE_LANGUAGE}
    if locale_dir().is_dir():
        found |= {d.name for d in locale_dir().iterdir() if "_" not in d.name and _mo_path(d.name).is_file()}
    return frozenset(found)


def catalog_files(language: str) -> list[Path]:
    """The compiled catalogs of a language: its own and its regional overlays, sorted."""
    base = base_language(language)
    if base == SOURCE_LANGUAGE or not locale_dir().is_dir():
        return []
    return sorted(_mo_path(d.name) for d in locale_dir().iterdir()
                  if (d.name == base or d.name.startswith(base + "_")) and _mo_path(d.name).is_file())


@cache
def catalog_version(language: str) -> str:
    """A short fingerprint of a language's wording (all its compiled catalogs): a clinic's review
    holds for this version only, so any change to the wording asks for a new review."""
    base = base_language(language)
    if base == SOURCE_LANGUAGE:
        return "source"
    digest = hashlib.sha256()
    for path in catalog_files(base):
        digest.update(path.parent.parent.name.encode() + b"\0" + path.read_bytes())
    return f"{base}-{digest.hexdigest()[:10]}"


class _Missing(gettext.NullTranslations):
    """The last fallback of every chain: a lookup that reaches it is a missing phrase."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def pgettext(self, context: str, message: str) -> str:
        raise MissingPhrase(self.language, context, message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        raise MissingPhrase(self.language, context, msgid2)


@cache
def _chain(tag: str) -> gettext.NullTranslations:
    """The catalogs for a language tag, most specific first: es_MX, then es, then "missing"."""
    base = base_language(tag)
    folders = [base]
    region = tag.split("-")[-1] if "-" in tag else ""
    if region and region.isalpha() and len(region) == 2:
        folders.insert(0, f"{base}_{region.upper()}")
    first: gettext.NullTranslations | None = None
    for folder in folders:
        path = _mo_path(folder)
        if not path.is_file():
            continue
        with path.open("rb") as fh:
            translations = gettext.GNUTranslations(fh)
        if first is None:
            first = translations
        else:
            first.add_fallback(translations)
    if first is None:
        return _Missing(tag)
    first.add_fallback(_Missing(tag))
    return first


@dataclass(frozen=True)
class Translator:
    """Lookups for one handout language tag ("es-MX"); English returns the source text."""

    tag: str

    @property
    def language(self) -> str:
        return base_language(self.tag)

    @property
    def is_source(self) -> bool:
        return self.language == SOURCE_LANGUAGE

    def text(self, context: str, msgid: str) -> str:
        """The translation of ``msgid`` in ``context``; MissingPhrase when there is none."""
        if self.is_source or not msgid:
            return msgid
        return _chain(self.tag).pgettext(context, msgid)

    def plural(self, context: str, singular: str, plural: str, n: int) -> str:
        """The form for ``n`` of a message with plural forms (the language's own rule)."""
        if self.is_source:
            return singular if n == 1 else plural
        return _chain(self.tag).npgettext(context, singular, plural, n)

    def has(self, context: str, msgid: str) -> bool:
        """Whether the catalog has ``msgid`` (for text that may or may not be ours)."""
        try:
            self.text(context, msgid)
        except MissingPhrase:
            return False
        return True


def ingredient_name(name: str) -> str:
    """How an ingredient's name is looked up: capitalised, hyphens as spaces ("Acetaminophen")."""
    text = name.replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def catalog_tag(language: str, jurisdiction: str | None) -> str:
    """The tag whose catalogs a handout reads: the patient's own tag when it names a region,
    else the language with the patient's country ("es" for a patient in Spain: "es-ES")."""
    if "-" in language or base_language(language) == SOURCE_LANGUAGE or not jurisdiction:
        return language
    return f"{language}-{jurisdiction.split('-', 1)[0].upper()}"
