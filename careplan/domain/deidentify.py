"""The one way a plan or a template becomes a template the library, a colleague or the clinic store may hold.

:func:`make_template` is that way: saving a plan as a template, importing a template file,
reading the personal and shared folders, exporting one, and pushing one to the clinic store all
call it (never a copy of it). It works in two steps:

1. **Structure** (:func:`reset_structure`): what belongs to one patient or one episode is
   removed or reset, whatever its text says: the patient block; acknowledgements (their reasons
   may name the patient); the sign-off, revision history and status; the episode's dates (goal
   due dates, next visit, medicine start and stop); the kratom module's reported use (status,
   form, amount, frequency, duration, source, withdrawal) and its acceptance; the ids of every
   part, regenerated (a hand-made id may spell an identifier), with the flare plan's choices
   following them.
2. **Free text** (:func:`find_identifiers`): every remaining free-text value is read, after
   Unicode normalisation, for identifiers (:mod:`careplan.domain.identifier_text` says which).
   One that holds an identifier is *reported* with its path, never rewritten behind the
   clinician's back (the first release turned "30 minutes" into "[patient] minutes" for record
   number 30): :class:`IdentifiersFound` names each field.

Ids, codes, catalog ids, numbers and dates in typed fields are never read as text.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from careplan.domain.codes import TEMPLATE_FORMAT
from careplan.domain.edits import FieldPath
from careplan.domain.errors import location
from careplan.domain.identifier_text import (
    KIND_WORDS,
    IdentifierKind,
    PatientIds,
    find_in_text,
    fold,
    identifiers_in_text,
    normalise,
    patient_ids,
)
from careplan.domain.plan import CarePlan, KratomModule, Patient, TemplateInfo, new_id, short_id, utc_now

__all__ = [
    "CODE_FIELDS",
    "KIND_WORDS",
    "KRATOM_PATIENT_FIELDS",
    "DeidentifiedTemplate",
    "IdentifierHit",
    "IdentifierKind",
    "IdentifiersFound",
    "check_deidentified",
    "deidentify",
    "file_stem",
    "find_identifiers",
    "fold",
    "free_text_fields",
    "identifiers_in_text",
    "make_template",
    "reset_structure",
    "safe_template_id",
]

# Parts of a plan that are not template content: the patient block goes, acknowledgements and
# sign-off are cleared.
_NOT_CONTENT = frozenset({"patient", "acknowledgements", "signed_off", "supersedes"})
# Who wrote the plan or template: read for identifier patterns, not for the patient's name
# (a clinician may share a name part with a patient).
_AUTHOR_FIELDS = frozenset({"clinician", "author"})
# String fields that hold ids or codes, never prose; Literal-typed fields are codes as well.
CODE_FIELDS = frozenset({"id", "drug", "exercise", "catalog_id", "practice", "focus_areas", "cautions_discussed",
                         "rule", "items", "allergies", "jurisdiction", "version", "may_take_items"})
# What a template keeps of a kratom module: the counselling (cautions discussed, monitoring,
# follow-up, notes). The patient's reported use and the acceptance of the cautions go.
KRATOM_PATIENT_FIELDS = ("status", "product_form", "reported_amount", "reported_frequency", "duration_months",
                         "source", "withdrawal_symptoms", "cautions_accepted", "cautions_accepted_by",
                         "cautions_accepted_at")
# A template id kept as it is: a short slug ("hip-osteoarthritis", "clinic-knee-2").
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class IdentifierHit:
    """One identifier in one free-text field.

    ``path`` follows ``careplan.domain.edits``: field names, and for list elements the
    element's ``id`` (plain string lists use the index), so the GUI can open that field.
    """

    path: FieldPath
    where: str  # the field as a reader sees it: ``goals[0].text``
    kind: IdentifierKind
    found: str

    def describe(self) -> str:
        return f"{self.where} contains {KIND_WORDS[self.kind]} ({self.found!r})"


class IdentifiersFound(ValueError):
    """A plan cannot become a template (or a template be imported): free text holds identifiers."""

    def __init__(self, hits: list[IdentifierHit]) -> None:
        self.hits = hits
        more = f" (and {len(hits) - 1} more)" if len(hits) > 1 else ""
        super().__init__(f"{hits[0].describe()}{more}; edit the text and try again (templates carry no patient identifiers)")


# --- step 1: structure ---------------------------------------------------------------------------

def safe_template_id(template_id: str) -> bool:
    """Whether a template's own id may be kept: a UUID as Careplan makes them, or a slug holding no identifier."""
    try:
        if str(uuid.UUID(template_id)) == template_id:
            return True  # random: it can spell nothing
    except ValueError:
        pass
    return bool(_SLUG.match(template_id)) and not identifiers_in_text(template_id.replace("-", " "))


def _kratom_defaults() -> dict[str, Any]:
    return {name: KratomModule.model_fields[name].get_default(call_default_factory=True) for name in KRATOM_PATIENT_FIELDS}


