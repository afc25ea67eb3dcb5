"""Exercise pictures in the handout: every exercise's page holds its vector drawing beside its
words, large print scales it up, the dose says "each side" and the hold time, and a clinic's
photo prints instead of the drawing."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
import pytest
from PIL import Image

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, ExercisePrescription, Patient, PhysiotherapyModule
from careplan.domain.safety import check_plan
from careplan.export import render_handout

from .conftest import options, pdf_text


def _prescription(catalog: CatalogIndex, exercise_id: str) -> ExercisePrescription:
    e = catalog.exercises[exercise_id]
    return ExercisePrescription(exercise=e.id, sets=e.default_sets, reps=e.default_reps, hold_seconds=e.default_hold_seconds,
                                minutes=e.default_minutes, days_per_week=e.default_days_per_week)


def _plan(catalog: CatalogIndex, ids: list[str], *extra: ExercisePrescription) -> CarePlan:
    items = [_prescription(catalog, i) for i in ids] + list(extra)
    return CarePlan(patient=Patient(name="Ana Li", jurisdiction="US-TX"), modules=[PhysiotherapyModule(exercises=items)])


def _render(catalog: CatalogIndex, plan: CarePlan, **kw: Any) -> bytes:
    return render_handout(plan, catalog, check_plan(plan, catalog), options(sections=frozenset({"modules"}), **kw))


def _regions(pdf_bytes: bytes, names: list[str]) -> dict[str, tuple[Any, float, float]]:
    """Each exercise's heading: its page and the vertical band down to the next heading."""
    found: dict[str, tuple[Any, float, float]] = {}
    pdf = pdfplumber.open(io.BytesIO(pdf_bytes))
    for page in pdf.pages:
        lines = page.extract_text_lines()
        tops = [(line["text"].strip(), line["top"]) for line in lines]
        headings = [(text, top) for text, top in tops if text in names]
        for index, (text, top) in enumerate(headings):
            bottom = headings[index + 1][1] if index + 1 < len(headings) else page.height
            found[text] = (page, top, bottom)
    return found


def _vector_marks(page: Any, top: float, bottom: float) -> list[dict[str, Any]]:
    """Vector paths in the band, leaving out rules and box edges (long straight lines)."""
    def rule(o: dict[str, Any]) -> bool:
        return (o["x1"] - o["x0"] > page.width * 0.6) or (o["x1"] - o["x0"] < 1 and o["bottom"] - o["top"] > 60)

    return [o for o in page.curves + page.lines if top <= o["top"] and o["bottom"] <= bottom and not rule(o)]


@pytest.fixture(scope="module")
def every_exercise(catalog: CatalogIndex) -> bytes:
    return _render(catalog, _plan(catalog, [e.id for e in catalog.data.exercises]))


def test_every_exercise_page_holds_its_drawing(catalog: CatalogIndex, every_exercise: bytes) -> None:
    names = [e.name for e in catalog.data.exercises]
    regions = _regions(every_exercise, names)
    assert set(regions) == set(names)
    for name, (page, top, bottom) in regions.items():
        marks = _vector_marks(page, top, bottom)
        # A body is a dozen strokes and more (limbs, trunk, feet), twice (start and end).
        assert len(marks) >= 24, (name, len(marks))
        # Vector paths, not a picture: no image on an exercise page without a clinic photo.
        assert not [i for i in page.images if top <= i["top"] <= bottom], name
    text = pdf_text(every_exercise)
    assert text.count("1 Start") >= 30 and "1 Breathe in" in text and "2 Relax" in text


def test_the_dose_says_each_side_and_the_hold(catalog: CatalogIndex, every_exercise: bytes) -> None:
    text = pdf_text(every_exercise)
    # Calf stretch: 3 on each side, held 20 seconds; pelvic tilt: 10, 2 sets, hold 5 (no sides).
    assert "3 times on each side. Hold for 20 seconds each time. Do this on 5 days a week." in text
    assert "10 times. Do 2 sets, with a short rest between them. Hold for 5 seconds each time." in text
    # A swing is not a hold.
    assert "Keep it going for about 30 seconds." in text
    for exercise in catalog.data.exercises:
        assert " ".join(exercise.feel["en"].split()[:6]) in text, exercise.id


