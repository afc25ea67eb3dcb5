"""Every command's text and targets checked (issue 24): text arguments and preferences held to the
model's limits, outputs opened like inputs, read-only and linked plans handled as a careful editor
would, temporary files gone on any exit. Each refusal is one line, exit 2, and nothing written."""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from careplan.domain import limits
from careplan.domain.plan import CarePlan, FlarePlan, Goal
from careplan.storage.paths import preferences_path
from careplan.storage.plan_files import load_plan, save_plan
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "low-back-pain.careplan.json"
INVALID_UTF8 = os.fsdecode(b"Dr \xff\xfe")  # what an argument with bytes that are not UTF-8 becomes
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and permission bits are POSIX")


def _plan(tmp_path: Path, name: str = "p.careplan.json") -> Path:
    path = tmp_path / name
    shutil.copyfile(EXAMPLE, path)
    return path


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _one_line_refusal(code: int, out: str, err: str, needle: str) -> None:
    assert (code, out) == (2, ""), err
    assert err.count("\n") == 1 and needle in err and "Traceback" not in err, err


BAD_NAMES = [("a newline", "Dr A\nExample", "must be on one line"), ("a carriage return", "Dr A\rExample", "must be on one line"),
             ("U+2028", "Dr A\u2028Example", "must be on one line"), ("a control character", "Dr A\x07", "control character"),
             ("201 characters", "D" * 201, "too long (201 characters)"), ("300 characters", "D" * 300, "too long"),
             ("invalid UTF-8", INVALID_UTF8, "invalid Unicode")]


