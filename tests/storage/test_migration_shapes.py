"""Older files of any shape: every migration step accepts whatever a file may hold, and a wrong shape
is a one-line PlanFileError naming the field, never an internal error (issue 24: a follow-up that is
a string, a drug that is a list)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import decode_document, parse_document


def _old(version: int) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": "careplan", "schema_version": version, "id": "old", "title": "Old plan",
        "patient": {"age": 70, "jurisdiction": "GB", "current_medications": [
            {"id": "c1", "drug": "naproxen", "dose": 220, "unit": "mg", "times_per_day": 2}]},
        "goals": [{"id": "g1", "text": "Walk"}],
        "modules": [{"kind": "medication", "id": "meds", "items": [
            {"id": "m1", "drug": "fentanyl-transdermal", "dose": 25, "unit": "mcg/h", "times_per_day": 1},
            {"id": "m1", "drug": "naloxone", "dose": 4, "unit": "mg", "prn": True, "max_per_day": 1}]}],
        "flare_plan": {"steps": ["Rest"], "may_take": "ibuprofen"},
        "follow_up": {"interval_weeks": 4},
    }
    if version == 0:
        doc["followup_weeks"] = doc.pop("follow_up")["interval_weeks"]
    return doc


def _paths(node: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*path, index))
    return found


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)


@pytest.mark.parametrize(("what", "version", "path", "value"), [
    ("a follow-up that is a string", 0, ("follow_up",), "monthly"),
    ("a drug that is a list", 1, ("modules", 0, "items", 0, "drug"), ["fentanyl-transdermal"]),
    ("a unit that is a list", 1, ("modules", 0, "items", 0, "unit"), ["mg"]),
    ("items that are an object", 2, ("modules", 0, "items"), {"m1": {}}),
])
def test_known_wrong_shapes_are_one_line_refusals(what: str, version: int, path: tuple[str | int, ...], value: Any) -> None:
    doc = _old(version)
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    with pytest.raises(PlanFileError) as info:
        parse_document(decode_document(json.dumps(doc).encode()))
    assert "\n" not in str(info.value), what


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(version=st.sampled_from([0, 1, 2]), data=st.data(), value=json_values)
def test_any_value_anywhere_in_an_older_file_loads_or_is_refused_in_one_line(version: int, data: st.DataObject,
                                                                             value: Any) -> None:
    doc = copy.deepcopy(_old(version))
    path = data.draw(st.sampled_from(_paths(doc)))
    node: Any = doc
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    try:
        plan = parse_document(decode_document(json.dumps(doc).encode()))
    except PlanFileError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    ids = [m.id for m in plan.all_medications()]
    assert len(ids) == len(set(ids))  # older files' repeated ids are renumbered
