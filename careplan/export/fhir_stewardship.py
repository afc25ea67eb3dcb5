"""FHIR R4 resources for care over time:

- a taper as the MedicationRequest's dosage sequence: the starting dose, then each step as its own
  ``sequence`` bounded by its dates (doses that differ by time of day share one sequence number,
  as FHIR reads concurrent dosages), a pause repeating the dose before, and a stop as a last
  text-only instruction;
- monitoring as Tasks: one completed Task per entry recorded, one requested Task per task due,
  its due date as ``restriction.period.end``;
- measures as a QuestionnaireResponse per visit (LOINC questionnaire and item codes where the
  catalog has them) plus an Observation of the score with its LOINC code, derived from it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.measures import score
from careplan.domain.monitoring import monitoring_status
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.domain.plan_stewardship import MONITORING_LABELS, MeasureEntry
from careplan.domain.taper import TaperError, TaperLevel, step_item, taper_levels
from careplan.export.fhir_codes import LOINC, PROFILE_SURVEY, SURVEY_CATEGORY, quantity
from careplan.export.fhir_meds import dosage

JSON = dict[str, Any]
LOINC_QUESTIONNAIRE = "http://loinc.org/q/"
# Adds a resource under a stable key and returns its fullUrl (fhir._Bundle.add).
Add = Callable[[str, JSON], str]


def _bounded(one: JSON, begins: date | None, ends: date | None, sequence: int, text: str) -> JSON:
    out = {**one, "sequence": sequence, "text": text}
    repeat = dict(out.get("timing", {}).get("repeat", {}))
    repeat.pop("boundsDuration", None)
    period = {k: v.isoformat() for k, v in (("start", begins), ("end", ends)) if v is not None}
    if period:
        repeat["boundsPeriod"] = period
    else:
        repeat.pop("boundsPeriod", None)
    out["timing"] = {"repeat": repeat}
    return out


def _level_dosages(item: MedicationItem, level: TaperLevel, catalog: CatalogIndex) -> list[JSON]:
    """The Dosage(s) of one level, unbounded: one per time of day when the doses differ."""
    step = level.step
    if step is not None and step.doses is not None:
        return [dosage(item.model_copy(update={"dose": amount, "times_per_day": 1, "timing": [slot], "taper": None,
                                               "prn": False, "max_per_day": None, "min_hours_between": None,
                                               "interval_hours": None, "stop": None, "duration_days": None}), catalog)
                for slot, amount in step.doses.items()]
    if step is not None and step.dose is not None:
        return [dosage(step_item(item, step), catalog)]
    return [dosage(item.model_copy(update={"taper": None, "stop": None, "duration_days": None}), catalog)]


def taper_dosages(item: MedicationItem, catalog: CatalogIndex) -> list[JSON]:
    """The dosage sequence of a tapered item; its plain dosage with a note if it cannot be worked out."""
    try:
        levels = taper_levels(item, catalog)
    except TaperError as exc:
        plain = dosage(item, catalog)
        return [{**plain, "additionalInstruction": [{"text": f"Taper not worked out: {exc}"}]}]
    out: list[JSON] = []
    previous: list[JSON] = []
    for sequence, level in enumerate(levels, start=1):
        begins = level.begins if level.begins is not None else item.start
        when = f"from {level.begins.isoformat()}" if level.begins else "now"
        if level.kind == "stop":
            out.append({"sequence": sequence, "text": f"Taper step {sequence - 1}, {when}: stop taking it.",
                        "timing": {"repeat": {"boundsPeriod": {"start": begins.isoformat()}}} if begins else {}})
            continue
        parts = previous if level.kind == "pause" else _level_dosages(item, level, catalog)
        previous = parts
        label = "Starting dose" if level.kind == "start" else f"Taper step {sequence - 1}"
        pause = " (pause: the same dose as before)" if level.kind == "pause" else ""
        for part in parts:
            text = f"{label}, {when}{pause}: {part['text']}"
            out.append(_bounded(part, begins, level.ends, sequence, text))
    return [{k: v for k, v in d.items() if v != {}} for d in out]


def _task(plan: CarePlan, refs: dict[str, str], code: str, status: str, **extra: Any) -> JSON:
    resource: JSON = {
        "resourceType": "Task",
        "status": status,
        "intent": "plan",
        "code": {"text": code},
        "for": {"reference": refs["patient"]},
        "authoredOn": plan.updated_at.isoformat(),
        **extra,
    }
    return resource


def monitoring_tasks(plan: CarePlan, catalog: CatalogIndex, today: date, refs: dict[str, str], add: Add) -> list[str]:
    """Tasks for monitoring: each entry recorded (completed) and each task due (requested, with
    its due date); returns their fullUrls for the CarePlan's activities."""
    urls: list[str] = []
    for entry in plan.monitoring:
        done = _task(plan, refs, MONITORING_LABELS[entry.kind], "completed",
                     executionPeriod={"end": entry.date.isoformat()}, lastModified=entry.date.isoformat(),
                     **({"note": [{"text": entry.note}]} if entry.note else {}))
        urls.append(add(f"task-done:{entry.id}", done))
    if plan.patient is None:
        return urls
    for status in monitoring_status(plan, catalog, today):
        if status.due is None:
            continue
        due = _task(plan, refs, status.label, "requested",
                    description=f"{status.fact.meaning}",
                    restriction={"period": {"end": status.due.isoformat()}},
                    priority="urgent" if status.needs_attention else "routine")
        urls.append(add(f"task-due:{status.kind}", due))
    return urls


