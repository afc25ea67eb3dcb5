"""``careplan check FILE``: the safety findings, for a person or as JSON; exit 1 while a critical is open."""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careplan.cli.output import EXIT_CLINICAL, EXIT_OK, CliError
from careplan.domain.catalog import load_catalog
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan

if TYPE_CHECKING:
    from careplan.domain.findings import SafetyReport
    from careplan.domain.plan import CarePlan


def register(sub: Any) -> None:
    check = sub.add_parser("check", help="list safety findings; exit 1 if a critical one is unacknowledged")
    check.add_argument("file", metavar="FILE")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.set_defaults(func=cmd_check)


def load_and_check(raw_path: str) -> tuple[CarePlan, SafetyReport]:
    from careplan.domain.safety import check_plan

    try:
        plan = load_plan(Path(raw_path))
    except PlanFileError as exc:
        raise CliError(f"{raw_path}: {exc}") from None
    return plan, check_plan(plan, load_catalog())


def report_json(report: SafetyReport) -> dict[str, Any]:
    return {
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "title": f.title,
                "detail": f.detail,
                "items": list(f.items),
                "sources": [s.model_dump(mode="json") for s in f.sources],
                "acknowledged": f.acknowledged,
                "acknowledgement": f.acknowledgement.model_dump(mode="json") if f.acknowledgement else None,
            }
            for f in report.findings
        ],
        "mme_per_day": round(report.mme.total, 1),
        "mme": report.mme.model_dump(mode="json"),
        "stale_acknowledgements": [s.model_dump(mode="json") for s in report.stale_acknowledgements],
    }


def print_findings(report: SafetyReport) -> None:
    wrap = textwrap.TextWrapper(width=100, initial_indent=" " * 10, subsequent_indent=" " * 10)
    for f in report.findings:
        print(f"{f.severity.upper():<9} {f.rule}: {f.title}")
        print(wrap.fill(f.detail))
        if f.acknowledgement is not None:
            ack = f.acknowledgement
            who = f" by {ack.by}" if ack.by else ""
            print(wrap.fill(f"Acknowledged{who} on {ack.at:%Y-%m-%d}: {ack.reason}"))
    for stale in report.stale_acknowledgements:
        print(f"{'STALE':<9} acknowledgement of {stale.acknowledgement.rule}: {stale.reason}")


def cmd_check(args: argparse.Namespace) -> int:
    _, report = load_and_check(args.file)
    if args.json:
        print(json.dumps(report_json(report), indent=2, ensure_ascii=False))
    else:
        print_findings(report)
        mme = report.mme
        print(f"MME/day: {mme.total:.1f} ({mme.table} factors). {mme.caveat}")
        blocking = len(report.blocking)
        counts = ", ".join(f"{report.count(s)} {s}" for s in ("critical", "warning", "info"))
        print(f"{len(report.findings)} finding(s): {counts}; {blocking} critical unacknowledged.")
    return EXIT_CLINICAL if report.blocking else EXIT_OK
