"""The screen language read before the window shows: the saved value, or "" for anything unusable."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from careplan.storage.early_preferences import MAX_PREFERENCES_BYTES, stored_ui_language


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"version": 1, "ui_language": "es"}', "es"),
        (b'{"version": 1, "ui_language": "fr"}', "fr"),  # unknown languages are screen_language's to refuse
        (b'{"version": 1}', ""),
        (b'{"ui_language": 3}', ""),
        (b'["es"]', ""),
        (b"{not json", ""),
        (b'{"ui_language": "es"', ""),
        (b"\xff\xfe{}", ""),
        (b"", ""),
    ],
)
def test_the_saved_language_or_nothing(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(content)
    assert stored_ui_language(path) == expected


def test_a_missing_file_a_folder_or_an_oversized_file_read_as_nothing(tmp_path: Path) -> None:
    assert stored_ui_language(tmp_path / "none.json") == ""
    assert stored_ui_language(tmp_path) == ""
    big = tmp_path / "big.json"
    big.write_text('{"ui_language": "es", "pad": "' + "x" * MAX_PREFERENCES_BYTES + '"}', encoding="utf-8")
    assert stored_ui_language(big) == ""


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_fifo_is_not_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "preferences.json"
    os.mkfifo(fifo)
    assert stored_ui_language(fifo) == ""  # opening it would block the start-up
