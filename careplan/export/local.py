"""What differs by where the patient lives: phone lines and the names of medicines.

The catalog's patient wording holds placeholders instead of anything country-specific
(``{emergency}``, ``{poison}``, ``{crisis}``, ``{urgent}``, ``{drug:ID}``, ``{generic:ID}``; see
:data:`careplan.domain.catalog_model.PLACEHOLDER`). :class:`Local` fills them in from the
catalog's emergency-line and brand tables for the patient's country. A country the tables do
not know gets "your local emergency number" and generic names, never another country's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import PLACEHOLDER, CountryLines, Drug, HelpLine, LineKind
from careplan.export.text import esc, raw_phrase

# The catalog's own brand names come from US labels (see BrandTable); other countries print a
# brand only where the brand table names one for them.
CATALOG_BRAND_COUNTRY = "US"


@dataclass(frozen=True)
class Local:
    """Country-specific wording for one handout (language and the patient's jurisdiction)."""

    catalog: CatalogIndex
    jurisdiction: str | None
    lang: str

    @property
    def country(self) -> str | None:
        return self.jurisdiction.upper().split("-", 1)[0] if self.jurisdiction else None

    @cached_property
    def lines(self) -> CountryLines | None:
        """The patient's country's phone lines, or None when the table does not know it."""
        return self.catalog.emergency_lines(self.jurisdiction)

    def of(self, kind: LineKind) -> tuple[HelpLine, ...]:
        return self.lines.of(kind) if self.lines is not None else ()

    def _raw(self, key: str) -> str:
        return raw_phrase(self.lang, key)

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
        row = self.catalog.country_names(drug_id, self.jurisdiction)
        return row.generic.strip() if row is not None and row.generic.strip() else None

    def generic(self, drug: Drug) -> str:
        """The generic name used where the patient lives ("Paracetamol" in the UK). A combination
        product with an ingredient named differently there is named from its ingredients:
        "Paracetamol/codeine 300/30 mg"."""
        own = self._local_generic(drug.id)
        if own is not None:
            return own[:1].upper() + own[1:]
        if drug.ingredients and any(self._local_generic(i.drug) for i in drug.ingredients):
            # Drug ids are lowercase generic names (a file-format contract), so they name an
            # ingredient the brand table does not rename.
            parts = "/".join(self._local_generic(i.drug) or i.drug.replace("-", " ") for i in drug.ingredients)
            amounts = "/".join(f"{i.amount_mg:g}" for i in drug.ingredients)
            return f"{parts[:1].upper()}{parts[1:]} {amounts} mg"
        return drug.name

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
                "urgent": self.urgent}[key]()

    def fill(self, text: str) -> str:
        """Catalog wording as escaped paragraph markup, its placeholders filled in."""
        out: list[str] = []
        last = 0
        for match in PLACEHOLDER.finditer(text):
            out += [esc(text[last:match.start()]), esc(self._value(match.group(1)))]
            last = match.end()
        out.append(esc(text[last:]))
        return "".join(out)

    def fill_plain(self, text: str) -> str:
        """As :meth:`fill`, but plain text (for places that escape later)."""
        return PLACEHOLDER.sub(lambda m: self._value(m.group(1)), text)
