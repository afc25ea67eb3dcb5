"""Every English message a patient can read, with its gettext context and a note for translators.

This is the source of ``resources/locale/patient.pot`` (``scripts/i18n.py extract``) and of the
tests that hold each language's catalog complete. Contexts, one per domain:

- ``handout:KEY``: a fixed handout phrase (:data:`careplan.export.text.EN`);
- ``medicine``, ``medicine-advice``, ``advice``, ``exercise``, ``cbt``, ``mindfulness``,
  ``lifestyle``, ``kratom``, ``red-flag``, ``line``: the catalog's patient wording;
- ``medicine-name``, ``exercise-name``, ``cbt-name``, ``mindfulness-name``, ``place``: names;
- ``template``: the wording of the built-in templates (a plan made from one prints it translated
  while the clinician has not changed it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from careplan.domain.catalog import CatalogIndex
from careplan.domain.handout_catalog import HandoutFacts
from careplan.domain.stewardship_catalog import load_stewardship_facts
from careplan.export.patient_catalog import ingredient_name
from careplan.export.text import EN
from careplan.export.text_translated import PLURAL_KEYS, phrase_context
from careplan.resources import templates_dir

# Phrases English needs to build dates by hand; other languages format dates with Babel (CLDR).
DATE_KEYS = re.compile(r"^(month_\d+|mon_\d+|weekday_\d+|date_format.*|weekday_date_.*|short_date_.*)$")
# Template fields a patient reads (the handout prints them).
TEMPLATE_TEXT_FIELDS = frozenset({
    "text", "target", "measure", "monitoring", "call_if", "progression", "purpose", "instructions", "pacing",
    "homework", "may_take", "notes", "resources", "provider",
})
_FIELD = re.compile(r"\{([a-z_]+(?::[a-z0-9-]+)?)\}")

# What a translator needs to know about a placeholder, by name.
PLACEHOLDER_NOTES: dict[str, str] = {
    "names": "{names}: the medicine names this concerns, already joined ('ibuprofen and naproxen')",
    "emergency": "{emergency}: the emergency number ('911') or the words 'your local emergency number'",
    "poison": "{poison}: the poison line with its name and number",
    "crisis": "{crisis}: the crisis line with its name and number",
    "urgent": "{urgent}: the urgent-care line with its name and number",
    "ed": "{ed}: the local name of the emergency department, with its article ('the emergency room')",
    "dose": "{dose}: an amount with its unit ('400 mg', '2 tablets')",
    "date": "{date}: a whole date, already formatted for the patient's country",
    "days": "{days}: a list of days, already formatted",
    "place": "{place}: a country or state name",
    "every": "{every}: how often, from the 'every_*' phrases ('every 3 days')",
}


@dataclass(frozen=True)
class Message:
    """One message to translate: ``plural`` is set for a message with plural forms."""

    context: str
    msgid: str
    plural: str | None = None
    comments: tuple[str, ...] = ()
    locations: tuple[str, ...] = field(default=(), compare=False)


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of a message, sorted (what a translation must keep)."""
    return sorted(set(_FIELD.findall(text)))


def _notes(*texts: str) -> tuple[str, ...]:
    names = sorted({p for t in texts for p in placeholders(t)})
    notes = [PLACEHOLDER_NOTES[n] for n in names if n in PLACEHOLDER_NOTES]
    if any(n.startswith(("drug:", "generic:")) for n in names):
        notes.append("{drug:ID} / {generic:ID}: a medicine's local name; keep the braces as they are")
    return tuple(notes)


def handout_phrases() -> Iterator[Message]:
    """The fixed phrases, one message per key (a count pair as one message with plural forms)."""
    ones = set(PLURAL_KEYS.values())
    for key, text in EN.items():
        if DATE_KEYS.match(key) or key in ones:
            continue
        if key in PLURAL_KEYS:
            one = EN[PLURAL_KEYS[key]]
            yield Message(phrase_context(key), one, text, (f"Handout phrase {key} (one / many).", *_notes(one, text)),
                          ("careplan/export/text.py",))
        else:
            yield Message(phrase_context(key), text, None, (f"Handout phrase {key}.", *_notes(text)),
                          ("careplan/export/text.py",))


def _en(texts: dict[str, str]) -> str:
    return texts.get("en", "").strip()


