"""Test-wide setup: offscreen Qt, and private data/config/cache folders so tests never touch the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.robustness_stats import STATS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CAREPLAN_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("CAREPLAN_CONFIG_DIR", str(tmp_path / "user-config"))
    # Not under tmp_path: whichever test first loads the catalog in a process writes the compiled
    # copy, and tests that check their folder holds only what they wrote would then depend on order.
    monkeypatch.setenv("CAREPLAN_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))
    yield


@pytest.fixture
def repo_root() -> Path:
    return ROOT


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.passed and "fault" in report.keywords:
        STATS["fault tests passed"] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how much hostile input the run pushed through (issue 10): corpus, faults, generated plans."""
    terminalreporter.section("robustness")
    terminalreporter.write_line(f"bad-input corpus files checked (CLI and GUI): {STATS['corpus files']} "
                                f"(GUI opens: {STATS['corpus files opened in the GUI']})")
    terminalreporter.write_line(f"fault-injection tests passed: {STATS['fault tests passed']}")
    terminalreporter.write_line(f"generated plans through load, check, save, export and make-template: {STATS['generated plans']}")
