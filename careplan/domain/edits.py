"""Pure edit operations on a care plan: each takes a plan and returns a new, validated plan."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails

from careplan.domain.codes import MODULE_KINDS
from careplan.domain.errors import describe
from careplan.domain.lifecycle import PlanIsFinal, ensure_editable
from careplan.domain.plan import (
    Acknowledgement,
    CarePlan,
    KratomModule,
    Module,
    utc_now,
)

# A path names one value inside a plan: attribute names, and for list elements the element's
# ``id`` (stable under reordering, unlike an index) or, for lists of plain values, an int index.
PathPart = str | int
FieldPath = tuple[PathPart, ...]

_MODULE_ADAPTER: TypeAdapter[Module] = TypeAdapter(Module)


class EditRejected(ValueError):
    """The edit would make the plan invalid; the message says why, in words for a clinician.

    ``errors`` keeps pydantic's structured errors (type, location, limits) when validation
    refused the edit, so that a GUI can word its own message for the field being edited.
    """

    def __init__(self, message: str, errors: Sequence[ErrorDetails] = ()) -> None:
        super().__init__(message)
        self.errors: tuple[ErrorDetails, ...] = tuple(errors)


class FinalPlanEdit(EditRejected, PlanIsFinal):
    """An edit of a signed-off plan: refused; the plan is changed only by revising it."""


def _editable(plan: CarePlan) -> None:
    try:
        ensure_editable(plan)
    except PlanIsFinal as exc:
        raise FinalPlanEdit(str(exc)) from None


def _validated(data: dict[str, Any]) -> CarePlan:
    try:
        return CarePlan.model_validate(data)
    except ValidationError as exc:
        raise EditRejected("; ".join(describe(exc)), exc.errors(include_url=False)) from None


def _index_in(items: Sequence[Any], part: PathPart) -> int:
    if isinstance(part, int):
        if not 0 <= part < len(items):
            raise KeyError(part)
        return part
    for i, element in enumerate(items):
        element_id = element.get("id") if isinstance(element, dict) else getattr(element, "id", None)
        if element_id == part:
            return i
    raise KeyError(part)


def get_field(plan: CarePlan, path: FieldPath) -> Any:
    """The value at ``path`` (KeyError when the path names nothing in this plan)."""
    node: Any = plan
    for part in path:
        if isinstance(node, list):
            node = node[_index_in(node, part)]
        elif isinstance(node, BaseModel) and isinstance(part, str) and part in type(node).model_fields:
            node = getattr(node, part)
        else:
            raise KeyError(part)
    return node


def has_field(plan: CarePlan, path: FieldPath) -> bool:
    try:
        get_field(plan, path)
    except KeyError:
        return False
    return True


def _container(data: Any, path: FieldPath) -> Any:
    node = data
    for part in path:
        if isinstance(node, list):
            node = node[_index_in(node, part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(part)
    return node


def _dump(plan: CarePlan) -> dict[str, Any]:
    # Python mode keeps dates and datetimes as objects, so validation round-trips them exactly.
    return plan.model_dump(mode="python")


def _set_in(data: dict[str, Any], path: FieldPath, value: Any) -> None:
    if not path:
        raise KeyError("empty path")
    parent = _container(data, path[:-1])
    last = path[-1]
    if isinstance(parent, list):
        parent[_index_in(parent, last)] = value
    elif isinstance(parent, dict) and last in parent:
        parent[last] = value
    else:
        raise KeyError(last)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="python")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def set_field(plan: CarePlan, path: FieldPath, value: Any) -> CarePlan:
    """Return ``plan`` with the value at ``path`` replaced; raise EditRejected if it is not valid."""
    return set_fields(plan, {path: value})


def set_fields(plan: CarePlan, changes: dict[FieldPath, Any]) -> CarePlan:
    """Several values at once (e.g. switching a medicine to as-needed sets its daily cap too).

    Every edit operation here refuses a signed-off plan (``FinalPlanEdit``): it is changed only
    by revising it (:mod:`careplan.domain.lifecycle`).
    """
    _editable(plan)
    data = _dump(plan)
    for path, value in changes.items():
        _set_in(data, path, _plain(value))
    return _validated(data)


def new_module(kind: str, *, accepted_by: str = "", accepted_at: datetime | None = None) -> Module:
    """An empty module of ``kind``; a kratom module is only created with its cautions accepted."""
    if kind not in MODULE_KINDS:
        raise EditRejected(f"unknown module kind {kind!r}")
    data: dict[str, Any] = {"kind": kind}
    if kind == "kratom":
        data.update(cautions_accepted=True, cautions_accepted_by=accepted_by, cautions_accepted_at=accepted_at or utc_now())
    return _MODULE_ADAPTER.validate_python(data)


def add_module(plan: CarePlan, module: Module, index: int | None = None) -> CarePlan:
    """Insert ``module`` at ``index`` (the end by default). A plan holds at most one kratom module."""
    _editable(plan)
    if isinstance(module, KratomModule) and plan.kratom_module() is not None:
        raise EditRejected("this plan already has a kratom module")
    modules = list(plan.modules)
    at = len(modules) if index is None else max(0, min(index, len(modules)))
    modules.insert(at, module)
    return plan.model_copy(update={"modules": modules})


def remove_module(plan: CarePlan, module_id: str) -> CarePlan:
    _editable(plan)
    modules = list(plan.modules)
    del modules[_index_in(modules, module_id)]
    return plan.model_copy(update={"modules": modules})


def move_module(plan: CarePlan, module_id: str, index: int) -> CarePlan:
    """Move a module so that it ends up at ``index`` in the new order (clamped to the list)."""
    _editable(plan)
    modules = list(plan.modules)
    module = modules.pop(_index_in(modules, module_id))
    modules.insert(max(0, min(index, len(modules))), module)
    return plan.model_copy(update={"modules": modules})


def module_index(plan: CarePlan, module_id: str) -> int:
    return _index_in(plan.modules, module_id)


def add_item(plan: CarePlan, list_path: FieldPath, item: BaseModel | str, index: int | None = None) -> CarePlan:
    """Append (or insert) an element to the list at ``list_path``: a medicine, goal, exercise..."""
    _editable(plan)
    data = _dump(plan)
    target = _container(data, list_path)
    if not isinstance(target, list):
        raise KeyError(list_path)
    target.insert(len(target) if index is None else index, _plain(item))
    return _validated(data)


def remove_item(plan: CarePlan, list_path: FieldPath, item: PathPart) -> CarePlan:
    _editable(plan)
    data = _dump(plan)
    target = _container(data, list_path)
    if not isinstance(target, list):
        raise KeyError(list_path)
    del target[_index_in(target, item)]
    return _validated(data)


def acknowledge(plan: CarePlan, ack: Acknowledgement) -> CarePlan:
    """Record an acknowledgement, replacing an earlier one for the same rule and items."""
    _editable(plan)
    kept = [a for a in plan.acknowledgements if not (a.rule == ack.rule and a.items == ack.items)]
    return plan.model_copy(update={"acknowledgements": [*kept, ack]})


def withdraw_acknowledgement(plan: CarePlan, rule: str, items: Sequence[str]) -> CarePlan:
    _editable(plan)
    kept = [a for a in plan.acknowledgements if not (a.rule == rule and a.items == list(items))]
    return plan.model_copy(update={"acknowledgements": kept})


def find_owner(plan: CarePlan, item_id: str) -> FieldPath | None:
    """Where an item id lives: a module (``("modules", id)``) or a patient's current medicine."""
    for module in plan.modules:
        if module.id == item_id:
            return ("modules", module.id)
        for list_name in ("items", "exercises", "targets"):
            for element in getattr(module, list_name, []):
                if element.id == item_id:
                    return ("modules", module.id, list_name, element.id)
    for med in plan.patient_or_empty.current_medications:
        if med.id == item_id:
            return ("patient", "current_medications", med.id)
    return None
