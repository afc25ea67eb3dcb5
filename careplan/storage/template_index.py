"""A cached index of template files, so the library is listed without parsing every file each time.

Listing 1,000 templates by parsing each one took about a third of a second every time the picker
opened. The index keeps, per file, what the picker lists (id, title, description, tags, tier) or
why the file could not be read, together with the file's modification time and size; a file is
parsed again only when either changes. It is only a cache: it lives in the user data folder,
holds no patient data (templates carry none), and is rebuilt when it is missing, unreadable or was
written by another version of Careplan. Choosing a template always parses its file afresh.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from careplan import __version__
from careplan.domain.deidentify import IdentifiersFound, make_template
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan

INDEX_NAME = "template-index.json"
INDEX_FORMAT = "careplan-template-index"
# 2: entries are checked for identifiers (issue 24); older indexes are rebuilt.
INDEX_VERSION = 2


@dataclass(frozen=True)
class TemplateSummary:
    """What the library lists about one template file."""

    id: str
    title: str
    description: str
    tags: tuple[str, ...]
    tier: int


def summarise(path: Path) -> TemplateSummary | str:
    """Parse ``path``: its summary, or a one-line reason it is not a usable template."""
    try:
        plan = load_plan(path)
    except PlanFileError as exc:
        return str(exc)
    if not plan.is_template or plan.template is None:
        return "not a template"
    # Listed only when it passes the one de-identification path (the library hands it out through it).
    try:
        make_template(plan, template_id=plan.id, keep_ids=True)
    except IdentifiersFound as exc:
        return f"refused: {exc}"
    info = plan.template
    return TemplateSummary(id=plan.id, title=plan.title, description=info.description, tags=tuple(info.tags),
                           tier=info.tier)


class TemplateIndex:
    """Summaries of template files keyed by path, valid while a file's mtime and size are unchanged.

    Thread-safe: the GUI warms it on a worker thread, and the picker reads it on the GUI thread.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.parsed = 0  # files parsed through this index (tests count it)
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, Any]] | None = None
        # The same summaries as objects, so a warm listing only stats the files.
        self._objects: dict[str, tuple[int, int, TemplateSummary | str]] = {}
        self._seen: set[str] = set()
        self._dirty = False

    def _read(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # missing or damaged: rebuilt from the files
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT or data.get("version") != INDEX_VERSION \
                or data.get("careplan") != __version__ or not isinstance(data.get("files"), dict):
            return {}  # another Careplan may validate templates differently: parse again
        return {k: v for k, v in data["files"].items() if isinstance(v, dict)}

    def scan(self, paths: list[Path]) -> list[tuple[Path, TemplateSummary | str]]:
        """Each path's summary (or problem), parsing only new or changed files; saves the index."""
        with self._lock:
            if self._records is None:
                self._records = self._read()
            self._seen = set()
            found = [(path, self._summary(path)) for path in paths]
            # Forget files that are gone (or no longer in the scanned folders).
            for key in set(self._records) - self._seen:
                del self._records[key]
                self._objects.pop(key, None)
                self._dirty = True
            self._save()
            return found

    def _summary(self, path: Path) -> TemplateSummary | str:
        assert self._records is not None
        key = str(path.absolute())
        self._seen.add(key)
        try:
            stat = path.stat()
        except OSError as exc:
            return f"cannot be read ({exc.strerror or exc})"
        known = self._objects.get(key)
        if known is not None and known[0] == stat.st_mtime_ns and known[1] == stat.st_size and key in self._records:
            return known[2]
        record = self._records.get(key)
        if record is not None and record.get("mtime_ns") == stat.st_mtime_ns and record.get("size") == stat.st_size:
            cached = _from_record(record)
            if cached is not None:
                self._objects[key] = (stat.st_mtime_ns, stat.st_size, cached)
                return cached
        self.parsed += 1
        result = summarise(path)
        entry: dict[str, Any] = {"mtime_ns": stat.st_mtime_ns, "size": stat.st_size}
        if isinstance(result, str):
            entry["problem"] = result
        else:
            entry["summary"] = {**asdict(result), "tags": list(result.tags)}
        self._records[key] = entry
        self._objects[key] = (stat.st_mtime_ns, stat.st_size, result)
        self._dirty = True
        return result

    def _save(self) -> None:
        if not self._dirty or self.path is None or self._records is None:
            return
        data = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "careplan": __version__, "files": self._records}
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs time
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_bytes(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"), keep_backup=False)
            self._dirty = False


def _from_record(record: dict[str, Any]) -> TemplateSummary | str | None:
    if isinstance(record.get("problem"), str):
        return str(record["problem"])
    raw = record.get("summary")
    if not isinstance(raw, dict):
        return None
    try:
        return TemplateSummary(id=str(raw["id"]), title=str(raw["title"]), description=str(raw["description"]),
                               tags=tuple(str(t) for t in raw["tags"]), tier=int(raw["tier"]))
    except (KeyError, TypeError, ValueError):
        return None  # a damaged record: parse the file again


_SHARED: dict[str, TemplateIndex] = {}
_SHARED_LOCK = threading.Lock()


def shared_index(path: Path | None = None) -> TemplateIndex:
    """The one index per file in this process (the user data folder's unless ``path`` is given)."""
    if path is None:
        from careplan.storage.paths import data_dir

        path = data_dir() / INDEX_NAME
    key = os.fspath(path.absolute())
    with _SHARED_LOCK:
        index = _SHARED.get(key)
        if index is None:
            index = _SHARED[key] = TemplateIndex(path)
        return index
