"""Version-2 flare-plan steps (plain text) become typed advice ``{"kind", "text"}`` in version 3."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from careplan.domain.advice import ADVICE_KINDS, classify_advice
from careplan.domain.plan import FlarePlan, FlareStep
from careplan.storage.migrations import STEPS_TO_3, migrate
from careplan.storage.plan_files import parse_document

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "examples").glob("*.careplan.json")) + sorted((ROOT / "resources" / "templates").glob("*.json"))


def _v2(steps: list[Any]) -> dict[str, Any]:
    return {"format": "careplan", "schema_version": 2, "title": "t", "flare_plan": {"steps": steps, "call_if": "x"}}


def test_text_steps_keep_their_words_in_order_and_gain_a_kind() -> None:
    plan = parse_document(_v2(["Rest 20 minutes, then walk gently for 5", "Heat pack 15 minutes",
                               "Cool the feet with a damp cloth; do not use hot water bottles on numb feet",
                               "Drink a glass of water"]))
    assert [(s.kind, s.text) for s in plan.flare_plan.steps] == [
        ("rest", "Rest 20 minutes, then walk gently for 5"),
        ("heat", "Heat pack 15 minutes"),
        # A clause that forbids heat does not make cooling advice heat advice.
        ("cold", "Cool the feet with a damp cloth; do not use hot water bottles on numb feet"),
        ("other", "Drink a glass of water"),
    ]


def test_the_step_is_one_of_the_third_wave_steps_and_leaves_other_shapes_alone() -> None:
    step = next(s for s in STEPS_TO_3 if s.__name__ == "_flare_steps_typed")
    assert step({"title": "no flare plan"}) == {"title": "no flare plan"}
    assert step({"flare_plan": {"steps": None}}) == {"flare_plan": {"steps": None}}
    typed = {"kind": "breathing", "text": "Breathe"}
    assert step({"flare_plan": {"steps": [typed, "Ice"]}})["flare_plan"]["steps"] == [typed, {"kind": "cold", "text": "Ice"}]


def test_migration_is_pure_the_input_document_is_not_changed() -> None:
    doc = _v2(["Heat pack 15 minutes"])
    before = json.dumps(doc, sort_keys=True)
    migrate(doc)
    assert json.dumps(doc, sort_keys=True) == before


@pytest.mark.parametrize("text, kind", [
    ("Use an ice or heat pack for 15 minutes", "heat"),
    ("Use a warm bath or heat pack", "heat"),
    ("Keep alcohol low", "alcohol"),
    ("Use a cold pack on hot joints for 10 to 15 minutes", "cold"),
    ("Rest the hot, swollen joints, but move each one gently a few times a day", "rest"),
    ("Do a body scan or breathing practice", "breathing"),
    ("Protect your sleep routine", "sleep"),
    ("Keep taking duloxetine as usual", "medicine"),
    ("Call the clinic if it lasts more than two days", "call"),
    ("Do not take more kratom, and never mix it with alcohol or sedating medicines", "medicine"),
    ("Go for a swim", "movement"),
])
def test_classifier(text: str, kind: str) -> None:
    assert classify_advice(text) == kind


def test_a_step_written_as_text_in_code_is_typed_the_same_way() -> None:
    assert FlarePlan(steps=["Heat pack 15 minutes"]).steps == [FlareStep(kind="heat", text="Heat pack 15 minutes")]


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="kind"):
        FlareStep.model_validate({"kind": "sauna", "text": "Sauna"})


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_plan_and_template_writes_typed_steps(path: Path) -> None:
    steps = json.loads(path.read_text(encoding="utf-8")).get("flare_plan", {}).get("steps", [])
    assert all(isinstance(s, dict) and s["kind"] in ADVICE_KINDS and s["text"].strip() for s in steps)
