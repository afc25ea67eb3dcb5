"""Fault injection: full disk, read-only and vanished folders, a crash between write and rename, kill -9 mid-save.

Whatever happens, the previous version of the file survives whole, the command line says what
went wrong in one line with exit code 2 (3 for a bug, with the traceback in a log), and the
leftovers of an interrupted save are removed at the next start.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from careplan.cli import main
from careplan.domain.plan import CarePlan, Goal, MedicationItem, MedicationModule, Patient
from careplan.storage import atomic
from careplan.storage.atomic import backup_path, stale_temp_files
from careplan.storage.housekeeping import clean_up_at_start
from careplan.storage.plan_files import load_plan, save_plan

pytestmark = pytest.mark.fault
ROOT = Path(__file__).resolve().parents[2]
POSIX = os.name == "posix"


def _plan(title: str = "Version 1", goals: int = 1) -> CarePlan:
    return CarePlan(
        title=title,
        patient=Patient(name="Zoë Ñúñez", age=65, jurisdiction="US-TX"),
        goals=[Goal(text=f"Goal {n}") for n in range(goals)],
        modules=[MedicationModule(items=[MedicationItem(drug="acetaminophen", dose=500, times_per_day=3)])],
    )


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _os_error(code: int) -> Callable[..., object]:
    def fail(*_args: object, **_kwargs: object) -> object:
        raise OSError(code, os.strerror(code))

    return fail


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    return code, capsys.readouterr().err


# --- disk full ---------------------------------------------------------------------------------

def test_disk_full_in_the_middle_of_a_write_keeps_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan(), path)
    before = path.read_bytes()
    real_write = os.write
    calls: list[int] = []

    def half_then_full(fd: int, data: object) -> int:
        # The first call writes part of the data, as a real disk filling up does; the next fails.
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, bytes(memoryview(data))[:100])  # type: ignore[arg-type]
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "write", half_then_full)
    with pytest.raises(OSError) as info:
        save_plan(_plan("Version 2", goals=5), path)
    assert info.value.errno == errno.ENOSPC and len(calls) == 2
    assert path.read_bytes() == before and load_plan(path).title == "Version 1"
    assert _temps(tmp_path) == []


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_disk_full_in_export_is_one_line_exit_2_and_leaves_nothing(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "p.careplan.json"
    save_plan(_plan(), plan_path)
    old_handout = tmp_path / "h.pdf"
    old_handout.write_bytes(b"%PDF-1.4 previous handout")
    monkeypatch.setattr(atomic.os, where, _os_error(errno.ENOSPC))
    code, err = _cli(["export", str(plan_path), "--handout", str(old_handout), "--fhir", str(tmp_path / "f.json")], capsys)
    assert code == 2
    assert err == f"careplan: error: cannot write {old_handout}: the disk is full; free some space and try again\n"
    assert old_handout.read_bytes() == b"%PDF-1.4 previous handout"
    assert not (tmp_path / "f.json").exists() and _temps(tmp_path) == []


def test_disk_full_while_keeping_the_backup_keeps_the_old_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan(), path)
    save_plan(_plan("Version 2"), path)
    before, backup_before = path.read_bytes(), backup_path(path).read_bytes()
    real_fsync = os.fsync
    calls: list[int] = []

    def second_fsync_fails(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the new file synced, then the backup copy fails
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", second_fsync_fails)
    with pytest.raises(OSError):
        save_plan(_plan("Version 3"), path)
    assert (path.read_bytes(), backup_path(path).read_bytes()) == (before, backup_before)
    assert _temps(tmp_path) == []


# --- read-only and vanished folders ---------------------------------------------------------------

def _make_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only folder: real permissions when they bind; as root (where they do not), the same
    error injected where the file system would raise it."""
    if POSIX and os.geteuid() != 0:
        folder.chmod(0o555)
    else:
        monkeypatch.setattr(atomic.tempfile, "mkstemp", _os_error(errno.EACCES))


def test_read_only_folder_new_and_export_fail_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan_path = tmp_path / "p.careplan.json"
    save_plan(_plan(), plan_path)
    locked = tmp_path / "locked"
    locked.mkdir()
    existing = locked / "old.careplan.json"
    save_plan(_plan("Keep me"), existing)
    before = existing.read_bytes()
    _make_read_only(locked, monkeypatch)
    try:
        code, err = _cli(["new", "--template", "chronic-low-back-pain", "-o", str(existing), "--force"], capsys)
        assert code == 2 and err == f"careplan: error: cannot write {existing}: permission denied; choose a folder you can write to\n"
        code, err = _cli(["export", str(plan_path), "--handout", str(locked / "h.pdf")], capsys)
        assert code == 2 and err.count("\n") == 1 and "permission denied" in err
        assert existing.read_bytes() == before and sorted(p.name for p in locked.iterdir()) == ["old.careplan.json"]
    finally:
        locked.chmod(0o755)


