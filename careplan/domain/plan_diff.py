"""What changed between two plans (or two revisions of one), said in clinical words.

``diff_plans(old, new, catalog)`` returns one :class:`Difference` per change, grouped by
section: "Oxycodone: 5 mg → 10 mg, 3 times a day", "added: Mindfulness, body scan 10 minutes a
day", "added condition: Chronic kidney disease". Items are matched by their ids (stable across
revisions and reordering), so a changed dose reads as a change, not as a removal and an addition.

Parts without a wording of their own (fields added to the model later, say) are still compared,
field by field, and reported with the field's name: a comparison that misses a change would be
worse than one that words it plainly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel

from careplan.domain.advice import ADVICE_KIND_LABELS
from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import CONDITION_LABELS, MODULE_LABELS, RELEASE_LABELS
from careplan.domain.dosing import course_words, dose_words, frequency, interval_words
from careplan.domain.numbers import counted
from careplan.domain.numbers import number as _num
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    CbtModule,
    ExercisePrescription,
    FlareStep,
    Goal,
    KratomModule,
    LifestyleGoal,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    Module,
    Patient,
    PhysiotherapyModule,
    SignOff,
)
from careplan.domain.plan_diff_stewardship import measure_changes, monitoring_changes, taper_changes
from careplan.domain.safety import compute_mme

ARROW = "\u2192"

KRATOM_STATUS_WORDS = {
    "current_use": "current use",
    "considering": "considering use",
    "tapering": "tapering",
    "past_use": "past use",
    "advised_against": "advised against",
}
KRATOM_FORM_WORDS = {
    "leaf": "leaf", "powder": "powder", "capsule": "capsules", "liquid": "liquid", "extract": "concentrated extract",
    "7oh_product": "7-OH product", "unknown": "form not known",
}

_PATIENT_LABELS = {
    "date_of_birth": "date of birth", "record_number": "record number", "pregnancy_weeks": "pregnancy (weeks)",
    "alcohol_drinks_per_week": "alcohol (drinks a week)", "crcl": "creatinine clearance (mL/min)",
    "egfr": "eGFR (mL/min/1.73 m\u00b2)", "opioid_tolerant": "opioid tolerant", "weight_kg": "weight (kg)",
    "hepatic_impairment": "hepatic impairment (Child-Pugh)", "language": "handout language",
}
_PAIN_LABELS = {"sites": "site", "types": "pain type", "causes": "cause", "duration_months": "duration (months)"}
_MODULE_FIELD_LABELS = {
    "sessions_per_week": "supervised sessions a week", "pacing": "pacing", "walking_start_minutes": "walking at the start (minutes)",
    "walking_target_minutes": "walking target (minutes)", "sessions": "sessions", "cadence": "cadence",
    "session_minutes": "minutes a session", "homework": "homework", "provider": "provider",
    "minutes_per_day": "minutes a day", "days_per_week": "days a week", "resources": "resource",
    "reported_amount": "reported amount", "reported_frequency": "reported frequency",
    "duration_months": "duration of use (months)", "source": "where it is bought", "withdrawal_symptoms": "withdrawal symptoms",
    "monitoring": "monitoring", "follow_up_weeks": "follow-up (weeks)", "notes": "notes",
}


@dataclass(frozen=True)
class Difference:
    """One change: the section it belongs to ("Medicines", "Goals", ...) and what changed."""

    section: str
    text: str

    def __str__(self) -> str:
        return f"{self.section}: {self.text}"


# ---- words for values -------------------------------------------------------------------------


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return f"\u201c{text}\u201d"


def show(value: Any) -> str:
    """A value as a clinician reads it: quoted text, plain numbers, ISO dates, 'none' for nothing."""
    if value is None or value == "" or value == []:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return _num(float(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v) if not isinstance(v, str) else v for v in value)
    if isinstance(value, SignOff):
        return sign_off_words(value)
    return "changed"


def change(label: str, old: Any, new: Any) -> str:
    return f"{label}: {show(old)} {ARROW} {show(new)}"


def sign_off_words(sign_off: SignOff | None) -> str:
    if sign_off is None:
        return "not signed off"
    who = ", ".join(x for x in (sign_off.name, sign_off.credentials) if x)
    return f"signed off by {who} at {sign_off.at.strftime('%Y-%m-%d %H:%M UTC')}"


def _lower_first(name: str) -> str:
    # "Body scan" -> "body scan", but "MBSR programme" stays as written.
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _weeks(n: int | None) -> str:
    if n is None:
        return "none set"
    return "every week" if n == 1 else f"every {n} weeks"


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


# ---- generic comparison (the fallback for anything without its own words) ----------------------


def _list_changes(label: str, old: Sequence[Any], new: Sequence[Any], name: Callable[[Any], str] = str) -> list[str]:
    out = [f"added {label}: {name(v)}" for v in new if v not in old]
    out += [f"removed {label}: {name(v)}" for v in old if v not in new]
    if not out and list(old) != list(new):
        out.append(f"{label}: order changed")
    return out


def field_changes(old: BaseModel | None, new: BaseModel | None, labels: dict[str, str], skip: Iterable[str] = ()) -> list[str]:
    """Each changed field of two models of one type, worded with ``labels`` (or the field name)."""
    present = new if new is not None else old
    if present is None:
        return []
    model = type(present)
    skipped = set(skip)
    out: list[str] = []
    for name in model.model_fields:
        if name in skipped:
            continue
        a, b = getattr(old, name, None), getattr(new, name, None)
        if a == b:
            continue
        label = labels.get(name, name.replace("_", " "))
        if isinstance(a, BaseModel) or isinstance(b, BaseModel):
            out += [f"{label}, {text}" for text in field_changes(a, b, labels)]
        elif isinstance(a, list) or isinstance(b, list):
            olds, news = list(a or []), list(b or [])
            if all(isinstance(v, (str, int, float)) for v in olds + news):
                out += _list_changes(label, olds, news)
            else:
                out.append(f"{label}: changed ({len(olds)} {ARROW} {len(news)} entries)")
        else:
            out.append(change(label, a, b))
    return out


def _step_words(step: FlareStep) -> str:
    """ "Heat pack 15 minutes (heat)": a step's words and what kind of advice it is."""
    return f"{step.text} ({ADVICE_KIND_LABELS[step.kind].lower()})"