@pytest.mark.parametrize(("what", "value", "needle"), BAD_NAMES, ids=[b[0] for b in BAD_NAMES])
def test_sign_by_and_credentials_are_held_to_the_sign_offs_limits(what: str, value: str, needle: str, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    before = plan.read_bytes()
    for args in (["--by", value], ["--by", "Dr A", "--credentials", value]):
        code, out, err = run(["sign", str(plan), *args], capsys)
        _one_line_refusal(code, out, err, needle)
        assert err.startswith(f"careplan: error: {args[-2]} ")
    assert plan.read_bytes() == before and _files(tmp_path) == ["p.careplan.json"]


@pytest.mark.parametrize(("what", "value", "needle"), BAD_NAMES, ids=[b[0] for b in BAD_NAMES])
def test_kratom_accepted_by_is_held_to_its_fields_limits(what: str, value: str, needle: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "k.careplan.json"
    code, out, err = run(["new", "--template", "kratom-counselling-current-use", "-o", str(target),
                          "--kratom-cautions-accepted-by", value], capsys)
    _one_line_refusal(code, out, err, needle)
    assert _files(tmp_path) == []


@pytest.mark.parametrize(("option", "value", "needle"), [
    ("--clinic-name", "C" * 120_000, "too long (120,000 characters)"),
    ("--clinic-address", "line\n" * 5000, "too long"),
    ("--clinic-address", "line\n" * 9, "too many lines (10)"),
    ("--clinic-address", "l\u2028" * 9, "too many lines (10)"),
    ("--clinic-address", "l\x85" * 9, "too many lines (10)"),
    ("--clinic-name", INVALID_UTF8, "invalid Unicode"),
    ("--clinic-phone", "0207\n946", "must be on one line"),
])
def test_letterhead_text_is_held_to_the_letterheads_limits(option: str, value: str, needle: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    code, out, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf"), option, value], capsys)
    _one_line_refusal(code, out, err, needle)
    assert err.startswith(f"careplan: error: {option} ") and _files(tmp_path) == ["p.careplan.json"]


def test_the_most_a_letterhead_may_hold_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    address = "\n".join(["W" * (limits.MAX_ADDRESS // limits.MAX_ADDRESS_LINES - 1)] * limits.MAX_ADDRESS_LINES)
    code, _, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf"), "--clinic-name", "N" * 200,
                        "--clinic-address", address, "--clinic-phone", "9" * 200], capsys)
    assert code == 0, err
    assert (tmp_path / "h.pdf").read_bytes()[:5] == b"%PDF-"


@pytest.mark.parametrize("text", ["a\u2028b", "a\rb", "a\x85b", "a\u2029b", "a\r\nb"])
def test_line_limits_count_every_unicode_line_break(text: str) -> None:
    assert limits.line_count(text) == 2
    with pytest.raises(ValueError, match="must be on one line"):
        CarePlan(title=text)
    with pytest.raises(ValueError, match="too many lines"):
        CarePlan(goals=[Goal(text=text * limits.MAX_TEXT_LINES)])


def test_revise_at_the_last_revision_is_refused_not_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    assert run(["sign", str(plan), "--by", "Dr A"], capsys)[0] == 0
    data = json.loads(plan.read_text(encoding="utf-8"))
    data["revision"] = limits.MAX_REVISION
    plan.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(["revise", str(plan), "-o", str(tmp_path / "next.careplan.json")], capsys)
    _one_line_refusal(code, out, err, f"revision {limits.MAX_REVISION} is the last a plan may have")
    assert not (tmp_path / "next.careplan.json").exists()
    data["revision"] = limits.MAX_REVISION + 1
    plan.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(["check", str(plan)], capsys)
    assert code == 2 and "revision: must be at most 9999" in err


def test_a_plan_exactly_at_the_text_budget_can_be_signed_and_read_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    goals = [Goal(text="Walk " * 399 + "Walk") for _ in range(limits.MAX_GOALS)]
    steps = ["Rest " * 399 + "Rest" for _ in range(25)]
    plan = CarePlan(title="At the budget", goals=goals, flare_plan=FlarePlan(steps=steps))
    plan = plan.model_copy(update={"notes": "n" * (limits.MAX_PLAN_TEXT - limits.plan_text_length(plan))})
    assert limits.plan_text_length(CarePlan.model_validate(plan.model_dump())) == limits.MAX_PLAN_TEXT
    path = tmp_path / "full.careplan.json"
    save_plan(plan, path)
    code, out, err = run(["sign", str(path), "--by", "D" * 200, "--credentials", "C" * 200], capsys)
    assert code == 0 and out.startswith("Signed off"), err
    signed = load_plan(path)
    assert signed.status == "final"
    revised = tmp_path / "r2.careplan.json"
    assert run(["revise", str(path), "-o", str(revised)], capsys)[0] == 0 and load_plan(revised).revision == 2


@posix_only
def test_sign_refuses_a_read_only_plan_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    plan.chmod(0o400)
    before = plan.read_bytes()
    code, out, err = run(["sign", str(plan), "--by", "Dr A"], capsys)
    _one_line_refusal(code, out, err, "read-only (its owner made it so)")
    assert plan.read_bytes() == before and stat.S_IMODE(plan.stat().st_mode) == 0o400
    assert _files(tmp_path) == ["p.careplan.json"]  # no backup, no temp file


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_sign_follows_a_linked_plan_to_its_file_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "real").mkdir()
    plan = _plan(tmp_path / "real")
    link = tmp_path / "link.careplan.json"
    link.symlink_to(plan)
    code, out, err = run(["sign", str(link), "--by", "Dr A"], capsys)
    assert code == 0, err
    assert f"(a link: written to {plan})" in out
    assert link.is_symlink() and load_plan(plan).status == "final"
    assert (tmp_path / "real" / "p.careplan.json.bak").exists() and _files(tmp_path) == ["link.careplan.json", "real"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_symlink_loop_is_one_line_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.careplan.json"
    loop.symlink_to(loop)
    plan = _plan(tmp_path)
    for args in (["check", str(loop)], ["validate", str(loop)], ["sign", str(loop), "--by", "Dr A"],
                 ["revise", str(loop), "-o", str(tmp_path / "n.careplan.json")], ["diff", str(loop), str(plan)],
                 ["export", str(plan), "--handout", str(loop)], ["new", "--template", "knee-osteoarthritis", "-o", str(loop)]):
        code, out, err = run(args, capsys)
        assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err, args


def test_new_force_refuses_to_replace_a_signed_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    assert run(["sign", str(plan), "--by", "Dr A"], capsys)[0] == 0
    before = plan.read_bytes()
    code, out, err = run(["new", "--template", "knee-osteoarthritis", "-o", str(plan), "--force"], capsys)
    _one_line_refusal(code, out, err, "is a signed-off plan; a signed record is never replaced")
    assert plan.read_bytes() == before


def _cli(args: list[str], tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CAREPLAN_DATA_DIR": str(tmp_path / "data"), "CAREPLAN_CONFIG_DIR": str(tmp_path / "config")}
    # A blocked read or write would hang: the timeout is the failure.
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


@posix_only
def test_outputs_onto_a_fifo_or_a_link_to_dev_zero_are_refused_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    fifo = out / "fifo.careplan.json"
    os.mkfifo(fifo)
    zero = out / "zero.pdf"
    zero.symlink_to("/dev/zero")
    signed = _plan(tmp_path, "signed.careplan.json")
    assert _cli(["sign", str(signed), "--by", "Dr A"], tmp_path).returncode == 0
    for args in (["new", "--template", "knee-osteoarthritis", "-o", str(fifo), "--force"],
                 ["revise", str(signed), "-o", str(fifo), "--force"],
                 ["new", "--template", "knee-osteoarthritis", "-o", str(zero), "--force"],
                 ["export", str(signed), "--handout", str(zero)], ["export", str(signed), "--fhir", str(fifo)],
                 ["templates", "export", "knee-osteoarthritis", "-o", str(zero), "--force"]):
        done = _cli(args, tmp_path)
        assert done.returncode == 2 and "not a regular file" in done.stderr and done.stderr.count("\n") == 1, args
    assert _files(out) == ["fifo.careplan.json", "zero.pdf"]  # no temp file, no backup


@posix_only
def test_a_preferences_file_that_is_a_fifo_or_too_big_is_refused_not_read(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    os.mkfifo(config / "preferences.json")
    plan = _plan(tmp_path)
    done = _cli(["export", str(plan), "--handout", str(tmp_path / "h.pdf")], tmp_path)
    assert done.returncode == 2 and "preferences file" in done.stderr and "not a regular file" in done.stderr
    (config / "preferences.json").unlink()
    (config / "preferences.json").symlink_to("/dev/zero")
    done = _cli(["export", str(plan), "--handout", str(tmp_path / "h.pdf")], tmp_path)
    assert done.returncode == 2 and "not a regular file" in done.stderr and not (tmp_path / "h.pdf").exists()


@pytest.mark.parametrize(("prefs", "needle"), [
    ({"clinic_address": "line\n" * 5000}, "clinic_address: is too long"),
    ({"clinic_address": "l\u2028" * 20}, "clinic_address: has too many lines (21)"),
    ({"clinic_name": "C" * 120_000}, "clinic_name: is too long"),
    ({"clinician_name": "Dr\nA"}, "clinician_name: must be on one line"),
])
def test_preferences_text_is_held_to_the_same_limits(prefs: dict[str, str], needle: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(prefs), encoding="utf-8")
    plan = _plan(tmp_path)
    code, out, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf")], capsys)
    _one_line_refusal(code, out, err, needle)
    assert "fix it in Preferences" in err and not (tmp_path / "h.pdf").exists()


def _png(path: Path, size: tuple[int, int], mode: str = "1") -> Path:
    Image.new(mode, size).save(path, optimize=True)
    return path


def test_a_logo_is_refused_by_its_pixel_count_before_decoding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = _png(tmp_path / "big.png", (12000, 12000))  # tens of kilobytes on disk, 144 megapixels
    assert big.stat().st_size < 1_000_000
    over = _png(tmp_path / "over.png", (4097, 4096))
    plan = _plan(tmp_path)
    for logo in (big, over):
        code, out, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf"), "--logo", str(logo)], capsys)
        _one_line_refusal(code, out, err, "is too large")
        assert "Warning" not in err  # PIL's bomb warning never reaches stderr
    assert not (tmp_path / "h.pdf").exists()


def test_a_truncated_logo_is_refused_at_the_check_and_a_damaged_preference_never_stops_a_handout(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = _png(tmp_path / "logo.png", (64, 64), "RGB").read_bytes()
    truncated = tmp_path / "truncated.png"
    truncated.write_bytes(whole[: len(whole) - 20])
    plan = _plan(tmp_path)
    code, out, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf"), "--logo", str(truncated)], capsys)
    _one_line_refusal(code, out, err, "is damaged and cannot be read")
    path = preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"clinic_logo_path": str(truncated)}), encoding="utf-8")
    code, out, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf")], capsys)
    assert code == 0 and "Wrote" in out
    assert err.count("\n") == 1 and err.startswith("careplan: warning: the clinic logo in Preferences is left out")


def test_a_file_name_with_a_newline_keeps_every_message_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "two\nlines.careplan.json"
    odd.write_text("{", encoding="utf-8")
    for args in (["check", str(odd)], ["sign", str(odd), "--by", "Dr A"], ["export", str(odd), "--handout", str(tmp_path / "h.pdf")]):
        code, _, err = run(args, capsys)
        assert code == 2 and err.count("\n") == 1 and "two\\nlines" in err, args


@posix_only
def test_temporary_files_are_removed_when_the_process_is_terminated(tmp_path: Path) -> None:
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from careplan.storage import atomic\n"
        "with atomic._temp_file(Path(sys.argv[1])) as (fd, tmp):\n"
        "    os.write(fd, b'a whole plan')\n"
        "    print(tmp, flush=True)\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    signal.pause()\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "plan.careplan.json")], capture_output=True, text=True,
                          timeout=60, check=False, cwd=ROOT)
    assert done.returncode == -signal.SIGTERM  # it still dies of the signal
    assert Path(done.stdout.strip()).name.endswith(".tmp") and _files(tmp_path) == []


def test_an_export_removes_what_a_killed_export_of_the_same_file_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = _plan(tmp_path)
    dead_pid = 2**22 + 12345  # above any pid this machine hands out
    leftover = tmp_path / f".h.pdf.{dead_pid}.abcdefgh.tmp"
    leftover.write_bytes(b"%PDF- half a handout")
    code, _, err = run(["export", str(plan), "--handout", str(tmp_path / "h.pdf")], capsys)
    assert code == 0, err
    assert not leftover.exists() and _files(tmp_path) == ["h.pdf", "p.careplan.json"]
