"""Every example and built-in template, exported: fonts embedded, headings never alone at the foot
of a page, page 1 not left empty, boxes and trackers kept whole, the summary's findings on page 1,
and nothing internal printed."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.plan import Acknowledgement, CarePlan
from careplan.domain.safety import check_plan
from careplan.export import render_handout, render_summary
from careplan.export.patient_catalog import Translator
from careplan.export.text import EN
from careplan.storage.plan_files import load_plan

from .conftest import TODAY, options, pdf_text
from .pdf_tables import page_texts, tables

# A sweep of every example and template, about a third of the whole test run: in .ci/run's slow
# pass (pytest -m slow); the other export tests keep checking handouts and summaries by default.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PLANS = sorted((ROOT / "examples").glob("*.careplan.json")) + sorted((ROOT / "resources" / "templates").glob("*.json"))
INTERNAL = re.compile(r"facts\.md|resources/catalog|\.json\b|re-read|not read verbatim|existing catalog|"
                      r"current_use|advised_against|7oh_product|Sex unknown", re.IGNORECASE)
URL = re.compile(r"https?://\S+")


def _name(path: Path) -> str:
    return path.name.removesuffix(".careplan.json")


@cache
def _plan(path: Path) -> CarePlan:
    """The plan with its critical findings acknowledged, so that it can be exported."""
    catalog = load_catalog()
    plan = load_plan(path)
    blocking = check_plan(plan, catalog, TODAY).blocking
    acks = [Acknowledgement(rule=f.rule, items=list(f.items), reason="Discussed", by="Dr Test") for f in blocking]
    return plan.model_copy(update={"acknowledgements": [*plan.acknowledgements, *acks]})


@cache
def _pdf(path: Path, kind: str, large: bool = False) -> bytes:
    catalog = load_catalog()
    plan = _plan(path)
    render = render_handout if kind == "handout" else render_summary
    return render(plan, catalog, check_plan(plan, catalog, TODAY), options(large_print=large))


def _fonts(data: bytes) -> Iterator[tuple[str, bool]]:
    """(font name, embedded?) for every font the pages use."""
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            yield str(font["/BaseFont"]), any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def _lines(page: object) -> list[tuple[float, float]]:
    """(bottom, largest font size) of each text line of the page body (running head and footer left out)."""
    words = page.extract_words(extra_attrs=["size"])  # type: ignore[attr-defined]
    height = page.height  # type: ignore[attr-defined]
    # Tick boxes print larger than text on purpose; they are not headings.
    body = [w for w in words if 70 < w["bottom"] < height - 60 and set(w["text"]) != {"\u2610"}]
    lines: dict[int, float] = {}
    for w in body:
        key = round(w["bottom"])
        lines[key] = max(lines.get(key, 0.0), w["size"])
    return sorted(lines.items())


@pytest.mark.parametrize("path", PLANS, ids=_name)
@pytest.mark.parametrize("kind", ["handout", "summary"])
def test_every_font_is_embedded(path: Path, kind: str) -> None:
    fonts = list(_fonts(_pdf(path, kind)))
    assert fonts and all(embedded for _, embedded in fonts), fonts


@pytest.mark.parametrize("path", PLANS, ids=_name)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_no_heading_ends_a_page_and_page_one_is_used(path: Path, large: bool) -> None:
    data = _pdf(path, "handout", large)
    body = 16.0 if large else 12.0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = list(pdf.pages)
        for number, page in enumerate(pages[:-1], start=1):
            lines = _lines(page)
            assert lines, f"page {number} is empty"
            assert lines[-1][1] <= body * 1.05, f"page {number} ends with a heading"
        if len(pages) > 1:
            first = pages[0]
            assert _lines(first)[-1][0] > first.height * 0.6, "page 1 is left mostly empty"


@pytest.mark.parametrize("path", PLANS, ids=_name)
def test_boxes_and_tracker_are_never_left_as_a_lone_line(path: Path) -> None:
    data = _pdf(path, "handout")
    texts = page_texts(data)
    help_page = next(t for t in texts if "Need help fast?" in t)
    before = help_page.split("Need help fast?", 1)[0]
    assert "\u2022" in before or "These signs need help right away" in before  # not alone on its page
    rescue = [t for t in texts if "For your family and caregivers" in t or "For your family and carers" in t]
    assert all("In an emergency, call" in t for t in rescue)  # the rescue box is whole on its page
    tracker = [t for t in tables(data) if t.rows and t.rows[0][0] == "What I did"]
    assert len(tracker) == 1 and tracker[0].rows[-1][0] == "My pain today (0 to 10)"


@pytest.mark.parametrize("path", PLANS, ids=_name)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_summary_page_one_is_the_front_sheet_with_the_signature_block(path: Path, large: bool,
                                                                      catalog: CatalogIndex) -> None:
    """Page 1 holds the patient, every medicine with its amount a day, the MME total, every
    finding (open and acknowledged) and the signature block; the details start on page 2."""
    data = _pdf(path, "summary", large)
    first = " ".join(page_texts(data)[0].split())
    plan = _plan(path)
    labels = ["Printed name", "Credentials", "Licence number", "Date", "Signature", "MME/day"]
    for label in labels + (["Amount/day"] if plan.all_medications() else []):
        assert label in first, label
    report = check_plan(plan, catalog, TODAY)
    for finding in report.findings:
        assert f"{finding.rule}: {' '.join(finding.title.split())}" in first, finding.rule
    for item in plan.all_medications():
        drug = catalog.drugs.get(item.drug or "")
        name = drug.name if drug is not None else (item.name or "")
        assert re.split(r"[ /(]", name)[0] in first, name
    assert "Safety findings" not in first  # the full findings start on page 2


@pytest.mark.parametrize("path", PLANS, ids=_name)
def test_nothing_internal_or_enum_like_is_printed(path: Path) -> None:
    for kind in ("handout", "summary"):
        found = INTERNAL.findall(URL.sub("", pdf_text(_pdf(path, kind))))
        assert found == [], (kind, found)


@pytest.mark.parametrize("path", sorted((ROOT / "resources" / "templates").glob("*.json")), ids=_name)
def test_every_template_names_its_pain_sites(path: Path) -> None:
    assert [s for s in load_plan(path).pain.sites if s.strip()]


def test_back_pain_template_prints_the_back_red_flags(catalog: CatalogIndex) -> None:
    text = pdf_text(_pdf(ROOT / "resources" / "templates" / "chronic-low-back-pain.careplan.json", "handout"))
    assert "You cannot control your bladder or bowels" in text


@pytest.mark.parametrize("path", PLANS, ids=_name)
@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_a_split_box_never_starts_again_on_the_same_page(path: Path, large: bool) -> None:
    # A box split across pages repeats its title on the next page, never twice on one page
    # (which happens when a box's remainder is squeezed in below its own first part).
    for number, text in enumerate(page_texts(_pdf(path, "handout", large)), start=1):
        for title in ("Get help now if\u2026", "Kratom: what you need to know", "Take extra care with these medicines"):
            assert text.count(title) <= 1, (number, title)


def _help_heading_pages(data: bytes, tag: str) -> tuple[list[int], list[int]]:
    """Pages holding the "Get help now if..." heading, and pages holding a box that follows it."""
    tr = Translator(tag)
    heading = tr.text("handout:help_title", EN["help_title"])
    # A box title's start, before its placeholder ("Call {emergency} now if:" -> "Call").
    boxes = [tr.text(f"handout:{key}", EN[key]).split("{")[0].strip()
             for key in ("urgency_emergency", "urgency_same_day", "urgency_call_us", "numbers_title")]
    texts = [" ".join(t.split()) for t in page_texts(data)]
    return ([n for n, t in enumerate(texts) if heading in t],
            [n for n, t in enumerate(texts) if any(b and b in t.split(heading, 1)[-1] for b in boxes)])


@pytest.mark.parametrize("path", PLANS, ids=_name)
@pytest.mark.parametrize("jurisdiction", ["US-CA", "MX", "ES"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_get_help_heading_starts_its_page_with_its_first_box(path: Path, jurisdiction: str, language: str) -> None:
    """A heading followed by a block that moves whole (the last red box with the phone numbers)
    moves with it: never "Get help now if..." and its sentence alone at the foot of a page."""
    from . import test_spanish_examples, test_spanish_handout

    catalog = load_catalog()
    made = test_spanish_handout if path.parent.name == "templates" else test_spanish_examples
    plan = made.plan_in(path, jurisdiction, language if language != "en" else None)
    data = render_handout(plan, catalog, check_plan(plan, catalog, TODAY), options())
    tag = "en" if language == "en" else f"es-{jurisdiction.split('-')[0]}"
    headings, with_box = _help_heading_pages(data, tag)
    assert len(headings) == 1 and headings[0] in with_box, (headings, with_box)
