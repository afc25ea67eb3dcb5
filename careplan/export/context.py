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
from careplan.domain.handout_catalog import HandoutFacts, item_release, load_handout_facts
from careplan.domain.handout_model import Locale
from careplan.domain.numbers import number as number  # re-exported: the builders import it from here
from careplan.domain.plan import MedicationItem
from careplan.export.fonts import BOLD
from careplan.export.local import Local
from careplan.export.locale_format import (
    conjunction,
    format_fixed,
    format_number,
    in_sentence,
    long_date,
    weekday_date,
    weekday_date_year,
)
from careplan.export.options import ExportOptions
from careplan.export.patient_catalog import Translator, catalog_tag
from careplan.export.styles import Styles
from careplan.export.text import EN, esc, phrase_in, phrase_table

# How a handout reads where the country is not known: international English, INN generic names
# (paracetamol) and day-first dates written out in words, never another country's phone numbers.
UNKNOWN_VARIANT = "en-INT"
UNKNOWN_NAMES = "inn"
# Forms a patient counts out (a dose in mg becomes "2 tablets of 500 mg" when one product fits).
_SOLID_FORMS = frozenset({"tablet", "capsule"})

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
    # Height of the first page's frame: what the summary's front sheet must fit in.
    height: float = 0.0

    @property
    def lang(self) -> str:
        """The handout's language tag ("en", "es-MX"): the renderer resolves it before a render."""
        return self.options.language or "en"

    @cached_property
    def tr(self) -> Translator:
        """Lookups in the handout language's compiled catalog (English: the source text)."""
        return Translator(catalog_tag(self.lang, self.jurisdiction))

    @cached_property
    def facts(self) -> HandoutFacts:
        """Red flags, advice conflicts, medicine advice and locales (sourced catalog data)."""
        return load_handout_facts()

    @cached_property
    def locale(self) -> Locale | None:
        """The patient's country's row of the locale table, or None when it is not known."""
        return self.facts.locale(self.jurisdiction)

    @cached_property
    def table(self) -> Mapping[str, str]:
        """The handout's phrase table: the language with the country's regional words."""
        if not self.tr.is_source:
            return phrase_table(self.tr.tag)
        return phrase_table(self.lang, self.locale.phrases if self.locale is not None else UNKNOWN_VARIANT)

    @cached_property
    def local(self) -> Local:
        convention = self.locale.generic_names if self.locale is not None else UNKNOWN_NAMES
        return Local(self.catalog, self.jurisdiction, self.lang, locale=self.locale, table=self.table,
                     generic_names=self.facts.generic_names(convention), tr=self.tr)

    def t(self, key: str, **values: object) -> str:
        """Fixed wording in the handout language and the patient's country's words, as markup."""
        return phrase_in(self.table, key, **values)

    def raw(self, key: str) -> str:
        return self.table.get(key, EN[key])

    def words(self, texts: Mapping[str, str], domain: str, names: str = "") -> str:
        """Catalog patient wording (its English text, ``texts["en"]``) in the handout language,
        escaped, with its placeholders (phone lines, local medicine names, ``{names}``) filled in
        for the patient's country. ``domain`` is its gettext context (``"exercise"``)."""
        return self.local.fill(self.tr.text(domain, (texts.get("en") or "").strip()), names)

    def fill(self, text: str, domain: str = "medicine") -> str:
        """One piece of catalog wording (English) as escaped markup in the handout language,
        placeholders filled in."""
        return self.local.fill(self.tr.text(domain, text.strip()))

    def name_of(self, domain: str, name: str) -> str:
        """A catalog name (an exercise's, a CBT skill's) in the handout language (plain text)."""
        return self.tr.text(domain, name.strip())

    def user_plain(self, text: str) -> str:
        """Text of the plan, plain. The built-in templates' own wording prints in the handout
        language; anything else prints as the clinician wrote it (the export refuses a translated
        handout whose plan text reads as English: careplan.export.plan_language)."""
        stripped = text.strip()
        if not self.tr.is_source and stripped and self.tr.has("template", stripped):
            return self.tr.text("template", stripped)
        return text

    def user(self, text: str) -> str:
        """:meth:`user_plain` as escaped markup."""
        return esc(self.user_plain(text))

    def num(self, value: float) -> str:
        """A number as the handout language writes it: "2.5" in English, "2,5" in Spain."""
        if self.tr.is_source:
            return number(value)
        return format_number(value, self.tr.tag)

    def fixed(self, value: float, decimals: int) -> str:
        """A score with its instrument's decimals: "6.0" in English, "6,0" in Spain."""
        if self.tr.is_source:
            return f"{value:.{decimals}f}"
        return format_fixed(value, decimals, self.tr.tag)

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

    def med_name_in_text(self, item: MedicationItem) -> str:
        """:meth:`med_name` inside a sentence: a catalog medicine's generic name is a common noun
        ("lower your morphine"); a brand in brackets and a name the clinician typed keep their capitals."""
        name = self.med_name(item)
        return name[:1].lower() + name[1:] if self.drug(item) is not None else name

    def dose_text(self, item: MedicationItem) -> str:
        """One dose in the unit the patient holds: "400 mg", "1 tablet", "2 tablets (15 mg each)",
        "1000 mg (2 tablets of 500 mg)", "4 g of gel", "1 patch (25 mcg/h)" (plain text; escape
        before use in markup)."""
        amount = self.num(item.dose)
        unit: str = item.unit
        if unit == "mcg/h":
            return self.raw("dose_rate_patch").format(rate=f"{amount} mcg/h")
        if unit in _COUNTED_UNITS:
            unit = self.raw(f"unit_{unit}" if item.dose == 1 else f"unit_{unit}_many")
        text = f"{amount} {unit}"
        strength = item.strength
        if strength is not None and item.unit in _COUNTED_UNITS:
            each = f"{self.num(strength.amount)} {strength.unit}"
            key = "dose_strength_one" if item.dose == 1 else "dose_strength_each"
            return self.raw(key).format(dose=text, strength=each)
        drug = self.drug(item)
        if item.unit == "g" and drug is not None and any(s.form == "gel" for s in drug.strengths):
            return self.raw("dose_gel").format(dose=text)
        held = self._units_held(item, drug)
        if held is not None:
            count, form, each = held
            if count == 1:
                return self.raw("dose_unit_one").format(dose=text, unit=self.raw(f"unit_{form}"))
            noun = self.raw(f"unit_{form}_many")
            return self.raw("dose_units_of").format(dose=text, n=self.num(count), unit=noun, strength=each)
        return text

    def _units_held(self, item: MedicationItem, drug: Drug | None) -> tuple[float, str, str] | None:
        """(how many, tablet or capsule, "500 mg") for a dose in mg that only one of the drug's
        solid products makes in one to four whole units; None when it is ambiguous or not oral."""
        if drug is None or item.route != "oral" or item.unit not in ("mg", "mcg"):
            return None
        if any(s.form == "solution" for s in drug.strengths):
            return None  # the patient may hold the liquid: the mg stay the only truth
        release = item_release(item, drug)
        if item.strength is not None and item.strength.unit == item.unit:
            fits = [(item.dose / item.strength.amount, "tablet", item.strength.amount)]
            forms = {s.form for s in drug.strengths if s.amount == item.strength.amount and s.form in _SOLID_FORMS}
            if len(forms) == 1:
                fits = [(fits[0][0], forms.pop(), item.strength.amount)]
        else:
            fits = [(item.dose / s.amount, s.form, s.amount) for s in drug.strengths
                    if s.form in _SOLID_FORMS and s.unit == item.unit and s.amount
                    and (release is None or s.release == release)]
        whole = {(n, form, each) for n, form, each in fits if abs(n - round(n)) < 1e-9 and 1 <= round(n) <= 4}
        if len(whole) != 1:
            return None
        n, form, each = whole.pop()
        return float(round(n)), form, f"{self.num(each)} {item.unit}"

    def date_words(self, day: date) -> str:
        """A date a patient cannot misread (no 02/01 ambiguity), in the order the patient's country
        writes it: "1 February 2027" or "February 1, 2027" ("1 de febrero de 2027": Babel)."""
        if not self.tr.is_source:
            return long_date(day, self.tr.tag)
        key = "date_format_mdy" if self.date_order == "mdy" else "date_format"
        return self.raw(key).format(day=day.day, month=self.raw(f"month_{day.month}"), year=day.year)

    def weekday_date_year(self, day: date) -> str:
        """ "Monday 11 January 2027" / "Monday January 11, 2027" / "lunes, 11 de enero de 2027"."""
        if not self.tr.is_source:
            return weekday_date_year(day, self.tr.tag)
        text = self.weekday_date(day)
        return f"{text} {day.year}" if self.date_order == "dmy" else f"{text}, {day.year}"

    @property
    def date_order(self) -> str:
        return self.locale.date_order if self.locale is not None else "dmy"

    def weekday_date(self, day: date, short: bool = False) -> str:
        """ "Tuesday 1 December" / "Tuesday, December 1"; short: "Tue 1 Dec" / "Tue Dec 1"."""
        if not self.tr.is_source:
            return weekday_date(day, self.tr.tag, short)
        order = "mdy" if self.date_order == "mdy" else "dmy"
        if short:
            return self.raw(f"short_date_{order}").format(
                weekday=self.raw(f"day_{day.isoweekday()}"), day=day.day, month=self.raw(f"mon_{day.month}"))
        return self.raw(f"weekday_date_{order}").format(
            weekday=self.raw(f"weekday_{day.isoweekday()}"), day=day.day, month=self.raw(f"month_{day.month}"))

    def label_width(self, labels: list[str], most: float | None = None) -> float:
        """Width of a column whose bold header must not break mid-word ("Mornin g"): the widest
        label at body size plus the cell padding of ``grid_table_style``.

        ``most``: the widest the column may be, where several such columns share the page. A
        label wider than that wraps between its words instead ("Al / acostarse": four of those
        side by side in large print left the medicine column a negative width, and the export
        failed), and only a single word wider than ``most`` still breaks."""
        size = self.styles.body_size
        pad = size * 0.6 + 2
        widest: float = max(stringWidth(label, BOLD, size) for label in labels) + pad
        if most is None or widest <= most:
            return widest
        word: float = max(stringWidth(w, BOLD, size) for label in labels for w in label.split() or [""]) + pad
        return min(word, most)

    def join(self, names: list[str]) -> str:
        """ "a, b and c" in the handout language (plain text)."""
        if len(names) <= 1:
            return "".join(names)
        if not self.tr.is_source:
            # Only the first name may open a sentence: "Duloxetina y tramadol: juntas, ...".
            names = [names[0], *(in_sentence(n) for n in names[1:])]
        return ", ".join(names[:-1]) + f" {conjunction(self.raw('and'), names[-1], self.tr.language)} " + names[-1]
