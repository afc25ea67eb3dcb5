"""The bundled fonts' parsed tables, kept between processes (issue 25: the export's fixed cost).

reportlab reads a TrueType face by parsing its tables in Python: for the four DejaVu faces
(~6,000 glyphs each) that is about a tenth of a whole ``careplan export`` process, every time.
The first process parses them as always and hands what the parse produced (the metrics, the
character and glyph maps, the table directory; not the font bytes, which are read from the font
file each time) to a store the entry point installed, next to the compiled catalog in the user
cache folder. A later process uses that copy only when its key matches: the key covers each font
file's bytes (a BLAKE2 digest of what was just read), reportlab's version, Python's version and
this module's format. Anything else (no store, no copy, another key, a damaged or foreign copy)
means parsing as before and writing the copy again: never metrics the font file does not have.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import sys
from pathlib import Path
from typing import Any, Protocol
from weakref import WeakKeyDictionary

import reportlab
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from careplan.domain import pickled_copy

MAGIC = b"careplan-font-tables 1\n"
# What a parsed face or font holds that is not a table read from the file: the font bytes
# (read again from the file), the file's path, the per-document subsetting state (empty for a new
# font) and reportlab's unit scaling, a function of unitsPerEm (see _scale).
_FACE_OWN = ("_ttf_data", "filename", "_pdfScale")
_FONT_OWN = ("face", "state")
# The only classes a copy may name besides built-in containers and numbers.
_ALLOWED = {("reportlab.pdfbase.ttfonts", "TTFNameBytes"): TTFNameBytes,
            ("reportlab.pdfbase.ttfonts", "TTEncoding"): TTEncoding}


class FontStore(Protocol):
    """Where the copy is kept (careplan/storage/catalog_cache.py: one file in the cache folder)."""

    def read(self) -> bytes | None: ...

    def write(self, data: bytes) -> None: ...


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        found = _ALLOWED.get((module, name))
        if found is None:
            raise pickle.UnpicklingError(f"a font copy may not name {module}.{name}")
        return found


def _scale(units_per_em: int) -> Any:
    """reportlab's glyph-unit to PDF-unit conversion, as its parser builds it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def parse(name: str, path: Path) -> TTFont:
    """The font as reportlab reads it from its file (what a copy stands in for)."""
    return TTFont(name, str(path))


def key(files: dict[str, bytes]) -> str:
    """What a copy must have been made from: every font's bytes, reportlab and Python."""
    digest = hashlib.sha256(f"{reportlab.Version}|{sys.version_info[:2]}|".encode())
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + hashlib.blake2b(files[name], digest_size=32).digest())
    return digest.hexdigest()


def tables(font: TTFont) -> dict[str, dict[str, Any]]:
    """What parsing gave ``font``, without the parts :func:`restore` makes afresh."""
    return {"font": {k: v for k, v in vars(font).items() if k not in _FONT_OWN},
            "face": {k: v for k, v in vars(font.face).items() if k not in _FACE_OWN}}


def restore(state: dict[str, dict[str, Any]], path: Path, data: bytes) -> TTFont:
    """A font equal to ``TTFont(name, path)`` from its parsed ``state`` and the file's ``data``."""
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state["face"])
    face._ttf_data = data
    face.filename = str(path)
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(state["font"])
    font.face = face
    font.state = WeakKeyDictionary()
    return font


def pack(fonts: dict[str, TTFont], font_key: str) -> bytes:
    return pickled_copy.pack(MAGIC, font_key, {name: tables(font) for name, font in fonts.items()})


def unpack(data: bytes, font_key: str, names: set[str]) -> dict[str, dict[str, dict[str, Any]]] | None:
    """The parsed tables in ``data`` if made from ``font_key`` for exactly ``names`` and whole; else None."""
    found = pickled_copy.unpack(data, MAGIC, font_key, _Unpickler)
    if type(found) is not dict or set(found) != names:
        return None
    if not all(type(s) is dict and type(s.get("font")) is dict and type(s.get("face")) is dict for s in found.values()):
        return None
    return found


def load(paths: dict[str, Path], store: FontStore | None) -> dict[str, TTFont]:
    """Each named font from its file, through ``store``'s copy of the parsed tables when it matches."""
    if store is None:
        return {name: parse(name, path) for name, path in paths.items()}
    files = {name: path.read_bytes() for name, path in paths.items()}
    font_key = key(files)
    try:
        data = store.read()
    except OSError:
        data = None
    found = unpack(data, font_key, set(paths)) if data is not None else None
    if found is not None:
        with contextlib.suppress(AttributeError, KeyError, TypeError, ZeroDivisionError):
            return {name: restore(found[name], paths[name], files[name]) for name in paths}
    fonts = {name: parse(name, path) for name, path in paths.items()}
    # No room or no permission for the cache, or a face that cannot be copied: parsed next time too.
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        store.write(pack(fonts, font_key))
    return fonts
