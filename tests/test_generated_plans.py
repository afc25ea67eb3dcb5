"""Generated plan files (hypothesis) through the whole road: load -> check -> save -> export -> make-template.

Every generated document is written as JSON and loaded like a file a clinician opens. It may be
refused (a clear PlanFileError, one line) or accepted; an accepted plan must then check, save and
load back unchanged, export to a handout, a summary and a FHIR bundle, and become a template or be
refused with IdentifiersFound naming a field. Any other exception is a bug.

The documents lean on the edges: dates at the ends of the allowed range with far time-zone
offsets, amounts up to the largest allowed, non-Latin and markup-like text, long unbroken words,
the most lines a field may hold. At least 2,000 plans go the whole road in every test run;
CAREPLAN_FUZZ_EXAMPLES raises the number (e.g. 20000 for a nightly run).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from careplan.domain import limits
from careplan.domain.catalog import load_catalog
from careplan.domain.deidentify import IdentifiersFound
from careplan.domain.plan import TemplateInfo
from careplan.domain.safety import check_plan
from careplan.export import ExportOptions, render_handout, render_summary
from careplan.export.fhir import build_bundle
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan, parse_document, plan_to_json, save_plan
from careplan.storage.templates import make_template, plan_from_template
from tests.robustness_stats import STATS

TARGET = max(2000, int(os.environ.get("CAREPLAN_FUZZ_EXAMPLES", "2000")))
CATALOG = load_catalog()
DRUGS = sorted(CATALOG.drugs)
EXERCISES = sorted(CATALOG.exercises)
OPTIONS = ExportOptions(today=date(2026, 11, 24))

# Letters from several scripts, digits, markup and entity characters, quotes: what breaks exports.
_ALPHABET = "aZ09 \u00eb\u00d1\u0110\u1eb7\u738b\u0645\u05d0\u00df<>&;\"'/#()-.,:%\u00a0\u2013\U0001f600"
line = st.text(alphabet=_ALPHABET, max_size=12)
paragraph = st.text(alphabet=_ALPHABET + "\n", max_size=24)
edge_text = st.sampled_from([
    "W" * limits.MAX_TEXT,  # one unbroken word as long as a field allows
    "x\n" * (limits.MAX_TEXT_LINES - 1) + "x",  # the most lines a field may hold
    "<b>bold</b> <font size=99>big</font> &amp; <br/> <para>",
    "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \u738b\u82b3",
    # Identifiers a template must refuse (for some of the generated patients) or must not
    # mistake for one ("glute bridge" for patient Mary Bridge, "30 minutes" for record number 30).
    "Zoe walks 30 minutes", "Call Li on 020 7946 0018", "born 4 March 1961", "glute bridge, 30 minutes",
])
# Mostly short text (fast to lay out, so that thousands of plans export in a test run), now and
# then the longest a field allows.
free_text = st.one_of(*[paragraph] * 7, edge_text)


def _iso(day: date) -> str:
    return day.isoformat()


dates = st.one_of(
    st.dates(min_value=date(limits.MIN_YEAR, 1, 1), max_value=date(limits.MAX_YEAR, 12, 31)),
    st.sampled_from([date(limits.MIN_YEAR, 1, 1), date(limits.MAX_YEAR, 12, 31), date(2000, 2, 29)]),
).map(_iso)
offsets = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12)), timezone(timedelta(hours=5, minutes=45))])
stamps = st.builds(
    lambda day, offset: datetime.combine(date.fromisoformat(day), datetime.min.time(), offset).isoformat(),
    dates, offsets,
)
amounts = st.one_of(st.floats(min_value=0.001, max_value=limits.MAX_AMOUNT), st.sampled_from([limits.MAX_AMOUNT, 0.001, 1e-9]))


@st.composite
def medicines(draw: st.DrawFn) -> dict[str, Any]:
    item: dict[str, Any] = {"dose": draw(amounts), "unit": draw(st.sampled_from(["mg", "mcg", "tablet", "patch", "ml", "g"]))}
    if draw(st.integers(0, 5)):
        item["drug"] = draw(st.sampled_from(DRUGS))
    else:
        item["name"] = draw(line.filter(str.strip)) or "x"
    how = draw(st.sampled_from(["daily", "daily", "interval", "prn"]))
    if how == "daily":
        item["times_per_day"] = draw(st.integers(1, 24))
    elif how == "interval":
        item["interval_hours"] = draw(st.sampled_from([24, 72, 168, 24 * 28]))
    else:
        item.update(prn=True, max_per_day=draw(st.integers(1, 24)))
    if draw(st.booleans()):
        item.update(purpose=draw(free_text), start=draw(dates))
    return item


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    modules: list[dict[str, Any]] = []
    for kind in draw(st.lists(st.sampled_from(["medication", "physiotherapy", "cbt", "lifestyle", "kratom"]), max_size=2, unique=True)):
        if kind == "medication":
            modules.append({"kind": kind, "items": draw(st.lists(medicines(), min_size=1, max_size=2)), "notes": draw(free_text)})
        elif kind == "physiotherapy":
            modules.append({"kind": kind, "exercises": [{"exercise": draw(st.sampled_from(EXERCISES)), "progression": draw(free_text)}]})
        elif kind == "cbt":
            modules.append({"kind": kind, "sessions": draw(st.integers(1, 52)), "homework": draw(free_text)})
        elif kind == "lifestyle":
            modules.append({"kind": kind, "targets": [{"area": "sleep", "target": draw(line.filter(str.strip)) or "x"}]})
        else:
            modules.append({"kind": kind, "status": "current_use", "reported_amount": draw(line), "cautions_accepted": True,
                            "cautions_accepted_at": draw(stamps)})
    return {
        "format": "careplan",
        "schema_version": 3,
        "title": draw(line),
        "created_at": draw(stamps),
        "updated_at": draw(stamps),
        "patient": {
            "name": draw(st.sampled_from(["Zo\u00eb \u00d1\u00fa\u00f1ez", "Ann-Marie Li", "\u0110\u1eb7ng Th\u1ecb", "Mary Bridge", ""])),
            "date_of_birth": draw(st.none() | dates),
            "record_number": draw(st.sampled_from(["", "30", "A-1002", "MRN 998877"])),
            "jurisdiction": draw(st.sampled_from(["US-TX", "GB", "TH", "ZZ"])),
            "current_medications": draw(st.lists(medicines(), max_size=1)),
        },
        "goals": [{"text": draw(free_text.filter(str.strip)) or "x", "due": draw(st.none() | dates)}],
        "modules": modules,
        "flare_plan": {"steps": draw(st.lists(free_text, max_size=2)), "call_if": draw(free_text)},
        "follow_up": {"interval_weeks": draw(st.integers(1, 104)), "next_visit": draw(st.none() | dates)},
        "notes": draw(free_text),
    }


@pytest.mark.slow
def test_generated_plans_go_the_whole_road() -> None:
    counts = {"whole road": 0, "refused at load": 0, "template refused": 0}
    # Memory-backed where there is one: thousands of fsyncs to a disk would only measure the disk.
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="careplan-generated-", dir=shm if shm.is_dir() and os.access(shm, os.W_OK) else None))

    @settings(max_examples=TARGET, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(documents())
    def road(document: dict[str, Any]) -> None:
        source = folder / "generated.careplan.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        try:
            plan = load_plan(source)
        except PlanFileError as exc:  # a clear refusal is a fine outcome
            assert str(exc) and "\n" not in str(exc)
            counts["refused at load"] += 1
            assume(False)  # not a plan: generate another, so that TARGET plans go the whole road
            return
        report = check_plan(plan, CATALOG, today=date(2026, 11, 24))
        assert all(f.title and f.detail for f in report.findings)
        saved = save_plan(plan, folder / "saved.careplan.json", touch=False)
        assert load_plan(folder / "saved.careplan.json") == saved == plan
        for render in (render_handout, render_summary):
            assert render(plan, CATALOG, report, OPTIONS).startswith(b"%PDF-")
        bundle = build_bundle(plan, CATALOG)
        assert bundle["resourceType"] == "Bundle" and json.dumps(bundle)
        try:
            template = make_template(plan, TemplateInfo(description="generated"))
        except IdentifiersFound as exc:
            assert exc.hits and str(exc).startswith(exc.hits[0].where)
            counts["template refused"] += 1
        else:
            assert template.patient is None and parse_document(json.loads(plan_to_json(template))) == template
            fresh = plan_from_template(template, kratom_accepted_by="Dr A")
            assert parse_document(json.loads(plan_to_json(fresh))).modules == fresh.modules
        counts["whole road"] += 1
        STATS["generated plans"] += 1

    try:
        road()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert counts["whole road"] >= TARGET, counts
    assert counts["refused at load"] > 0 and counts["template refused"] > 0, counts  # both kinds of refusal were tried
