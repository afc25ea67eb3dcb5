"""PDF exports of a care plan: the patient handout and the clinician summary (no Qt here)."""

from __future__ import annotations

# First, before any module that imports reportlab's graphics: see rl_settings.
from careplan.export import rl_settings  # noqa: F401

# isort: split
from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import SafetyReport
from careplan.domain.languages import base_language
from careplan.domain.plan import CarePlan
from careplan.export.handout import handout_story
from careplan.export.options import HANDOUT_SECTIONS, ExportOptions, HandoutSection, Letterhead, Signer
from careplan.export.patient_catalog import MissingLanguage, MissingPhrase, Translator, available_languages, catalog_tag
from careplan.export.plan_language import PlanLanguageError, check_plan_language
from careplan.export.renderer import DocumentSpec, PdfRenderer
from careplan.export.summary import summary_story
from careplan.export.text import PHRASES, esc, raw_phrase

__all__ = [
    "HANDOUT_SECTIONS",
    "PHRASES",
    "ExportOptions",
    "HandoutSection",
    "Letterhead",
    "MissingLanguage",
    "MissingPhrase",
    "PlanLanguageError",
    "Signer",
    "esc",
    "handout_language",
    "render_handout",
    "render_summary",
]


def _author(plan: CarePlan, options: ExportOptions) -> str:
    return options.letterhead.name.strip() or plan.clinician.name.strip() or "Careplan"


def handout_language(plan: CarePlan, options: ExportOptions) -> str:
    """The handout's language tag: the export's choice, else the patient's language, else English."""
    if options.language:
        return options.language
    if plan.patient is not None and plan.patient.language:
        language = plan.patient.language
        if base_language(language) not in available_languages():
            raise MissingLanguage(language)
        return language
    return "en"


def render_handout(plan: CarePlan, catalog: CatalogIndex, report: SafetyReport, options: ExportOptions, *,
                   first_pages: int | None = None, total_pages: int | None = None) -> bytes:
    """Render the plain-language patient handout.

    Args:
        plan: the care plan (a template prints without a patient name).
        catalog: the loaded catalog, for patient wording, red flags and the kratom facts.
        report: the plan's safety report (the handout does not print findings; the argument keeps
            one signature for both documents).
        options: print size, language, sections, letterhead and the date to print.
        first_pages: only this many first pages (the preview shows them before the rest), laid
            out as in the whole handout, their footers counting ``total_pages``.

    Returns:
        The PDF as bytes; the caller writes them (atomically) wherever they belong.
    """
    lang = handout_language(plan, options)
    options = options.model_copy(update={"language": lang})
    jurisdiction = plan.patient.jurisdiction if plan.patient is not None else None
    tag = catalog_tag(lang, jurisdiction)
    check_plan_language(plan, Translator(tag))
    name = plan.patient.name.strip() if plan.patient is not None else ""
    title = raw_phrase(tag, "doc_title") + (f": {name}" if name else "")
    head = raw_phrase(tag, "running_head").format(name=name) if name else raw_phrase(tag, "running_head_anon")
    spec = DocumentSpec(
        title=title, subject="Patient handout", author=_author(plan, options),
        footer=options.letterhead.name.strip() or head, running_head=head,
        page_label=raw_phrase(tag, "footer_page"), story=handout_story,
    )
    return PdfRenderer(spec, options).render(plan, catalog, report, first_pages=first_pages, total_pages=total_pages)


def render_summary(plan: CarePlan, catalog: CatalogIndex, report: SafetyReport, options: ExportOptions) -> bytes:
    """Render the clinician summary: the whole plan, MME, findings with acknowledgements, sources.

    Args and return value as :func:`render_handout`; the summary is always in English
    (clinician-facing) and ignores the handout section selection; it states the handout's
    language and whether the clinic has reviewed that language's wording.
    """
    options = options.model_copy(update={"language": "en", "handout_language": handout_language(plan, options)})
    name = plan.patient.name.strip() if plan.patient is not None else ""
    label = plan.title.strip() or "Care plan"
    spec = DocumentSpec(
        title=f"Clinician summary: {label}", subject="Clinician summary", author=_author(plan, options),
        footer=f"Plan {plan.id} \u00b7 rev. {plan.revision}",
        running_head=f"Clinician summary \u00b7 {name or label}", page_label="Page {page} of {pages}",
        story=summary_story,
    )
    return PdfRenderer(spec, options).render(plan, catalog, report)