def test_folder_removed_before_saving(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    target = folder / "p.careplan.json"
    folder.rmdir()
    with pytest.raises(FileNotFoundError):
        save_plan(_plan(), target)
    code, err = _cli(["new", "--template", "chronic-low-back-pain", "-o", str(target)], capsys)
    assert code == 2 and err == f"careplan: error: folder {folder} does not exist\n"


def test_folder_removed_during_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = tmp_path / "p.careplan.json"
    save_plan(_plan(), plan_path)
    out = tmp_path / "out"
    out.mkdir()
    real_mkstemp = atomic.tempfile.mkstemp

    def folder_vanishes(*args: object, **kwargs: object) -> tuple[int, str]:
        out.rmdir()  # removed after the checks, while the PDF was being rendered
        return real_mkstemp(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(atomic.tempfile, "mkstemp", folder_vanishes)
    code, err = _cli(["export", str(plan_path), "--handout", str(out / "h.pdf")], capsys)
    assert code == 2
    assert err == f"careplan: error: cannot write {out / 'h.pdf'}: the folder or file does not exist (it may have been moved or removed); choose an existing folder\n"


# --- crashes ------------------------------------------------------------------------------------

def test_an_exception_between_write_and_rename_keeps_the_old_version_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan(), path)
    before = path.read_bytes()
    monkeypatch.setattr(atomic.os, "replace", _os_error(errno.EIO))
    with pytest.raises(OSError):
        save_plan(_plan("Version 2"), path)
    assert path.read_bytes() == before and _temps(tmp_path) == []


_CHILD_PRELUDE = """
import os, sys, time
sys.path.insert(0, {root!r})
from careplan.domain.plan import CarePlan, Goal, Patient
from careplan.storage import atomic
from careplan.storage.plan_files import save_plan
"""


def _child(code: str, tmp_path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
    source = _CHILD_PRELUDE.format(root=str(ROOT)) + textwrap.dedent(code)
    return subprocess.Popen([sys.executable, "-c", source], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_a_process_dying_between_write_and_rename_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan(), path)
    before = path.read_bytes()
    # The child dies the hard way (no cleanup, no finally) at the moment of the rename.
    child = _child(f"""
        real_replace = atomic.os.replace
        atomic.os.replace = lambda src, dst: os._exit(9) if str(dst) == {str(path)!r} else real_replace(src, dst)
        save_plan(CarePlan(title="Version 2", patient=Patient(name="x")), {str(path)!r})
    """, tmp_path)
    assert child.wait(timeout=60) == 9, child.stderr.read() if child.stderr else ""
    assert path.read_bytes() == before and load_plan(path).title == "Version 1"
    leftovers = _temps(tmp_path)
    assert len(leftovers) == 1 and f".{child.pid}." in leftovers[0]
    assert json.loads((tmp_path / leftovers[0]).read_text(encoding="utf-8"))["title"] == "Version 2"
    # The next start removes it (its writer is gone); a fresh save works.
    assert clean_up_at_start([tmp_path]) == [tmp_path / leftovers[0]]
    assert _temps(tmp_path) == []
    save_plan(_plan("Version 3"), path)
    assert load_plan(path).title == "Version 3" and load_plan(backup_path(path)).title == "Version 1"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 exists on POSIX only")
@pytest.mark.parametrize("slow_fsync", [False, True])
def test_kill_9_mid_save_never_loses_the_previous_version(tmp_path: Path, slow_fsync: bool) -> None:
    path = tmp_path / "p.careplan.json"
    save_plan(_plan("Version 0"), path)
    interrupted = 0
    for round_ in range(3):
        # The child saves ever-new versions (about 50 KB each) as fast as it can, saying so
        # before each one; the parent kills it with SIGKILL in the middle of that stream.
        # With a slow fsync (20 ms) the kill lands inside a save, between write and rename.
        child = _child(f"""
            if {slow_fsync!r}:
                real_fsync = atomic.os.fsync
                def slow(fd):
                    time.sleep(0.02)
                    real_fsync(fd)
                atomic.os.fsync = slow
            n = {round_ * 1000 + 1}
            while True:
                plan = CarePlan(title=f"Version {{n}}", patient=Patient(name="x"), notes="x" * 9000,
                                goals=[Goal(text="y" * 1900) for _ in range(20)])
                print(n, flush=True)
                save_plan(plan, {str(path)!r})
                n += 1
        """, tmp_path)
        assert child.stdout is not None
        started = 0
        for _ in range(2 + round_):
            line = child.stdout.readline()
            assert line.strip().isdigit(), child.stderr.read() if child.stderr else line
            started = int(line)
        time.sleep(0.01 if slow_fsync else 0.002 * round_)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
        child.stdout.close()
        if child.stderr:
            child.stderr.close()
        # Whatever moment the kill hit, the file is one whole version, no older than the last
        # save known to have finished; the backup is whole too, and not newer.
        version = int(load_plan(path).title.split()[1])
        assert version >= started - 1
        assert int(load_plan(backup_path(path)).title.split()[1]) <= version
        removed = clean_up_at_start([tmp_path])
        assert _temps(tmp_path) == [] and all(f".{child.pid}." in p.name for p in removed)
        interrupted += bool(removed)
    if slow_fsync:
        assert interrupted >= 1  # at least one kill landed inside a save and left its temp file


# --- stale temporary files ------------------------------------------------------------------------

def test_only_dead_or_old_temp_files_are_removed(tmp_path: Path) -> None:
    dead_pid = _dead_pid()
    live = tmp_path / f".p.careplan.json.{os.getpid()}.abcdefgh.tmp"
    dead = tmp_path / f".p.careplan.json.{dead_pid}.abcdefgh.tmp"
    old = tmp_path / ".q.careplan.json.zyxwvuts.tmp"  # an older version's name, without a pid
    fresh_old_style = tmp_path / ".r.careplan.json.qwertyui.tmp"
    unrelated = tmp_path / "notes.tmp"
    for p in (live, dead, old, fresh_old_style, unrelated):
        p.write_text("{}", encoding="utf-8")
    ancient = time.time() - 2 * atomic.STALE_AFTER_SECONDS
    os.utime(old, (ancient, ancient))
    found = set(stale_temp_files(tmp_path))
    assert found == ({dead, old} if POSIX else {old})
    assert set(stale_temp_files(tmp_path, "p.careplan.json")) == ({dead} if POSIX else set())
    assert set(clean_up_at_start([tmp_path])) == found
    assert {p.name for p in tmp_path.iterdir()} == {p.name for p in (live, fresh_old_style, unrelated, dead) if p not in found}


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_saving_removes_leftovers_of_this_file_only(tmp_path: Path) -> None:
    dead_pid = _dead_pid()
    mine = tmp_path / f".p.careplan.json.{dead_pid}.abcdefgh.tmp"
    other = tmp_path / f".other.careplan.json.{dead_pid}.abcdefgh.tmp"
    mine.write_text("{}", encoding="utf-8")
    other.write_text("{}", encoding="utf-8")
    save_plan(_plan(), tmp_path / "p.careplan.json")
    assert not mine.exists() or not POSIX
    assert other.exists()


# --- internal errors --------------------------------------------------------------------------------

def test_a_bug_exits_3_with_one_line_and_a_private_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from careplan.domain import safety
    from careplan.storage import paths

    plan_path = tmp_path / "p.careplan.json"
    save_plan(_plan(), plan_path)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise KeyError("the bug")

    monkeypatch.setattr(safety, "check_plan", broken)
    code, err = _cli(["check", str(plan_path)], capsys)
    logs = list(paths.log_dir().glob("internal-error-*.log"))
    assert code == 3 and len(logs) == 1
    assert err == f"careplan: internal error (KeyError) in Careplan; details were written to {logs[0]}; please report it\n"
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'the bug'" in text and "careplan check" in text
    if POSIX:
        assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
        assert stat.S_IMODE(paths.log_dir().stat().st_mode) == 0o700
        assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700


def test_a_bug_in_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r}); import careplan.cli.check_cmd as c; "
            "c.load_and_check = lambda *a: 1 / 0; from careplan.cli import main; sys.exit(main(['check', 'x.json']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 3 and done.stdout == ""
    assert done.stderr.startswith("careplan: internal error (ZeroDivisionError)") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert len(list((tmp_path / "data" / "logs").glob("*.log"))) == 1