def catalog_wording(catalog: CatalogIndex, facts: HandoutFacts) -> Iterator[Message]:
    """The catalog's patient wording and the names a handout prints, by domain."""
    def msg(context: str, text: str, where: str, note: str = "") -> Iterator[Message]:
        if text.strip():
            yield Message(context, text.strip(), None, tuple(x for x in (note, *_notes(text)) if x), (where,))

    for drug in catalog.drugs.values():
        wording = drug.patient.get("en")
        where = f"resources/catalog/drugs.json:{drug.id}"
        if wording is not None:
            for text in wording.texts():
                yield from msg("medicine", text, where, f"About {drug.name}.")
    for name, where in medicine_names(catalog, facts):
        yield from msg("medicine-name", name, where,
                       "A medicine's generic name as the patient's country says it; use the local generic name.")
    for cls in catalog.data.drug_classes:
        yield from msg("medicine-class", cls.patient_name or cls.name, f"resources/catalog/drug_classes.json:{cls.id}",
                       "A kind of medicine, as a patient would name it (an allergy on the record).")
    for ex in catalog.exercises.values():
        where = f"resources/catalog/exercises.json:{ex.id}"
        yield from msg("exercise-name", ex.name, where)
        for texts in (ex.instructions, ex.progression, ex.stop_if, ex.feel):
            yield from msg("exercise", _en(texts), where, f"Exercise: {ex.name}.")
    for comp in catalog.cbt_components.values():
        where = f"resources/catalog/cbt.json:{comp.id}"
        yield from msg("cbt-name", comp.name, where)
        yield from msg("cbt", _en(comp.patient), where, f"CBT skill: {comp.name}.")
    for practice in catalog.mindfulness_practices.values():
        where = f"resources/catalog/mindfulness.json:{practice.id}"
        yield from msg("mindfulness-name", practice.name, where)
        yield from msg("mindfulness", _en(practice.patient), where, f"Practice: {practice.name}.")
    for target in catalog.lifestyle_targets.values():
        yield from msg("lifestyle", _en(target.patient), f"resources/catalog/lifestyle.json:{target.id}")
    for caution in catalog.kratom_cautions.values():
        yield from msg("kratom", _en(caution.patient), f"resources/catalog/kratom_cautions.json:{caution.id}")
    data = facts.data
    for flag in data.red_flags:
        yield from msg("red-flag", _en(flag.patient), f"resources/catalog/red_flag_catalog.json:{flag.id}",
                       f"A warning sign ({flag.urgency.replace('_', ' ')}).")
    for advice in data.medicine_advice:
        yield from msg("medicine-advice", _en(advice.patient), f"resources/catalog/medicine_advice.json:{advice.id}")
    for conflict in data.advice_conflicts:
        yield from msg("advice", _en(conflict.patient), f"resources/catalog/advice_conflicts.json:{conflict.id}")
    lines = [(country.country, line) for country in catalog.data.emergency_lines.countries for line in country.lines]
    lines += [(region, line) for locale in data.locales for region, group in locale.regional_lines.items()
              for line in group]
    for where, line in lines:
        for texts in (line.name, line.hours):
            yield from msg("line", _en(texts), f"phone line {where} {line.number}",
                           "A phone line's name or opening hours; keep official names a patient would recognise.")
    for row in catalog.jurisdictions.values():
        yield from msg("place", row.name, f"resources/catalog/jurisdictions.json:{row.code}", "A place name.")
    for sign_row in load_stewardship_facts().data.withdrawal:
        where = f"resources/catalog/stewardship.json:withdrawal:{'+'.join(sign_row.classes)}"
        note = f"During a taper of {', '.join(sign_row.classes)} medicines."
        for text in (*sign_row.signs.get("en", []), _en(sign_row.call_us), _en(sign_row.emergency)):
            yield from msg("withdrawal", text, where, note)


def medicine_names(catalog: CatalogIndex, facts: HandoutFacts) -> Iterator[tuple[str, str]]:
    """Every generic name a handout may print: the catalog's, each convention's, each country's,
    and each ingredient's (for a combination named from its ingredients)."""
    for drug in catalog.drugs.values():
        yield drug.name, f"resources/catalog/drugs.json:{drug.id}"
        for ingredient in drug.ingredients:
            yield ingredient_name(ingredient.drug), f"resources/catalog/drugs.json:{drug.id} (ingredient)"
    for table in facts.data.generic_names:
        for drug_id, name in table.names.items():
            yield name, f"resources/catalog/generic_names.json:{table.convention}:{drug_id}"
            yield ingredient_name(name), f"resources/catalog/generic_names.json:{table.convention}:{drug_id}"
    for row in catalog.data.brands.entries:
        if row.generic.strip():
            yield row.generic.strip(), f"resources/catalog/brands.json:{row.drug}:{row.country}"


def template_texts() -> Iterator[Message]:
    """The patient-facing wording of the built-in templates."""
    for path in sorted(templates_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for text in _template_strings(data):
            yield Message("template", text, None, (f"Built-in template {data.get('id', path.stem)}.",),
                          (f"resources/templates/{path.name}",))


def _template_strings(value: object, key: str | None = None) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _template_strings(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _template_strings(v, key)
    elif isinstance(value, str) and key in TEMPLATE_TEXT_FIELDS and value.strip():
        yield value.strip()


def all_messages(catalog: CatalogIndex, facts: HandoutFacts) -> list[Message]:
    """Every message once (the first place it is found keeps its note; all places are listed)."""
    merged: dict[tuple[str, str], Message] = {}
    for message in _chain(handout_phrases(), catalog_wording(catalog, facts), template_texts()):
        key = (message.context, message.msgid)
        if key in merged:
            old = merged[key]
            merged[key] = Message(old.context, old.msgid, old.plural, old.comments,
                                  old.locations + tuple(x for x in message.locations if x not in old.locations))
        else:
            merged[key] = message
    return list(merged.values())


def _chain(*groups: Iterable[Message]) -> Iterator[Message]:
    for group in groups:
        yield from group