def _regenerate_ids(data: dict[str, Any]) -> dict[str, str]:
    """Give every part a fresh id (as ``careplan.domain.plan.id_places`` lists them); old id -> new."""
    renamed: dict[str, str] = {}

    def walk(node: Any, top: bool = False) -> None:
        if isinstance(node, dict):
            if not top and isinstance(node.get("id"), str):
                renamed[node["id"]] = node["id"] = short_id()
            for key, value in node.items():
                if key != "id":
                    walk(value)
        elif isinstance(node, list):
            for element in node:
                walk(element)

    walk(data, top=True)
    return renamed


def reset_structure(plan: CarePlan, info: TemplateInfo | None = None, *, template_id: str | None = None,
                    title: str | None = None, keep_ids: bool = False) -> tuple[CarePlan, tuple[str, ...]]:
    """Step 1: the template, and what was removed or reset, in words ("2 acknowledgements", ...).

    ``info`` replaces the template block (a plan has none; a template keeps its own by default).
    ``template_id`` names the template (default: a new id, or a template's own id when
    :func:`safe_template_id` accepts it). ``keep_ids`` keeps the ids of the parts (a template
    edited in the library keeps them; everything that enters the library gets fresh ones).
    """
    data = plan.model_dump(mode="python")
    cleared: list[str] = []
    if data.pop("patient", None) is not None:
        cleared.append("the patient block")
    if data["acknowledgements"]:
        n = len(data["acknowledgements"])
        cleared.append(f"{n} acknowledgement{'s' if n != 1 else ''}")
    if data["signed_off"] is not None or data["status"] != "draft":
        cleared.append("the sign-off")
    if data["revision"] != 1 or data["supersedes"] is not None:
        cleared.append("the revision history")
    now = utc_now()
    own_id = plan.id if plan.is_template and safe_template_id(plan.id) else None
    if plan.is_template and template_id is None and own_id is None:
        cleared.append(f"its id {plan.id!r} (it could spell an identifier; it has a new one)")
    template_info = info if info is not None else plan.template or TemplateInfo()
    data.update(
        format=TEMPLATE_FORMAT,
        id=template_id or own_id or new_id(),
        title=title if title is not None else plan.title,
        acknowledgements=[],
        signed_off=None,
        status="draft",
        revision=1,
        supersedes=None,
        created_at=now,
        updated_at=now,
        template=template_info.model_copy(update={"updated": template_info.updated or date.today()}).model_dump(mode="python"),
    )
    dates = 0
    for goal in data["goals"]:
        dates += goal["due"] is not None
        goal["due"] = None
    dates += data["follow_up"]["next_visit"] is not None
    data["follow_up"]["next_visit"] = None
    # Care over time belongs to this patient: their answers, their monitoring, their taper dates.
    for key, words in (("measures", "questionnaire answer"), ("monitoring", "monitoring record")):
        if n := len(data.get(key) or []):
            cleared.append(f"{n} {words}{'s' if n != 1 else ''}")
        data[key] = []
    tapers = 0
    fresh_kratom = _kratom_defaults()
    for module in data["modules"]:
        for item in module.get("items", []):
            dates += (item["start"] is not None) + (item["stop"] is not None)
            item["start"] = None
            item["stop"] = None
            tapers += item.get("taper") is not None
            if "taper" in item:
                item["taper"] = None
        if module["kind"] == "kratom":
            if any(module[name] != fresh_kratom[name] for name in KRATOM_PATIENT_FIELDS):
                cleared.append("the patient's reported kratom use")
            module.update(fresh_kratom)
    if dates:
        cleared.append(f"{dates} date{'s' if dates != 1 else ''} of this episode")
    if tapers:
        cleared.append(f"{tapers} taper{'s' if tapers != 1 else ''}")
    # The flare plan may choose the patient's own medicines, which leave with the patient block.
    planned = {item["id"] for module in data["modules"] for item in module.get("items", [])}
    data["flare_plan"]["may_take_items"] = [i for i in data["flare_plan"]["may_take_items"] if i in planned]
    template = CarePlan.model_validate(data)
    return (template if keep_ids else with_new_ids(template)), tuple(cleared)


def with_new_ids(template: CarePlan) -> CarePlan:
    """``template`` with a fresh id for every part; the flare plan's choices follow their medicines."""
    data = template.model_dump(mode="python")
    renamed = _regenerate_ids(data)
    data["flare_plan"]["may_take_items"] = [renamed.get(i, i) for i in data["flare_plan"]["may_take_items"]]
    return CarePlan.model_validate(data)


# --- step 2: free text -----------------------------------------------------------------------------

@functools.cache
def _is_code(model: type[BaseModel], name: str) -> bool:
    if name in CODE_FIELDS:
        return True
    annotation = model.model_fields[name].annotation
    stack = [annotation]
    while stack:
        current = stack.pop()
        if get_origin(current) is Literal:
            return True
        stack.extend(get_args(current))
    return False


