"""The plan as a FHIR R4 Bundle an EHR can take in: a US Core CarePlan and what it refers to.

Contents (a ``collection`` Bundle, stable ``urn:uuid`` ids so the same plan exports the same):
- the CarePlan (US Core: profile, generated narrative, category assess-plan, status, intent
  ``plan``, subject), addressing the pain Condition, with Goals, the activities, a follow-up
  visit, the baselines and any patient-reported kratom use as supporting information, and, for
  a revision, the revision it replaces;
- the Patient, when the plan has one (a template gets an anonymous Patient: a CarePlan needs a
  subject). It does not claim US Core Patient: that profile needs an identifier *system*, which
  a record number alone does not give;
- a Condition for chronic pain (SNOMED CT) with the sites, types and causes recorded;
- one Goal per goal; one MedicationRequest per planned medicine (:mod:`.fhir_meds`); one
  ServiceRequest per other module; PEG-3 and 0-10 pain baselines as Observations (LOINC);
- kratom as a MedicationStatement from the patient, never a request.

Validated in the tests with ``fhir.resources.R4B`` (the bare ``fhir.resources`` import is R5).
"""

from __future__ import annotations

import html
import uuid
from datetime import date
from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import CONDITION_LABELS, MODULE_LABELS
from careplan.domain.languages import language_name
from careplan.domain.plan import (
    CarePlan,
    CbtModule,
    Goal,
    KratomModule,
    MedicationModule,
    MindfulnessModule,
    Module,
    PhysiotherapyModule,
)
from careplan.domain.plan_diff import (
    exercise_amount,
    exercise_name,
    goal_words,
    medicine_words,
    module_words,
    sign_off_words,
)
from careplan.export.fhir_codes import (
    CAREPLAN_CATEGORY,
    CHRONIC_PAIN,
    CLINICAL_ACTIVE,
    MEDICAL_RECORD_NUMBER,
    MODULE_CODES,
    NRS,
    PEG_ITEMS,
    PEG_MEAN,
    PROBLEM_LIST_ITEM,
    PROFILE_CAREPLAN,
    PROFILE_CONDITION,
    PROFILE_GOAL,
    PROFILE_SERVICE_REQUEST,
    PROFILE_SURVEY,
    SURVEY_CATEGORY,
    VERIFICATION_CONFIRMED,
    quantity,
)
from careplan.export.fhir_meds import clinician_display, kratom_statement, medication_request
from careplan.export.fhir_stewardship import measure_resources, monitoring_tasks, taper_dosages

JSON = dict[str, Any]
PLAN_ID_SYSTEM = "urn:careplan:plan-id"
CADENCE = {"weekly": (1, "wk"), "fortnightly": (2, "wk"), "monthly": (1, "mo")}


class _Bundle:
    """Entries with stable urn:uuid ids, derived from the plan id, its revision and a key."""

    def __init__(self, plan: CarePlan) -> None:
        self.plan = plan
        self.entries: list[JSON] = []

    def urn(self, key: str) -> str:
        name = f"careplan:{self.plan.id}:r{self.plan.revision}:{key}"
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}"

    def add(self, key: str, resource: JSON) -> str:
        url = self.urn(key)
        self.entries.append({"fullUrl": url, "resource": resource})
        return url


def _status(plan: CarePlan) -> str:
    return "active" if plan.status == "final" else "draft"


def _patient(plan: CarePlan) -> JSON:
    patient = plan.patient
    resource: JSON = {"resourceType": "Patient"}
    if patient is None:
        return resource
    if patient.name.strip():
        resource["name"] = [{"text": patient.name}]
    if patient.record_number.strip():
        resource["identifier"] = [{"type": MEDICAL_RECORD_NUMBER, "value": patient.record_number}]
    resource["gender"] = patient.sex
    if patient.date_of_birth:
        resource["birthDate"] = patient.date_of_birth.isoformat()
    if patient.language:
        # The language the patient reads (US Core and IPS code it in BCP 47, urn:ietf:bcp:47).
        resource["communication"] = [{
            "language": {"coding": [{"system": "urn:ietf:bcp:47", "code": patient.language}],
                         "text": language_name(patient.language)},
            "preferred": True,
        }]
    return resource


