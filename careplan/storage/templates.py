"""Templates: de-identifying a plan into a template, the template library, plans from templates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from careplan.domain.codes import PLAN_FORMAT, TEMPLATE_FORMAT
from careplan.domain.deidentify import check_deidentified, fold
from careplan.domain.plan import CarePlan, KratomModule, Patient, TemplateInfo, new_id, utc_now
from careplan.resources import templates_dir
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import PLAN_SUFFIX, load_plan
from careplan.storage.template_index import TemplateIndex, shared_index, summarise

# What a template keeps of a kratom module: the counselling (cautions discussed, monitoring,
# follow-up, notes). The patient's reported use and the acceptance of the cautions go.
_KRATOM_PATIENT_FIELDS = ("status", "product_form", "reported_amount", "reported_frequency", "duration_months",
                          "source", "withdrawal_symptoms", "cautions_accepted", "cautions_accepted_by",
                          "cautions_accepted_at")


class KratomCautionsRequired(ValueError):
    """A plan made from a template with a kratom module needs that module's cautions accepted first."""


def template_content(plan: CarePlan, info: TemplateInfo, *, template_id: str | None = None, title: str | None = None) -> CarePlan:
    """The plan's clinical content as a template, before any identifier check.

    Structural, never textual: the patient block goes; acknowledgements, sign-off, the link to the
    revision it replaced and the dates of this episode (goal due dates, next visit, medicine start
    and stop, tapers) are cleared, and so are the patient's measures and monitoring; the
    kratom module loses the patient's reported use and its acceptance. Ids, codes, catalog ids,
    numbers and all other text are kept exactly.
    """
    data = plan.model_dump(mode="python")
    del data["patient"]
    now = utc_now()
    data.update(
        format=TEMPLATE_FORMAT,
        id=template_id or new_id(),
        title=title if title is not None else plan.title,
        acknowledgements=[],
        signed_off=None,
        status="draft",
        revision=1,
        supersedes=None,  # a template starts its own history: revision 1 replaces nothing
        created_at=now,
        updated_at=now,
        template=info.model_copy(update={"updated": info.updated or date.today()}).model_dump(mode="python"),
    )
    for goal in data["goals"]:
        goal["due"] = None
    data["follow_up"]["next_visit"] = None
    # Care over time belongs to this patient: their answers, their monitoring, their taper dates.
    data["measures"] = []
    data["monitoring"] = []
    fresh_kratom = KratomModule.model_construct().model_dump(mode="python")
    for module in data["modules"]:
        for item in module.get("items", []):
            item["start"] = None
            item["stop"] = None
            item["taper"] = None
        if module["kind"] == "kratom":
            module.update({name: fresh_kratom[name] for name in _KRATOM_PATIENT_FIELDS})
    # The flare plan may choose the patient's own medicines, which leave with the patient block.
    planned = {item["id"] for module in data["modules"] for item in module.get("items", [])}
    data["flare_plan"]["may_take_items"] = [i for i in data["flare_plan"]["may_take_items"] if i in planned]
    return CarePlan.model_validate(data)


def make_template(plan: CarePlan, info: TemplateInfo, *, template_id: str | None = None, title: str | None = None) -> CarePlan:
    """A de-identified template from ``plan``, or IdentifiersFound naming each field to edit.

    The template is ``template_content(plan)``; free text in it that still holds an identifier
    of the patient (or a phone number, e-mail or postal address, a full date, a record-like
    number) is refused, never rewritten: the clinician edits that field and tries again.
    """
    template = template_content(plan, info, template_id=template_id, title=title)
    check_deidentified(template, plan.patient)
    return template


def template_file_name(template: CarePlan) -> str:
    """A file name from the (already de-identified) template title: ``knee-oa-conservative.careplan.json``."""
    stem = re.sub(r"[^a-z0-9]+", "-", fold(template.title)).strip("-")[:60].strip("-")
    return f"{stem or 'template'}{PLAN_SUFFIX}"


