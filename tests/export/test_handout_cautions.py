"""Every critical example, acknowledged: the handout never contradicts the plan it prints.

Once a clinician acknowledges a critical combination and keeps it, a generic catalog sentence
("do not take anxiety pills with it unless we say so") beside "keep taking alprazolam" tells
the patient two opposite things. For each critical rule the table below says concretely what
must not print (the contradiction) and what must (the caution that fits the combination).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import Acknowledgement, CarePlan
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary
from careplan.export.context import RenderContext
from careplan.export.handout_cautions import RULE_CAUTIONS
from careplan.export.styles import make_styles
from careplan.export.text import EN
from careplan.storage.plan_files import load_plan

from .conftest import TODAY, options, pdf_text

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CRITICAL_EXAMPLES = sorted(EXAMPLES.glob("critical-*.careplan.json"))


@dataclass(frozen=True)
class NoContradiction:
    """What the handout of a rule's example must not say, and what it must say instead."""

    forbidden: list[str] = field(default_factory=list)
    required: list[str] = field(default_factory=list)  # regular expressions over the whole text


RULES: dict[str, NoContradiction] = {
    # A positive PHQ-9 item 9: the patient's country's crisis line prints (US: 988).
    "PHQ9-ITEM9": NoContradiction(required=[r"988 Lifeline"]),
    "OPIOID-SEDATIVE": NoContradiction(
        forbidden=["take sleeping pills or anxiety pills with it unless we say so"],
        required=[r"Oxycodone \(Roxicodone\) and Alprazolam \(Xanax\): each of these can make you sleepy and slow "
                  r"your breathing\. Taken together, the risk is much higher\."],
    ),
    "NSAID-BLEEDING": NoContradiction(
        forbidden=["Do not take ibuprofen, naproxen or aspirin unless we say so",
                   "Ask us before taking ibuprofen, naproxen or aspirin with it"],
        required=[r"Ibuprofen \(Advil\) and Warfarin \(Coumadin\): taken together, these raise the risk of bleeding"],
    ),
    "NSAID-DUPLICATE": NoContradiction(
        forbidden=["Do not take other pain pills that have naproxen, ibuprofen or aspirin in them",
                   "Do not take other pain pills that have ibuprofen or naproxen in them"],
        required=[r"Naproxen \(Naprosyn\) and Ibuprofen \(Advil\): these are both anti-inflammatory pain medicines"],
    ),
    "APAP-DAILY-MAX": NoContradiction(
        forbidden=["Do not take other medicines with acetaminophen"],
        required=[r"Acetaminophen \(Tylenol\) and Hydrocodone/acetaminophen 5/325 mg \(Norco\): each of "
                  r"these has acetaminophen in it\. Together they come to more than your daily limit\."],
    ),
    "DOSE-DAILY-MAX": NoContradiction(
        required=[r"Ibuprofen: this dose is more than your daily limit\. We chose it on purpose"],
    ),
    "OPIOID-MME": NoContradiction(
        required=[r"Morphine \(MS Contin\): this is a high dose of opioid medicine\. Never take more than shown\."],
    ),
    "ALLERGY": NoContradiction(
        required=[r"Allergies on your record: codeine\.",
                  r"Paracetamol/codeine 300/30 mg: this matches an allergy on your record\."],
    ),
    "KRATOM-CNS-DEPRESSANT": NoContradiction(
        required=[r"You take Gabapentin \(Neurontin\)\. With kratom, these can slow or stop your breathing\."],
    ),
    "DOSE-UNCOUNTED": NoContradiction(
        # The handout must not guess a strength the plan does not give.
        forbidden=["2 tablets (", "mg each"],
        required=[r"Oxycodone \(Roxicodone\): this plan does not say how strong each one is\."],
    ),
    "LACTATION": NoContradiction(
        required=[r"Tramadol \(Ultram\): you are breastfeeding, and this medicine can pass to your baby"],
    ),
    "NSAID-TRIPLE": NoContradiction(
        required=[r"Ibuprofen \(Advil\), Lisinopril[^:]* and Hydrochlorothiazide[^:]*: taken together, these can "
                  r"harm your kidneys\."],
    ),
    "OPIOID-CYP": NoContradiction(
        required=[r"Oxycodone \(Roxicodone\) and Clarithromycin[^:]*: taken together, the pain medicine can build "
                  r"up in your body"],
    ),
    "OPIOID-NAIVE-LA": NoContradiction(
        # A patch changed every 3 days is never "once a day" or in the Morning column.
        forbidden=["once a day"],
        required=[r"Fentanyl transdermal patch \(Duragesic\): this is a strong opioid that works for a long time\.",
                  r"every 3 days"],
    ),
    "QT-RISK": NoContradiction(
        required=[r"Citalopram \(Celexa\): this medicine can change your heart rhythm"],
    ),
    "RENAL-DOSE": NoContradiction(
        required=[r"Gabapentin \(Neurontin\): your kidneys clear this medicine more slowly"],
    ),
    # Third set: each new critical rule's caution names the medicines; an over-limit one says the
    # patient's own limit, why it applies and the planned total.
    "HEPATIC-DOSE": NoContradiction(
        required=[r"Celecoxib \(Celebrex\): your liver clears this medicine more slowly",
                  r"For you, the limit is 200 mg a day of celecoxib from all your medicines together, because of "
                  r"your liver\. Your plan comes to 400 mg a day\."],
    ),
    "PEDIATRIC": NoContradiction(
        required=[r"Acetaminophen/codeine 300/30 mg[^:]*: this medicine needs extra care at this age or weight\."],
    ),
    "SEROTONERGIC": NoContradiction(
        required=[r"Tramadol \(Ultram\) and Phenelzine[^:]*: taken together, these can cause serotonin syndrome\."],
    ),
    "PREGNANCY-DRUG": NoContradiction(
        required=[r"Ibuprofen \(Advil\): this medicine needs extra care in pregnancy\."],
    ),
    "SEIZURE-RISK": NoContradiction(
        required=[r"Bupropion[^:]*: this medicine can make a seizure more likely\."],
    ),
    "DRUG-INTERACTION": NoContradiction(
        required=[r": taken together, one can change how the other works\."],
    ),
    "DRUG-CONDITION": NoContradiction(
        required=[r"Sumatriptan[^:]*: this medicine needs extra care with one of your health conditions\."],
    ),
    "KRATOM-JURISDICTION": NoContradiction(
        forbidden=["kratom is not banned", "kratom is legal, but with rules", "kratom is allowed only with limits"],
        required=[r"Alabama: kratom is against the law here\. Our record of this is dated May 10, 2016\."],
    ),
}