def _condition(plan: CarePlan, refs: dict[str, str]) -> JSON:
    pain = plan.pain
    text = "Chronic pain"
    if pain.sites:
        text += ": " + ", ".join(pain.sites)
    details = [x for x in (", ".join(pain.types), ", ".join(pain.causes) and f"causes: {', '.join(pain.causes)}") if x]
    if details:
        text += f" ({'; '.join(details)})"
    resource: JSON = {
        "resourceType": "Condition",
        "meta": {"profile": [PROFILE_CONDITION]},
        "clinicalStatus": CLINICAL_ACTIVE,
        "verificationStatus": VERIFICATION_CONFIRMED,
        "category": [PROBLEM_LIST_ITEM],
        "code": {"coding": [CHRONIC_PAIN], "text": text},
        "subject": {"reference": refs["patient"]},
        "recordedDate": plan.created_at.isoformat(),
    }
    if pain.sites:
        resource["bodySite"] = [{"text": site} for site in pain.sites]
    if pain.duration_months is not None:
        resource["note"] = [{"text": f"Duration about {pain.duration_months:g} months when the plan was made."}]
    return resource


def _observation(plan: CarePlan, refs: dict[str, str], code: dict[str, str], value: JSON) -> JSON:
    return {
        "resourceType": "Observation",
        "meta": {"profile": [PROFILE_SURVEY]},
        "status": "final",
        "category": [SURVEY_CATEGORY],
        "code": {"coding": [code], "text": code["display"]},
        "subject": {"reference": refs["patient"]},
        # The baseline is recorded when the plan is made; the plan has no separate date for it.
        "effectiveDateTime": plan.created_at.isoformat(),
        **value,
    }


def _baselines(plan: CarePlan, bundle: _Bundle, refs: dict[str, str]) -> list[str]:
    baseline = plan.pain.baseline
    urls: list[str] = []
    if baseline.peg is not None and baseline.peg_score is not None:
        components = [{"code": {"text": label}, "valueInteger": score} for label, score in zip(PEG_ITEMS, baseline.peg, strict=True)]
        value = {"valueQuantity": quantity(round(baseline.peg_score, 1), "{score}") | {"unit": "score"}, "component": components}
        urls.append(bundle.add("obs:peg", _observation(plan, refs, PEG_MEAN, value)))
    if baseline.nrs is not None:
        urls.append(bundle.add("obs:nrs", _observation(plan, refs, NRS, {"valueInteger": baseline.nrs})))
    return urls


def _goal(plan: CarePlan, goal: Goal, refs: dict[str, str]) -> JSON:
    resource: JSON = {
        "resourceType": "Goal",
        "meta": {"profile": [PROFILE_GOAL]},
        "lifecycleStatus": "active" if plan.status == "final" else "proposed",
        "description": {"text": goal.text.strip() or "(goal without wording)"},
        "subject": {"reference": refs["patient"]},
        "addresses": [{"reference": refs["condition"]}],
    }
    if goal.measure or goal.target or goal.due:
        target: JSON = {}
        if goal.measure:
            target["measure"] = {"text": goal.measure}
        if goal.target:
            target["detailString"] = goal.target
        if goal.due:
            target["dueDate"] = goal.due.isoformat()
        resource["target"] = [target]
    return resource


def _occurrence(module: Module) -> JSON | None:
    if isinstance(module, PhysiotherapyModule) and module.sessions_per_week:
        return {"repeat": {"frequency": module.sessions_per_week, "period": 1, "periodUnit": "wk"}}
    if isinstance(module, CbtModule) and module.sessions:
        every, unit = CADENCE[module.cadence]
        repeat: JSON = {"count": module.sessions, "frequency": 1, "period": every, "periodUnit": unit}
        if module.session_minutes:
            repeat |= {"duration": module.session_minutes, "durationUnit": "min"}
        return {"repeat": repeat}
    if isinstance(module, MindfulnessModule) and module.minutes_per_day:
        repeat = {"frequency": module.days_per_week or 7, "period": 1, "periodUnit": "wk",
                  "duration": module.minutes_per_day, "durationUnit": "min"}
        return {"repeat": repeat}
    return None


