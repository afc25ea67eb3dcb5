"""How the ``careplan`` program ends (issue 25): a finished one-shot command skips the interpreter's
teardown, yet its output, its exit code and every exit handler are as a normal exit leaves them;
the GUI, and a command that left a thread running, end the ordinary way."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from careplan import cli

ROOT = Path(__file__).resolve().parent.parent
CRITICAL = ROOT / "examples" / "critical-drug-interaction.careplan.json"


def _script(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=False, cwd=ROOT,
                          timeout=120)


def test_output_code_and_exit_handlers_survive_the_short_exit(tmp_path: Path) -> None:
    marker = tmp_path / "handler-ran"
    result = _script(tmp_path, f"""
        import atexit, pathlib, sys
        sys.path.insert(0, {str(ROOT)!r})
        atexit.register(lambda: pathlib.Path({str(marker)!r}).write_text("yes"))
        sys.stdout.write("unflushed ")  # no newline: only a flush at exit puts it out
        sys.argv = ["careplan", "check", {str(CRITICAL)!r}]
        from careplan.cli import entry
        entry()
        """)
    assert result.returncode == 1, result.stderr  # a critical finding is open
    assert result.stdout.startswith("unflushed ")
    assert "CRITICAL" in result.stdout and "MME/day" in result.stdout
    assert marker.read_text() == "yes"


def test_a_thread_still_running_is_waited_for(tmp_path: Path) -> None:
    marker = tmp_path / "thread-done"
    result = _script(tmp_path, f"""
        import pathlib, sys, threading, time
        sys.path.insert(0, {str(ROOT)!r})
        from careplan import cli
        def late() -> None:
            while cli._last_command == "gui":  # until the command has started: it must end first
                time.sleep(0.01)
            time.sleep(0.5)
            pathlib.Path({str(marker)!r}).write_text("done")
        threading.Thread(target=late).start()
        sys.argv = ["careplan", "validate", {str(CRITICAL)!r}]
        cli.entry()
        """)
    assert result.returncode == 0, result.stderr
    assert marker.read_text() == "done"


@pytest.mark.parametrize(("argv", "short"), [
    (["check", str(CRITICAL)], True),
    (["validate", str(CRITICAL)], True),
    (["gui"], False),
    ([], False),
    (["no-such-command"], False),  # refused before any command ran
])
def test_only_a_command_that_ran_takes_the_short_exit(argv: list[str], short: bool, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    taken: list[int] = []
    monkeypatch.setattr(cli, "_exit_without_teardown", taken.append)
    monkeypatch.setattr(cli, "_run_gui", lambda args: 0)  # no window in this test
    monkeypatch.setattr(cli, "_last_command", "gui")
    monkeypatch.setattr(sys, "argv", ["careplan", *argv])
    with pytest.raises(SystemExit) as ended:
        cli.entry()
    capsys.readouterr()
    assert taken == ([ended.value.code] if short else [])