def acknowledged(path: Path, catalog: CatalogIndex) -> CarePlan:
    """The example with every critical finding acknowledged, as a clinician who keeps the plan would."""
    plan = load_plan(path)
    report = check_plan(plan, catalog, TODAY)
    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Discussed and kept", by="Dr Test")
            for f in report.blocking]
    return plan.model_copy(update={"acknowledgements": [*plan.acknowledgements, *acks]})


def _critical_rules(path: Path, catalog: CatalogIndex) -> set[str]:
    return {f.rule for f in check_plan(load_plan(path), catalog, TODAY).findings if f.severity == "critical"}


def test_every_critical_rule_with_an_example_has_its_contradictions_defined(catalog: CatalogIndex) -> None:
    assert CRITICAL_EXAMPLES, "the critical examples are missing"
    rules = set().union(*(_critical_rules(p, catalog) for p in CRITICAL_EXAMPLES))
    assert rules <= set(RULES), f"define what a contradiction is for: {sorted(rules - set(RULES))}"


@pytest.mark.parametrize("path", CRITICAL_EXAMPLES, ids=lambda p: p.name.removesuffix(".careplan.json"))
def test_acknowledged_critical_example_prints_no_contradiction(path: Path, catalog: CatalogIndex) -> None:
    plan = acknowledged(path, catalog)
    report = check_plan(plan, catalog, TODAY)
    assert not report.blocking
    text = pdf_text(render_handout(plan, catalog, report, options()))
    for rule in _critical_rules(path, catalog):
        spec = RULES[rule]
        for sentence in spec.forbidden:
            assert sentence not in text, (rule, sentence)
        for pattern in spec.required:
            assert re.search(pattern, text), (rule, pattern)
    # Structurally too: no catalog sentence that a printed caution replaces survives for the
    # medicines that caution concerns.
    ctx = RenderContext(catalog=catalog, report=report, options=options(), styles=make_styles(False), today=TODAY,
                        width=500, jurisdiction=plan.patient_or_empty.jurisdiction)
    planned = {i.id: i for i in plan.medication_items()}
    for finding in report.findings:
        caution = RULE_CAUTIONS.get(finding.rule)
        for item_id in finding.items if caution is not None else ():
            drug = catalog.drugs.get(planned[item_id].drug or "") if item_id in planned else None
            for part in drug.patient["en"].warning if drug is not None else ():
                if part.about in caution.replaces:
                    assert ctx.local.fill_plain(part.text) not in text, (finding.rule, part.text)
    # And a rescue medicine is never given a daily limit.
    assert "no more than once a day" not in text


