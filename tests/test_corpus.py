"""Every file of the bad-input corpus (tests/data/bad) through every command: one clear line, exit 2, nothing written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careplan.cli import main
from careplan.storage.errors import PlanFileError
from careplan.storage.paths import personal_templates_dir, preferences_path
from careplan.storage.plan_files import load_plan
from tests.data.corpus import (
    BAD,
    CASES,
    PREFERENCES,
    PREFERENCES_CASES,
    TEMPLATE_CASES,
    TEMPLATE_RESET,
    TEMPLATES,
)
from tests.robustness_stats import STATS

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_the_corpus_on_disk_is_the_table() -> None:
    # `python -m tests.data.corpus` rewrites them.
    for folder, pattern, cases in ((BAD, "*.careplan.json", CASES), (TEMPLATES, "*.careplan.json", TEMPLATE_CASES),
                                   (PREFERENCES, "*.json", PREFERENCES_CASES)):
        on_disk = {p.name: p.read_bytes() for p in folder.glob(pattern)}
        assert on_disk == {case[0]: case[1] for case in cases}
    assert len([c for c in CASES if c[2] is not None]) >= 60


@pytest.mark.parametrize(("name", "expected"), [(name, expected) for name, _, expected in CASES], ids=[c[0] for c in CASES])
def test_every_command_gives_one_clear_line_and_writes_nothing(
    name: str, expected: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    shutil.copyfile(BAD / name, path)
    before = path.read_bytes()
    outputs = [tmp_path / "handout.pdf", tmp_path / "summary.pdf", tmp_path / "bundle.json"]
    export = ["export", str(path), "--handout", str(outputs[0]), "--summary", str(outputs[1]), "--fhir", str(outputs[2])]

    if expected is None:  # odd but valid: loads, checks and exports
        load_plan(path)
        assert run(["validate", str(path)], capsys)[0] == 0
        assert run(["check", str(path)], capsys)[0] in (0, 1)
        code, _, err = run(export, capsys)
        assert code == 0, err
        assert all(p.read_bytes()[:5] in (b"%PDF-", b"{\n  \"") for p in outputs)
    else:
        with pytest.raises(PlanFileError) as info:
            load_plan(path)
        assert expected in str(info.value) and "\n" not in str(info.value)
        code, out, err = run(["validate", str(path)], capsys)
        assert code == 2 and out == "" and expected in err
        for command in (["check", str(path)], ["check", "--json", str(path)], export):
            code, out, err = run(command, capsys)
            assert (code, out) == (2, ""), command
            assert err.count("\n") == 1 and expected in err and "Traceback" not in err, err
        assert not any(p.exists() for p in outputs)
    assert path.read_bytes() == before  # never rewritten
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name] + ([p.name for p in outputs] if expected is None else []))
    STATS["corpus files"] += 1


@pytest.mark.parametrize("name", ["huge-integer.careplan.json", "lone-surrogate-name.careplan.json", "deep-nesting.careplan.json",
                                  "dose-1e308.careplan.json", "duplicate-nested-key.careplan.json"])
def test_a_real_process_prints_one_line_and_exits_2(name: str, tmp_path: Path) -> None:
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(BAD / name)],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    expected = dict((n, e) for n, _, e in CASES)[name]
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and expected is not None and expected in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs exist on POSIX only")
def test_a_fifo_is_refused_at_once_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.careplan.json"
    os.mkfifo(fifo)
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
    for args in (["validate", str(fifo)], ["export", str(BAD / "minimal-plan.careplan.json"), "--handout", str(tmp_path / "h.pdf"),
                                          "--logo", str(fifo)]):
        # With no writer, reading a FIFO would block for ever: the timeout is the failure.
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                              timeout=60, check=False)
        assert done.returncode == 2 and "not a regular file" in done.stderr and done.stderr.count("\n") == 1


def test_devices_and_folders_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    device = Path(os.devnull)
    code, _, err = run(["check", str(device)], capsys)
    assert code == 2 and ("not a regular file" in err or "no such file" in err)
    code, _, err = run(["check", str(tmp_path)], capsys)
    assert code == 2 and "folder" in err


@pytest.mark.parametrize(("name", "expected"), [(n, e) for n, _, e in TEMPLATE_CASES], ids=[c[0] for c in TEMPLATE_CASES])
def test_every_template_file_is_refused_in_one_line_or_taken_with_its_patient_structure_reset(
        name: str, expected: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / name
    shutil.copyfile(TEMPLATES / name, source)
    code, out, err = run(["templates", "import", str(source)], capsys)
    library = sorted(personal_templates_dir().glob("*.careplan.json")) if personal_templates_dir().is_dir() else []
    if expected is not None:
        assert (code, out) == (2, "") and err.count("\n") == 1 and expected in err, err
        assert library == []
    else:
        assert code == 0 and out.startswith("Imported") and "; removed: " in out, err  # said, never silent
        (path,) = library
        text = path.read_text(encoding="utf-8")
        assert not [gone for gone in TEMPLATE_RESET if gone in text]
        assert "943-476" not in path.name and load_plan(path).is_template
    assert source.read_bytes() == (TEMPLATES / name).read_bytes()
    STATS["corpus files"] += 1


@pytest.mark.parametrize(("name", "expected"), [(n, e) for n, _, e in PREFERENCES_CASES], ids=[c[0] for c in PREFERENCES_CASES])
def test_every_bad_preferences_file_stops_export_in_one_line(name: str, expected: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    prefs = preferences_path()
    prefs.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PREFERENCES / name, prefs)
    plan = tmp_path / "p.careplan.json"
    shutil.copyfile(ROOT / "examples" / "low-back-pain.careplan.json", plan)
    code, out, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf")], capsys)
    assert (code, out) == (2, "") and err.count("\n") == 1 and expected in err and "preferences file" in err, err
    assert not (tmp_path / "h.pdf").exists() and prefs.read_bytes() == (PREFERENCES / name).read_bytes()
    STATS["corpus files"] += 1
