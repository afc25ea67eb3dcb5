"""The fonts' parsed tables kept between processes (issue 25): a restored font is the parsed one, and
a copy that does not match its font files, is damaged or names a foreign class is never used."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from careplan.export import font_cache
from careplan.resources import fonts_dir

ROOT = Path(__file__).resolve().parents[2]
NAMES = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
# Words from several scripts the handouts print (Spanish, Thai names, Greek letters, symbols).
TEXT = "Acetaminofén 500 mg – cada 6 h · ≤ 4 g/día · Ελληνικά · สมชาย · ½ ✓"


class MemoryStore:
    def __init__(self, data: bytes | None = None) -> None:
        self.data = data
        self.writes = 0

    def read(self) -> bytes | None:
        return self.data

    def write(self, data: bytes) -> None:
        self.writes += 1
        self.data = data


def _paths() -> dict[str, Path]:
    return {name: fonts_dir() / file for name, file in NAMES.items()}


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    parsed: list[str] = []

    parse = font_cache.parse

    def counting(name: str, path: Path) -> TTFont:
        parsed.append(name)
        return parse(name, path)

    monkeypatch.setattr(font_cache, "parse", counting)
    return parsed


def _same(restored: TTFont, parsed: TTFont) -> None:
    assert {k: v for k, v in vars(restored.face).items() if k != "_pdfScale"} == \
        {k: v for k, v in vars(parsed.face).items() if k != "_pdfScale"}
    assert {k: v for k, v in vars(restored).items() if k not in ("face", "state", "encoding")} == \
        {k: v for k, v in vars(parsed).items() if k not in ("face", "state", "encoding")}
    assert vars(restored.encoding) == vars(parsed.encoding) and not restored.state
    for value in (0, 1, 600, 1229, 2048, -240.5):
        assert restored.face._pdfScale(value) == parsed.face._pdfScale(value)
    for size in (9, 11.5, 14):
        assert restored.stringWidth(TEXT, size) == parsed.stringWidth(TEXT, size)
    subset = [0, *sorted({parsed.face.charToGlyph.get(ord(c), 0) and ord(c) for c in TEXT} - {0})]
    assert restored.face.makeSubset(subset) == parsed.face.makeSubset(subset)


@pytest.mark.parametrize("name", sorted(NAMES))
def test_a_restored_font_is_the_parsed_font(name: str) -> None:
    path = _paths()[name]
    parsed = TTFont(name, str(path))
    state = pickle.loads(pickle.dumps(font_cache.tables(parsed)))
    _same(font_cache.restore(state, path, path.read_bytes()), parsed)


def test_the_second_load_reads_the_copy_and_parses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = _count_parses(monkeypatch)
    store = MemoryStore()
    first = font_cache.load(_paths(), store)
    assert sorted(parsed) == sorted(NAMES) and store.writes == 1
    parsed.clear()
    second = font_cache.load(_paths(), store)
    assert parsed == [] and store.writes == 1
    for name in NAMES:
        _same(second[name], first[name])


def _copy_for(key: str) -> bytes:
    return font_cache.pack({name: TTFont(name, str(path)) for name, path in _paths().items()}, key)


@pytest.mark.parametrize("spoil", ["other fonts", "truncated", "one byte changed", "other names", "not a copy"])
def test_a_copy_that_does_not_match_is_parsed_again_and_replaced(spoil: str, monkeypatch: pytest.MonkeyPatch) -> None:
    key = font_cache.key({name: path.read_bytes() for name, path in _paths().items()})
    data = {"other fonts": lambda: _copy_for("0" * 64),  # made from other font files or another reportlab
            "truncated": lambda: _copy_for(key)[:-1000],
            "one byte changed": lambda: (lambda b: b[:-500] + bytes([b[-500] ^ 1]) + b[-499:])(_copy_for(key)),
            "other names": lambda: font_cache.pack({"DejaVuSans": TTFont("DejaVuSans", str(_paths()["DejaVuSans"]))}, key),
            "not a copy": lambda: b"\x00" * 100}[spoil]()
    parsed = _count_parses(monkeypatch)
    store = MemoryStore(data)
    fonts = font_cache.load(_paths(), store)
    assert sorted(parsed) == sorted(NAMES) and set(fonts) == set(NAMES)
    assert store.writes == 1 and store.data != data
    assert font_cache.unpack(store.data or b"", key, set(NAMES)) is not None


class _Foreign:
    def __reduce__(self) -> tuple[Any, ...]:
        return (os.getcwd, ())


def test_a_copy_naming_any_other_class_is_refused() -> None:
    import hashlib

    key = "k" * 64
    payload = pickle.dumps({name: {"font": {}, "face": {"x": _Foreign()}} for name in NAMES})
    data = font_cache.MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    assert font_cache.unpack(data, key, set(NAMES)) is None


def test_exports_with_and_without_the_copy_are_the_same_bytes(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = {**os.environ, "CAREPLAN_CACHE_DIR": str(cache)}
    plan = ROOT / "examples" / "low-back-pain.careplan.json"
    outputs = []
    for run in ("parsed", "from the copy"):
        handout, summary = tmp_path / f"{run}-h.pdf", tmp_path / f"{run}-s.pdf"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(plan), "--handout", str(handout),
                        "--summary", str(summary)], env=env, check=True, capture_output=True, timeout=120)
        outputs.append((handout.read_bytes(), summary.read_bytes()))
        copy = cache / "fonts.tables"
        assert copy.is_file()
        if os.name == "posix":
            assert copy.stat().st_mode & 0o077 == 0  # owner-only, as every file in the cache
    assert outputs[0] == outputs[1]
