"""A finding cites the facts it rests on, not every fact of each drug it names."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import check, kratom, med, one, plan


def _citations(finding_sources: tuple) -> str:  # type: ignore[type-arg]
    return " | ".join(s.citation for s in finding_sources)


def test_nsaid_bleeding_cites_the_bleeding_facts_only(catalog: CatalogIndex) -> None:
    report = check(plan(med("ibuprofen", 400, times=3), current=[med("warfarin", 5, id="w")], age=70), catalog)
    cited = _citations(one(report, "NSAID-BLEEDING").sources)
    assert "bleeding" in cited.lower()
    assert "pregnancy" not in cited.lower() and "20 weeks" not in cited


def test_opioid_with_benzodiazepine_cites_the_boxed_warning(catalog: CatalogIndex) -> None:
    report = check(plan(med("oxycodone", 5, prn_max=4), current=[med("alprazolam", 0.5, id="a")]), catalog)
    finding = next(f for f in report.findings if f.rule == "OPIOID-SEDATIVE" and f.severity == "critical")
    cited = _citations(finding.sources)
    assert "31 Aug 2016" in cited
    # The oxycodone entry's kratom and CYP2D6 facts have nothing to do with this combination.
    assert "kratom" not in cited.lower() and "CYP2D6" not in cited


def test_kratom_cyp_for_duloxetine_does_not_cite_nsaid_bleeding(catalog: CatalogIndex) -> None:
    report = check(plan(med("duloxetine", 60, times=1), kratom_module=kratom(), jurisdiction="US-TX"), catalog)
    finding = one(report, "KRATOM-CYP")
    cited = _citations(finding.sources)
    assert "kratom" in cited.lower()
    assert "gastrointestinal bleeding" not in cited.lower() and "NSAID" not in cited
    assert len(finding.sources) <= 6