def _service_request(plan: CarePlan, module: Module, catalog: CatalogIndex, refs: dict[str, str]) -> JSON:
    label = MODULE_LABELS[module.kind]
    code: JSON = {"text": label}
    if module.kind in MODULE_CODES:
        code["coding"] = [MODULE_CODES[module.kind]]
    resource: JSON = {
        "resourceType": "ServiceRequest",
        "meta": {"profile": [PROFILE_SERVICE_REQUEST]},
        "status": _status(plan),
        "intent": "plan",
        "code": code,
        "subject": {"reference": refs["patient"]},
        "reasonReference": [{"reference": refs["condition"]}],
        "patientInstruction": module_words(module, catalog),
    }
    if isinstance(module, PhysiotherapyModule) and module.exercises:
        resource["orderDetail"] = [{"text": f"{exercise_name(e, catalog)} {exercise_amount(e)}"} for e in module.exercises]
    if (timing := _occurrence(module)) is not None:
        resource["occurrenceTiming"] = timing
    if who := clinician_display(plan):
        resource["requester"] = {"display": who}
    if module.notes:
        resource["note"] = [{"text": module.notes}]
    return resource


def _follow_up(plan: CarePlan) -> JSON | None:
    fu = plan.follow_up
    if fu.interval_weeks is None and fu.next_visit is None and not fu.monitoring:
        return None
    parts = [f"Follow-up visit every {fu.interval_weeks} weeks" if fu.interval_weeks else "Follow-up visit"]
    if fu.monitoring:
        parts.append("monitoring: " + ", ".join(fu.monitoring))
    detail: JSON = {"kind": "Appointment", "code": {"text": "Follow-up visit"}, "status": "not-started",
                    "description": "; ".join(parts)}
    timing: JSON = {}
    if fu.interval_weeks:
        timing["repeat"] = {"frequency": 1, "period": fu.interval_weeks, "periodUnit": "wk"}
    if fu.next_visit:
        timing["event"] = [fu.next_visit.isoformat()]
    if timing:
        detail["scheduledTiming"] = timing
    return {"detail": detail}