def _by_id(items: Iterable[Any]) -> dict[str, Any]:
    return {item.id: item for item in items}


# ---- medicines ---------------------------------------------------------------------------------


def medicine_name(item: MedicationItem, catalog: CatalogIndex) -> str:
    drug = catalog.drugs.get(item.drug or "")
    return drug.name if drug is not None else (item.name or item.drug or "medicine")


def schedule_phrase(item: MedicationItem, catalog: CatalogIndex) -> str:
    """How often, in words: "3 times a day", "every 3 days", "as needed, up to 4 times a day"."""
    kind = frequency(item, catalog.drugs.get(item.drug or ""))
    if kind == "rescue":
        return "rescue medicine, for an emergency"
    if kind == "prn" and item.max_per_day is not None:
        text = f"as needed, up to {_times(item.max_per_day)} a day"
        if item.min_hours_between is not None:
            text += f", at least {_num(item.min_hours_between)} hours apart"
        return text
    if kind == "daily" and item.times_per_day is not None:
        return f"{_times(item.times_per_day)} a day"
    if kind == "interval" and item.interval_hours is not None:
        return interval_words(item.interval_hours)
    return "no frequency given"


def medicine_words(item: MedicationItem, catalog: CatalogIndex) -> str:
    """ "Oxycodone 5 mg, as needed, up to 4 times a day, at least 4 hours apart"."""
    text = f"{medicine_name(item, catalog)} {dose_words(item)}, {schedule_phrase(item, catalog)}"
    if item.route != "oral" and item.route not in text.lower():
        text += f", {item.route}"
    if course := course_words(item):
        text += f", {course}"
    return text