def _text_fields(plan: CarePlan) -> Iterator[tuple[FieldPath, str, str, bool]]:
    """(path, reader's location, text, whether it is an author field) for every free-text value."""

    def walk(node: BaseModel, path: FieldPath, where: tuple[str | int, ...], author: bool) -> Iterator[tuple[FieldPath, str, str, bool]]:
        model = type(node)
        for name in model.model_fields:
            if name in _NOT_CONTENT or _is_code(model, name):
                continue
            value = getattr(node, name)
            yield from visit(value, (*path, name), (*where, name), author or name in _AUTHOR_FIELDS)

    def visit(value: object, path: FieldPath, where: tuple[str | int, ...], author: bool) -> Iterator[tuple[FieldPath, str, str, bool]]:
        if isinstance(value, str):
            if value.strip():
                yield path, location(where), value, author
        elif isinstance(value, BaseModel):
            yield from walk(value, path, where, author)
        elif isinstance(value, list):
            for index, element in enumerate(value):
                key = getattr(element, "id", None) if isinstance(element, BaseModel) else None
                yield from visit(element, (*path, key if isinstance(key, str) else index), (*where, index), author)

    yield from walk(plan, (), (), False)


def free_text_fields(plan: CarePlan) -> Iterator[tuple[FieldPath, str, str]]:
    """(path, reader's location, text) for every free-text value of the template content of ``plan``."""
    for path, where, text, _ in _text_fields(plan):
        yield path, where, text


def find_identifiers(plan: CarePlan, patient: Patient | None = None) -> list[IdentifierHit]:
    """Identifiers in the free text a template made from ``plan`` would carry.

    ``patient`` defaults to the plan's own patient; for a template (no patient) only the
    patterns that need no patient are looked for. Pure: nothing is changed.
    """
    ids = patient_ids(patient if patient is not None else plan.patient)
    patterns_only = PatientIds(frozenset(), (), "", "", None, ids.region)
    hits: list[IdentifierHit] = []
    for path, where, text, author in _text_fields(plan):
        for kind, found in find_in_text(text, patterns_only if author else ids):
            hits.append(IdentifierHit(path=path, where=where, kind=kind, found=found))
    return hits


def check_deidentified(plan: CarePlan, patient: Patient | None = None) -> None:
    """Raise IdentifiersFound when ``find_identifiers`` finds anything."""
    hits = find_identifiers(plan, patient)
    if hits:
        raise IdentifiersFound(hits)


# --- both steps: the one way in ----------------------------------------------------------------------

@dataclass(frozen=True)
class DeidentifiedTemplate:
    template: CarePlan
    cleared: tuple[str, ...]  # what step 1 removed or reset, in words, for the message that reports it

    def cleared_words(self) -> str:
        """ "; removed: the patient block, 2 acknowledgements" or ""."""
        return f"; removed: {', '.join(self.cleared)}" if self.cleared else ""


def deidentify(plan: CarePlan, info: TemplateInfo | None = None, *, patient: Patient | None = None,
               template_id: str | None = None, title: str | None = None, keep_ids: bool = False) -> DeidentifiedTemplate:
    """Both steps, saying what step 1 cleared; IdentifiersFound when free text holds an identifier.

    ``patient`` is whose identifiers to look for besides the patterns (default: the plan's own
    patient block, which step 1 removes; a template has none).
    """
    # Checked before the ids are renewed, so that each hit's path names the field as the caller has it.
    template, cleared = reset_structure(plan, info, template_id=template_id, title=title, keep_ids=True)
    check_deidentified(template, patient if patient is not None else plan.patient)
    return DeidentifiedTemplate(template if keep_ids else with_new_ids(template), cleared)


def make_template(plan: CarePlan, info: TemplateInfo | None = None, *, patient: Patient | None = None,
                  template_id: str | None = None, title: str | None = None, keep_ids: bool = False) -> CarePlan:
    """A template from a plan or a template: structure reset, free text checked (IdentifiersFound names each field).

    Every way into the library and the clinic store calls this.
    """
    return deidentify(plan, info, patient=patient, template_id=template_id, title=title, keep_ids=keep_ids).template


def file_stem(title: str) -> str:
    """An ASCII file-name stem from a (checked) template title: "Knee OA – tier 1" -> "knee-oa-tier-1".

    Belt and braces: a stem that itself reads as an identifier (a number written in another
    script, say), with its hyphens read as spaces or as nothing, is not used: "" is returned and
    the caller names the file another way.
    """
    stem = re.sub(r"[^a-z0-9]+", "-", fold(normalise(title))).strip("-")[:60].strip("-")
    if identifiers_in_text(stem.replace("-", " ")) or identifiers_in_text(stem.replace("-", "")):
        return ""
    return stem
