"""``careplan photos``: a clinic attaches its own photo to an exercise and the exported handout
shows it instead of the drawing; bad input is one line and exit 2."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from careplan.storage.exercise_photos import photos_dir

from .test_cli import run

ROOT = Path(__file__).resolve().parents[1]


def test_set_list_export_remove(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    photo = tmp_path / "bridge photo.jpg"
    Image.new("RGB", (400, 300), (180, 200, 220)).save(photo, "JPEG")
    code, out, err = run(["photos", "set", "bridge", str(photo)], capsys)
    assert (code, err) == (0, "") and "Bridge: the handout shows your photo" in out
    assert (photos_dir() / "bridge.jpg").is_file()
    code, out, _ = run(["photos"], capsys)
    assert code == 0 and out.startswith("bridge ")
    # The low back pain example prescribes the bridge: its handout now holds a picture.
    pdf = tmp_path / "handout.pdf"
    code, _, err = run(["export", str(ROOT / "examples" / "low-back-pain.careplan.json"), "--handout", str(pdf)], capsys)
    assert code == 0, err
    with pdfplumber.open(io.BytesIO(pdf.read_bytes())) as doc:
        assert sum(len(page.images) for page in doc.pages) >= 1
    code, out, _ = run(["photos", "remove", "bridge"], capsys)
    assert code == 0 and "photo removed" in out and not (photos_dir() / "bridge.jpg").exists()


@pytest.mark.parametrize("args, message", [
    (["photos", "set", "bridge", "{tmp}/notes.txt"], "is not a PNG or JPEG image"),
    (["photos", "set", "no-such-exercise", "{tmp}/notes.txt"], "no exercise 'no-such-exercise' in the catalog"),
    (["photos", "set", "bridge"], "'photos set' needs an exercise id and an IMAGE file"),
    (["photos", "remove"], "'photos remove' needs an exercise id"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                                          message: str) -> None:
    (tmp_path / "notes.txt").write_text("not a picture")
    code, out, err = run([a.format(tmp=tmp_path) for a in args], capsys)
    assert code == 2 and out == "" and message in err and err.count("\n") == 1