_DOSE_FIELDS = ("dose", "unit", "strength", "release")
_SCHEDULE_FIELDS = ("times_per_day", "interval_hours", "prn", "max_per_day", "min_hours_between")
_MED_LABELS = {
    "route": "route", "otc": "bought over the counter", "purpose": "purpose", "instructions": "instructions",
    "start": "start", "stop": "stop", "timing": "time of day", "name": "name", "indication": "indication",
}


def _same_medicine(a: MedicationItem, b: MedicationItem) -> bool:
    return (a.drug or a.name or "").lower() == (b.drug or b.name or "").lower()


def medicine_change(old: MedicationItem, new: MedicationItem, catalog: CatalogIndex) -> str | None:
    """ "Oxycodone: 5 mg → 10 mg, 3 times a day" (what changed, with what stayed for context)."""
    name = medicine_name(new, catalog)
    dose_changed = any(getattr(old, f) != getattr(new, f) for f in _DOSE_FIELDS)
    old_sched, new_sched = schedule_phrase(old, catalog), schedule_phrase(new, catalog)
    sched_changed = old_sched != new_sched or any(getattr(old, f) != getattr(new, f) for f in _SCHEDULE_FIELDS)
    parts: list[str] = []
    if dose_changed and sched_changed:
        parts.append(f"{dose_words(old)}, {old_sched} {ARROW} {dose_words(new)}, {new_sched}")
    elif dose_changed:
        parts.append(f"{dose_words(old)} {ARROW} {dose_words(new)}, {new_sched}")
    elif sched_changed:
        parts.append(f"{dose_words(new)}, {old_sched} {ARROW} {new_sched}")
    if old.release != new.release and not dose_changed:
        parts.append(change("release", RELEASE_LABELS.get(old.release or "", "not stated"), RELEASE_LABELS.get(new.release or "", "not stated")))
    if course_words(old) != course_words(new):
        parts.append(f"course: {course_words(old) or 'ongoing'} {ARROW} {course_words(new) or 'ongoing'}")
    parts += field_changes(old, new, _MED_LABELS, skip=(*_DOSE_FIELDS, *_SCHEDULE_FIELDS, "id", "drug", "duration_days", "stop",
                                                        "taper"))
    parts += taper_changes(old, new, catalog)
    if old.stop != new.stop and course_words(old) == course_words(new):
        parts.append(change("stop", old.stop, new.stop))
    return f"{name}: {'; '.join(parts)}" if parts else None


def medicine_changes(old: list[MedicationItem], new: list[MedicationItem], catalog: CatalogIndex, noun: str = "") -> list[str]:
    """Added, removed and changed medicines, matched by item id (then by drug for new ids)."""
    prefix = f"{noun} " if noun else ""
    olds, news = _by_id(old), _by_id(new)
    unmatched_old = [o for o in old if o.id not in news]
    pairs: list[tuple[MedicationItem, MedicationItem]] = []
    added: list[MedicationItem] = []
    for item in new:
        if item.id in olds and _same_medicine(olds[item.id], item):
            pairs.append((olds[item.id], item))
            continue
        match = next((o for o in unmatched_old if _same_medicine(o, item)), None)
        if match is not None:
            unmatched_old.remove(match)
            pairs.append((match, item))
        else:
            added.append(item)
    removed = unmatched_old + [olds[i.id] for i in new if i.id in olds and not _same_medicine(olds[i.id], i)]
    out = [f"added{' ' + noun if noun else ''}: {medicine_words(i, catalog)}" for i in added]
    out += [f"removed{' ' + noun if noun else ''}: {medicine_words(i, catalog)}" for i in removed]
    for a, b in pairs:
        text = medicine_change(a, b, catalog)
        if text:
            out.append(prefix + text)
    return out


# ---- modules -----------------------------------------------------------------------------------


def exercise_amount(ex: ExercisePrescription) -> str:
    parts: list[str] = []
    if ex.sets and ex.reps:
        parts.append(f"{ex.sets} \u00d7 {ex.reps}")
    elif ex.reps:
        parts.append({1: "once"}.get(ex.reps, f"{ex.reps} times"))
    if ex.hold_seconds:
        parts.append(f"hold {ex.hold_seconds} s")
    if ex.minutes:
        parts.append(counted(ex.minutes, "minute"))
    parts.append(f"{counted(ex.days_per_week, 'day')} a week" if ex.days_per_week != 7 else "every day")
    return ", ".join(parts)


