"""The one number formatter and the counted words: the same number reads the same everywhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from careplan.domain.numbers import counted, number, plural

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("value", "words"), [
    (400.0, "400"), (1200, "1,200"), (2.5, "2.5"), (0.125, "0.125"), (0.1 + 0.2, "0.3"),
    (12.5, "12.5"), (1_000_000.0, "1,000,000"), (-0.0001, "0"), (13.3333, "13.333"),
])
def test_number_has_no_trailing_zeros_or_float_noise(value: float, words: str) -> None:
    assert number(value) == words


def test_counted_words_agree_with_the_number() -> None:
    assert counted(1, "dose") == "1 dose"
    assert counted(3, "dose") == "3 doses"
    assert counted(2, "patch", "patches") == "2 patches"
    assert counted(1.5, "tablet") == "1.5 tablets"
    assert plural(1, "time") == "time"


def test_no_module_keeps_its_own_copy_of_the_formatter() -> None:
    """A second "strip the trailing zeros" is how the five copies drifted apart."""
    copies = [str(path.relative_to(ROOT)) for path in (ROOT / "careplan").rglob("*.py")
              if path.name != "numbers.py" and re.search(r"""rstrip\(["']0["']\)""", path.read_text(encoding="utf-8"))]
    assert copies == []
