"""Every examples/critical-<rule>.careplan.json shows its rule firing as an unacknowledged critical."""

from __future__ import annotations

from pathlib import Path

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import Patient
from careplan.domain.safety import RULE_IDS
from careplan.storage.plan_files import load_plan
from tests.domain.plan_factory import check

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
FILES = sorted(EXAMPLES.glob("critical-*.careplan.json"))

# docs/DESIGN.md's rules that can be critical: each needs an example plan.
CRITICAL_RULES = {
    "DOSE-DAILY-MAX",
    "APAP-DAILY-MAX",
    "NSAID-DUPLICATE",
    "NSAID-BLEEDING",
    "OPIOID-MME",
    "OPIOID-SEDATIVE",
    "ALLERGY",
    "KRATOM-JURISDICTION",
    "KRATOM-CNS-DEPRESSANT",
    # Second set (issue 9).
    "DOSE-UNCOUNTED",
    "OPIOID-NAIVE-LA",
    "RENAL-DOSE",
    "QT-RISK",
    "NSAID-TRIPLE",
    "OPIOID-CYP",
    "LACTATION",
    # Third set (issue 16).
    "SEROTONERGIC",
    "PEDIATRIC",
    "PREGNANCY-DRUG",
    "SEIZURE-RISK",
    "HEPATIC-DOSE",
    "DRUG-INTERACTION",
    "DRUG-CONDITION",
    # Measures over time (issue 19).
    "PHQ9-ITEM9",
}


def _rule_of(path: Path) -> str:
    return path.name.removeprefix("critical-").removesuffix(".careplan.json").upper()


def test_every_critical_rule_has_an_example() -> None:
    assert {_rule_of(p) for p in FILES} == CRITICAL_RULES
    assert CRITICAL_RULES <= RULE_IDS


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_example_fires_its_rule_as_critical(catalog: CatalogIndex, path: Path) -> None:
    plan = load_plan(path)
    assert plan.patient is not None and "fictional" in plan.notes.lower()
    report = check(plan, catalog)
    rule = _rule_of(path)
    critical = [f for f in report.findings if f.rule == rule and f.severity == "critical"]
    assert critical, f"{path.name}: no critical {rule}; got {[(f.rule, f.severity) for f in report.findings]}"
    assert all(f.blocking for f in critical)


CLEAN = sorted(p for p in EXAMPLES.glob("*.careplan.json") if not p.name.startswith("critical-"))
TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "resources" / "templates").glob("*.careplan.json"))


@pytest.mark.parametrize("path", CLEAN + TEMPLATES, ids=[p.name for p in CLEAN + TEMPLATES])
def test_clean_examples_and_builtin_templates_have_no_critical_finding(catalog: CatalogIndex, path: Path) -> None:
    plan = load_plan(path)
    report = check(plan, catalog)
    assert not [f for f in report.findings if f.severity == "critical"], path.name
    if plan.patient is None:
        # A template made into a plan for an ordinary adult stays free of critical findings too.
        adult = plan.model_copy(update={"format": "careplan", "patient": Patient(age=45, sex="female")})
        assert not [f for f in check(adult, catalog).findings if f.severity == "critical"], path.name
