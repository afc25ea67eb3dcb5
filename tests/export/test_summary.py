"""The clinician summary: whole plan, MME, findings with acknowledgements, sources, sign-off."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from careplan.domain import limits
from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import SCHEMA_VERSION
from careplan.domain.findings import SafetyReport
from careplan.domain.plan import CarePlan, MedicationItem, MedicationModule, Patient, SignOff
from careplan.export import render_summary
from careplan.export.summary_safety import used_sources

from .conftest import full_plan, metadata, options, pdf_text, report_for


@pytest.fixture(scope="module")
def summary(catalog: CatalogIndex) -> str:
    plan = full_plan()
    return pdf_text(render_summary(plan, catalog, report_for(plan), options()))


def test_patient_pain_goals_and_header(summary: str) -> None:
    for expected in ("Clinician summary", "Chronic low back pain plan", "DRAFT — not signed off", "Zoë Ñúñez",
                     "1961-03-04", "65 (65+)", "A-1002", "US-TX", "Chronic kidney disease", "Sleep apnoea",
                     "codeine", "2 drinks/week", "Sertraline", "lower back", "nociceptive", "18 months",
                     "7, 6, 6 (pain, enjoyment, activity); mean 6.3", "7/10", "Walk to the shop and back",
                     "4 or lower", "2027-02-01"):
        assert expected in summary, expected


def test_every_module_in_detail(summary: str, catalog: CatalogIndex) -> None:
    for expected in ("1. Medication", "Ibuprofen", "1200 mg/day", "as needed, max 3/day", "(OTC)",
                     "purpose: pain and stiffness", "Review kidney function in 2 weeks.",
                     "2. Physiotherapy", catalog.exercises["pelvic-tilt"].name, "2×10, hold 5 s",
                     "Garden stretch routine", "10 → 30 minutes", "Add a third set after two weeks.",
                     "3. CBT for pain", catalog.cbt_components["pain-education"].name, "Keep a sleep diary.",
                     "4. Mindfulness", catalog.mindfulness_practices["body-scan"].name,
                     "5. Lifestyle", "Same wake time every day, 7 am",
                     "6. Kratom (counselling)", "current_use", "powder", "SECRET-AMOUNT-3g", "twice daily",
                     catalog.kratom_cautions["cns-depressants"].title, "Rest 20 minutes, then walk gently for 5",
                     "every 4 weeks", "Discussed tapering plan for kratom."):
        assert expected in summary, expected


def test_mme_findings_and_acknowledgements(summary: str) -> None:
    assert "Total: 22.5 MME/day (conversion table: CDC 2022)" in summary
    assert "Oxycodone 5 mg up to 3×/day" in summary
    assert "MME factors (CDC 2022) estimate overdose risk" in summary
    for expected in ("CRITICAL", "KRATOM-CNS-DEPRESSANT: Kratom with CNS depressants",
                     "NOT ACKNOWLEDGED", "WARNING", "NSAID-CONDITION: NSAID with chronic kidney disease",
                     "Acknowledged by Dr A. Example at 2026-11-24 10:19 UTC: short course, renal function checked",
                     "INFO", "PLAN-INCOMPLETE", "Stale acknowledgements", "old MME reason XYZZY",
                     "no OPIOID-MME finding any more"):
        assert expected in summary, expected
    # Items are named, not given as ids.
    assert "Concerns: Oxycodone 5 mg, as needed, max 3/day; Gabapentin 300 mg, 1×/day" in summary


def test_sources_are_listed_once(summary: str, catalog: CatalogIndex) -> None:
    plan = full_plan()
    from careplan.export.context import RenderContext
    from careplan.export.styles import make_styles

    ctx = RenderContext(catalog=catalog, report=report_for(plan), options=options(), styles=make_styles(False),
                        today=options().today or datetime.now(UTC).date(), width=500)
    refs = used_sources(plan, ctx)
    citations = [r.citation for r in refs]
    assert len(citations) == len(set(citations))
    assert "AGS Beers Criteria 2023" in citations
    assert catalog.drugs["ibuprofen"].sources[0].citation in citations
    assert catalog.exercises["pelvic-tilt"].sources[0].citation in citations
    assert "AGS Beers Criteria 2023" in summary
    assert summary.count("FDA Drug Safety Communication 2016: opioids and benzodiazepines") == 1


def test_sign_off_plan_id_and_versions(summary: str, catalog: CatalogIndex) -> None:
    assert "Not signed off (draft)." in summary and "Signature:" in summary
    assert f"Plan id 0b6f5d2e-1111-4c5e-9a7b-123456789abc · schema version {SCHEMA_VERSION} · revision 1" in summary
    signed = full_plan().model_copy(update={
        "status": "final", "revision": 3,
        "signed_off": SignOff(name="Dr Øyvind Ås", credentials="MD", at=datetime(2026, 11, 25, 9, 0, tzinfo=UTC))})
    text = pdf_text(render_summary(signed, catalog, report_for(signed), options()))
    assert "Signed off by Dr Øyvind Ås MD at 2026-11-25 09:00 UTC." in text
    assert "FINAL" in text and "revision 3" in text and "DRAFT" not in text


def test_peg_chart_and_metadata(catalog: CatalogIndex) -> None:
    plan = full_plan()
    data = render_summary(plan, catalog, report_for(plan), options())
    text = pdf_text(data)
    assert "Baseline PEG-3" in text and "Target 4" in text and "PEG mean" in text
    reader = PdfReader(io.BytesIO(data))
    assert metadata(data).title == "Clinician summary: Chronic low back pain plan"
    assert metadata(data).author == "Riverside Pain Clinic"
    n = len(reader.pages)
    assert f"Page 1 of {n}" in (reader.pages[0].extract_text() or "")


def test_long_free_text_and_many_items_still_render(catalog: CatalogIndex) -> None:
    # As long and as many as the model allows (careplan.domain.limits).
    long_text = ("word " * (limits.MAX_TEXT // 5)).strip()
    count = limits.MAX_MEDICINES_IN_PLAN
    items = [MedicationItem(name=f"Med {n}", dose=1, unit="tablet", times_per_day=2, instructions=long_text if n == 3
                            else "") for n in range(count)]
    chunks = [items[i:i + limits.MAX_MEDICINES] for i in range(0, count, limits.MAX_MEDICINES)]
    plan = CarePlan(patient=Patient(name="A"), modules=[MedicationModule(items=chunk, notes=long_text) for chunk in chunks],
                    notes=long_text)
    text = pdf_text(render_summary(plan, catalog, SafetyReport(), options()))
    assert f"Med {count - 1}" in text
