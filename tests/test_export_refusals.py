"""`careplan export` never writes over its input, over another of its outputs, or over a plan file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image

from careplan.cli import main
from careplan.storage.plan_files import load_plan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "low-back-pain.careplan.json"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "p.careplan.json"
    shutil.copyfile(EXAMPLE, path)
    return path


def _export(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["export", *args])
    return code, capsys.readouterr().err


def _links(plan: Path) -> list[tuple[str, Path]]:
    folder = plan.parent
    found: list[tuple[str, Path]] = [("the same path", plan), ("the same file, spelled with ..", folder / "sub" / ".." / plan.name)]
    (folder / "sub").mkdir(exist_ok=True)
    if hasattr(os, "symlink"):
        os.symlink(plan, folder / "link.pdf")
        found.append(("a symbolic link to it", folder / "link.pdf"))
    os.link(plan, folder / "hard.pdf")
    found.append(("a hard link to it", folder / "hard.pdf"))
    return found


@pytest.mark.parametrize("option", ["--handout", "--summary", "--fhir"])
def test_export_refuses_to_write_over_its_input(plan: Path, option: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = plan.read_bytes()
    for how, target in _links(plan):
        code, err = _export([str(plan), option, str(target)], capsys)
        assert code == 2, how
        assert err == f"careplan: error: {option} {target} is the plan being exported; choose another file name\n", how
        assert plan.read_bytes() == before and load_plan(plan).title
    assert not list(plan.parent.glob("*.bak")) and not list(plan.parent.glob(".*.tmp"))


def test_export_refuses_two_outputs_on_one_file(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    (tmp_path / "sub").mkdir()
    code, err = _export([str(plan), "--handout", str(out), "--summary", str(tmp_path / "sub" / ".." / "out.pdf")], capsys)
    assert code == 2 and "--handout and --summary name the same file" in err and err.count("\n") == 1
    out.write_bytes(b"%PDF-1.4 old")
    os.symlink(out, tmp_path / "alias.json")
    code, err = _export([str(plan), "--summary", str(out), "--fhir", str(tmp_path / "alias.json")], capsys)
    assert code == 2 and "--summary and --fhir name the same file" in err
    assert out.read_bytes() == b"%PDF-1.4 old"


def test_export_refuses_to_write_over_another_plan(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.careplan.json"
    shutil.copyfile(EXAMPLE, other)
    before = other.read_bytes()
    for target in (other, tmp_path / "p.careplan.json.bak"):
        code, err = _export([str(plan), "--handout", str(target)], capsys)
        assert code == 2 and "is a plan file name" in err
    assert other.read_bytes() == before and not (tmp_path / "p.careplan.json.bak").exists()


def test_a_logo_must_be_a_readable_png_or_jpeg(plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "h.pdf"
    not_image = tmp_path / "logo.png"
    not_image.write_text("this is text", encoding="utf-8")
    damaged = tmp_path / "damaged.png"
    good = tmp_path / "good.png"
    Image.new("RGB", (60, 20), "navy").save(good)
    damaged.write_bytes(good.read_bytes()[:40])
    cases = [(not_image, "is not a PNG or JPEG image"), (damaged, "is damaged and cannot be read"),
             (tmp_path / "missing.png", "does not exist"), (tmp_path, "is not a regular file")]
    for logo, reason in cases:
        code, err = _export([str(plan), "--handout", str(out), "--logo", str(logo)], capsys)
        assert code == 2 and err == f"careplan: error: logo image {logo} {reason}\n"
        assert not out.exists()
    code, _ = _export([str(plan), "--handout", str(out), "--logo", str(good)], capsys)
    assert code == 0 and out.read_bytes().startswith(b"%PDF-")
