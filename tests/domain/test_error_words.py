"""Every validation error the plan model can raise reaches the clinician as plain words.

Table-driven: each row makes the model refuse one edit with one pydantic error type; a second
test derives the error types from the model's own schema (its constraints and field types) and
checks the table covers every one, so a new constraint without wording here fails.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from careplan.domain import edits
from careplan.domain.edits import EditRejected, FieldPath
from careplan.domain.errors import FALLBACK, plain_message
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    ExercisePrescription,
    Goal,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    Patient,
    PhysiotherapyModule,
)


def plan() -> CarePlan:
    return CarePlan(
        title="Plan",
        patient=Patient(name="A"),
        goals=[Goal(id="g", text="Walk")],
        modules=[
            MedicationModule(id="m", items=[MedicationItem(id="i", drug="ibuprofen", dose=200, times_per_day=3,
                                                           start=date(2026, 1, 10), stop=date(2026, 2, 1)),
                                            MedicationItem(id="j", drug="acetaminophen", dose=500, prn=True,
                                                           max_per_day=4)]),
            LifestyleModule(id="l", targets=[LifestyleGoal(id="t", area="sleep", target="7 hours")]),
            PhysiotherapyModule(id="p", exercises=[ExercisePrescription(id="e", name="Bridge")]),
        ],
        acknowledgements=[Acknowledgement(rule="X", reason="r")],
    )


MED: FieldPath = ("modules", "m", "items", "i")
# (error type, path, bad value, label the form would give, wording that must appear)
CASES: list[tuple[str, FieldPath, Any, str, str]] = [
    ("string_pattern_mismatch", ("patient", "jurisdiction"), "Texas", "where they live", "form Careplan understands"),
    ("greater_than", (*MED, "dose"), "0", "ibuprofen dose", "more than 0"),
    ("greater_than_equal", ("patient", "age"), -1, "age", "0 or more"),
    ("less_than_equal", ("patient", "age"), 131, "age", "130 or less"),
    ("string_too_short", ("goals", "g", "text"), "", "goal", "cannot be left empty"),
    ("date_from_datetime_parsing", ("patient", "date_of_birth"), "12/03/1955", "date of birth", "not a date"),
    ("datetime_from_date_parsing", ("created_at",), "soon", "created", "not a date"),
    ("int_parsing", ("patient", "age"), "sixty", "age", "whole number"),
    ("int_from_float", ("patient", "age"), 65.5, "age", "whole number"),
    ("float_parsing", ("patient", "alcohol_drinks_per_week"), "lots", "alcohol use", "must be a number"),
    ("bool_parsing", (*MED, "otc"), "maybe", "ibuprofen OTC", "yes or no"),
    ("string_type", ("title",), 5, "plan title", "must be text"),
    ("list_type", ("patient", "allergies"), "codeine", "allergies", "must be a list"),
    ("model_type", ("pain", "baseline"), "high", "baseline scores", "not filled in"),
    ("literal_error", ("patient", "sex"), "F", "sex", "one of the choices"),
    ("literal_error", ("patient", "conditions"), ["diabetes-ish"], "conditions", "one of the choices"),
    ("union_tag_invalid", ("modules", "m", "kind"), "surgery", "module", "one of the choices"),
    ("careplan_dose_not_positive", (*MED, "dose"), 0, "ibuprofen dose", "more than zero"),
    ("careplan_stop_before_start", (*MED, "stop"), date(2026, 1, 1), "ibuprofen stop date", "stop date is before the start"),
    ("careplan_frequency_conflict", (*MED, "interval_hours"), 72, "ibuprofen interval", "one way of taking it"),
    ("careplan_timing_count", (*MED, "timing"), ["morning"], "ibuprofen times of day", "one time of day for each dose"),
    ("careplan_cap_without_prn", (*MED, "max_per_day"), 4, "ibuprofen most doses a day", "for as-needed medicines only"),
    ("careplan_stop_and_duration", (*MED, "duration_days"), 5, "ibuprofen course length", "stop date or a course length"),
    ("careplan_template_with_patient", ("format",), "careplan-template", "plan kind", "holds no patient details"),
    ("careplan_final_unsigned", ("status",), "final", "plan status", "needs the name of who signed it"),
    ("string_too_long", ("title",), "x" * 300, "plan title", "at most 200 characters"),
    ("careplan_number", (*MED, "dose"), 10**7, "ibuprofen dose", "far too large"),
    ("careplan_text", ("title",), "a\x07b", "plan title", "control character"),
    ("careplan_date", ("goals", "g", "due"), date(1800, 1, 1), "goal due date", "the year 1800 is outside"),
    ("string_too_long", ("notes",), "a" * 10_001, "plan notes", "at most 10,000 characters"),
    ("too_long", ("pain", "sites"), ["knee"] * 31, "pain sites", "too many entries (at most 30)"),
    ("bool_type", ("patient", "opioid_tolerant"), 1.5, "opioid tolerance", "yes or no"),
    ("date_from_datetime_inexact", ("patient", "date_of_birth"), -1, "date of birth", "not a date"),
    ("date_type", ("patient", "date_of_birth"), True, "date of birth", "not a date"),
    ("datetime_parsing", ("created_at",), float("nan"), "created", "not a date"),
    ("datetime_type", ("created_at",), None, "created", "not a date"),
    ("finite_number", ("patient", "age"), float("nan"), "age", "must be a number"),
    ("float_type", ("patient", "alcohol_drinks_per_week"), [], "alcohol use", "must be a number"),
    ("int_type", ("patient", "age"), [], "age", "whole number"),
    ("missing", ("goals", "g"), {}, "goal", "is needed"),
    ("model_attributes_type", ("modules",), ["zz"], "modules", "not filled in"),
    ("union_tag_not_found", ("modules", "m"), {}, "module", "one of the choices"),
    ("careplan_prn_without_cap", ("modules", "m", "items", "j", "max_per_day"), None, "acetaminophen most doses a day",
     "needs the most doses a day"),
    ("careplan_timing_not_daily", ("modules", "m", "items", "j", "timing"), ["morning"],
     "acetaminophen times of day", "taken a number of times a day"),
    ("careplan_gap_without_prn", (*MED, "min_hours_between"), 4, "ibuprofen hours between doses", "for as-needed medicines only"),
    ("careplan_medicine_unnamed", (*MED, "drug"), None, "medicine", "pick a medicine"),
    ("careplan_exercise_unnamed", ("modules", "p", "exercises", "e", "name"), None, "exercise", "pick an exercise"),
    ("careplan_peg_items", ("pain", "baseline", "peg"), [5, 5], "PEG-3 scores", "all three scores"),
    ("careplan_peg_range", ("pain", "baseline", "peg"), [5, 5, 11], "PEG-3 scores", "from 0 to 10"),
    ("careplan_language_tag", ("patient", "language"), "sometimes", "language", "language code such as es"),
    ("careplan_taper_steps_or_rate", (*MED, "taper"), {}, "ibuprofen taper", "dated steps or a rate"),
    ("value_error", ("patient",), None, "patient", ""),  # a plan may drop its patient: accepted, see below
]
INTERNAL = re.compile(r"[\^$\[\]_{}]|Input should|Value error|pattern|\bloc\b|'[a-z_]+'|\bNone\b|pydantic")


def refuse(path: FieldPath, value: Any) -> EditRejected:
    with pytest.raises(EditRejected) as caught:
        edits.set_field(plan(), path, value)
    return caught.value


@pytest.mark.parametrize(("kind", "path", "value", "label", "words"), [c for c in CASES if c[4]],
                         ids=[f"{c[0]}-{'.'.join(map(str, c[1][-2:]))}" for c in CASES if c[4]])
def test_each_model_error_has_plain_words(kind: str, path: FieldPath, value: Any, label: str, words: str) -> None:
    error = refuse(path, value)
    assert error.errors and error.errors[0]["type"] == kind
    message = plain_message(error.errors, label)
    assert message.startswith(label[:1].upper() + label[1:] + ": ")
    assert words in message
    assert not INTERNAL.search(message), message
    assert FALLBACK not in message  # each of the model's own checks has its own wording


def test_every_rule_of_the_model_has_its_own_wording() -> None:
    # Structure, not string matching: each plan_error code the model raises has a PLAN_RULES entry.
    from pathlib import Path

    import careplan.domain.plan as plan_module
    from careplan.domain.errors import PLAN_RULES

    source = Path(plan_module.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'plan_error\(\s*"(\w+)"', source))
    assert len(codes) >= 15
    assert {f"careplan_{c}" for c in codes} <= set(PLAN_RULES)
    assert "raise ValueError" not in source


def test_a_plan_may_drop_its_patient() -> None:
    # Kept in the table to show why it has no wording: removing the patient block is not an error.
    assert edits.set_field(plan(), ("patient",), None).patient is None


def _schema_error_types(schema: dict[str, Any]) -> set[str]:
    """The pydantic error types the model's schema implies: constraints, field types, tags."""
    found: set[str] = set()
    by_keyword = {"exclusiveMinimum": "greater_than", "minimum": "greater_than_equal", "maximum": "less_than_equal",
                  "exclusiveMaximum": "less_than", "minLength": "string_too_short", "maxLength": "string_too_long",
                  "minItems": "too_short", "maxItems": "too_long", "pattern": "string_pattern_mismatch",
                  "enum": "literal_error", "const": "literal_error", "discriminator": "union_tag_invalid"}
    by_type = {"integer": "int_parsing", "number": "float_parsing", "boolean": "bool_parsing",
               "string": "string_type", "array": "list_type"}
    by_format = {"date": "date_from_datetime_parsing", "date-time": "datetime_from_date_parsing"}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in by_keyword:
                    found.add(by_keyword[key])
                elif key == "type" and isinstance(value, str) and value in by_type:
                    found.add(by_type[value])
                elif key == "format" and isinstance(value, str) and value in by_format:
                    found.add(by_format[value])
                elif key == "$ref":
                    found.add("model_type")
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return found


