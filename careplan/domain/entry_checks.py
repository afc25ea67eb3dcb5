"""Checks on a value as a clinician enters it, beyond what the file format allows.

The plan model accepts any date in range and any positive dose: an old file must still open.
At the field, an entry that cannot be meant is refused with the reason instead: a birth date
in the future, an age that disagrees with the date of birth, a course that ended before today,
a follow-up in the past, a thousand patches at once. These are checks on typing, not clinical
limits (those come from the catalog, with sources, as findings).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from careplan.domain.codes import COUNT_UNITS
from careplan.domain.edits import FieldPath, get_field
from careplan.domain.numbers import counted
from careplan.domain.plan import CarePlan, MedicationItem

# More tablets, capsules, patches or applications than this for one dose is taken for a typing
# slip ("10,000 patches"). Not a clinical limit: the dose checks judge real amounts.
MAX_UNITS_PER_DOSE = 20
# An acknowledgement of a critical finding says why the risk is accepted: a few words at least.
MIN_REASON_CHARS = 10


def age_from(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def reason_problem(reason: str) -> str | None:
    """Why an acknowledgement reason is too thin to record, or None."""
    text = reason.strip()
    if len(text) < MIN_REASON_CHARS:
        return (f"say in a few words why the risk is accepted (at least {MIN_REASON_CHARS} characters, "
                "e.g. \u201cINR checked weekly; 5-day course\u201d).")
    return None


def _medicine(plan: CarePlan, path: FieldPath) -> MedicationItem | None:
    try:
        item = get_field(plan, path[:-1])
    except KeyError:
        return None
    return item if isinstance(item, MedicationItem) else None


def _course_end(start: date | None, stop: date | None, days: int | None) -> date | None:
    if stop is not None:
        return stop
    if start is not None and days is not None:
        return start + timedelta(days=days - 1)
    return None


def entry_problem(plan: CarePlan, path: FieldPath, value: Any, today: date) -> str | None:
    """Why ``value`` typed into the field at ``path`` cannot be meant (lower-case words), or None."""
    field = path[-1] if path else ""
    patient = plan.patient
    if path == ("patient", "date_of_birth") and isinstance(value, date):
        if value > today:
            return "is in the future."
        if patient is not None and patient.age is not None and age_from(value, today) != patient.age:
            return (f"makes the patient {age_from(value, today)}, but the age says {patient.age}: correct one of "
                    "them, or clear the age to work it out from the date of birth.")
    if path == ("patient", "age") and isinstance(value, int) and patient is not None and patient.date_of_birth:
        born = age_from(patient.date_of_birth, today)
        if value != born:
            return (f"is {value}, but the date of birth ({patient.date_of_birth.isoformat()}) makes {born}: "
                    "correct one of them, or leave the age not set.")
    if field in ("due", "next_visit") and isinstance(value, date) and value < today:
        return f"is in the past ({value.isoformat()}); give a date from today on."
    item = _medicine(plan, path)
    if item is None:
        return None
    if field == "dose" and isinstance(value, (int, float)) and item.unit in COUNT_UNITS and value > MAX_UNITS_PER_DOSE:
        return (f"{counted(value, item.unit, 'patches' if item.unit == 'patch' else None)} at once is not a dose "
                f"a person takes; check the number (at most {MAX_UNITS_PER_DOSE} here).")
    if field in ("start", "stop", "duration_days"):
        start = value if field == "start" else item.start
        stop = value if field == "stop" else item.stop
        days = value if field == "duration_days" else item.duration_days
        end = _course_end(start, stop, days)
        if end is not None and end < today:
            return (f"makes the course end on {end.isoformat()}, before today; a plan's medicines are taken from "
                    f"today on (change the {'start date' if field != 'start' else 'date'} or the course).")
    return None