def exercise_name(ex: ExercisePrescription, catalog: CatalogIndex) -> str:
    entry = catalog.exercises.get(ex.exercise or "")
    return entry.name if entry is not None else (ex.name or ex.exercise or "exercise")


def _practice_name(practice: str | None, catalog: CatalogIndex) -> str:
    entry = catalog.mindfulness_practices.get(practice or "")
    return _lower_first(entry.name) if entry is not None else (practice or "practice not chosen")


def _cbt_name(component: str, catalog: CatalogIndex) -> str:
    entry = catalog.cbt_components.get(component)
    return _lower_first(entry.name) if entry is not None else component


def _caution_name(caution: str, catalog: CatalogIndex) -> str:
    entry = catalog.kratom_cautions.get(caution)
    return _lower_first(entry.title) if entry is not None else caution


def _lifestyle_words(target: LifestyleGoal) -> str:
    return f"{target.area}: {_quote(target.target)}"


def module_words(module: Module, catalog: CatalogIndex) -> str:
    """A module in one line: "Mindfulness, body scan 10 minutes a day"."""
    label = MODULE_LABELS[module.kind]
    detail = ""
    if isinstance(module, MindfulnessModule):
        detail = _practice_name(module.practice, catalog)
        if module.minutes_per_day:
            detail += f" {counted(module.minutes_per_day, 'minute')} a day"
        if module.days_per_week and module.days_per_week != 7:
            detail += f", {counted(module.days_per_week, 'day')} a week"
    elif isinstance(module, PhysiotherapyModule):
        parts = [f"{exercise_name(e, catalog)} {exercise_amount(e)}" for e in module.exercises]
        if module.sessions_per_week:
            parts.append(f"{module.sessions_per_week} supervised session{'s' if module.sessions_per_week != 1 else ''} a week")
        if module.walking_start_minutes or module.walking_target_minutes:
            parts.append(f"walking {show(module.walking_start_minutes)} {ARROW} {show(module.walking_target_minutes)} minutes")
        detail = "; ".join(parts)
    elif isinstance(module, CbtModule):
        parts = []
        if module.sessions:
            parts.append(f"{module.sessions} {module.cadence} session{'s' if module.sessions != 1 else ''}")
        if module.focus_areas:
            parts.append(", ".join(_cbt_name(c, catalog) for c in module.focus_areas))
        detail = "; ".join(parts)
    elif isinstance(module, LifestyleModule):
        detail = "; ".join(_lifestyle_words(t) for t in module.targets)
    elif isinstance(module, KratomModule):
        detail = f"{KRATOM_STATUS_WORDS[module.status]}, {KRATOM_FORM_WORDS[module.product_form]}"
    elif isinstance(module, MedicationModule):
        detail = f"{len(module.items)} medicine{'s' if len(module.items) != 1 else ''}"
    return f"{label}, {detail}" if detail else f"{label} (empty)"


def _exercise_changes(old: PhysiotherapyModule, new: PhysiotherapyModule, catalog: CatalogIndex) -> list[str]:
    olds = _by_id(old.exercises)
    out = _added_removed(old.exercises, new.exercises, lambda e: f"{exercise_name(e, catalog)} {exercise_amount(e)}",
                         "added exercise", "removed exercise")
    for ex in new.exercises:
        before = olds.get(ex.id)
        if before is None or before == ex:
            continue
        parts = []
        if exercise_amount(before) != exercise_amount(ex):
            parts.append(f"{exercise_amount(before)} {ARROW} {exercise_amount(ex)}")
        parts += field_changes(before, ex, {"progression": "progression", "notes": "notes"},
                               skip=("id", "sets", "reps", "hold_seconds", "minutes", "days_per_week", "exercise", "name"))
        if exercise_name(before, catalog) != exercise_name(ex, catalog):
            parts.insert(0, f"now {exercise_name(ex, catalog)}")
        out.append(f"{exercise_name(before, catalog)}: {'; '.join(parts)}")
    return out