def _response(plan: CarePlan, entry: MeasureEntry, refs: dict[str, str]) -> JSON:
    result = score(entry)
    definition = result.instrument
    codes = definition.loinc.items
    items = []
    for number, (label, answer) in enumerate(zip(definition.item_labels, entry.answers, strict=True), start=1):
        link = codes[number - 1] if codes else f"{definition.id.lower()}-{number}"
        item: JSON = {"linkId": link, "text": label, "answer": [{"valueInteger": answer}]}
        items.append(item)
    resource: JSON = {
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "subject": {"reference": refs["patient"]},
        "authored": entry.date.isoformat(),
        "item": items,
    }
    if definition.loinc.panel:
        resource["questionnaire"] = LOINC_QUESTIONNAIRE + definition.loinc.panel
    return resource


def _score_observation(entry: MeasureEntry, refs: dict[str, str], derived: str | None) -> JSON:
    result = score(entry)
    definition = result.instrument
    value: JSON = ({"valueInteger": int(result.value)} if definition.score_decimals == 0
                   else {"valueQuantity": quantity(round(result.value, definition.score_decimals), "{score}") | {"unit": "score"}})
    resource: JSON = {
        "resourceType": "Observation",
        "meta": {"profile": [PROFILE_SURVEY]},
        "status": "final",
        "category": [SURVEY_CATEGORY],
        "code": {"coding": [{"system": LOINC, "code": definition.loinc.score}], "text": f"{definition.id} score"},
        "subject": {"reference": refs["patient"]},
        "effectiveDateTime": entry.date.isoformat(),
        **value,
    }
    if result.band:
        resource["interpretation"] = [{"text": result.band}]
    if derived is not None:
        resource["derivedFrom"] = [{"reference": derived}]
    return resource


def measure_resources(plan: CarePlan, refs: dict[str, str], add: Add) -> list[str]:
    """A QuestionnaireResponse and a score Observation per measure entry; returns the
    Observations' fullUrls (supporting information of the CarePlan)."""
    urls: list[str] = []
    for entry in plan.measures:
        response = add(f"qr:{entry.id}", _response(plan, entry, refs))
        urls.append(add(f"obs-measure:{entry.id}", _score_observation(entry, refs, response)))
    return urls
