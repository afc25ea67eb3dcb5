"""Plans, reports and PDF text helpers shared by the export tests."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pdfplumber
import pytest
from pypdf import DocumentInformation, PdfReader

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.catalog_model import Source
from careplan.domain.findings import Finding, MmeLine, MmeSummary, SafetyReport, StaleAcknowledgement
from careplan.domain.plan import (
    Acknowledgement,
    Baseline,
    CarePlan,
    CbtModule,
    Clinician,
    ExercisePrescription,
    FlarePlan,
    FollowUp,
    Goal,
    KratomModule,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    Pain,
    Patient,
    PhysiotherapyModule,
)
from careplan.export import ExportOptions, Letterhead

TODAY = date(2026, 11, 24)
AT = datetime(2026, 11, 24, 10, 19, tzinfo=UTC)
LETTERHEAD = Letterhead(name="Riverside Pain Clinic", address="12 Mill Lane\nAustin, TX 78701", phone="512-555-0100")


def options(**kw: object) -> ExportOptions:
    values: dict[str, object] = {"letterhead": LETTERHEAD, "today": TODAY, **kw}
    return ExportOptions.model_validate(values)


@pytest.fixture(scope="session")
def catalog() -> CatalogIndex:
    return load_catalog()


def full_plan(name: str = "Zoë Ñúñez") -> CarePlan:
    """A realistic plan with every module kind, current medicines and a kratom module."""
    ibuprofen = MedicationItem(id="ibu", drug="ibuprofen", dose=400, unit="mg", times_per_day=3,
                               purpose="pain and stiffness", instructions="Take with food.")
    apap = MedicationItem(id="apap", drug="acetaminophen", dose=500, unit="mg", times_per_day=4, otc=True)
    gaba = MedicationItem(id="gaba", drug="gabapentin", dose=300, unit="mg", times_per_day=1,
                          start=date(2026, 11, 25))
    oxy = MedicationItem(id="oxy", drug="oxycodone", dose=5, unit="mg", prn=True, max_per_day=3)
    return CarePlan(
        id="0b6f5d2e-1111-4c5e-9a7b-123456789abc",
        title="Chronic low back pain plan",
        created_at=AT, updated_at=AT,
        clinician=Clinician(name="Dr A. Example", credentials="MD"),
        patient=Patient(
            name=name, date_of_birth=date(1961, 3, 4), record_number="A-1002", sex="female",
            jurisdiction="US-TX", conditions=["ckd", "sleep_apnea"],
            current_medications=[MedicationItem(id="sert", drug="sertraline", dose=50, unit="mg", times_per_day=1)],
            allergies=["codeine"], alcohol_drinks_per_week=2,
        ),
        pain=Pain(sites=["lower back"], types=["nociceptive"], causes=["arthritis"], duration_months=18,
                  baseline=Baseline(peg=[7, 6, 6], nrs=7)),
        goals=[
            Goal(id="g1", text="Walk to the shop and back", measure="PEG", target="4 or lower", due=date(2027, 2, 1)),
            Goal(id="g2", text="Sleep through the night 5 nights a week"),
        ],
        modules=[
            MedicationModule(id="m1", items=[ibuprofen, apap, gaba, oxy], notes="Review kidney function in 2 weeks."),
            PhysiotherapyModule(id="m2", sessions_per_week=2, pacing="Break jobs into 10-minute chunks.",
                                walking_start_minutes=10, walking_target_minutes=30, exercises=[
                                    ExercisePrescription(id="e1", exercise="pelvic-tilt", sets=2, reps=10,
                                                         hold_seconds=5, days_per_week=5),
                                    ExercisePrescription(id="e2", exercise="bridge", sets=2, reps=8,
                                                         progression="Add a third set after two weeks."),
                                    ExercisePrescription(id="e3", name="Garden stretch routine", minutes=10),
                                ]),
            CbtModule(id="m3", sessions=8, cadence="weekly", session_minutes=50,
                      focus_areas=["pain-education", "pacing", "sleep"], homework="Keep a sleep diary.",
                      provider="Sam Lee, PhD"),
            MindfulnessModule(id="m4", practice="body-scan", minutes_per_day=15, days_per_week=6,
                              resources=["Free body scan recording from the clinic website"]),
            LifestyleModule(id="m5", targets=[
                LifestyleGoal(id="l1", area="sleep", target="Same wake time every day, 7 am",
                              catalog_id="sleep-regular-wake"),
                LifestyleGoal(id="l2", area="alcohol", target="No alcohol on days you take gabapentin"),
            ]),
            KratomModule(id="m6", status="current_use", product_form="powder", reported_amount="SECRET-AMOUNT-3g",
                         reported_frequency="twice daily", cautions_discussed=["not-approved", "cns-depressants"],
                         monitoring=["liver function tests"], follow_up_weeks=4, cautions_accepted=True,
                         cautions_accepted_by="Dr A. Example", cautions_accepted_at=AT),
        ],
        flare_plan=FlarePlan(steps=["Rest 20 minutes, then walk gently for 5", "Heat pack 15 minutes"],
                             may_take="one extra oxycodone tablet, still no more than 3 a day",
                             call_if="pain is 9/10 or more for over a day"),
        follow_up=FollowUp(interval_weeks=4, monitoring=["PEG-3", "liver function tests"]),
        acknowledgements=[Acknowledgement(rule="NSAID-CONDITION", reason="short course, renal function checked",
                                          by="Dr A. Example", at=AT)],
        notes="Discussed tapering plan for kratom.",
    )


SRC = Source(citation="FDA Drug Safety Communication 2016: opioids and benzodiazepines", url="https://www.fda.gov/x")


def report_for(plan: CarePlan) -> SafetyReport:
    """A hand-made report (independent of the safety engine) with every kind of entry."""
    ack = plan.acknowledgements[0] if plan.acknowledgements else None
    return SafetyReport(
        findings=(
            Finding(rule="KRATOM-CNS-DEPRESSANT", severity="critical", title="Kratom with CNS depressants",
                    detail="Kratom with oxycodone and gabapentin raises the risk of respiratory depression.",
                    items=("oxy", "gaba"), sources=(SRC,)),
            Finding(rule="NSAID-CONDITION", severity="warning", title="NSAID with chronic kidney disease",
                    detail="Ibuprofen can worsen kidney function.", items=("ibu",), acknowledgement=ack,
                    sources=(Source(citation="AGS Beers Criteria 2023"),)),
            Finding(rule="PLAN-INCOMPLETE", severity="info", title="No next visit date",
                    detail="Follow-up interval set but no date.", sources=(SRC,)),
        ),
        mme=MmeSummary(total=22.5, lines=(MmeLine(item="oxy", label="Oxycodone 5 mg up to 3×/day", daily_amount=15,
                                                  amount_unit="mg", factor=1.5, mme=22.5),)),
        stale_acknowledgements=(StaleAcknowledgement(
            acknowledgement=Acknowledgement(rule="OPIOID-MME", reason="old MME reason XYZZY", by="Dr B", at=AT),
            reason="no OPIOID-MME finding any more"),),
    )


def pdf_text(data: bytes) -> str:
    """All text of a PDF, pages joined, whitespace collapsed (line breaks split phrases)."""
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def metadata(data: bytes) -> DocumentInformation:
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    return meta


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def char_sizes(data: bytes) -> list[float]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [c["size"] for page in pdf.pages for c in page.chars if c["text"].strip()]
