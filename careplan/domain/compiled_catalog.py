"""The validated catalog and handout facts, kept between processes so that a fresh process need
not validate ~1.2 MB of JSON again (issue 25: the export's fixed cost per process).

The first process validates the bundled files as always, then hands a compiled copy (a pickle
of the validated models) to a store that the entry point installed (``careplan/storage/
catalog_cache.py`` keeps it in the user's cache folder). A later process uses that copy only
when its digest matches: the digest covers every file under resources/catalog, the source of
every module the models and their checks are built from, and the versions of Careplan, Python
and pydantic. Anything else (no store, no copy, another digest, a damaged or foreign copy) means
validating from JSON as before, and writing the copy again: never a catalog the files do not say.

The domain does no I/O of its own here beyond reading resources: the store moves bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import pickle
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import BaseModel

from careplan import __version__
from careplan.domain import pickled_copy

if TYPE_CHECKING:
    from careplan.domain.catalog_model import Catalog
    from careplan.domain.handout_model import HandoutCatalog
    from careplan.domain.instruments import InstrumentTable
    from careplan.domain.stewardship_catalog import StewardshipCatalog

# Every careplan module that importing the catalog and handout models (and their validators and
# checks) loads; a change to any of them makes the compiled copy stale. tests/domain/
# test_compiled_catalog.py checks that this list covers what those imports load.
MODEL_MODULES: tuple[str, ...] = (
    "careplan",
    "careplan.domain",
    "careplan.domain.advice",
    "careplan.domain.catalog",
    "careplan.domain.catalog_model",
    "careplan.domain.codes",
    "careplan.domain.compiled_catalog",
    "careplan.domain.errors",
    "careplan.domain.facts",
    "careplan.domain.facts_model",
    "careplan.domain.handout_catalog",
    "careplan.domain.handout_model",
    "careplan.domain.instruments",
    "careplan.domain.languages",
    "careplan.domain.limits",
    "careplan.domain.numbers",
    "careplan.domain.pickled_copy",
    "careplan.domain.plan",
    "careplan.domain.plan_stewardship",
    "careplan.domain.pose",
    "careplan.domain.pose.check",
    "careplan.domain.pose.kinematics",
    "careplan.domain.pose.model",
    "careplan.domain.pose.props",
    "careplan.domain.pose.scene",
    "careplan.domain.pydantic_plugins",
    "careplan.domain.sourced",
    "careplan.domain.stewardship_catalog",
    "careplan.resources",
)
MAGIC = b"careplan-compiled-catalog 1\n"
# The only globals a compiled copy may name: the catalog's own model classes and dates.
_ALLOWED_MODULES = ("careplan.domain.",)


class CompiledStore(Protocol):
    """Where a compiled copy lives between processes (bytes in, bytes out; None when absent)."""

    def read(self) -> bytes | None: ...

    def write(self, data: bytes) -> None: ...


@dataclass(frozen=True)
class Compiled:
    """The validated catalog and handout facts, as one process validated them. The instrument and
    stewardship files have loaders of their own (and errors of their own): a part that did not
    validate is None here, and its loader validates it again and says what is wrong."""

    catalog: Catalog
    handout: HandoutCatalog
    instruments: InstrumentTable | None = None
    stewardship: StewardshipCatalog | None = None


_store: CompiledStore | None = None


def use_store(store: CompiledStore | None) -> None:
    """Install (or with None remove) the store; entry points do this before anything loads the catalog."""
    global _store
    _store = store
    bundled.cache_clear()


def store() -> CompiledStore | None:
    return _store


def _code_bytes(code: CodeType) -> bytes:
    """A stable description of compiled code, for a module whose source is not shipped (a frozen app)."""
    parts = [code.co_code, repr(code.co_names).encode(), repr(code.co_varnames).encode()]
    for const in code.co_consts:
        parts.append(_code_bytes(const) if isinstance(const, CodeType) else repr(const).encode())
    return b"\0".join(parts)


# Written into a frozen app by its build (packaging/pyinstaller/careplan.spec): each model module's
# source hash, as :func:`source_manifest` computed it from the files the build bundled.
MANIFEST_NAME = "model-sources.json"


def source_manifest(root: Path) -> dict[str, str]:
    """``{module: sha256 of its source}`` for every model module, from a source tree whose ``careplan``
    package is under ``root`` (what a build writes as MANIFEST_NAME beside the resources)."""
    out: dict[str, str] = {}
    for name in MODEL_MODULES:
        path = root.joinpath(*name.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@cache
def _shipped_manifest() -> dict[str, str]:
    """The manifest a frozen build shipped ({} when there is none, as in a source or wheel install)."""
    from careplan.resources import resource_root

    with contextlib.suppress(OSError, ValueError):
        found = json.loads((resource_root() / MANIFEST_NAME).read_text(encoding="utf-8"))
        if isinstance(found, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in found.items()):
            return found
    return {}


def _module_text(name: str) -> bytes:
    """A module's source file as it is on disk; in a frozen app, which ships no source, the source
    hash its build recorded; else a description of its code (~3 ms a module: ~100 ms a process for
    the model modules, which is why a build records the hashes)."""
    module = importlib.import_module(name)
    origin = getattr(module.__spec__, "origin", None)
    if origin and origin.endswith(".py"):
        with contextlib.suppress(OSError), open(origin, "rb") as f:
            return f.read()
    if (recorded := _shipped_manifest().get(name)) is not None:
        return b"recorded source sha256 " + recorded.encode()
    loader = getattr(module.__spec__, "loader", None)
    code = loader.get_code(name) if loader is not None and hasattr(loader, "get_code") else None
    if not isinstance(code, CodeType):
        raise LookupError(f"neither the source nor the code of {name} can be read")
    return _code_bytes(code)


def _files(folder: str, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(relative name, path) of every file under ``folder``, in name order (os.scandir: a fraction of rglob's cost)."""
    with os.scandir(folder) as entries:
        found = sorted((e.name, e.path, e.is_dir()) for e in entries)
    for name, path, is_dir in found:
        if is_dir:
            yield from _files(path, f"{prefix}{name}/")
        else:
            yield prefix + name, path