def _li(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def narrative(plan: CarePlan, catalog: CatalogIndex) -> str:
    """The CarePlan's human-readable text (XHTML): what a clinician reading the EHR sees first."""
    e = html.escape
    parts = [f"<p><b>{e(plan.title or 'Care plan')}</b></p>",
             f"<p>Revision {plan.revision}: {e(plan.status)}, {e(sign_off_words(plan.signed_off))}.</p>"]
    if plan.supersedes is not None:
        parts.append(f"<p>Replaces revision {plan.supersedes.revision}.</p>")
    pain = plan.pain
    what = "Chronic pain" + (f": {', '.join(pain.sites)}" if pain.sites else "")
    parts.append(f"<p>Addresses: {e(what)}</p>")
    if plan.patient is not None and plan.patient.conditions:
        parts.append(f"<p>Other conditions: {e(', '.join(CONDITION_LABELS.get(c, c) for c in plan.patient.conditions))}</p>")
    if plan.goals:
        parts.append("<p>Goals:</p>" + _li([goal_words(g) for g in plan.goals]))
    meds = [medicine_words(i, catalog) for i in plan.medication_items()]
    if meds:
        parts.append("<p>Medicines:</p>" + _li(meds))
    others = [module_words(m, catalog) for m in plan.modules if not isinstance(m, (MedicationModule, KratomModule))]
    if others:
        parts.append("<p>Other treatment:</p>" + _li(others))
    kratom = plan.kratom_module()
    if kratom is not None:
        parts.append(f"<p>Kratom: patient-reported use documented and counselled ({e(module_words(kratom, catalog))}); "
                     "not prescribed.</p>")
    fp = plan.flare_plan
    if fp.steps:
        parts.append("<p>Flare plan:</p><ol>" + "".join(f"<li>{e(s.text)}</li>" for s in fp.steps) + "</ol>")
    if (fu := _follow_up(plan)) is not None:
        parts.append(f"<p>{e(fu['detail']['description'])}.</p>")
    return '<div xmlns="http://www.w3.org/1999/xhtml">' + "".join(parts) + "</div>"


def _notes(plan: CarePlan) -> list[JSON]:
    notes: list[JSON] = []
    fp = plan.flare_plan
    flare = "; ".join(x for x in (
        "steps: " + " / ".join(s.text for s in fp.steps) if fp.steps else "",
        f"may take: {fp.may_take}" if fp.may_take.strip() else "",
        f"call if: {fp.call_if}" if fp.call_if.strip() else "") if x)
    if flare:
        notes.append({"text": f"Flare plan: {flare}"})
    if plan.notes.strip():
        notes.append({"text": plan.notes})
    if plan.is_template:
        notes.append({"text": "Template: not made for a particular patient."})
    return notes


def build_bundle(plan: CarePlan, catalog: CatalogIndex, today: date | None = None) -> JSON:
    """A FHIR R4 ``collection`` Bundle for ``plan`` (validated against R4B in the tests);
    ``today`` dates the monitoring tasks due (defaults to today)."""
    bundle = _Bundle(plan)
    refs = {"patient": bundle.add("patient", _patient(plan)), "condition": bundle.urn("condition")}
    bundle.add("condition", _condition(plan, refs))
    supporting = _baselines(plan, bundle, refs)
    goal_refs = [{"reference": bundle.add(f"goal:{g.id}", _goal(plan, g, refs))} for g in plan.goals]
    activities: list[JSON] = []
    for module in plan.modules:
        if isinstance(module, MedicationModule):
            for item in module.items:
                request = medication_request(plan, item, catalog, refs)
                if item.taper is not None:
                    request["dosageInstruction"] = taper_dosages(item, catalog)
                url = bundle.add(f"med:{item.id}", request)
                activities.append({"reference": {"reference": url}})
        elif isinstance(module, KratomModule):
            supporting.append(bundle.add(f"kratom:{module.id}", kratom_statement(plan, module, catalog, refs)))
        else:
            url = bundle.add(f"service:{module.id}", _service_request(plan, module, catalog, refs))
            activities.append({"reference": {"reference": url}})
    tasks = monitoring_tasks(plan, catalog, today or date.today(), refs, bundle.add)
    activities += [{"reference": {"reference": url}} for url in tasks]
    if (follow_up := _follow_up(plan)) is not None:
        activities.append(follow_up)
    supporting += measure_resources(plan, refs, bundle.add)

    care_plan: JSON = {
        "resourceType": "CarePlan",
        "meta": {"profile": [PROFILE_CAREPLAN]},
        "text": {"status": "generated", "div": narrative(plan, catalog)},
        "identifier": [{"system": PLAN_ID_SYSTEM, "value": plan.id}],
        "status": _status(plan),
        "intent": "plan",
        "category": [CAREPLAN_CATEGORY],
        "title": plan.title or "Care plan",
        "subject": {"reference": refs["patient"]},
        "created": plan.created_at.isoformat(),
        "addresses": [{"reference": refs["condition"]}],
    }
    if who := clinician_display(plan):
        care_plan["author"] = {"display": who}
    if plan.supersedes is not None:
        care_plan["replaces"] = [{"identifier": {"system": PLAN_ID_SYSTEM, "value": plan.supersedes.id},
                                  "display": f"Revision {plan.supersedes.revision}"}]
    if goal_refs:
        care_plan["goal"] = goal_refs
    if supporting:
        care_plan["supportingInfo"] = [{"reference": url} for url in supporting]
    if activities:
        care_plan["activity"] = activities
    if notes := _notes(plan):
        care_plan["note"] = notes
    bundle.entries.insert(0, {"fullUrl": bundle.urn("careplan"), "resource": care_plan})
    result: JSON = prune({"resourceType": "Bundle", "type": "collection", "timestamp": plan.updated_at.isoformat(),
                          "entry": bundle.entries})
    return result


def prune(value: Any) -> Any:
    """Drop what FHIR does not allow to be empty: blank strings, empty lists and objects.

    Plan text may legitimately be blank (an unnamed site, an empty note); in FHIR an element
    is either absent or has a value, so blanks are left out rather than sent as "".
    """
    if isinstance(value, dict):
        pruned = {k: prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        items = [prune(v) for v in value]
        return [v for v in items if v not in (None, "", [], {})]
    if isinstance(value, str) and not value.strip():
        return ""
    return value
