"""Handout and summary print the revision and the sign-off (name, credentials, time)."""

from __future__ import annotations

from datetime import UTC, datetime

from careplan.domain.catalog import CatalogIndex
from careplan.domain.lifecycle import revise, sign
from careplan.domain.plan import Acknowledgement, CarePlan
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary
from tests.export.conftest import TODAY, full_plan, options, pdf_text, report_for

SIGNED_AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _signed(catalog: CatalogIndex) -> CarePlan:
    plan = full_plan()
    blocking = check_plan(plan, catalog, TODAY).blocking
    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="reviewed", by="Dr Øyvind Ås", at=SIGNED_AT) for f in blocking]
    plan = plan.model_copy(update={"acknowledgements": [*plan.acknowledgements, *acks]})
    return sign(plan, "Dr Øyvind Ås", "MD", SIGNED_AT, catalog=catalog, today=TODAY)


def test_handout_says_which_version_and_who_signed(catalog: CatalogIndex) -> None:
    draft = full_plan()
    text = pdf_text(render_handout(draft, catalog, report_for(draft), options()))
    assert "Plan version 1. This is a draft: your clinician has not signed it yet." in " ".join(text.split())
    signed = _signed(catalog)
    text = " ".join(pdf_text(render_handout(signed, catalog, report_for(signed), options())).split())
    assert "Signed by Dr Øyvind Ås, MD on November 25, 2026. Plan version 1." in text
    assert "draft" not in text.lower().split("plan version 1")[1][:40]


def test_summary_names_the_revision_it_replaces(catalog: CatalogIndex) -> None:
    revision = revise(_signed(catalog), datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    text = " ".join(pdf_text(render_summary(revision, catalog, report_for(revision), options())).split())
    assert "DRAFT" in text and "Revision 2" in text
    assert "Replaces revision 1, signed off by Dr Øyvind Ås MD at 2026-11-25 09:30 UTC." in text
    signed2 = sign(revision, "Dr B. Second", "DO", datetime(2026, 12, 1, 9, 0, tzinfo=UTC), catalog=catalog, today=TODAY)
    text = " ".join(pdf_text(render_summary(signed2, catalog, report_for(signed2), options())).split())
    assert "FINAL \u2014 signed off by Dr B. Second DO at 2026-12-01 09:00 UTC" in text
    assert "Signed off in Careplan by Dr B. Second DO at 2026-12-01 09:00 UTC." in text and "revision 2" in text
