"""``careplan export FILE``: the patient handout and clinician summary as PDF, written atomically."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from careplan.cli.check_cmd import load_and_check
from careplan.cli.output import EXIT_CLINICAL, EXIT_OK, CliError, output_path
from careplan.domain.catalog import load_catalog
from careplan.storage.atomic import atomic_write_bytes
from careplan.storage.os_errors import describe_os_error
from careplan.storage.paths import preferences_path, same_file
from careplan.storage.plan_files import PLAN_SUFFIX
from careplan.storage.preferences import load_preferences


def register(sub: Any) -> None:
    export = sub.add_parser("export", help="write the patient handout and/or clinician summary (PDF)")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--handout", metavar="PDF", help="write the patient handout here")
    export.add_argument("--summary", metavar="PDF", help="write the clinician summary here")
    export.add_argument("--fhir", metavar="JSON", help="write the plan as a FHIR R4 Bundle here")
    export.add_argument("--large-print", action="store_true", help="handout body text at 14 pt or more")
    export.add_argument("--clinic-name", help="letterhead: clinic name (default: from preferences)")
    export.add_argument("--clinic-address", help="letterhead: address")
    export.add_argument("--clinic-phone", help="letterhead: phone")
    export.add_argument("--logo", metavar="IMAGE", help="letterhead: logo image (PNG or JPEG)")
    export.add_argument("--clinician-name", help="summary signature block: printed name (default: from preferences)")
    export.add_argument("--clinician-credentials", help="summary signature block: credentials, e.g. MD")
    export.add_argument("--clinician-licence", metavar="NUMBER",
                        help="summary signature block: licence or registration number")
    export.set_defaults(func=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from careplan.export import render_handout, render_summary
    from careplan.export.options import ExportOptions, Letterhead, Signer

    if not args.handout and not args.summary and not args.fhir:
        raise CliError("nothing to export: give --handout PDF, --summary PDF and/or --fhir JSON")
    check_targets(Path(args.file), [(f"--{name}", raw) for name, raw in (("handout", args.handout), ("summary", args.summary), ("fhir", args.fhir)) if raw])
    logo = Path(args.logo) if args.logo else None
    if logo is not None:
        from careplan.export.images import logo_problem

        problem = logo_problem(logo)
        if problem is not None:
            raise CliError(problem)

    plan, report = load_and_check(args.file)
    if report.blocking:
        print(f"careplan: refused: {len(report.blocking)} critical finding(s) need acknowledging first:", file=sys.stderr)
        for f in report.blocking:
            print(f"  {f.rule}: {f.title}", file=sys.stderr)
        return EXIT_CLINICAL

    prefs = load_preferences(preferences_path())
    letterhead = Letterhead(
        name=args.clinic_name if args.clinic_name is not None else prefs.clinic_name,
        address=args.clinic_address if args.clinic_address is not None else prefs.clinic_address,
        phone=args.clinic_phone if args.clinic_phone is not None else prefs.clinic_phone,
        logo=logo if logo is not None else prefs.clinic_logo_path,
    )
    signer = Signer(
        name=args.clinician_name if args.clinician_name is not None else prefs.clinician_name,
        credentials=args.clinician_credentials if args.clinician_credentials is not None else prefs.clinician_credentials,
        licence=args.clinician_licence if args.clinician_licence is not None else prefs.clinician_licence,
    )
    options = ExportOptions(large_print=args.large_print or prefs.large_print, letterhead=letterhead, signer=signer)
    catalog = load_catalog()
    # Render everything first, so a failure leaves no file behind, then write each atomically.
    outputs: list[tuple[Path, bytes]] = []
    if args.handout:
        outputs.append((Path(args.handout), render_handout(plan, catalog, report, options)))
    if args.summary:
        outputs.append((Path(args.summary), render_summary(plan, catalog, report, options)))
    if args.fhir:
        from careplan.export.fhir import build_bundle

        bundle = json.dumps(build_bundle(plan, catalog), indent=2, ensure_ascii=False)
        outputs.append((Path(args.fhir), bundle.encode("utf-8")))
    for path, data in outputs:
        try:
            atomic_write_bytes(path, data, keep_backup=False)
        except OSError as exc:
            raise CliError(describe_os_error(exc, "write", path)) from None
        print(f"Wrote {path} ({len(data) // 1024} KB)")
    return EXIT_OK


def check_targets(source: Path, targets: list[tuple[str, str]]) -> None:
    """Refuse outputs that would overwrite the input, each other, or a plan file (links resolved)."""
    paths = [(option, output_path(raw, force=True)) for option, raw in targets]
    for index, (option, path) in enumerate(paths):
        if same_file(path, source):
            raise CliError(f"{option} {path} is the plan being exported; choose another file name")
        for other_option, other in paths[:index]:
            if same_file(path, other):
                raise CliError(f"{other_option} and {option} name the same file ({path}); give each its own file")
        if path.name.endswith((PLAN_SUFFIX, PLAN_SUFFIX + ".bak")):
            raise CliError(f"{option} {path} is a plan file name; export writes PDF or FHIR files, choose another name")
