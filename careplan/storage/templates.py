"""Templates: de-identifying a plan into a template, the template library, plans from templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from careplan.domain.codes import PLAN_FORMAT, TEMPLATE_FORMAT
from careplan.domain.plan import CarePlan, Patient, TemplateInfo, new_id, utc_now
from careplan.resources import templates_dir
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import PLAN_SUFFIX, load_plan

REDACTED = "[patient]"


def _identifiers(patient: Patient | None) -> list[str]:
    if patient is None:
        return []
    found = [patient.name.strip(), patient.record_number.strip()]
    if patient.name.strip():
        # Each part of a name on its own ("Zoë", "Ñúñez") is as identifying as the whole.
        found += [part for part in re.split(r"[\s,]+", patient.name) if len(part) >= 3]
    if patient.date_of_birth is not None:
        dob = patient.date_of_birth
        found += [dob.isoformat(), dob.strftime("%d/%m/%Y"), dob.strftime("%m/%d/%Y")]
    return sorted({f for f in found if f}, key=len, reverse=True)


def _scrub(value: Any, identifiers: list[str]) -> Any:
    if isinstance(value, str):
        for ident in identifiers:
            value = re.sub(re.escape(ident), REDACTED, value, flags=re.IGNORECASE)
        return value
    if isinstance(value, list):
        return [_scrub(v, identifiers) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, identifiers) for k, v in value.items()}
    return value


def make_template(plan: CarePlan, info: TemplateInfo, *, template_id: str | None = None, title: str | None = None) -> CarePlan:
    """A de-identified template from ``plan``.

    The patient block goes, and so does everything tied to this patient or this episode:
    acknowledgements, sign-off, dates, and any mention of the patient's name, record number
    or date of birth in free text.
    """
    identifiers = _identifiers(plan.patient)
    data = plan.model_dump(mode="python")
    data.update(
        format=TEMPLATE_FORMAT,
        id=template_id or new_id(),
        title=title if title is not None else plan.title,
        patient=None,
        acknowledgements=[],
        signed_off=None,
        supersedes=None,
        status="draft",
        revision=1,
        created_at=utc_now(),
        updated_at=utc_now(),
        template=info.model_copy(update={"updated": info.updated or date.today()}).model_dump(mode="python"),
    )
    for goal in data["goals"]:
        goal["due"] = None
    data["follow_up"]["next_visit"] = None
    for module in data["modules"]:
        for item in module.get("items", []):
            item["start"] = None
            item["stop"] = None
        if module["kind"] == "kratom":
            module["cautions_accepted_by"] = ""
            module["cautions_accepted_at"] = None
    return CarePlan.model_validate(_scrub(data, identifiers))


def plan_from_template(template: CarePlan, patient: Patient | None = None) -> CarePlan:
    """A fresh draft plan (new id, now timestamps, empty or given patient) from a template."""
    now = utc_now()
    return template.model_copy(
        deep=True,
        update={
            "format": PLAN_FORMAT,
            "id": new_id(),
            "patient": patient or Patient(),
            "template": None,
            "created_at": now,
            "updated_at": now,
            "status": "draft",
            "revision": 1,
            "signed_off": None,
            "supersedes": None,
            "acknowledgements": [],
        },
    )


@dataclass(frozen=True)
class TemplateEntry:
    id: str
    title: str
    description: str
    tags: tuple[str, ...]
    tier: int
    path: Path
    builtin: bool


class TemplateLibrary:
    """Templates from the built-in folder, then the given folders (personal, shared clinic)."""

    def __init__(self, folders: list[Path] | None = None, *, include_builtin: bool = True) -> None:
        self.folders = ([templates_dir()] if include_builtin else []) + [Path(f) for f in folders or []]
        self.problems: list[str] = []

    def entries(self) -> list[TemplateEntry]:
        """Every readable template; unreadable files are noted in ``problems``, never fatal."""
        self.problems = []
        seen: dict[str, TemplateEntry] = {}
        builtin_dir = templates_dir().resolve()
        for folder in self.folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob(f"*{PLAN_SUFFIX}")):
                try:
                    plan = load_plan(path)
                except PlanFileError as exc:
                    self.problems.append(f"{path.name}: {exc}")
                    continue
                if not plan.is_template or plan.template is None:
                    self.problems.append(f"{path.name}: not a template")
                    continue
                if plan.id in seen:
                    self.problems.append(f"{path.name}: template id {plan.id!r} is already used by {seen[plan.id].path.name}")
                    continue
                info = plan.template
                seen[plan.id] = TemplateEntry(
                    id=plan.id,
                    title=plan.title,
                    description=info.description,
                    tags=tuple(info.tags),
                    tier=info.tier,
                    path=path,
                    builtin=folder.resolve() == builtin_dir,
                )
        return list(seen.values())

    def load(self, template_id: str) -> CarePlan:
        for entry in self.entries():
            if entry.id == template_id:
                return load_plan(entry.path)
        known = ", ".join(e.id for e in self.entries()) or "none"
        raise PlanFileError(f"no template with id {template_id!r} (known: {known})")


def default_library() -> TemplateLibrary:
    """Built-in templates, then the clinician's own folder, then a shared clinic folder if set."""
    from careplan.storage.paths import personal_templates_dir, preferences_path
    from careplan.storage.preferences import load_preferences

    prefs = load_preferences(preferences_path())
    folders = [prefs.personal_templates_dir or personal_templates_dir()]
    if prefs.shared_templates_dir is not None:
        folders.append(prefs.shared_templates_dir)
    return TemplateLibrary(folders)