def _target_changes(old: LifestyleModule, new: LifestyleModule) -> list[str]:
    olds = _by_id(old.targets)
    out = _added_removed(old.targets, new.targets, _lifestyle_words, "added target", "removed target")
    for t in new.targets:
        before = olds.get(t.id)
        if before is not None and before != t:
            out.append(f"{t.area}: {_quote(before.target)} {ARROW} {_quote(t.target)}" if before.area == t.area
                       else f"{_lifestyle_words(before)} {ARROW} {_lifestyle_words(t)}")
    return out


def module_changes(old: Module, new: Module, catalog: CatalogIndex) -> list[str]:
    """What changed inside one (non-medication) module, in words for its kind."""
    labels = _MODULE_FIELD_LABELS
    if isinstance(old, MindfulnessModule) and isinstance(new, MindfulnessModule):
        out = []
        if old.practice != new.practice:
            out.append(f"practice: {_practice_name(old.practice, catalog)} {ARROW} {_practice_name(new.practice, catalog)}")
        return out + field_changes(old, new, labels, skip=("id", "kind", "practice"))
    if isinstance(old, PhysiotherapyModule) and isinstance(new, PhysiotherapyModule):
        return _exercise_changes(old, new, catalog) + field_changes(old, new, labels, skip=("id", "kind", "exercises"))
    if isinstance(old, CbtModule) and isinstance(new, CbtModule):
        out = _list_changes("focus", old.focus_areas, new.focus_areas, lambda c: _cbt_name(c, catalog))
        return out + field_changes(old, new, labels, skip=("id", "kind", "focus_areas"))
    if isinstance(old, LifestyleModule) and isinstance(new, LifestyleModule):
        return _target_changes(old, new) + field_changes(old, new, labels, skip=("id", "kind", "targets"))
    if isinstance(old, KratomModule) and isinstance(new, KratomModule):
        out = []
        if old.status != new.status:
            out.append(f"status: {KRATOM_STATUS_WORDS[old.status]} {ARROW} {KRATOM_STATUS_WORDS[new.status]}")
        if old.product_form != new.product_form:
            out.append(f"product: {KRATOM_FORM_WORDS[old.product_form]} {ARROW} {KRATOM_FORM_WORDS[new.product_form]}")
        out += _list_changes("caution discussed", old.cautions_discussed, new.cautions_discussed, lambda c: _caution_name(c, catalog))
        if (old.cautions_accepted_by, old.cautions_accepted_at) != (new.cautions_accepted_by, new.cautions_accepted_at):
            out.append(f"cautions accepted again by {new.cautions_accepted_by or 'the clinician'}")
        return out + field_changes(old, new, labels, skip=("id", "kind", "status", "product_form", "cautions_discussed",
                                                           "cautions_accepted", "cautions_accepted_by", "cautions_accepted_at"))
    if isinstance(old, MedicationModule) and isinstance(new, MedicationModule):
        return field_changes(old, new, labels, skip=("id", "kind", "items"))
    return field_changes(old, new, labels, skip=("id",))


# ---- the plan ----------------------------------------------------------------------------------


def _record(old: CarePlan, new: CarePlan) -> list[str]:
    out: list[str] = []
    if old.id != new.id:
        out.append(f"these are two different plans (ids {old.id} and {new.id}), not revisions of one")
    if old.revision != new.revision:
        out.append(f"revision {old.revision} {ARROW} {new.revision}")
    if old.status != new.status or old.signed_off != new.signed_off:
        out.append(f"{old.status}, {sign_off_words(old.signed_off)} {ARROW} {new.status}, {sign_off_words(new.signed_off)}")
    if old.title != new.title:
        out.append(change("title", old.title, new.title))
    if old.clinician != new.clinician:
        out += field_changes(old.clinician, new.clinician, {"name": "clinician", "credentials": "clinician's credentials"})
    return out


