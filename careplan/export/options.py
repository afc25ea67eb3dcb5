"""Export options: letterhead, large print, language and the handout sections to print."""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

from datetime import date
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, field_validator

from careplan.domain.languages import LanguageReview, base_language, language_name, normalise_language_tag
from careplan.domain.limits import AddressText, ShortText
from careplan.export.patient_catalog import available_languages


class HandoutSection(NamedTuple):
    """One optional part of the handout, as the export dialog offers it."""

    id: str
    label: str
    # Safety content a clinician cannot leave out: it prints even when not selected.
    required: bool = False


HANDOUT_SECTIONS: tuple[HandoutSection, ...] = (
    HandoutSection("goals", "Goals"),
    HandoutSection("schedule", "Daily medicine schedule"),
    HandoutSection("taper", "Taper calendar, withdrawal signs and who to call", required=True),
    HandoutSection("care", "\u201cTake extra care\u201d box: allergies and the combinations you weighed", required=True),
    HandoutSection("rescue", "Rescue medicine box for family and carers", required=True),
    HandoutSection("modules", "One section per module"),
    HandoutSection("kratom", "Kratom caution box", required=True),
    HandoutSection("flare", "Flare plan"),
    HandoutSection("tracker", "Weekly tracker"),
    HandoutSection("progress", "Your PEG scores over time"),
    HandoutSection("help", "\u201cGet help now if\u2026\u201d box", required=True),
    HandoutSection("next_visit", "Next visit and contact"),
)
SECTION_IDS: frozenset[str] = frozenset(s.id for s in HANDOUT_SECTIONS)


class Letterhead(BaseModel):
    """The clinic's name, address, phone and optional logo printed at the top of the handout."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # The limits of the plan model's own fields (careplan.domain.limits): a clinic name or address
    # of 120,000 characters or 5,000 lines never reaches the page layout.
    name: ShortText = ""
    address: AddressText = ""
    phone: ShortText = ""
    logo: Path | None = None


class Signer(BaseModel):
    """Who signs the clinician summary: printed on its front sheet's signature block (from
    Preferences or the command line's ``--clinician-*`` options)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = ""
    credentials: str = ""
    licence: str = ""


class ExportOptions(BaseModel):
    """How to render: print size, language, which handout sections, letterhead and date."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    large_print: bool = False
    # The handout's language (BCP 47: "es", "es-MX"); None: the patient's language, else English.
    # The clinician summary is always in English.
    language: str | None = None
    # The clinic's reviews of translated handout wording (Preferences), for the summary's statement.
    language_reviews: tuple[LanguageReview, ...] = ()
    # Set by render_summary: the language the patient's handout is in (the summary states it).
    handout_language: str = "en"
    sections: frozenset[str] | None = None
    letterhead: Letterhead = Field(default_factory=Letterhead)
    signer: Signer = Field(default_factory=Signer)
    today: date | None = None
    # None picks the paper the patient's country uses: US Letter in the US and Canada, else A4.
    page_size: Literal["letter", "a4"] | None = None
    # The clinic's own photos by exercise id (checked by careplan.storage.exercise_photos): a
    # photo prints instead of the exercise's drawing.
    exercise_photos: dict[str, Path] = Field(default_factory=dict)

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        if value is None:
            return None
        tag = normalise_language_tag(value)
        if tag is None:
            raise ValueError(f"{value!r} is not a language tag (for example en, es or es-MX)")
        if base_language(tag) not in available_languages():
            raise ValueError(f"no handout wording in {language_name(tag)} (have: {', '.join(sorted(available_languages()))})")
        return tag

    @field_validator("sections")
    @classmethod
    def _known_sections(cls, value: frozenset[str] | None) -> frozenset[str] | None:
        if value is not None and (unknown := value - SECTION_IDS):
            raise ValueError(f"unknown handout sections: {', '.join(sorted(unknown))}")
        return value

    def wants(self, section: str) -> bool:
        """Whether a handout section prints: selected, all selected (None), or required."""
        if self.sections is None or section in self.sections:
            return True
        return any(s.id == section and s.required for s in HANDOUT_SECTIONS)
