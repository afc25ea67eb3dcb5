"""The summary's sources: only those of the findings present, one number per work, and no working
notes, machine addresses or repository paths printed."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Source
from careplan.domain.findings import Finding, SafetyReport
from careplan.export import render_summary
from careplan.export.summary_sources import printable, source_key

from .conftest import full_plan, options, pdf_text

DSC_A = Source(citation="FDA Drug Safety Communication, 31 Aug 2016: boxed warning on opioids with benzodiazepines")
DSC_B = Source(citation="FDA Drug Safety Communication, 31 Aug 2016: serious risks with CNS depressants")
NOTE = Source(citation="Secondary/vendor legal-status summaries (Poland); primary source not found", grade="S")
API = Source(citation="TYLENOL Extra Strength OTC label (openFDA SPL)",
             url="https://api.fda.gov/drug/label.json?search=id%3A22d9")
UNSURE = Source(citation="Arizona bill summary: would raise the minimum age to 21 (status not confirmed)",
                url="https://example.org/az")
REPO = Source(citation="CDC Opioid CDS (cqframework/opioid-cds-r4, input/cql/OMTKData.cql v3.0.0): opioid codes",
              url="https://github.com/cqframework/opioid-cds-r4/blob/b29bdc/input/cql/OMTKData.cql")


def test_one_work_is_one_source_whatever_its_summary_says() -> None:
    assert source_key(DSC_A) == source_key(DSC_B)
    assert source_key(DSC_A) != source_key(API)


def test_working_notes_and_machine_addresses_never_print() -> None:
    assert printable(NOTE) is None
    api = printable(API)
    assert api is not None and api.url is None and api.citation == API.citation
    unsure = printable(UNSURE)
    assert unsure is not None and "not confirmed" not in unsure.citation and unsure.url == UNSURE.url
    repo = printable(REPO)
    assert repo is not None and ".cql" not in repo.citation and repo.url is None


def test_summary_lists_each_work_once_and_only_for_findings(catalog: CatalogIndex) -> None:
    plan = full_plan()
    report = SafetyReport(findings=(
        Finding(rule="OPIOID-SEDATIVE", severity="warning", title="Opioid with a sedative", detail="d",
                sources=(DSC_A, NOTE, API)),
        Finding(rule="KRATOM-CNS-DEPRESSANT", severity="warning", title="Kratom with sedatives", detail="d",
                sources=(DSC_B, UNSURE, REPO)),
    ))
    text = pdf_text(render_summary(plan, catalog, report, options()))
    sources = text[text.rfind("Sources "):]
    assert sources.count("FDA Drug Safety Communication, 31 Aug 2016") == 1
    assert "[1] FDA Drug Safety Communication, 31 Aug 2016" in sources and "[4]" in sources and "[5]" not in sources
    for note in ("primary source not found", "api.fda.gov", "not confirmed", ".cql", "github.com", "secondary"):
        assert note not in sources.lower(), note
    # A source behind what the handout says (an exercise, a phone line) is not a finding's evidence.
    assert catalog.exercises["pelvic-tilt"].sources[0].citation not in text
