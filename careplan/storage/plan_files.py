"""Read, validate and atomically write plan and template files (``*.careplan.json``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.codes import PLAN_FORMAT, TEMPLATE_FORMAT
from careplan.domain.errors import describe
from careplan.domain.plan import CarePlan, utc_now
from careplan.domain.references import catalog_problems
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.migrations import MigrationError, migrate

PLAN_SUFFIX = ".careplan.json"
# Real plans are tens of kilobytes; anything far larger is a wrong or hostile file, and
# refusing it before reading keeps the app responsive.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NESTING = 64


def _one_line(problems: list[str]) -> str:
    first = problems[0]
    return first if len(problems) == 1 else f"{first} (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a plan may hold")


def _nesting(value: Any, depth: int = 0) -> int:
    if depth > MAX_NESTING:
        return depth
    if isinstance(value, dict):
        return max((_nesting(v, depth + 1) for v in value.values()), default=depth + 1)
    if isinstance(value, list):
        return max((_nesting(v, depth + 1) for v in value), default=depth + 1)
    return depth


def decode_document(raw: bytes) -> dict[str, Any]:
    """Bytes -> a JSON object, or PlanFileError with a one-line reason."""
    if not raw.strip():
        raise PlanFileError("the file is empty")
    if b"\x00" in raw[:4096]:
        raise PlanFileError("not a Careplan file: it is binary, not JSON text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanFileError("not a Careplan file: it is not UTF-8 text") from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise PlanFileError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); the file may be truncated or damaged") from None
    except (ValueError, RecursionError) as exc:
        raise PlanFileError(f"not valid plan JSON: {exc}") from None
    if not isinstance(data, dict):
        raise PlanFileError("not a Careplan file: the top level is not a JSON object")
    if _nesting(data) > MAX_NESTING:
        raise PlanFileError("not a Careplan file: it is nested far deeper than any plan")
    fmt = data.get("format")
    if fmt not in (PLAN_FORMAT, TEMPLATE_FORMAT):
        if fmt is None:
            raise PlanFileError("not a Careplan file: the 'format' field is missing")
        raise PlanFileError(f"not a Careplan file: 'format' is {fmt!r}, expected 'careplan' or 'careplan-template'")
    return data


def parse_document(data: dict[str, Any], catalog: CatalogIndex | None = None) -> CarePlan:
    """A decoded document -> a validated CarePlan; all problems are gathered before raising."""
    try:
        data = migrate(data)
    except MigrationError as exc:
        raise PlanFileError(str(exc)) from None
    try:
        plan = CarePlan.model_validate(data)
    except ValidationError as exc:
        problems = describe(exc)
        raise PlanFileError(_one_line(problems), problems) from None
    problems = catalog_problems(plan, catalog or load_catalog())
    if problems:
        raise PlanFileError(_one_line(problems), problems)
    return plan


def read_bytes_limited(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise PlanFileError(f"no such file: {path}") from None
    except OSError as exc:
        raise PlanFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    if path.is_dir():
        raise PlanFileError(f"{path} is a folder, not a plan file")
    if size > MAX_FILE_BYTES:
        raise PlanFileError(
            f"the file is too large ({size / 1_048_576:.1f} MB); a plan file is at most {MAX_FILE_BYTES // 1_048_576} MB"
        )
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise PlanFileError(f"cannot read {path}: {exc.strerror or exc}") from None


def load_plan(path: Path, catalog: CatalogIndex | None = None) -> CarePlan:
    """Load a plan or template file; any problem raises PlanFileError with a one-line reason."""
    return parse_document(decode_document(read_bytes_limited(path)), catalog)


def to_document(plan: CarePlan) -> dict[str, Any]:
    """The JSON-ready document; a template has no patient block at all, a plan no template block."""
    data = plan.model_dump(mode="json")
    if plan.patient is None:
        data.pop("patient", None)
    if plan.template is None:
        data.pop("template", None)
    return data


def plan_to_json(plan: CarePlan) -> str:
    return json.dumps(to_document(plan), indent=2, ensure_ascii=False) + "\n"


def save_plan(plan: CarePlan, path: Path, *, touch: bool = True, keep_backup: bool = True) -> CarePlan:
    """Write ``plan`` atomically (owner-only, previous version kept as ``.bak``); return what was written."""
    if touch:
        plan = plan.model_copy(update={"updated_at": utc_now()})
    atomic_write_bytes(Path(path), plan_to_json(plan).encode("utf-8"), keep_backup=keep_backup)
    return plan
