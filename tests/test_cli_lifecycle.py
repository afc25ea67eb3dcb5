"""``careplan sign``, ``revise`` and ``diff``: exit codes, files left as they were, clinical wording."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careplan.storage.plan_files import load_plan
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(ROOT / "examples" / name, target)
    return target


def test_sign_revise_and_diff_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = _copy("low-back-pain.careplan.json", tmp_path)
    code, out, err = run(["sign", str(plan_file), "--by", "Dr A. Example", "--credentials", "MD"], capsys)
    assert code == 0 and err == "" and "revision 1, Dr A. Example, MD" in out
    signed = load_plan(plan_file)
    assert signed.status == "final" and signed.signed_off is not None and signed.signed_off.credentials == "MD"

    # Signing again is refused with exit 2 and the file is not touched.
    before = plan_file.read_bytes()
    code, _, err = run(["sign", str(plan_file), "--by", "Dr B"], capsys)
    assert code == 2 and "already signed off" in err and err.count("\n") == 1
    assert plan_file.read_bytes() == before

    new_file = tmp_path / "rev2.careplan.json"
    code, out, _ = run(["revise", str(plan_file), "-o", str(new_file)], capsys)
    assert code == 0 and "revision 2 (draft)" in out
    assert plan_file.read_bytes() == before  # revision 1 stays exactly as signed
    revision = load_plan(new_file)
    assert revision.revision == 2 and revision.status == "draft" and revision.supersedes is not None
    assert (revision.supersedes.id, revision.supersedes.revision) == (signed.id, 1)

    # Edit the revision's ibuprofen dose as a clinician would, then compare.
    data = json.loads(new_file.read_text(encoding="utf-8"))
    data["modules"][0]["items"][0]["dose"] = 200.0
    new_file.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(["diff", str(plan_file), str(new_file)], capsys)
    assert code == 0
    assert "Record\n  revision 1 \u2192 2\n" in out
    assert "Medicines\n  Ibuprofen: 400 mg \u2192 200 mg, 3 times a day\n" in out
    code, out, _ = run(["diff", str(plan_file), str(new_file), "--json"], capsys)
    assert {"section": "Medicines", "text": "Ibuprofen: 400 mg \u2192 200 mg, 3 times a day"} in json.loads(out)


def test_sign_refused_with_exit_1_while_a_critical_is_open(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = _copy("critical-opioid-sedative.careplan.json", tmp_path)
    before = plan_file.read_bytes()
    code, out, err = run(["sign", str(plan_file), "--by", "Dr A. Example"], capsys)
    assert code == 1 and out == ""
    assert "OPIOID-SEDATIVE" in err and "not acknowledged" in err
    assert plan_file.read_bytes() == before


def test_revise_refusals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = _copy("knee-oa.careplan.json", tmp_path)
    code, _, err = run(["revise", str(plan_file), "-o", str(tmp_path / "x.careplan.json")], capsys)
    assert code == 2 and "still a draft" in err and not (tmp_path / "x.careplan.json").exists()
    run(["sign", str(plan_file), "--by", "Dr A"], capsys)
    code, _, err = run(["revise", str(plan_file), "-o", str(plan_file)], capsys)
    assert code == 2 and "needs its own file" in err
    # Never over another signed plan, even with --force.
    other = _copy("low-back-pain.careplan.json", tmp_path)
    run(["sign", str(other), "--by", "Dr A"], capsys)
    signed_other = other.read_bytes()
    code, _, err = run(["revise", str(plan_file), "-o", str(other), "--force"], capsys)
    assert code == 2 and "signed-off plan" in err and other.read_bytes() == signed_other
    code, _, err = run(["revise", str(plan_file), "-o", str(other)], capsys)
    assert code == 2 and "already exists" in err


def test_diff_of_identical_files_and_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = _copy("knee-oa.careplan.json", tmp_path)
    code, out, _ = run(["diff", str(plan_file), str(plan_file)], capsys)
    assert code == 0 and out == "No differences.\n"
    bad = tmp_path / "bad.careplan.json"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(["diff", str(plan_file), str(bad)], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "bad.careplan.json" in err
