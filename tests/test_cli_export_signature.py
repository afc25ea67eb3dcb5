"""`careplan export --summary`: page 1's signature block names the signing clinician with their
credentials and licence number, from the command line or Preferences; blanks to write in otherwise."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from careplan.cli import main
from careplan.storage.paths import preferences_path
from careplan.storage.preferences import Preferences, save_preferences

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "knee-oa.careplan.json"


def _first_page(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    out = tmp_path / "summary.pdf"
    code = main(["export", str(EXAMPLE), "--summary", str(out), *extra])
    capsys.readouterr()
    assert code == 0
    return " ".join((PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text() or "").split())


def test_signature_block_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _first_page(tmp_path, capsys, "--clinician-name", "Dr Jane Roe", "--clinician-credentials", "MRCGP",
                        "--clinician-licence", "GMC 7654321")
    assert "Printed name Dr Jane Roe" in first
    assert "Credentials MRCGP" in first
    assert "Licence number GMC 7654321" in first
    assert "Signature" in first and "Date ____" in first


def test_signature_block_from_preferences_and_the_command_line_wins(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    save_preferences(Preferences(clinician_name="Dr Sam Poe", clinician_credentials="DO",
                                 clinician_licence="TX-99887"), preferences_path())
    first = _first_page(tmp_path, capsys)
    assert "Printed name Dr Sam Poe" in first and "Licence number TX-99887" in first
    assert "Licence number GMC 1" in _first_page(tmp_path, capsys, "--clinician-licence", "GMC 1")


def test_without_a_licence_number_there_is_a_line_to_write_it_in(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    first = _first_page(tmp_path, capsys, "--clinician-name", "Dr Jane Roe")
    assert "Licence number ____" in first
