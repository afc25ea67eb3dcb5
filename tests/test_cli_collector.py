"""A command pauses the cycle collector while it loads and always leaves it as it found it (issue 25):
collecting, nothing frozen, whether the command succeeded, was refused or was used wrongly."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from careplan.cli import collector, main

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str]) -> int:
    try:
        return main(args)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.mark.parametrize("args", [
    ["export", str(ROOT / "examples" / "knee-oa.careplan.json"), "--summary", "{tmp}/s.pdf"],
    ["export", str(ROOT / "examples" / "critical-opioid-mme.careplan.json"), "--summary", "{tmp}/s.pdf"],
    ["check", str(ROOT / "examples" / "knee-oa.careplan.json")],
    ["export", "--no-such-option"],
    ["export", "{tmp}/missing.careplan.json", "--summary", "{tmp}/s.pdf"],
])
def test_the_collector_is_back_on_after_any_command(args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert gc.isenabled()
    _run([a.replace("{tmp}", str(tmp_path)) for a in args])
    capsys.readouterr()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_export_renders_with_the_collector_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    import careplan.export

    seen: list[bool] = []
    real = careplan.export.render_summary

    def spy(*args: object, **kwargs: object) -> bytes:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(careplan.export, "render_summary", spy)
    code = _run(["export", str(ROOT / "examples" / "knee-oa.careplan.json"), "--summary", str(tmp_path / "s.pdf")])
    capsys.readouterr()
    assert code == 0 and seen == [True]


def test_pause_and_resume_leave_a_collector_that_was_off_alone() -> None:
    gc.disable()
    try:
        collector.pause()
        collector.finish()
        assert not gc.isenabled()
    finally:
        gc.enable()