def test_large_print_scales_the_drawing(catalog: CatalogIndex) -> None:
    ids = ["sit-to-stand", "bridge"]
    names = [catalog.exercises[i].name for i in ids]
    normal = _regions(_render(catalog, _plan(catalog, ids)), names)
    large = _regions(_render(catalog, _plan(catalog, ids), large_print=True), names)
    for name in names:
        small_marks, big_marks = _vector_marks(*normal[name]), _vector_marks(*large[name])
        assert len(small_marks) >= 24 and len(big_marks) >= 24

        def height(marks: list[dict[str, Any]]) -> float:
            return max(m["bottom"] for m in marks) - min(m["top"] for m in marks)

        assert height(big_marks) >= 1.3 * height(small_marks), name


def test_free_text_exercise_prints_without_a_picture(catalog: CatalogIndex) -> None:
    own = ExercisePrescription(name="Garden stretch routine", minutes=10)
    pdf = _render(catalog, _plan(catalog, [], own))
    page, top, bottom = _regions(pdf, ["Garden stretch routine"])["Garden stretch routine"]
    assert _vector_marks(page, top, bottom) == []
    assert "Keep going for 10 minutes. Do this on 3 days a week." in pdf_text(pdf)


def test_a_clinic_photo_prints_instead_of_the_drawing(catalog: CatalogIndex, tmp_path: Any) -> None:
    photo = tmp_path / "bridge.png"
    Image.new("RGB", (300, 200), (200, 220, 240)).save(photo)
    ids = ["bridge", "clamshell"]
    pdf = _render(catalog, _plan(catalog, ids), exercise_photos={"bridge": photo})
    regions = _regions(pdf, [catalog.exercises[i].name for i in ids])
    page, top, bottom = regions["Bridge"]
    assert [i for i in page.images if top <= i["top"] <= bottom]
    assert len(_vector_marks(page, top, bottom)) < 5
    assert len(_vector_marks(*regions["Clamshell"])) >= 24
    # A photo that went bad on disk after it was checked: the drawing prints, the handout does not fail.
    photo.write_bytes(b"not an image")
    pdf = _render(catalog, _plan(catalog, ids), exercise_photos={"bridge": photo})
    assert len(_vector_marks(*_regions(pdf, ["Bridge"])["Bridge"])) >= 24


@pytest.mark.parametrize("large", [False, True])
def test_long_clinician_words_flow_below_the_picture(catalog: CatalogIndex, large: bool) -> None:
    # A table row cannot break across pages: only the library's bounded words sit beside the
    # picture, so a page of the clinician's notes still prints.
    long_text = " ".join(["Keep the movement slow and easy, and stop before it hurts."] * 120)
    item = _prescription(catalog, "wall-sit").model_copy(update={"progression": long_text, "notes": long_text})
    pdf = _render(catalog, _plan(catalog, [], item), large_print=large)
    text = pdf_text(pdf)
    assert "To make it harder: Keep the movement slow" in text and text.count("stop before it hurts") >= 200


def test_our_templates_and_examples_give_a_hold_time_where_the_exercise_holds(catalog: CatalogIndex) -> None:
    # "Hold, then relax" with no time is what a patient cannot follow: every built-in plan that
    # prescribes a holding exercise says for how long (and no hold for one that does not hold).
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = sorted((root / "resources" / "templates").glob("*.careplan.json")) + sorted((root / "examples").glob("*.careplan.json"))
    checked = 0
    for path in files:
        for module in json.loads(path.read_text(encoding="utf-8")).get("modules", []):
            for item in module.get("exercises") or []:
                entry = catalog.exercises.get(item.get("exercise") or "")
                if entry is None:
                    continue
                checked += 1
                assert bool(item.get("hold_seconds")) == (entry.default_hold_seconds is not None), (path.name, entry.id)
    assert checked >= 20
