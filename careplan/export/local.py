"""What differs by where the patient lives: phone lines, the names of medicines and places.

The catalog's patient wording holds placeholders instead of anything country-specific
(``{emergency}``, ``{poison}``, ``{crisis}``, ``{urgent}``, ``{drug:ID}``, ``{generic:ID}``; see
:data:`careplan.domain.catalog_model.PLACEHOLDER`). :class:`Local` fills them in from the
catalog's emergency-line and brand tables for the patient's country. A country the tables do
not know gets "your local emergency number" and generic names, never another country's. The locale table
(:mod:`careplan.domain.handout_catalog`) adds each country's regional lines (a German Land's poison
centre), its generic-name convention (paracetamol or acetaminophen) and its words for places.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import PLACEHOLDER, CountryLines, Drug, HelpLine, LineKind
from careplan.domain.handout_model import EXTRA_PLACEHOLDER, GenericNames, Locale
from careplan.export.text import EN, esc, raw_phrase

# The catalog's own brand names come from US labels (see BrandTable); other countries print a
# brand only where the brand table names one for them.
CATALOG_BRAND_COUNTRY = "US"


@dataclass(frozen=True)
class Local:
    """Country-specific wording for one handout (language and the patient's jurisdiction)."""

    catalog: CatalogIndex
    jurisdiction: str | None
    lang: str
    # The patient's country's row of the locale table (None: not known) and the phrase table of
    # the handout (with the country's regional words); both default to "not known".
    locale: Locale | None = None
    table: Mapping[str, str] | None = field(default=None, compare=False)
    generic_names: GenericNames | None = None

    @property
    def country(self) -> str | None:
        return self.jurisdiction.upper().split("-", 1)[0] if self.jurisdiction else None

    @cached_property
    def lines(self) -> CountryLines | None:
        """The patient's country's phone lines, or None when the table does not know it."""
        return self.catalog.emergency_lines(self.jurisdiction)

    @cached_property
    def regional(self) -> tuple[HelpLine, ...]:
        """Lines of the patient's subdivision (a German Land's poison centre), when known."""
        if self.locale is None or not self.jurisdiction:
            return ()
        return self.locale.regional_lines.get(self.jurisdiction.upper(), ())

    def of(self, kind: LineKind) -> tuple[HelpLine, ...]:
        regional = tuple(line for line in self.regional if line.kind == kind)
        return regional + (self.lines.of(kind) if self.lines is not None else ())

    def regional_unknown(self, kind: LineKind) -> bool:
        """True when this kind of line differs by region and the patient's region is not recorded
        (Germany's poison centres): the handout leaves a line to write it in."""
        if self.locale is None or self.of(kind):
            return False
        return any(line.kind == kind for lines in self.locale.regional_lines.values() for line in lines)

    def _raw(self, key: str) -> str:
        if self.table is not None:
            return self.table.get(key, EN[key])
        return raw_phrase(self.lang, key)

    def ed(self) -> str:
        """What the patient calls the emergency department: "A&E", "the emergency room"."""
        return self._raw("word_ed")

    def _words(self, texts: dict[str, str]) -> str:
        return texts.get(self.lang) or texts.get("en") or ""

    # Phone lines, as plain text to fill into a sentence ("Call {emergency}.").
    def emergency(self) -> str:
        """ "999", "112 or 999", or "your local emergency number"."""
        numbers = [line.number for line in self.of("emergency")]
        if not numbers:
            return self._raw("emergency_unknown")
        return f" {self._raw('or')} ".join(numbers)

    def line(self, line: HelpLine) -> str:
        """ "Samaritans (116 123)", "the 988 Lifeline (call or text 988)", "NHS 111"."""
        name = self._words(line.name)
        if not name:
            return line.number
        hours = self._words(line.hours)
        if line.number in name and not hours and not line.text_too:
            return name  # "NHS 111"
        key = "line_text" if line.text_too else "line_hours" if hours else "line_plain"
        return self._raw(key).format(name=name, number=line.number, hours=hours)

    def poison(self) -> str:
        """The poison line; where there is none, the urgent line (NHS 111) or the emergency number."""
        kinds: tuple[LineKind, ...] = ("poison", "urgent")
        for kind in kinds:
            if found := self.of(kind):
                return self.line(found[0])
        return self.emergency() if self.lines is not None else self._raw("poison_unknown")

    def crisis(self) -> str:
        found = self.of("crisis")
        return self.line(found[0]) if found else self._raw("crisis_unknown")

    def urgent(self) -> str:
        found = self.of("urgent")
        return self.line(found[0]) if found else self.emergency()

    # Names of medicines.
    def _local_generic(self, drug_id: str) -> str | None:
        """The country's own generic name: the brand table's, else its naming convention's
        (INN paracetamol, US acetaminophen); None when the catalog's name holds."""
        row = self.catalog.country_names(drug_id, self.jurisdiction)
        if row is not None and row.generic.strip():
            return row.generic.strip()
        if self.generic_names is not None and (name := self.generic_names.names.get(drug_id)):
            return name
        return None

    def generic(self, drug: Drug) -> str:
        """The generic name used where the patient lives ("Paracetamol" in the UK). A combination
        product with an ingredient named differently there is named from its ingredients:
        "Paracetamol/codeine 300/30 mg"."""
        own = self._local_generic(drug.id)
        if own is not None:
            return own[:1].upper() + own[1:]
        if drug.ingredients and any(self._differs(i.drug) for i in drug.ingredients):
            # Drug ids are lowercase generic names (a file-format contract), so they name an
            # ingredient the brand table does not rename.
            parts = "/".join((self._local_generic(i.drug) or i.drug.replace("-", " ")).lower()
                             for i in drug.ingredients)
            amounts = "/".join(f"{i.amount_mg:g}" for i in drug.ingredients)
            return f"{parts[:1].upper()}{parts[1:]} {amounts} mg"
        return drug.name

    def _differs(self, drug_id: str) -> bool:
        """The country names this ingredient differently from its id (paracetamol)."""
        name = self._local_generic(drug_id)
        return name is not None and name.lower() != drug_id.replace("-", " ")

    def brand(self, drug: Drug) -> str | None:
        """A brand name sold where the patient lives, when the catalog has one for that country."""
        row = self.catalog.country_names(drug.id, self.jurisdiction)
        if row is not None:
            return row.names[0] if row.names else None
        if self.country == CATALOG_BRAND_COUNTRY and drug.brands:
            return drug.brands[0]
        return None

    def name(self, drug: Drug, brand: bool = True) -> str:
        """ "Ibuprofen (Advil)", "Acetaminophen (paracetamol, Tylenol)", "Paracetamol (Panadol)"."""
        generic = self.generic(drug)
        chosen = self.brand(drug) if brand else None
        if chosen is None:
            return generic
        if generic.endswith(")"):
            return f"{generic[:-1]}, {chosen})"
        return f"{generic} ({chosen})"

    # Placeholders in catalog wording.
    def _value(self, key: str) -> str:
        if key.startswith(("drug:", "generic:")):
            kind, drug_id = key.split(":", 1)
            drug = self.catalog.drugs[drug_id]  # the catalog validates every placeholder's id
            text = self.name(drug) if kind == "drug" else self.generic(drug)
            return text[:1].lower() + text[1:]  # inside a sentence: "It has acetaminophen in it."
        return {"emergency": self.emergency, "poison": self.poison, "crisis": self.crisis,
                "urgent": self.urgent, "ed": self.ed}[key]()

    def fill(self, text: str, names: str = "") -> str:
        """Catalog wording as escaped paragraph markup, its placeholders filled in (``{names}``:
        the medicines a piece of advice concerns, as the caller names them)."""
        out: list[str] = []
        last = 0
        for match in _ANY_PLACEHOLDER.finditer(text):
            key = match.group(1) or match.group(2)
            value = names if key == "names" else self._value(key)
            out += [esc(text[last:match.start()]), esc(value)]
            last = match.end()
        out.append(esc(text[last:]))
        return "".join(out)

    def fill_plain(self, text: str, names: str = "") -> str:
        """As :meth:`fill`, but plain text (for places that escape later)."""
        return _ANY_PLACEHOLDER.sub(
            lambda m: names if (m.group(1) or m.group(2)) == "names" else self._value(m.group(1) or m.group(2)), text)


# The catalog's placeholders and the handout facts' own ({names}, {ed}).
_ANY_PLACEHOLDER = re.compile(f"{PLACEHOLDER.pattern}|{EXTRA_PLACEHOLDER.pattern}")
