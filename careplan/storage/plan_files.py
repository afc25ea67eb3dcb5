"""Read, validate and atomically write plan and template files (``*.careplan.json``)."""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.codes import PLAN_FORMAT, TEMPLATE_FORMAT
from careplan.domain.errors import describe, location
from careplan.domain.plan import CarePlan, utc_now
from careplan.domain.references import catalog_problems
from careplan.storage.atomic import atomic_write_bytes, remove_stale_temp_files
from careplan.storage.errors import PlanFileError
from careplan.storage.migrations import MigrationError, migrate
from careplan.storage.os_errors import os_error_reason
from careplan.storage.targets import real_target

PLAN_SUFFIX = ".careplan.json"
# Real plans are tens of kilobytes; anything far larger is a wrong or hostile file, and
# refusing it before reading keeps the app responsive.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NESTING = 64
MAX_INT_DIGITS = 15
_SURROGATE = re.compile("[\ud800-\udfff]")


def _one_line(problems: list[str]) -> str:
    first = problems[0]
    return first if len(problems) == 1 else f"{first} (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})"


class _JsonProblem(ValueError):
    """Raised from inside the JSON decoder's hooks; its message is already one line for the reader."""


def _reject_constant(name: str) -> float:
    raise _JsonProblem(f"{name} is not a number a plan may hold")


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _JsonProblem(f"the number {text[:24]} is too large for a plan")
    return value


def _parse_int(text: str) -> int:
    # Python refuses to convert huge integers slowly (thousands of digits); no plan value has 16.
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _JsonProblem(f"the number {text[:24]}{'...' if len(text) > 24 else ''} is too large for a plan")
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object, refusing a key that appears twice (JSON would silently keep the last)."""
    obj: dict[str, Any] = {}
    for key, value in pairs:
        if key in obj:
            raise _JsonProblem(f"the field {key!r} appears twice in one object; each field may appear only once")
        obj[key] = value
    return obj


def _where(path: tuple[str | int, ...]) -> str:
    return location(path) if path else "the document"


def _check_tree(value: Any, path: tuple[str | int, ...] = ()) -> None:
    """Refuse nesting far deeper than a plan's and text that is not valid Unicode, naming where."""
    if len(path) > MAX_NESTING:
        raise PlanFileError("not a Careplan file: it is nested far deeper than any plan")
    if isinstance(value, str):
        if _SURROGATE.search(value):
            raise PlanFileError(f"{_where(path)}: contains invalid Unicode (a lone surrogate); the file is damaged")
    elif isinstance(value, dict):
        for key, item in value.items():
            if _SURROGATE.search(key):
                raise PlanFileError(f"{_where(path) + ': ' if path else ''}a field name contains invalid Unicode; the file is damaged")
            _check_tree(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_tree(item, (*path, index))


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
        data = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_float=_parse_float,
            parse_int=_parse_int,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        raise PlanFileError(f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); the file may be truncated or damaged") from None
    except _JsonProblem as exc:
        raise PlanFileError(f"not a valid plan: {exc}") from None
    except RecursionError:
        raise PlanFileError("not a Careplan file: it is nested far deeper than any plan") from None
    except ValueError as exc:
        raise PlanFileError(f"not valid plan JSON: {str(exc).splitlines()[0] if str(exc) else 'unreadable'}") from None
    if not isinstance(data, dict):
        raise PlanFileError("not a Careplan file: the top level is not a JSON object")
    _check_tree(data)
    fmt = data.get("format")
    if fmt not in (PLAN_FORMAT, TEMPLATE_FORMAT):
        if fmt is None:
            raise PlanFileError("not a Careplan file: the 'format' field is missing")
        raise PlanFileError(f"not a Careplan file: 'format' is {str(fmt)[:40]!r}, expected 'careplan' or 'careplan-template'")
    return data


def parse_document(data: dict[str, Any], catalog: CatalogIndex | None = None) -> CarePlan:
    """A decoded document -> a validated CarePlan; all problems are gathered before raising.

    Validation is strict, as JSON: a number must be a JSON number (not ``true`` or ``"400"``),
    a date an ISO string (not a number of seconds). The document is re-encoded for that, since
    pydantic's strict mode reads ISO dates only from JSON text.
    """
    try:
        data = migrate(data)
    except MigrationError as exc:
        raise PlanFileError(str(exc)) from None
    try:
        plan = CarePlan.model_validate_json(json.dumps(data), strict=True)
    except ValidationError as exc:
        problems = describe(exc)
        raise PlanFileError(_one_line(problems), problems) from None
    problems = catalog_problems(plan, catalog or load_catalog())
    if problems:
        raise PlanFileError(_one_line(problems), problems)
    return plan


def read_bytes_limited(path: Path, *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; pipes, devices and folders are refused.

    The file is opened without blocking and checked on the open handle, so a FIFO cannot stall
    the read and a swap between check and open cannot slip one in.
    """
    path = Path(path)
    if path.is_dir():
        raise PlanFileError("it is a folder, not a plan file")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise PlanFileError("no such file") from None
    except OSError as exc:
        raise PlanFileError(f"cannot read it: {os_error_reason(exc)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise PlanFileError("it is a folder, not a plan file")
        if not stat.S_ISREG(info.st_mode):
            raise PlanFileError("it is not a regular file (a pipe, socket or device); give a plan file")
        if info.st_size > limit:
            raise PlanFileError(
                f"the file is too large ({info.st_size / 1_048_576:.1f} MB); at most {_size(limit)}"
            )
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise PlanFileError(f"cannot read it: {os_error_reason(exc)}") from None
    finally:
        os.close(fd)
    if total > limit:
        raise PlanFileError(f"the file is too large; at most {_size(limit)}")
    return b"".join(chunks)


def _size(limit: int) -> str:
    return f"{limit // 1_048_576} MB" if limit >= 1_048_576 else f"{limit // 1024} KB"


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
    """Write ``plan`` atomically (owner-only, previous version kept as ``.bak``); return what was written.

    Only what can be read back is written: the bytes are parsed again as a file would be (strict
    types, every limit, the size cap) first, and PlanFileError says why not. A symbolic link is
    followed to its file; a read-only file, a pipe or a device is refused (``targets.TargetRefused``).
    """
    if touch:
        plan = plan.model_copy(update={"updated_at": utc_now()})
    target = real_target(Path(path))
    data = plan_to_json(plan).encode("utf-8")
    readable_back(data)
    # Leftovers of an earlier interrupted save of this file hold a whole plan: remove them.
    remove_stale_temp_files(target.parent, target.name)
    atomic_write_bytes(target, data, keep_backup=keep_backup)
    return plan


def readable_back(data: bytes) -> None:
    """PlanFileError unless ``data`` would load again: within the size cap, and valid as the file it would be."""
    if len(data) > MAX_FILE_BYTES:
        raise PlanFileError(f"not saved: the file would be {len(data) / 1_048_576:.1f} MB, over the "
                            f"{MAX_FILE_BYTES // 1_048_576} MB a plan file may have")
    try:
        CarePlan.model_validate_json(data, strict=True)
    except ValidationError as exc:
        problems = describe(exc)
        raise PlanFileError(f"not saved: it would not open again: {_one_line(problems)}", problems) from None
