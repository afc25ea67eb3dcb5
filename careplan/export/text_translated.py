"""The handout's fixed wording in a language other than English: the English phrase table as
gettext messages (context ``handout:KEY``), looked up in the language's compiled catalog.

A phrase pair that differs only by a count ("1 session" / "{n} sessions") is one message with
plural forms, so that each language applies its own plural rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from careplan.export.patient_catalog import Translator

# The count form of a phrase -> its "one" form. The plural message's context is the count form's.
PLURAL_KEYS: dict[str, str] = {
    "course_days": "course_day_one",
    "prn_line": "prn_line_one",
    "every_days": "every_day_one",
    "physio_sessions": "physio_sessions_one",
    "hold_for": "hold_for_one",
    "on_days": "on_days_one",
    "cbt_sessions": "cbt_sessions_one",
    "next_weeks": "next_week_one",
    "unit_tablet_many": "unit_tablet",
    "unit_capsule_many": "unit_capsule",
    "unit_patch_many": "unit_patch",
    "unit_application_many": "unit_application",
}
_ONE_KEYS: dict[str, str] = {one: many for many, one in PLURAL_KEYS.items()}


def phrase_context(key: str) -> str:
    """The gettext context of a fixed phrase (a plural pair shares its count form's)."""
    return f"handout:{_ONE_KEYS.get(key, key)}"


class TranslatedTable(Mapping[str, str]):
    """The phrase table of a translated language: same keys as English, values from gettext.

    A lookup of a phrase the catalog lacks raises MissingPhrase (never an English fallback).
    """

    def __init__(self, source: Mapping[str, str], translator: Translator) -> None:
        self._source = source
        self.translator = translator

    def __getitem__(self, key: str) -> str:
        return self.counted(key, None)

    def counted(self, key: str, n: object) -> str:
        """The phrase for ``key``; a plural pair's form follows ``n`` when it is a whole number
        (else the key's own form: "one" for the one key, "other" for the count key)."""
        source = self._source[key]
        many = key if key in PLURAL_KEYS else _ONE_KEYS.get(key)
        if many is None:
            return self.translator.text(phrase_context(key), source)
        one = PLURAL_KEYS[many]
        count = n if isinstance(n, int) and not isinstance(n, bool) else (1 if key == one else 2)
        return self.translator.plural(phrase_context(many), self._source[one], self._source[many], count)

    def __iter__(self) -> Iterator[str]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)
