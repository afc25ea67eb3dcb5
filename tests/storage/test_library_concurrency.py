"""The template library never loses work while reporting success (issue 24): 20 processes importing at
once, names and ids made sure of under the folder's lock; ``--replace`` keeps the ``.bak`` it promises."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from careplan.storage.plan_files import load_plan
from tests.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
HIP = ROOT / "resources" / "templates" / "hip-osteoarthritis.careplan.json"
WRITERS = 20


def _template(folder: Path, name: str, **changes: object) -> Path:
    data = json.loads(HIP.read_text(encoding="utf-8"))
    data.update(changes)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _import_all_at_once(sources: list[Path], tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
    # Every process is started before any is waited for: they import into one folder together.
    procs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "templates", "import", str(source)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for source in sources]
    done = []
    for proc, source in zip(procs, sources, strict=True):
        out, err = proc.communicate(timeout=300)
        done.append(subprocess.CompletedProcess([str(source)], proc.returncode, out, err))
    return done


def _library(tmp_path: Path, data: str = "data") -> list[Path]:
    return sorted((tmp_path / data / "templates").glob("*.careplan.json"))


@pytest.mark.slow  # many processes at once: .ci/run's slow pass
def test_twenty_processes_importing_one_title_lose_nothing(tmp_path: Path) -> None:
    sources = [_template(tmp_path, f"in-{n}.careplan.json", id=f"clinic-hip-{n}", title="Hip OA — clinic",
                         notes=f"version {n}") for n in range(WRITERS)]
    results = _import_all_at_once(sources, tmp_path)
    assert [r.returncode for r in results] == [0] * WRITERS, [r.stderr for r in results]
    assert all(r.stdout.startswith("Imported 'Hip OA — clinic'") for r in results)
    files = _library(tmp_path)
    assert len(files) == WRITERS  # every import that said "Imported" is there
    plans = [load_plan(f) for f in files]
    assert sorted(p.notes for p in plans) == sorted(f"version {n}" for n in range(WRITERS))
    assert len({p.id for p in plans}) == WRITERS
    # Each process named the file it wrote, and no two named the same one.
    named = {r.stdout.rsplit("(", 1)[1].rstrip(")\n") for r in results}
    assert named == {str(f) for f in files}
    assert not list((tmp_path / "data" / "templates").glob(".*.tmp"))


@pytest.mark.slow  # many processes at once: .ci/run's slow pass
def test_twenty_processes_importing_one_id_leave_one_file_and_say_so(tmp_path: Path) -> None:
    sources = [_template(tmp_path, f"in-{n}.careplan.json", id="clinic-hip", title=f"Hip OA {n}") for n in range(WRITERS)]
    results = _import_all_at_once(sources, tmp_path)
    imported = [r for r in results if r.returncode == 0]
    refused = [r for r in results if r.returncode != 0]
    assert len(imported) == 1 and len(refused) == WRITERS - 1
    for r in refused:  # told, in one line, and never "Imported"
        assert r.returncode == 2 and r.stdout == "" and r.stderr.count("\n") == 1
        assert "already" in r.stderr and "clinic-hip" in r.stderr
    files = _library(tmp_path)
    assert len(files) == 1 and load_plan(files[0]).id == "clinic-hip"


def test_replace_keeps_the_backup_it_promises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _template(tmp_path, "a.careplan.json", id="clinic-hip", title="Hip OA", notes="first")
    assert run(["templates", "import", str(first)], capsys)[0] == 0
    (old_file,) = _library(tmp_path, "user-data")  # this process's data folder (tests/conftest.py)
    old_bytes = old_file.read_bytes()
    code, _, err = run(["templates", "import", str(first)], capsys)
    assert code == 2 and "use --replace" in err and "kept as .bak" in err
    second = _template(tmp_path, "b.careplan.json", id="clinic-hip", title="Hip OA", notes="second")
    code, out, err = run(["templates", "import", "--replace", str(second)], capsys)  # the option before the file
    assert code == 0, err
    assert f"the old version is kept as {old_file.name}.bak" in out
    backup = old_file.with_name(old_file.name + ".bak")
    assert backup.read_bytes() == old_bytes and load_plan(old_file).notes == "second"
    assert [p.name for p in _library(tmp_path, "user-data")] == [old_file.name]  # the backup is not listed as a template
