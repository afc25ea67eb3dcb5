"""``careplan sign``, ``revise`` and ``diff``: sign a plan off, start its next revision, compare two plans.

``sign`` turns the draft file into the signed record in place (atomically, the draft kept as
``FILE.bak``). ``revise`` never touches FILE: the new revision goes to its own file, so each
signed revision stays readable as it was signed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from itertools import groupby
from pathlib import Path
from typing import Any

from careplan.cli.file_cmds import refuse_replacing_a_signed_plan
from careplan.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_CLINICAL,
    EXIT_OK,
    CliError,
    checked_text,
    one_line,
    output_path,
    shown_path,
)
from careplan.cli.store_cmds import STORE_ENV, store_options
from careplan.domain.catalog import load_catalog
from careplan.domain.lifecycle import LifecycleError, SignOffBlocked, revise, sign, signed_words
from careplan.domain.limits import MAX_SHORT_TEXT
from careplan.domain.plan import CarePlan
from careplan.domain.plan_diff import diff_plans
from careplan.storage.errors import PlanFileError
from careplan.storage.os_errors import describe_os_error
from careplan.storage.paths import same_file
from careplan.storage.plan_files import load_plan, save_plan
from careplan.storage.targets import TargetRefused, link_note, real_target


def register(sub: Any) -> None:
    sign_cmd = sub.add_parser("sign", help="sign a plan off: status final (refused while a critical finding is open)")
    sign_cmd.add_argument("file", metavar="FILE")
    sign_cmd.add_argument("--by", required=True, metavar="NAME", help="the signing clinician's name")
    sign_cmd.add_argument("--credentials", default="", metavar="C", help="e.g. MD, DO, FRCA")
    store_options(sign_cmd)  # with --store (or CAREPLAN_STORE) the signed version also goes to the clinic store
    sign_cmd.set_defaults(func=cmd_sign)

    revise_cmd = sub.add_parser("revise", help="start revision n+1 of a signed plan as a draft in NEW; FILE stays as it was")
    revise_cmd.add_argument("file", metavar="FILE")
    revise_cmd.add_argument("-o", "--output", required=True, metavar="NEW", help="the file for the new revision")
    revise_cmd.add_argument("--force", action="store_true", help="replace NEW if it exists and is not a signed plan")
    revise_cmd.set_defaults(func=cmd_revise)

    diff_cmd = sub.add_parser("diff", help="what was added, removed and changed from OLD to NEW, in clinical words")
    diff_cmd.add_argument("old", metavar="OLD")
    diff_cmd.add_argument("new", metavar="NEW")
    diff_cmd.add_argument("--json", action="store_true", help="machine-readable output")
    diff_cmd.set_defaults(func=cmd_diff)


def _load(raw: str) -> CarePlan:
    try:
        return load_plan(Path(raw))
    except PlanFileError as exc:
        raise CliError(f"{raw}: {exc}") from None


def _write(plan: CarePlan, path: Path) -> None:
    try:
        save_plan(plan, path, touch=False)
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", path)) from None


def cmd_sign(args: argparse.Namespace) -> int:
    checked_text("--by", args.by, MAX_SHORT_TEXT)
    checked_text("--credentials", args.credentials, MAX_SHORT_TEXT)
    path = Path(args.file)
    plan = _load(args.file)
    try:
        signed = sign(plan, args.by, args.credentials, catalog=load_catalog())
    except SignOffBlocked as exc:
        print(f"careplan: refused: {exc}", file=sys.stderr)
        for finding in exc.findings:
            print(f"  {finding.rule}: {one_line(finding.title)}", file=sys.stderr)
        return EXIT_CLINICAL
    except LifecycleError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    # Signing replaces the file: a read-only file is refused (its owner made it so); a link to a
    # plan is followed, and the plan it points to is signed.
    try:
        target = real_target(path)
    except TargetRefused as exc:
        raise CliError(f"cannot sign {path}: {exc}") from None
    _write(signed, target)  # the file first: a store that fails afterwards loses nothing here
    assert signed.signed_off is not None
    print(f"Signed off {shown_path(path)}{link_note(path, target)}: revision {signed.revision}, "
          f"{one_line(signed_words(signed.signed_off))}")
    if args.store or os.environ.get(STORE_ENV):
        return _store_signed(args, signed, target)
    return EXIT_OK


def _store_signed(args: argparse.Namespace, signed: CarePlan, path: Path) -> int:
    from careplan.cli.store_cmds import actor, resolve
    from careplan.storage.store.signing import store_signed

    url, clinic = resolve(args, use_preferences=False)
    outcome = store_signed(signed, url, clinic, actor(args, args.by), path)
    if not outcome.stored:
        print(f"careplan: error: {outcome.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(outcome.message[0].upper() + outcome.message[1:])
    return EXIT_OK


def cmd_revise(args: argparse.Namespace) -> int:
    source = Path(args.file)
    target = Path(args.output)
    if same_file(source, target):
        raise CliError(f"-o {target} is the plan being revised; the new revision needs its own file")
    plan = _load(args.file)
    try:
        revision = revise(plan)
    except LifecycleError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    target = output_path(args.output, force=args.force)
    if same_file(source, target):
        raise CliError(f"-o {args.output} leads to the plan being revised; the new revision needs its own file")
    refuse_replacing_a_signed_plan(target)
    _write(revision, target)
    assert plan.signed_off is not None
    print(f"Wrote {shown_path(args.output)}{link_note(Path(args.output), target)}: revision {revision.revision} (draft). "
          f"{shown_path(source)} stays as revision {plan.revision}, signed off by {one_line(signed_words(plan.signed_off))}.")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace) -> int:
    old, new = _load(args.old), _load(args.new)
    differences = diff_plans(old, new, load_catalog())
    if args.json:
        print(json.dumps([{"section": d.section, "text": d.text} for d in differences], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not differences:
        print("No differences.")
        return EXIT_OK
    for section, group in groupby(differences, key=lambda d: d.section):
        print(section)
        for difference in group:
            print(f"  {difference.text}")
    return EXIT_OK
