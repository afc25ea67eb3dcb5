"""The outline's line for monitoring and measures: how many visits, and what is overdue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from careplan.domain.plan import CarePlan


def over_time_text(plan: CarePlan) -> str:
    """ "Monitoring and measures (3 visits)"; the count of visits is the measure dates recorded."""
    visits = len({e.date for e in plan.measures})
    done = len(plan.monitoring)
    parts = [QCoreApplication.translate("OutlineText", "%n visit(s)", "", visits)] if visits else []
    if done:
        parts.append(QCoreApplication.translate("OutlineText", "%n check(s)", "", done))
    return QCoreApplication.translate("OutlineText", "Monitoring and measures ({0})").format(', '.join(parts)) if parts else QCoreApplication.translate("OutlineText", "Monitoring and measures")
