"""Every example and template, exported in every listed country, normal and large print, reads
consistently: one urgency per sign, no advice that a medicine's wording forbids, the country's
own lines, words, spelling, names and dates, and a summary whose page 1 can be signed.

The whole matrix (every plan x 12 countries x 2 print sizes) is marked ``slow`` and runs in CI;
the default run covers every plan once, each in a different country, and every country once in
large print.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import Acknowledgement, CarePlan, Patient
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary
from careplan.export.options import Signer
from careplan.storage.plan_files import load_plan
from careplan.storage.templates import plan_from_template

from .conftest import TODAY, options
from .consistency import Documents, check_all, pages_of

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.careplan.json"))
TEMPLATES = sorted((ROOT / "resources" / "templates").glob("*.json"))
PLANS = EXAMPLES + TEMPLATES
COUNTRIES = ("US-TX", "CA", "GB", "IE", "AU", "NZ", "DE-BY", "FR", "ES", "MX", "TH", "MY")
AT = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)


def _name(path: Path) -> str:
    return path.name.removesuffix(".careplan.json")


@cache
def plan_in(path: Path, jurisdiction: str | None) -> CarePlan:
    """The example (or a plan made from the template) for a patient in ``jurisdiction``, with its
    critical findings acknowledged so that it can be exported."""
    catalog = load_catalog()
    loaded = load_plan(path)
    if loaded.is_template:
        patient = Patient(name="Alex Sample", age=58, sex="female", jurisdiction=jurisdiction)
        plan = plan_from_template(loaded, patient, kratom_accepted_by="Dr Test")
    else:
        patient = (loaded.patient or Patient()).model_copy(update={"jurisdiction": jurisdiction})
        plan = loaded.model_copy(update={"patient": patient})
    blocking = check_plan(plan, catalog, TODAY).blocking
    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Discussed", by="Dr Test", at=AT)
            for f in blocking]
    return plan.model_copy(update={"acknowledgements": [*plan.acknowledgements, *acks]})


def documents(path: Path, jurisdiction: str | None, large: bool = False) -> Documents:
    catalog = load_catalog()
    plan = plan_in(path, jurisdiction)
    report = check_plan(plan, catalog, TODAY)
    opts = options(large_print=large, signer=Signer(name="Dr A. Example", credentials="MD", licence="L-1"))
    handout = " ".join(pages_of(render_handout(plan, catalog, report, opts)))
    summary = pages_of(render_summary(plan, catalog, report, opts))
    return Documents(plan=plan, catalog=catalog, handout=handout, summary_pages=summary, today=TODAY)


# The default run: every plan once, in a rotating country; every country once in large print.
DEFAULT = [(p, COUNTRIES[n % len(COUNTRIES)], False) for n, p in enumerate(PLANS)]
DEFAULT += [(PLANS[(n * 5) % len(PLANS)], c, True) for n, c in enumerate(COUNTRIES)]
FULL = [(p, c, large) for p in PLANS for c in COUNTRIES for large in (False, True)]


@pytest.mark.parametrize("path, jurisdiction, large", DEFAULT,
                         ids=[f"{_name(p)}-{c}{'-large' if lp else ''}" for p, c, lp in DEFAULT])
def test_every_plan_reads_consistently(path: Path, jurisdiction: str, large: bool) -> None:
    assert check_all(documents(path, jurisdiction, large)) == []


@pytest.mark.slow
@pytest.mark.parametrize("path, jurisdiction, large", FULL,
                         ids=[f"{_name(p)}-{c}{'-large' if lp else ''}" for p, c, lp in FULL])
def test_every_plan_in_every_country_and_print_size_reads_consistently(path: Path, jurisdiction: str,
                                                                        large: bool) -> None:
    assert check_all(documents(path, jurisdiction, large)) == []


@pytest.mark.parametrize("path", [EXAMPLES[0], TEMPLATES[0]], ids=_name)
def test_an_unknown_country_reads_consistently_with_lines_to_write_in(path: Path) -> None:
    docs = documents(path, None)
    assert check_all(docs) == []
    assert "Emergency: ____" in docs.handout and "your local emergency number" in docs.handout