def digest(folder: Path) -> str:
    """What the compiled copy must have been made from: the catalog files, the model code, the versions."""
    import pydantic

    h = hashlib.sha256()
    for part in (__version__, sys.version, sys.implementation.name, pydantic.VERSION):
        h.update(part.encode() + b"\0")
    for name, path in _files(str(folder)):
        with open(path, "rb") as f:
            h.update(name.encode() + b"\0" + hashlib.sha256(f.read()).digest())
    for module in MODEL_MODULES:
        h.update(module.encode() + b"\0" + hashlib.sha256(_module_text(module)).digest())
    return h.hexdigest()


class _Unpickler(pickle.Unpickler):
    """Refuses every global but the catalog's model classes and ``datetime.date``."""

    def find_class(self, module: str, name: str) -> type:
        if module == "datetime" and name == "date":
            return date
        if module.startswith(_ALLOWED_MODULES) and module in sys.modules:
            found = getattr(sys.modules[module], name, None)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        raise pickle.UnpicklingError(f"a compiled catalog may not name {module}.{name}")


def _shared(value: Any, seen: dict[tuple[type, Any], Any]) -> Any:
    """``value`` with equal strings and dates made one object each (in place, through models,
    tuples, lists and dicts).

    Validation makes a new string for every copy of a repeated citation or url (a source cited
    by 90 label facts is 90 strings); pickled, each would be written and read back again. Equal
    strings are interchangeable, so the copy keeps one of each: a smaller file, a faster read, a
    process holding fewer objects. Keyed by exact type, so nothing changes type (1 == 1.0).
    """
    kind = type(value)
    if kind is str or kind is date:
        return seen.setdefault((kind, value), value)
    if isinstance(value, BaseModel):
        state = value.__dict__
        for name, item in state.items():
            state[name] = _shared(item, seen)
    elif kind is tuple:
        return tuple(_shared(item, seen) for item in value)
    elif kind is list:
        value[:] = [_shared(item, seen) for item in value]
    elif kind is dict:
        for name, item in value.items():
            value[name] = _shared(item, seen)
    return value


def pack(compiled: Compiled, key: str) -> bytes:
    """The bytes a store keeps (careplan/domain/pickled_copy.py: format, key, payload digest, payload)."""
    parts = _shared((compiled.catalog, compiled.handout, compiled.instruments, compiled.stewardship), {})
    return pickled_copy.pack(MAGIC, key, parts)


def unpack(data: bytes, key: str) -> Compiled | None:
    """The compiled copy in ``data`` if it was made from ``key`` and arrived whole; None otherwise."""
    from careplan.domain.catalog_model import Catalog
    from careplan.domain.handout_model import HandoutCatalog
    from careplan.domain.instruments import InstrumentTable
    from careplan.domain.stewardship_catalog import StewardshipCatalog

    parts = pickled_copy.unpack(data, MAGIC, key, _Unpickler)
    if type(parts) is not tuple or len(parts) != 4:
        return None
    catalog, handout, instruments, stewardship = parts
    if (type(catalog) is not Catalog or type(handout) is not HandoutCatalog
            or type(instruments) not in (InstrumentTable, type(None))
            or type(stewardship) not in (StewardshipCatalog, type(None))):
        return None
    return Compiled(catalog, handout, instruments, stewardship)


def validate(folder: Path) -> Compiled:
    """Read and validate the catalog and the handout facts in ``folder`` (CatalogError when they fail)."""
    from careplan.domain.catalog import CatalogError, CatalogIndex, read_catalog
    from careplan.domain.handout_catalog import read_handout_catalog
    from careplan.domain.instruments import InstrumentError, read_instruments
    from careplan.domain.stewardship_catalog import read_stewardship_file

    catalog = read_catalog(folder)
    index = CatalogIndex(catalog)
    handout = read_handout_catalog(folder, index)
    try:
        instruments = read_instruments(folder)
    except InstrumentError:
        instruments = None
    try:
        stewardship = read_stewardship_file(folder, index)
    except CatalogError:
        stewardship = None
    return Compiled(catalog, handout, instruments, stewardship)


def load(folder: Path, where: CompiledStore) -> Compiled:
    """The compiled copy from ``where`` when it matches ``folder`` and the code; else validated, and stored."""
    try:
        key = digest(folder)
    except (OSError, LookupError, UnicodeDecodeError):
        return validate(folder)  # the inputs cannot all be read: no copy can be checked against them
    try:
        data = where.read()
    except OSError:
        data = None
    found = unpack(data, key) if data is not None else None
    if found is not None:
        return found
    compiled = validate(folder)
    # No room or no permission for the cache: the next process validates again, nothing is lost.
    with contextlib.suppress(OSError):
        where.write(pack(compiled, key))
    return compiled


@cache
def bundled() -> Compiled | None:
    """The bundled catalog through the installed store, once per process; None when no store is installed."""
    from careplan.resources import catalog_dir

    return load(catalog_dir(), _store) if _store is not None else None
