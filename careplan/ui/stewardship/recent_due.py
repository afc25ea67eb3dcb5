"""The start page's word on a recent plan's monitoring: the next task due, or what is overdue,
read from the plan file (cached by file and modification time, so the page opens quickly)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from careplan.domain.catalog import load_catalog
from careplan.domain.monitoring import monitoring_status
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan
from careplan.ui.translations import QT_TRANSLATE_NOOP

# Short names: the start page's column is narrow.
SHORT = {"pdmp_check": QT_TRANSLATE_NOOP("RecentDue", "PDMP check"), "urine_drug_test": QT_TRANSLATE_NOOP("RecentDue", "Drug test"), "naloxone_offered": QT_TRANSLATE_NOOP("RecentDue", "Naloxone offer"),
         "treatment_agreement": QT_TRANSLATE_NOOP("RecentDue", "Agreement"), "bowel_regimen": QT_TRANSLATE_NOOP("RecentDue", "Bowel regimen")}


@lru_cache(maxsize=64)
def _due_text(path: str, mtime: float, today: date) -> str:
    try:
        plan = load_plan(Path(path))
    except (PlanFileError, OSError):  # a file that no longer opens is the open action's to report
        return "\u2014"
    if plan.patient is None:
        return "\u2014"
    status = [s for s in monitoring_status(plan, load_catalog(), today) if s.due is not None]
    if not status:
        return QCoreApplication.translate("RecentDue", "none due")
    late = [s for s in status if s.state in ("overdue", "missing")]
    if late:
        first = min(late, key=lambda s: s.due or today)
        more = f" (+{len(late) - 1})" if len(late) > 1 else ""
        what = QCoreApplication.translate("RecentDue", "not recorded") if first.state == "missing" else QCoreApplication.translate("RecentDue", "overdue since {0}").format(first.due.isoformat() if first.due else '')
        return f"{QCoreApplication.translate('RecentDue', SHORT[first.kind])} {what}{more}"
    soonest = min(status, key=lambda s: s.due or today)
    return QCoreApplication.translate("RecentDue", "{0} due {1}").format(QCoreApplication.translate("RecentDue", SHORT[soonest.kind]), soonest.due.isoformat() if soonest.due else '')


def monitoring_due_text(path: Path, today: date | None = None) -> str:
    """ "Drug test due 2027-03-02", "PDMP check overdue since ... (+1)", "none due" or "—"."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return "\u2014"
    return _due_text(str(path), mtime, today or date.today())
