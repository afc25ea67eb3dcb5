"""PDF exports of a care plan: the patient handout and the clinician summary (no Qt here)."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.findings import SafetyReport
from careplan.domain.plan import CarePlan
from careplan.export.handout import handout_story
from careplan.export.options import HANDOUT_SECTIONS, ExportOptions, HandoutSection, Letterhead, Signer
from careplan.export.renderer import DocumentSpec, PdfRenderer
from careplan.export.summary import summary_story
from careplan.export.text import PHRASES, esc, raw_phrase

__all__ = [
    "HANDOUT_SECTIONS",
    "PHRASES",
    "ExportOptions",
    "HandoutSection",
    "Letterhead",
    "Signer",
    "esc",
    "render_handout",
    "render_summary",
]


def _author(plan: CarePlan, options: ExportOptions) -> str:
    return options.letterhead.name.strip() or plan.clinician.name.strip() or "Careplan"


def render_handout(plan: CarePlan, catalog: CatalogIndex, report: SafetyReport, options: ExportOptions) -> bytes:
    """Render the plain-language patient handout.

    Args:
        plan: the care plan (a template prints without a patient name).
        catalog: the loaded catalog, for patient wording, red flags and the kratom facts.
        report: the plan's safety report (the handout does not print findings; the argument keeps
            one signature for both documents).
        options: print size, language, sections, letterhead and the date to print.

    Returns:
        The PDF as bytes; the caller writes them (atomically) wherever they belong.
    """
    lang = options.language
    name = plan.patient.name.strip() if plan.patient is not None else ""
    title = raw_phrase(lang, "doc_title") + (f": {name}" if name else "")
    head = raw_phrase(lang, "running_head").format(name=name) if name else raw_phrase(lang, "running_head_anon")
    spec = DocumentSpec(
        title=title, subject="Patient handout", author=_author(plan, options),
        footer=options.letterhead.name.strip() or head, running_head=head,
        page_label=raw_phrase(lang, "footer_page"), story=handout_story,
    )
    return PdfRenderer(spec, options).render(plan, catalog, report)


def render_summary(plan: CarePlan, catalog: CatalogIndex, report: SafetyReport, options: ExportOptions) -> bytes:
    """Render the clinician summary: the whole plan, MME, findings with acknowledgements, sources.

    Args and return value as :func:`render_handout`; the summary is always in English
    (clinician-facing) and ignores the handout section selection.
    """
    name = plan.patient.name.strip() if plan.patient is not None else ""
    label = plan.title.strip() or "Care plan"
    spec = DocumentSpec(
        title=f"Clinician summary: {label}", subject="Clinician summary", author=_author(plan, options),
        footer=f"Plan {plan.id} \u00b7 rev. {plan.revision}",
        running_head=f"Clinician summary \u00b7 {name or label}", page_label="Page {page} of {pages}",
        story=summary_story,
    )
    return PdfRenderer(spec, options).render(plan, catalog, report)