def _patient(old: Patient | None, new: Patient | None, catalog: CatalogIndex) -> list[str]:
    if old is None and new is None:
        return []
    if old is None or new is None:
        return ["patient details added" if old is None else "patient details removed"]
    out = _list_changes("condition", old.conditions, new.conditions, lambda c: CONDITION_LABELS.get(c, c))
    out += _list_changes("allergy", old.allergies, new.allergies)
    out += medicine_changes(old.current_medications, new.current_medications, catalog, noun="current medicine")
    tolerant = {True: "yes", False: "no", None: "unknown"}
    if old.opioid_tolerant != new.opioid_tolerant:
        out.append(f"opioid tolerant: {tolerant[old.opioid_tolerant]} {ARROW} {tolerant[new.opioid_tolerant]}")
    return out + field_changes(old, new, _PATIENT_LABELS, skip=("conditions", "allergies", "current_medications", "opioid_tolerant"))


def _pain(old: CarePlan, new: CarePlan) -> list[str]:
    out: list[str] = []
    a, b = old.pain, new.pain
    for name in ("sites", "types", "causes"):
        out += _list_changes(_PAIN_LABELS[name], getattr(a, name), getattr(b, name))
    if a.baseline.peg != b.baseline.peg:
        out.append(change("baseline PEG-3", a.baseline.peg, b.baseline.peg))
    if a.baseline.nrs != b.baseline.nrs:
        out.append(change("baseline pain (0-10)", a.baseline.nrs, b.baseline.nrs))
    return out + field_changes(a, b, _PAIN_LABELS, skip=("sites", "types", "causes", "baseline"))


def goal_words(goal: Goal) -> str:
    extra = [x for x in (goal.measure and f"measure: {goal.measure}", goal.target and f"target: {goal.target}",
                         goal.due and f"due {goal.due.isoformat()}") if x]
    return _quote(goal.text) + (f" ({', '.join(extra)})" if extra else "")


def _added_removed(old: Sequence[Any], new: Sequence[Any], words: Callable[[Any], str], added: str, removed: str) -> list[str]:
    """ "added: ..." for each element only in ``new``, then "removed: ..." for each only in ``old`` (by id)."""
    old_ids, new_ids = {x.id for x in old}, {x.id for x in new}
    return [f"{added}: {words(x)}" for x in new if x.id not in old_ids] + [
        f"{removed}: {words(x)}" for x in old if x.id not in new_ids]


def _goals(old: CarePlan, new: CarePlan) -> list[str]:
    olds = _by_id(old.goals)
    out = _added_removed(old.goals, new.goals, goal_words, "added", "removed")
    for goal in new.goals:
        before = olds.get(goal.id)
        if before is not None and before != goal:
            parts = field_changes(before, goal, {"text": "wording", "due": "due"}, skip=("id",))
            out.append(f"{_quote(before.text, 60)}: {'; '.join(parts)}")
    return out


def _medicines(old: CarePlan, new: CarePlan, catalog: CatalogIndex) -> list[str]:
    out = medicine_changes(old.medication_items(), new.medication_items(), catalog)
    before, after = compute_mme(old, catalog).total, compute_mme(new, catalog).total
    if abs(before - after) >= 0.05:
        out.append(f"total MME: {_num(round(before, 1))} {ARROW} {_num(round(after, 1))} mg/day")
    return out


def _module_pairs(old: CarePlan, new: CarePlan) -> dict[str, Module]:
    """Each new module's counterpart in ``old``: same id, else the only unmatched one of its kind."""
    old_ids = {m.id for m in old.modules}
    pairs = {m.id: m for m in old.modules if m.id in {n.id for n in new.modules}}
    for kind in {m.kind for m in new.modules}:
        a = [m for m in old.modules if m.kind == kind and m.id not in pairs]
        b = [m for m in new.modules if m.kind == kind and m.id not in old_ids]
        if len(a) == 1 and len(b) == 1:
            pairs[b[0].id] = a[0]
    return pairs


