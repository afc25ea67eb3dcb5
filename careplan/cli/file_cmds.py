"""Subcommands about files: ``new``, ``validate`` and ``schema``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from careplan.cli.output import EXIT_BAD_INPUT, EXIT_OK, CliError, checked_text, one_line, output_path, shown_path
from careplan.domain.limits import MAX_SHORT_TEXT
from careplan.domain.plan import CarePlan
from careplan.storage.errors import PlanFileError
from careplan.storage.os_errors import describe_os_error
from careplan.storage.plan_files import load_plan, save_plan
from careplan.storage.targets import link_note
from careplan.storage.templates import KratomCautionsRequired, default_library, plan_from_template


def register(sub: Any) -> None:
    new = sub.add_parser("new", help="write a new plan file from a template")
    new.add_argument("--template", required=True, metavar="ID", help="template id (see 'careplan templates list')")
    new.add_argument("-o", "--output", required=True, metavar="FILE", help="the plan file to create")
    new.add_argument("--force", action="store_true", help="replace FILE if it exists (its old version is kept as FILE.bak)")
    new.add_argument("--kratom-cautions-accepted-by", metavar="NAME", default=None,
                     help="for a template with a kratom module: who read and accepted its cautions "
                          "('careplan catalog kratom-cautions') for this plan")
    new.set_defaults(func=cmd_new)

    validate = sub.add_parser("validate", help="check that FILE is a well-formed plan or template file")
    validate.add_argument("file", metavar="FILE")
    validate.set_defaults(func=cmd_validate)

    schema = sub.add_parser("schema", help="print the plan file's JSON Schema")
    schema.set_defaults(func=cmd_schema)


def cmd_new(args: argparse.Namespace) -> int:
    accepted_by = args.kratom_cautions_accepted_by
    if accepted_by is not None:
        checked_text("--kratom-cautions-accepted-by", accepted_by, MAX_SHORT_TEXT)
    path = output_path(args.output, force=args.force)
    refuse_replacing_a_signed_plan(path)
    try:
        template = default_library().load(args.template)
    except PlanFileError as exc:
        raise CliError(str(exc)) from None
    try:
        plan = plan_from_template(template, kratom_accepted_by=accepted_by)
    except KratomCautionsRequired as exc:
        raise CliError(f"{exc}; on the command line, read 'careplan catalog kratom-cautions' and give "
                       "--kratom-cautions-accepted-by NAME") from None
    try:
        save_plan(plan, path)
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", args.output)) from None
    print(f"Created {shown_path(args.output)}{link_note(Path(args.output), path)} from template {args.template!r}")
    return EXIT_OK


def refuse_replacing_a_signed_plan(path: Path) -> None:
    """A signed record is never replaced by a new file (``new --force``, ``revise --force``)."""
    if not path.exists():
        return
    try:
        existing = load_plan(path)
    except PlanFileError:
        return  # not a readable plan: --force may replace it (its old version is kept as .bak)
    if existing.status == "final":
        raise CliError(f"{path} is a signed-off plan; a signed record is never replaced, choose another file name")


def cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        plan = load_plan(path)
    except PlanFileError as exc:
        for problem in exc.problems:
            print(f"{shown_path(path)}: {one_line(problem)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    kind = "template" if plan.is_template else "plan"
    print(f"{shown_path(path)}: valid {kind} '{plan.title or 'untitled'}' (schema version {plan.schema_version})")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(CarePlan.model_json_schema(), indent=2))
    return EXIT_OK
