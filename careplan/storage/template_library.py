"""A clinic's template library: built-in, personal and shared-clinic templates, searched and managed.

- **Search** by title, tag and content (goals, medicines, exercises, practices, flare plan), accents
  and case ignored; every word of the query must match; title matches first.
- **Duplicate, rename, delete** return a :class:`FileChange` that the caller applies, and can
  revert: the GUI puts them on its undo stack. Built-in templates are read-only.
- **Import / export** for sharing: an imported file is validated and refused, naming the field,
  when it carries a patient block or a patient identifier (the de-identification check of
  :mod:`careplan.domain.deidentify`, never a copy of it).
- **Saving a shared template** never loses a version: the file's content hash at load is compared
  at save; when a colleague saved in between, this version is saved beside it as
  "<title> (conflict, <name>, <time>)" and the caller is told.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from careplan.domain.catalog import CatalogIndex, load_catalog
from careplan.domain.deidentify import KIND_WORDS, IdentifierHit, find_identifiers, fold
from careplan.domain.plan import CarePlan, Patient, new_id, utc_now
from careplan.domain.plan_diff import goal_words, medicine_words, module_words
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.errors import PlanFileError
from careplan.storage.paths import same_file
from careplan.storage.plan_files import (
    PLAN_SUFFIX,
    decode_document,
    load_plan,
    parse_document,
    plan_to_json,
    read_bytes_limited,
)
from careplan.storage.template_index import TemplateIndex, shared_index
from careplan.storage.templates import TemplateEntry, TemplateLibrary, template_file_name

Source = Literal["built-in", "personal", "shared"]
Where = Literal["title", "tag", "description", "content"]
# Shared-folder files must be readable (and updatable) by colleagues; templates hold no patient data.
SHARED_MODE = 0o664
PERSONAL_MODE = 0o600
LOCK_NAME = ".careplan-library.lock"
LOCK_STALE_SECONDS = 30.0


class LibraryError(ValueError):
    """A library operation that cannot be done; the message is one line for the clinician."""


@dataclass(frozen=True)
class FileStamp:
    """What a file held when it was read: its content hash (and, for messages, size and time)."""

    sha256: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileStamp | None:
        try:
            data = path.read_bytes()
            info = path.stat()
        except FileNotFoundError:
            return None
        return cls(hashlib.sha256(data).hexdigest(), len(data), info.st_mtime_ns)


@dataclass(frozen=True)
class LibraryItem:
    entry: TemplateEntry
    template: CarePlan
    source: Source
    stamp: FileStamp | None

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def title(self) -> str:
        return self.entry.title

    @property
    def path(self) -> Path:
        return self.entry.path

    @property
    def read_only(self) -> bool:
        return self.source == "built-in"


@dataclass(frozen=True)
class SearchHit:
    item: LibraryItem
    matched_in: Where


@dataclass
class FileChange:
    """One reversible change to one file: ``before`` and ``after`` are its bytes (None: no file)."""

    path: Path
    before: bytes | None
    after: bytes | None
    description: str
    mode: int = PERSONAL_MODE

    def apply(self) -> None:
        self._move(self.before, self.after)

    def revert(self) -> None:
        self._move(self.after, self.before)

    def _move(self, expected: bytes | None, target: bytes | None) -> None:
        current = self.path.read_bytes() if self.path.exists() else None
        if current != expected:
            raise LibraryError(f"{self.path.name} was changed by someone else in the meantime; nothing was changed")
        if target is None:
            self.path.unlink()
        else:
            atomic_write_bytes(self.path, target, keep_backup=False, mode=self.mode)


@dataclass(frozen=True)
class SaveResult:
    path: Path
    conflict: bool
    message: str


def template_search_text(template: CarePlan, catalog: CatalogIndex) -> str:
    """Everything a clinician may search a template by, folded (no accents, lower case)."""
    parts = [template.title, *template.pain.sites, *template.pain.causes]
    parts += [goal_words(g) for g in template.goals]
    parts += [medicine_words(i, catalog) for i in template.medication_items()]
    parts += [module_words(m, catalog) for m in template.modules]
    parts += [*(s.text for s in template.flare_plan.steps), template.flare_plan.call_if, *template.follow_up.monitoring, template.notes]
    return fold(" \n ".join(parts))


def identifier_message(hits: list[IdentifierHit], what: str) -> str:
    named = list(dict.fromkeys(f"{h.where} ({KIND_WORDS[h.kind]})" for h in hits))
    fields = "; ".join(named[:6])
    more = f"; and {len(named) - 6} more" if len(named) > 6 else ""
    return f"refused: {what} carries patient identifiers: {fields}{more}. Templates carry none: edit those fields first"


@contextlib.contextmanager
def folder_lock(folder: Path, timeout: float = 10.0) -> Iterator[None]:
    """Serialise saves into one (shared) folder across processes and machines: an exclusive lock file."""
    lock = folder / LOCK_NAME
    deadline = time.monotonic() + timeout
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o664)
            break
        except FileExistsError:
            with contextlib.suppress(OSError):
                if time.time() - lock.stat().st_mtime > LOCK_STALE_SECONDS:
                    lock.unlink()  # left by a save that died; no save takes this long
                    continue
            if time.monotonic() > deadline:
                raise LibraryError(f"the templates folder {folder} is busy (another save is in progress); try again") from None
            time.sleep(0.05)
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.close(fd)
        yield
    finally:
        with contextlib.suppress(OSError):
            lock.unlink()


def _name_part(text: str) -> str:
    # The title keeps the name as written; the file name is made from the title (ASCII, see template_file_name).
    return " ".join(re.sub(r"[()\[\]{}<>]", "", text).split())[:40] or "someone"


def bump_version(version: str) -> str:
    """ "3" -> "4"; "1.2" -> "1.3"; anything else gets ".1" added."""
    head, dot, last = version.rpartition(".")
    if last.isdigit():
        return f"{head}{dot}{int(last) + 1}"
    return f"{version}.1" if version else "2"


class ClinicLibrary:
    """Built-in, personal and (optionally) shared-clinic templates, and what can be done with them."""

    def __init__(self, personal: Path, shared: Path | None = None, *, include_builtin: bool = True,
                 catalog: CatalogIndex | None = None, index: TemplateIndex | None = None) -> None:
        self.personal = Path(personal)
        self.shared = Path(shared) if shared is not None else None
        folders = [self.personal] + ([self.shared] if self.shared is not None else [])
        self.library = TemplateLibrary(folders, include_builtin=include_builtin, index=index)
        self.catalog = catalog or load_catalog()
        self._text: dict[tuple[str, str], str] = {}
        self._plans: dict[Path, tuple[str, CarePlan]] = {}

    @property
    def problems(self) -> list[str]:
        return self.library.problems

    def _source(self, entry: TemplateEntry) -> Source:
        if entry.builtin:
            return "built-in"
        if self.shared is not None and entry.path.parent.resolve() == self.shared.resolve():
            return "shared"
        return "personal"

    def items(self) -> list[LibraryItem]:
        """Every template with its content; a file unchanged since the last call is not parsed again."""
        found: list[LibraryItem] = []
        for entry in self.library.entries():
            stamp = FileStamp.of(entry.path)
            cached = self._plans.get(entry.path)
            if cached is not None and stamp is not None and cached[0] == stamp.sha256:
                template = cached[1]
            else:
                try:
                    template = load_plan(entry.path, self.catalog)
                except PlanFileError as exc:  # changed or removed since it was listed
                    self.library.problems.append(f"{entry.path.name}: {exc}")
                    continue
                if stamp is not None:
                    self._plans[entry.path] = (stamp.sha256, template)
            found.append(LibraryItem(entry, template, self._source(entry), stamp))
        return found

    def find(self, template_id: str) -> LibraryItem:
        items = self.items()
        for item in items:
            if item.id == template_id:
                return item
        raise LibraryError(f"no template with id {template_id!r} (see 'careplan templates list')")

    # ---- search --------------------------------------------------------------------------------

    def search(self, query: str, items: list[LibraryItem] | None = None) -> list[SearchHit]:
        """Templates matching every word of ``query``, title matches first, then tags, description, content."""
        words = fold(query).split()
        pool = items if items is not None else self.items()
        if not words:
            return [SearchHit(item, "title") for item in pool]
        order = {"title": 0, "tag": 1, "description": 2, "content": 3}
        hits: list[SearchHit] = []
        for item in pool:
            info = item.template.template
            fields: list[tuple[Where, str]] = [
                ("title", fold(item.title)),
                ("tag", fold(" ".join(info.tags) if info else "")),
                ("description", fold(info.description if info else "")),
                ("content", self._content(item)),
            ]
            everything = " ".join(text for _, text in fields)
            if not all(word in everything for word in words):
                continue
            where: Where = next((name for name, text in fields if all(word in text for word in words)), "content")
            hits.append(SearchHit(item, where))
        hits.sort(key=lambda h: (order[h.matched_in], fold(h.item.title)))
        return hits

    def _content(self, item: LibraryItem) -> str:
        key = (item.id, item.stamp.sha256 if item.stamp else "")
        if key not in self._text:
            self._text[key] = template_search_text(item.template, self.catalog)
        return self._text[key]

    # ---- duplicate, rename, delete (each reversible) --------------------------------------------

    def _writable(self, item: LibraryItem, verb: str) -> None:
        if item.read_only:
            raise LibraryError(f"'{item.title}' is a built-in template and cannot be {verb}; duplicate it to make your own")

    def _mode(self, path: Path) -> int:
        return SHARED_MODE if self.shared is not None and path.parent.resolve() == self.shared.resolve() else PERSONAL_MODE

    def _free_path(self, folder: Path, template: CarePlan) -> Path:
        name = template_file_name(template)
        path = folder / name
        n = 2
        while path.exists():
            path = folder / f"{name.removesuffix(PLAN_SUFFIX)}-{n}{PLAN_SUFFIX}"
            n += 1
        return path

    def duplicate(self, item: LibraryItem, title: str | None = None) -> FileChange:
        """A copy in the personal folder, with a new id and "(copy)" in its title."""
        info = item.template.template
        copy = item.template.model_copy(deep=True, update={
            "id": new_id(), "title": title or f"{item.title} (copy)", "created_at": utc_now(), "updated_at": utc_now(),
            "template": info.model_copy(update={"updated": date.today()}) if info else None})
        self.personal.mkdir(parents=True, exist_ok=True)
        path = self._free_path(self.personal, copy)
        return FileChange(path, None, plan_to_json(copy).encode("utf-8"), f"Duplicate '{item.title}'", PERSONAL_MODE)

    def rename(self, item: LibraryItem, title: str) -> FileChange:
        self._writable(item, "renamed")
        title = " ".join(title.split())
        if not title:
            raise LibraryError("a template needs a title")
        info = item.template.template
        renamed = item.template.model_copy(update={
            "title": title, "updated_at": utc_now(),
            "template": info.model_copy(update={"updated": date.today()}) if info else None})
        before = item.path.read_bytes()
        return FileChange(item.path, before, plan_to_json(renamed).encode("utf-8"),
                          f"Rename '{item.title}' to '{title}'", self._mode(item.path))

    def delete(self, item: LibraryItem) -> FileChange:
        self._writable(item, "deleted")
        return FileChange(item.path, item.path.read_bytes(), None, f"Delete '{item.title}'", self._mode(item.path))

    # ---- saving a (shared) template without losing a colleague's version -------------------------

    def save(self, item: LibraryItem, template: CarePlan, *, by: str, now: datetime | None = None) -> SaveResult:
        """Save an edited template over ``item``'s file, unless someone changed that file since it was read.

        Then this version goes beside it, as "<title> (conflict, <by>, <time>)" with its own id,
        and the result says so: neither version is lost.
        """
        self._writable(item, "changed")
        info = template.template
        moment = (now or utc_now()).replace(microsecond=0)
        saved = template.model_copy(update={
            "updated_at": moment,
            "template": info.model_copy(update={"version": bump_version(info.version), "updated": moment.date()}) if info else None})
        folder = item.path.parent
        mode = self._mode(item.path)
        with folder_lock(folder):
            if FileStamp.of(item.path) == item.stamp:
                atomic_write_bytes(item.path, plan_to_json(saved).encode("utf-8"), keep_backup=True, mode=mode)
                return SaveResult(item.path, False, f"Saved '{saved.title}' (version {saved.template.version if saved.template else '?'})")
            who, when = _name_part(by), moment.strftime("%Y-%m-%d %H%M")
            conflict = saved.model_copy(update={"id": new_id(), "title": f"{saved.title} (conflict, {who}, {when})"})
            path = self._free_path(folder, conflict)
            with open(path, "xb") as handle:  # never over anything
                handle.write(plan_to_json(conflict).encode("utf-8"))
            with contextlib.suppress(OSError):
                path.chmod(mode)
        return SaveResult(path, True, (
            f"'{item.title}' was changed by someone else after you opened it; their version is kept, and yours "
            f"was saved beside it as '{conflict.title}' ({path.name})"))

    # ---- sharing -----------------------------------------------------------------------------------

    def read_shareable(self, path: Path) -> CarePlan:
        """A template file someone sent, validated and de-identified, or LibraryError naming the fields."""
        try:
            data = decode_document(read_bytes_limited(path))
        except PlanFileError as exc:
            raise LibraryError(f"{path.name}: {exc}") from None
        patient_block = data.get("patient")
        if patient_block is not None or data.get("format") == "careplan":
            raise LibraryError(self._patient_block_message(path, data, patient_block))
        try:
            template = parse_document(data, self.catalog)
        except PlanFileError as exc:
            raise LibraryError(f"{path.name}: not a valid template: {exc}") from None
        hits = find_identifiers(template)
        if hits:
            raise LibraryError(identifier_message(hits, path.name))
        return template

    def _patient_block_message(self, path: Path, data: dict[str, Any], block: Any) -> str:
        fields: list[str] = []
        if isinstance(block, dict):
            fields = [f"patient.{k}" for k in ("name", "record_number", "date_of_birth") if block.get(k)]
            rest = {k: v for k, v in data.items() if k != "patient"}
            try:
                patient = Patient.model_validate({k: block[k] for k in ("name", "record_number", "date_of_birth") if k in block})
                rest["format"] = "careplan-template"
                content = parse_document(rest, self.catalog)
                fields += list(dict.fromkeys(f"{h.where} ({KIND_WORDS[h.kind]})" for h in find_identifiers(content, patient)))
            except (PlanFileError, ValueError):
                pass  # the block itself is reason enough
        what = "a plan with a patient block" if data.get("format") == "careplan" else "a patient block"
        named = f": {'; '.join(fields)}" if fields else " (patient)"
        return (f"refused: {path.name} carries {what}{named}. A template carries no patient: "
                "make one from the plan with Save as template")

    def import_file(self, path: Path, *, replace: bool = False) -> tuple[FileChange, str]:
        """Bring a shared template file into the personal folder (a change to apply), and what happened."""
        template = self.read_shareable(path)
        existing = {item.id: item for item in self.items()}
        note = ""
        clash = existing.get(template.id)
        if clash is not None and (clash.source != "personal" or not replace):
            if clash.source == "personal":
                raise LibraryError(f"your library already has '{clash.title}' (id {template.id}); "
                                   "use --replace to replace it (the old file is kept as .bak)")
            template = template.model_copy(update={"id": new_id()})
            note = f" as a copy (id {template.id}): the id is already used by the {clash.source} template '{clash.title}'"
        data = plan_to_json(template).encode("utf-8")
        self.personal.mkdir(parents=True, exist_ok=True)
        if clash is not None and clash.source == "personal" and replace:
            change = FileChange(clash.path, clash.path.read_bytes(), data, f"Import '{template.title}'", PERSONAL_MODE)
        else:
            change = FileChange(self._free_path(self.personal, template), None, data, f"Import '{template.title}'", PERSONAL_MODE)
        return change, f"Imported '{template.title}' into your templates ({change.path}){note}"

    def export(self, template_id: str, out: Path, *, force: bool = False) -> Path:
        """Write one template to ``out`` for sharing (checked again for identifiers: files get hand-edited)."""
        item = self.find(template_id)
        if same_file(out, item.path):
            raise LibraryError(f"{out} is the template's own file; choose another file name")
        if out.exists() and not force:
            raise LibraryError(f"{out} already exists; use --force to replace it")
        hits = find_identifiers(item.template)
        if hits:
            raise LibraryError(identifier_message(hits, f"template '{item.title}'"))
        atomic_write_bytes(out, item.path.read_bytes(), keep_backup=False)
        return out


def default_clinic_library() -> ClinicLibrary:
    """The library the app and the command line use: built-in, the personal folder, the shared folder if set."""
    from careplan.storage.paths import ensure_private_dir, personal_templates_dir, preferences_path
    from careplan.storage.preferences import load_preferences

    prefs = load_preferences(preferences_path())
    personal = prefs.personal_templates_dir or personal_templates_dir()
    if prefs.personal_templates_dir is None:
        ensure_private_dir(personal)
    return ClinicLibrary(personal, prefs.shared_templates_dir, index=shared_index())