def test_kratom_legal_row_and_date_are_one_truth(catalog: CatalogIndex) -> None:
    path = EXAMPLES / "critical-kratom-jurisdiction.careplan.json"
    plan = acknowledged(path, catalog)
    report = check_plan(plan, catalog, TODAY)
    row = catalog.jurisdiction(plan.patient_or_empty.jurisdiction)
    assert row is not None
    finding = next(f for f in report.findings if f.rule == "KRATOM-JURISDICTION")
    handout = pdf_text(render_handout(plan, catalog, report, options()))
    summary = pdf_text(render_summary(plan, catalog, report, options()))
    assert row.as_of.isoformat() in finding.detail
    # The row's date, month first for a US patient.
    assert f"{EN[f'month_{row.as_of.month}']} {row.as_of.day}, {row.as_of.year}" in handout
    assert f"as of {row.as_of.isoformat()}" in summary
    table_date = catalog.data.jurisdictions.as_of
    if table_date != row.as_of:
        assert table_date.isoformat() not in handout


def test_an_acknowledged_over_limit_caution_tells_the_patient_their_limit_and_why(catalog: CatalogIndex) -> None:
    from tests.domain.plan_factory import ack, med, plan

    base = plan(med("acetaminophen", 1000, times=3, id="apap"), conditions=["liver_disease"], jurisdiction="US-TX")
    report = check_plan(base, catalog, TODAY)
    finding = next(f for f in report.findings if f.rule == "APAP-DAILY-MAX")
    assert finding.limit is not None and finding.limit.reasons == ("liver",)
    kept = base.model_copy(update={"acknowledgements": [ack("APAP-DAILY-MAX", "apap")]})
    text = pdf_text(render_handout(kept, catalog, check_plan(kept, catalog, TODAY), options()))
    assert re.search(r"For you, the limit is 2,000 mg a day of acetaminophen[^.]* from all your medicines together, "
                     r"because of your liver\. Your plan comes to 3,000 mg a day\.", text)
    # Heavy drinking says so instead (no liver disease recorded).
    drinking = plan(med("acetaminophen", 1000, times=3, id="apap"), alcohol_drinks_per_week=30, jurisdiction="US-TX",
                    acks=[ack("APAP-DAILY-MAX", "apap")])
    text = pdf_text(render_handout(drinking, catalog, check_plan(drinking, catalog, TODAY), options()))
    assert "because of how much alcohol you drink" in text


