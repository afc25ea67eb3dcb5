"""The safety check's pace (issue 25): live on every edit for a real plan; for a plan whose check is
slow, once the edits pause, with the screens saying so meanwhile and never a stale report behind
an export or an acknowledgement."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from careplan.domain.safety import check_plan
from careplan.storage.plan_files import load_plan
from careplan.ui.findings import safety_monitor
from careplan.ui.findings.findings_view import checking_line
from careplan.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLES

# A plan whose examples raise findings, and an edit that adds one no other test here names.
PLAN = EXAMPLES / "low-back-pain.careplan.json"


def _add_condition(window: MainWindow) -> None:
    ws = window.workspace
    conditions = [*ws.document.plan.patient.conditions, "ckd"]
    ws.edits.set_field(("patient", "conditions"), conditions, "conditions")


def _open(window: MainWindow) -> None:
    """Open PLAN with its first check settled (opening is an edit too)."""
    window.workspace.document.reset(load_plan(PLAN), None)
    assert window.workspace.monitor.report is not None


def _rules(window: MainWindow) -> list[str]:
    model = window.workspace.findings.model
    return [f.rule for f in (model.finding(row) for row in range(model.rowCount())) if f is not None]


@pytest.fixture
def slow_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every check counts as slow (a plan of a few hundred lines), whatever this machine's speed."""
    monkeypatch.setattr(safety_monitor, "LIVE_BUDGET_S", -1.0)


def test_a_real_plan_is_checked_on_every_edit(window: MainWindow) -> None:
    ws = window.workspace
    _open(window)
    before = _rules(window)
    _add_condition(window)
    assert not ws.monitor.checking
    assert _rules(window) != before  # the panel already shows the new finding
    assert ws.status.findings.text() != checking_line()


def test_a_slow_plan_is_checked_once_the_edits_pause(window: MainWindow, slow_checks: None, qtbot: QtBot) -> None:
    ws = window.workspace
    _open(window)
    before = _rules(window)
    _add_condition(window)
    assert ws.monitor.checking
    assert ws.status.findings.text() == checking_line()
    assert ws.findings.summary.text() == checking_line()
    assert not ws.findings.acknowledge.isEnabled()  # nothing is acknowledged from the old list
    assert _rules(window) == before
    qtbot.waitUntil(lambda: not ws.monitor.checking, timeout=3000)
    assert _rules(window) != before
    assert ws.status.findings.text() not in ("", checking_line())
    assert ws.findings.summary.text() not in ("", checking_line())
    assert ws.findings.acknowledge.isEnabled()


def test_reading_the_report_checks_what_is_owed(window: MainWindow, slow_checks: None) -> None:
    ws = window.workspace
    _open(window)
    stale = ws.monitor.report
    _add_condition(window)
    assert ws.monitor.checking
    fresh = ws.monitor.report  # what export, print and sign read
    assert not ws.monitor.checking
    assert fresh != stale
    assert [f.rule for f in fresh.findings] == _rules(window)
    assert ws.status.findings.text() != checking_line()


def test_edits_that_never_pause_are_still_checked(window: MainWindow, slow_checks: None,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety_monitor, "MAX_STALE_S", 0.0)
    ws = window.workspace
    _open(window)
    before = _rules(window)
    _add_condition(window)
    assert ws.monitor.checking
    ws.edits.set_field(("patient", "age"), 71, "age")  # the next edit finds the check overdue
    assert not ws.monitor.checking
    assert _rules(window) != before


def test_another_plan_opened_is_checked_at_once(window: MainWindow, slow_checks: None) -> None:
    # Never the last patient's findings beside a new patient's plan, even for a moment.
    ws = window.workspace
    ws.document.reset(load_plan(PLAN), None)
    assert ws.monitor.report is not None
    _add_condition(window)
    assert ws.monitor.checking  # an edit of the old plan still owed its check
    other = load_plan(EXAMPLES / "knee-oa.careplan.json")
    ws.document.reset(other, None)
    assert not ws.monitor.checking
    assert ws.findings.summary.text() != checking_line()
    assert _rules(window) == [f.rule for f in check_plan(other, ws.catalog).findings]
