"""`careplan export`: the clinic's phone number on every handout, from the command line or
Preferences; without one, a blank line to fill in by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from careplan.cli import main
from careplan.storage.paths import preferences_path
from careplan.storage.preferences import Preferences, save_preferences
from tests.export.conftest import pdf_text

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "knee-oa.careplan.json"


def _handout(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    out = tmp_path / "handout.pdf"
    code = main(["export", str(EXAMPLE), "--handout", str(out), *extra])
    capsys.readouterr()
    assert code == 0
    return pdf_text(out.read_bytes())


def test_without_a_phone_the_handout_has_a_line_to_fill_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _handout(tmp_path, capsys)
    assert "Phone: ____" in text
    assert "If you have questions, call your care team. Write their number here: Phone: ____" in text
    assert "Your care team: ____" in text


def test_clinic_phone_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = _handout(tmp_path, capsys, "--clinic-phone", "020 7946 0000", "--clinic-name", "Mill Lane Practice")
    assert "Phone: 020 7946 0000" in text
    assert "If you have questions, call us at 020 7946 0000." in text
    assert "Your care team: 020 7946 0000" in text
    assert "____" not in text


def test_clinic_phone_from_preferences(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_preferences(Preferences(clinic_name="Mill Lane Practice", clinic_phone="020 7946 0001"), preferences_path())
    text = _handout(tmp_path, capsys)
    assert "Phone: 020 7946 0001" in text and "____" not in text
    # The command line wins over Preferences.
    assert "Phone: 0113 496 0000" in _handout(tmp_path, capsys, "--clinic-phone", "0113 496 0000")
