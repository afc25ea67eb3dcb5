"""Templates: de-identifying a plan into a template, the template library, plans from templates."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from careplan.domain.codes import PLAN_FORMAT
from careplan.domain.deidentify import KRATOM_PATIENT_FIELDS, IdentifiersFound, deidentify, file_stem, reset_structure
from careplan.domain.deidentify import make_template as make_library_template
from careplan.domain.plan import CarePlan, KratomModule, Patient, TemplateInfo, new_id, utc_now
from careplan.resources import templates_dir
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import PLAN_SUFFIX, load_plan
from careplan.storage.template_index import TemplateIndex, shared_index, summarise


class KratomCautionsRequired(ValueError):
    """A plan made from a template with a kratom module needs that module's cautions accepted first."""


def template_content(plan: CarePlan, info: TemplateInfo, *, template_id: str | None = None, title: str | None = None) -> CarePlan:
    """The plan's clinical content as a template, before any identifier check (step 1 of
    :func:`careplan.domain.deidentify.make_template`)."""
    return reset_structure(plan, info, template_id=template_id, title=title)[0]


def make_template(plan: CarePlan, info: TemplateInfo, *, template_id: str | None = None, title: str | None = None) -> CarePlan:
    """A de-identified template from ``plan``, or IdentifiersFound naming each field to edit.

    The one de-identification path (:func:`careplan.domain.deidentify.make_template`): the
    structure reset, then free text that still holds an identifier of the patient (or a phone
    number, e-mail or postal address, a full date, a record-like number) refused, never rewritten.
    """
    return deidentify(plan, info, template_id=template_id, title=title).template


def library_template(plan: CarePlan, *, builtin: bool = False) -> CarePlan:
    """A template as the library hands it out: through the one de-identification path, ids kept.

    Files in the personal and shared folders may have been put there by hand or by an older
    Careplan: whatever belongs to a patient or an episode is reset, and one whose text holds an
    identifier is refused (PlanFileError naming the field). Built-in templates are ours, as shipped.
    """
    if builtin:
        return plan
    if not plan.is_template:
        raise PlanFileError("not a template (it is a plan); make a template from it with Save as template")
    try:
        template = make_library_template(plan, template_id=plan.id, keep_ids=True)
    except IdentifiersFound as exc:
        raise PlanFileError(f"refused: {exc}") from None
    return template.model_copy(update={"created_at": plan.created_at, "updated_at": plan.updated_at})


def template_file_name(template: CarePlan) -> str:
    """A file name from the (already de-identified) template title: ``knee-oa-conservative.careplan.json``.

    Never from text that was refused: the title has passed the identifier check, and a stem that
    still reads as a number is replaced by ``template``.
    """
    return f"{file_stem(template.title) or 'template'}{PLAN_SUFFIX}"


def save_new_template(folder: Path, template: CarePlan) -> Path:
    """Write a new template into a library folder under its lock, never over another file; where it went.

    The name comes from the template title (:func:`template_file_name`), made free under the lock.
    """
    from careplan.storage.library_files import FileChange
    from careplan.storage.plan_files import plan_to_json

    change = FileChange(Path(folder) / template_file_name(template), None, plan_to_json(template).encode("utf-8"),
                        f"Save '{template.title}' as a template", unique_id=template.id)
    change.apply()
    return change.path


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
            # A name of spaces names nobody: the cautions are not accepted by anyone.
            if not (kratom_accepted_by or "").strip():
                raise KratomCautionsRequired(
                    "this template has a kratom module: its cautions must be accepted for each new plan "
                    "(in the app, File \u25b8 New from template asks for it)"
                )
            # A template's module never carries another patient's reported use into this plan.
            fresh = {name: KratomModule.model_fields[name].get_default(call_default_factory=True)
                     for name in KRATOM_PATIENT_FIELDS}
            modules[index] = module.model_copy(
                update={**fresh, "cautions_accepted": True, "cautions_accepted_by": (kratom_accepted_by or "").strip(),
                        "cautions_accepted_at": now}
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
                found.append((entry, library_template(load_plan(entry.path), builtin=entry.builtin)))
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
        try:
            return library_template(plan, builtin=entry.builtin)
        except PlanFileError as exc:
            raise PlanFileError(f"{entry.path.name}: {exc}") from None


def default_library() -> TemplateLibrary:
    """Built-in templates, then the clinician's own folder, then a shared clinic folder if set."""
    from careplan.storage.paths import personal_templates_dir, preferences_path
    from careplan.storage.preferences import load_preferences

    prefs = load_preferences(preferences_path())
    folders = [prefs.personal_templates_dir or personal_templates_dir()]
    if prefs.shared_templates_dir is not None:
        folders.append(prefs.shared_templates_dir)
    return TemplateLibrary(folders, index=shared_index())