def test_cautions_read_the_plans_medicines_once_however_many_findings(catalog: CatalogIndex,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Each finding's medicines are found through one index of the plan (scanning every medicine for
    # each finding grew with the square of the plan's lines), and still come in plan order.
    from benchmarks.plans import sized_plan
    from careplan.export.handout_cautions import cautions

    plan = sized_plan(120, catalog)
    report = check_plan(plan, catalog)
    ctx = RenderContext(catalog=catalog, report=report, options=options(), styles=make_styles(False), today=TODAY,
                        width=500, jurisdiction=plan.patient_or_empty.jurisdiction)
    reads = []
    all_medications = CarePlan.all_medications
    monkeypatch.setattr(CarePlan, "all_medications", lambda self: reads.append(1) or all_medications(self))
    found = cautions(plan, ctx)
    assert len([f for f in report.findings if f.rule in RULE_CAUTIONS]) > 10 and len(found) > 5
    assert len(reads) == 1
    order = [i.id for i in all_medications(plan)]
    for caution in found:
        places = [order.index(i.id) for i in caution.items]
        assert places == sorted(places)


def test_a_light_adults_acetaminophen_caution_speaks_of_one_medicine_and_of_their_weight(catalog: CatalogIndex) -> None:
    # 3,900 mg a day for 45 kg: under 4 g, over the label's 75 mg/kg for an adult under 50 kg (3,375 mg).
    from tests.domain.plan_factory import ack, med, plan

    light = plan(med("acetaminophen", 650, times=6, id="apap"), weight_kg=45, jurisdiction="US-TX",
                 acks=[ack("APAP-DAILY-MAX", "apap")])
    report = check_plan(light, catalog, TODAY)
    assert [f.rule for f in report.findings if f.limit is not None] == ["APAP-DAILY-MAX"]
    text = pdf_text(render_handout(light, catalog, report, options()))
    assert re.search(r"this is more acetaminophen[^.]* than your daily limit\.", text)
    # 3,900 mg is under the usual 4 g: "usual" would contradict the weight limit printed after it.
    assert "usual daily limit" not in text
    assert "each of these has" not in text and "Together they come to" not in text
    assert re.search(r"For you, the limit is 3,375 mg a day of acetaminophen[^.]* from all your medicines together, "
                     r"because of your weight\. Your plan comes to 3,900 mg a day\.", text)
    spanish_plan = plan(med("acetaminophen", 650, times=6, id="apap"), weight_kg=45, jurisdiction="US-TX", goals=False,
                        language="es", acks=[ack("APAP-DAILY-MAX", "apap")])
    spanish = pdf_text(render_handout(spanish_plan, catalog, check_plan(spanish_plan, catalog, TODAY), options()))
    assert "con esta dosis pasa de su límite diario de" in spanish and "habitual" not in spanish and "cada una lleva" not in spanish
    # Two medicines with acetaminophen keep the phrase for several together.
    two = plan(med("acetaminophen", 500, times=4, id="apap"), med("hydrocodone-acetaminophen-5-325", 1, "tablet", times=6,
                                                                   id="hyco"),
               weight_kg=45, jurisdiction="US-TX", acks=[ack("APAP-DAILY-MAX", "apap", "hyco")])
    text = pdf_text(render_handout(two, catalog, check_plan(two, catalog, TODAY), options()))
    assert "each of these has acetaminophen" in text


def test_the_heart_rhythm_caution_claims_no_history_the_plan_does_not_record(catalog: CatalogIndex) -> None:
    # QT-RISK also fires for two QT-prolonging medicines together, with no rhythm problem recorded:
    # the caution must not tell the patient they have had one.
    from tests.domain.plan_factory import ack, med, plan

    together = plan(med("hydroxyzine", 25, times=3, id="hx"), med("ondansetron", 4, times=2, id="q"), jurisdiction="US-TX")
    report = check_plan(together, catalog, TODAY)
    assert any(f.rule == "QT-RISK" and set(f.items) == {"hx", "q"} for f in report.findings)
    text = pdf_text(render_handout(together, catalog, report, options()))
    assert "heart rhythm problem" not in text
    assert re.search(r"Hydroxyzine and Ondansetron[^:]*: these medicines can change your heart rhythm\.", text)
    spanish_plan = together.model_copy(update={"patient": together.patient_or_empty.model_copy(update={"language": "es"}),
                                               "goals": []})
    spanish = pdf_text(render_handout(spanish_plan, catalog, check_plan(spanish_plan, catalog, TODAY), options()))
    assert "estas medicinas pueden cambiar el ritmo de su corazón" in spanish and "ya ha tenido" not in spanish
    # One medicine with QT prolongation recorded: the caution speaks of one medicine.
    one = plan(med("methadone", 10, times=2, id="m"), conditions=["qt_prolongation"], jurisdiction="US-TX")
    critical = [f for f in check_plan(one, catalog, TODAY).findings if f.severity == "critical"]
    one = one.model_copy(update={"acknowledgements": [ack(f.rule, *f.items) for f in critical]})
    text = pdf_text(render_handout(one, catalog, check_plan(one, catalog, TODAY), options()))
    assert re.search(r"Methadone[^:]*: this medicine can change your heart rhythm\. We chose it on purpose", text)