def plan_from_template(template: CarePlan, patient: Patient | None = None, *, kratom_accepted_by: str | None = None) -> CarePlan:
    """A fresh draft plan (new id, now timestamps, empty or given patient) from a template.

    A kratom module in the template needs its cautions accepted again for this plan: pass who
    accepted them as ``kratom_accepted_by`` (the GUI shows the cautions dialog first); without
    it, KratomCautionsRequired is raised and nothing is made.
    """
    now = utc_now()
    modules = list(template.modules)
    for index, module in enumerate(modules):
        if isinstance(module, KratomModule):
            if not kratom_accepted_by:
                raise KratomCautionsRequired(
                    "this template has a kratom module: its cautions must be accepted for each new plan "
                    "(in the app, File \u25b8 New from template asks for it)"
                )
            modules[index] = module.model_copy(
                update={"cautions_accepted": True, "cautions_accepted_by": kratom_accepted_by, "cautions_accepted_at": now}
            )
    return template.model_copy(
        deep=True,
        update={
            "format": PLAN_FORMAT,
            "id": new_id(),
            "patient": patient or Patient(),
            "modules": modules,
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
    """Templates from the built-in folder, then the given folders (personal, shared clinic).

    With an ``index`` (see ``template_index``) a file is parsed only when it is new or changed.
    """

    def __init__(self, folders: list[Path] | None = None, *, include_builtin: bool = True,
                 index: TemplateIndex | None = None) -> None:
        self.folders = ([templates_dir()] if include_builtin else []) + [Path(f) for f in folders or []]
        self.problems: list[str] = []
        self.index = index
        self._by_id: dict[str, TemplateEntry] | None = None

    def entries(self) -> list[TemplateEntry]:
        """Every readable template; unreadable files are noted in ``problems``, never fatal."""
        self.problems = []
        seen: dict[str, TemplateEntry] = {}
        builtin_dir = templates_dir().resolve()
        files: list[tuple[Path, bool]] = []
        for folder in self.folders:
            if folder.is_dir():
                builtin = folder.resolve() == builtin_dir
                files += [(path, builtin) for path in sorted(folder.glob(f"*{PLAN_SUFFIX}"), key=lambda p: p.name)]
        if self.index is not None:
            summaries = self.index.scan([path for path, _ in files])
        else:
            summaries = [(path, summarise(path)) for path, _ in files]
        for (path, found), (_, builtin) in zip(summaries, files, strict=True):
            if isinstance(found, str):
                self.problems.append(f"{path.name}: {found}")
                continue
            if found.id in seen:
                self.problems.append(f"{path.name}: template id {found.id!r} is already used by {seen[found.id].path.name}")
                continue
            seen[found.id] = TemplateEntry(id=found.id, title=found.title, description=found.description,
                                           tags=found.tags, tier=found.tier, path=path, builtin=builtin)
        self._by_id = seen
        return list(seen.values())

    def templates(self) -> list[tuple[TemplateEntry, CarePlan]]:
        """Every listed template with its content, each file parsed afresh (search and editing read content)."""
        found: list[tuple[TemplateEntry, CarePlan]] = []
        for entry in self.entries():
            try:
                found.append((entry, load_plan(entry.path)))
            except PlanFileError as exc:  # changed or removed since it was listed
                self.problems.append(f"{entry.path.name}: {exc}")
        return found

    def load(self, template_id: str) -> CarePlan:
        """The template with this id, parsed afresh from its file (listed once, not again per call)."""
        by_id = self._by_id if self._by_id is not None else {e.id: e for e in self.entries()}
        entry = by_id.get(template_id)
        if entry is None:
            known = ", ".join(by_id) or "none"
            raise PlanFileError(f"no template with id {template_id!r} (known: {known})")
        plan = load_plan(entry.path)
        if plan.id != template_id or not plan.is_template:
            raise PlanFileError(f"{entry.path.name} changed since it was listed; choose the template again")
        return plan


def default_library() -> TemplateLibrary:
    """Built-in templates, then the clinician's own folder, then a shared clinic folder if set."""
    from careplan.storage.paths import personal_templates_dir, preferences_path
    from careplan.storage.preferences import load_preferences

    prefs = load_preferences(preferences_path())
    folders = [prefs.personal_templates_dir or personal_templates_dir()]
    if prefs.shared_templates_dir is not None:
        folders.append(prefs.shared_templates_dir)
    return TemplateLibrary(folders, index=shared_index())