def test_the_table_covers_every_error_type_the_model_can_raise() -> None:
    implied = _schema_error_types(CarePlan.model_json_schema())
    # Our own validators raise value_error; whole numbers given a fraction raise int_from_float.
    implied |= {"value_error", "int_from_float"}
    covered = {c[0] for c in CASES}
    assert implied - covered == set()
    # The words for pydantic's message never reach the clinician, whatever the type.
    for kind in sorted(implied | {"missing", "extra_forbidden", "some_future_type"}):
        message = plain_message([{"type": kind, "loc": ("x",), "msg": "Input should match pattern '^x$'",
                                  "input": "x", "ctx": {}}], "field")
        assert not INTERNAL.search(message), message


def _paths(node: Any, prefix: FieldPath = ()) -> list[FieldPath]:
    """Every field path in a dumped plan, list elements by id (as the editors address them)."""
    found: list[FieldPath] = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            part = value.get("id", index) if isinstance(value, dict) else index
            found += _paths(value, (*prefix, part))
    return found


BATTERY: list[Any] = ["", "x" * 2_500, "a\x07", "sometimes", -1, 0, "0", 1.5, 10**7, float("nan"), None, True,
                      [], ["zz"], {}, date(1800, 1, 1), "2026-13-45", 72, ["morning", "morning", "noon"]]


def test_every_error_a_field_edit_can_raise_is_worded() -> None:
    """Try a battery of bad values on every field: each refusal reads as plain words with its own wording."""
    base = plan()
    seen: dict[str, str] = {}
    for path in _paths(base.model_dump(mode="python")):
        for value in BATTERY:
            try:
                edits.set_field(base, path, value)
            except EditRejected as exc:
                for error in exc.errors:
                    message = plain_message([error], "field")
                    assert not INTERNAL.search(message), (path, value, message)
                    assert FALLBACK not in message, (path, value, error)
                    seen.setdefault(str(error["type"]), message)
            except KeyError:
                continue
    assert set(seen) - {c[0] for c in CASES} == set(), "add a row to CASES for each new error type"
    assert len(seen) >= 15
