"""What every section builder reads: catalog, findings, options, styles and language helpers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from reportlab.pdfbase.pdfmetrics import stringWidth

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Drug
from careplan.domain.findings import SafetyReport
from careplan.domain.numbers import number as number  # re-exported: the builders import it from here
from careplan.domain.plan import MedicationItem
from careplan.export.fonts import BOLD
from careplan.export.local import Local
from careplan.export.options import ExportOptions
from careplan.export.styles import Styles
from careplan.export.text import phrase, raw_phrase

# Units a patient reads as words, with a plural; mg, mcg and the like print as they are.
_COUNTED_UNITS = frozenset({"tablet", "capsule", "patch", "application"})


@dataclass(frozen=True)
class RenderContext:
    """Read-only inputs of one render; builders take ``(plan, ctx)`` and return flowables."""

    catalog: CatalogIndex
    report: SafetyReport
    options: ExportOptions
    styles: Styles
    today: date
    width: float
    # The patient's jurisdiction ("US-TX", "GB"): it decides phone lines and medicine names.
    jurisdiction: str | None = None

    @property
    def lang(self) -> str:
        return self.options.language

    @cached_property
    def local(self) -> Local:
        return Local(self.catalog, self.jurisdiction, self.lang)

    def t(self, key: str, **values: object) -> str:
        """Fixed wording in the handout language, as escaped markup."""
        return phrase(self.lang, key, **values)

    def raw(self, key: str) -> str:
        return raw_phrase(self.lang, key)

    def words(self, texts: Mapping[str, str]) -> str:
        """Catalog patient wording in the handout language (English if missing), escaped, with
        its placeholders (phone lines, local medicine names) filled in for the patient's country."""
        return self.local.fill(texts.get(self.lang) or texts.get("en") or "")

    def fill(self, text: str) -> str:
        """One piece of catalog wording as escaped markup, placeholders filled in."""
        return self.local.fill(text)

    def drug(self, item: MedicationItem) -> Drug | None:
        return self.catalog.drugs.get(item.drug) if item.drug else None

    def med_name(self, item: MedicationItem) -> str:
        """The name a patient knows where they live: the local generic name, with a brand sold
        there in brackets when the catalog has one for that country (plain text)."""
        drug = self.drug(item)
        if drug is None:
            return (item.name or item.label).strip()
        # An extended-release item may not be the first brand listed (OxyContin, not Roxicodone).
        brand = item.release != "er" or len(drug.brands) <= 1
        return self.local.name(drug, brand=brand)

    def dose_text(self, item: MedicationItem) -> str:
        """One dose in plain words: "400 mg", "1 tablet", "2 tablets (15 mg each)",
        "1 patch (25 mcg/h)" (plain text; escape before use in markup)."""
        amount = number(item.dose)
        unit: str = item.unit
        if unit == "mcg/h":
            return self.raw("dose_rate_patch").format(rate=f"{amount} mcg/h")
        if unit in _COUNTED_UNITS:
            unit = self.raw(f"unit_{unit}" if item.dose == 1 else f"unit_{unit}_many")
        text = f"{amount} {unit}"
        strength = item.strength
        if strength is not None and item.unit in _COUNTED_UNITS:
            each = f"{number(strength.amount)} {strength.unit}"
            key = "dose_strength_one" if item.dose == 1 else "dose_strength_each"
            text = self.raw(key).format(dose=text, strength=each)
        return text

    def date_words(self, day: date) -> str:
        """A date a patient cannot misread (no 02/01 ambiguity): "1 February 2027"."""
        return self.raw("date_format").format(day=day.day, month=self.raw(f"month_{day.month}"), year=day.year)

    def label_width(self, labels: list[str]) -> float:
        """Width of a column whose bold header must not break mid-word ("Mornin g"): the widest
        label at body size plus the cell padding of ``grid_table_style``."""
        widest: float = max(stringWidth(label, BOLD, self.styles.body_size) for label in labels)
        return widest + self.styles.body_size * 0.6 + 2

    def join(self, names: list[str]) -> str:
        """ "a, b and c" in the handout language (plain text)."""
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + f" {self.raw('and')} " + names[-1]