def _modules(old: CarePlan, new: CarePlan, catalog: CatalogIndex) -> list[Difference]:
    pairs = _module_pairs(old, new)
    matched = {m.id for m in pairs.values()}
    out = [Difference("Modules", f"added: {module_words(m, catalog)}") for m in new.modules if m.id not in pairs]
    out += [Difference("Modules", f"removed: {module_words(m, catalog)}") for m in old.modules if m.id not in matched]
    for module in new.modules:
        before = pairs.get(module.id)
        if before is not None and before != module.model_copy(update={"id": before.id}):
            out += [Difference(MODULE_LABELS[module.kind], text) for text in module_changes(before, module, catalog)]
    order_old = [m.id for m in old.modules if m.id in matched]
    order_new = [pairs[m.id].id for m in new.modules if m.id in pairs]
    if order_old != order_new:
        names = {m.id: MODULE_LABELS[m.kind] for m in old.modules}
        out.append(Difference("Modules", f"order: {', '.join(names[i] for i in order_old)} {ARROW} "
                                         f"{', '.join(names[i] for i in order_new)}"))
    return out


def _ack_key(ack: Acknowledgement) -> tuple[str, tuple[str, ...]]:
    return ack.rule, tuple(ack.items)


def _ack_words(ack: Acknowledgement) -> str:
    items = f" ({', '.join(ack.items)})" if ack.items else ""
    by = f", by {ack.by}" if ack.by else ""
    return f"{ack.rule}{items}: {_quote(ack.reason)}{by}"


def _acknowledgements(old: CarePlan, new: CarePlan) -> list[str]:
    olds = {_ack_key(a): a for a in old.acknowledgements}
    news = {_ack_key(a): a for a in new.acknowledgements}
    out = [f"acknowledged {_ack_words(a)}" for key, a in news.items() if key not in olds]
    out += [f"withdrawn: {_ack_words(a)}" for key, a in olds.items() if key not in news]
    for key, ack in news.items():
        before = olds.get(key)
        if before is not None and before != ack:
            out.append(f"{ack.rule}: " + "; ".join(field_changes(before, ack, {"at": "acknowledged at", "by": "by"}, skip=("rule", "items"))))
    return out


def diff_plans(old: CarePlan, new: CarePlan, catalog: CatalogIndex) -> list[Difference]:
    """Every difference from ``old`` to ``new``, in a fixed section order, each in clinical words.

    Timestamps of saving (``created_at``/``updated_at``) and the ``supersedes`` reference are
    bookkeeping, not content, and are not reported; the revision and sign-off are.
    """
    out: list[Difference] = []

    def add(section: str, texts: Iterable[str]) -> None:
        out.extend(Difference(section, t) for t in texts)

    add("Record", _record(old, new))
    add("Patient", _patient(old.patient, new.patient, catalog))
    add("Pain", _pain(old, new))
    add("Goals", _goals(old, new))
    add("Medicines", _medicines(old, new, catalog))
    out += _modules(old, new, catalog)
    flare = _list_changes("step", old.flare_plan.steps, new.flare_plan.steps, name=_step_words)
    flare += field_changes(old.flare_plan, new.flare_plan, {"may_take": "may take", "call_if": "call if"}, skip=("steps",))
    add("Flare plan", flare)
    follow = []
    a, b = old.follow_up.interval_weeks, new.follow_up.interval_weeks
    if a != b:
        follow.append(f"interval: {_weeks(a)} {ARROW} {_weeks(b)}")
    follow += field_changes(old.follow_up, new.follow_up, {"monitoring": "monitoring", "next_visit": "next visit"}, skip=("interval_weeks",))
    add("Follow-up", follow)
    add("Monitoring", monitoring_changes(old, new))
    add("Measures", measure_changes(old, new))
    add("Acknowledgements", _acknowledgements(old, new))
    if old.notes != new.notes:
        add("Notes", [change("plan notes", old.notes, new.notes)])
    if old.template != new.template:
        add("Template", field_changes(old.template, new.template, {"tier": "stepped-care tier"}))
    if old.format != new.format:
        add("Record", [f"format: {old.format} {ARROW} {new.format}"])
    return out
