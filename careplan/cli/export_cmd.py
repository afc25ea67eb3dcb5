"""``careplan export FILE``: the patient handout and clinician summary as PDF, written atomically."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from careplan.cli import collector
from careplan.cli.check_cmd import load_and_check
from careplan.cli.output import EXIT_CLINICAL, EXIT_OK, CliError, checked_text, one_line, output_path, shown_path
from careplan.domain.catalog import load_catalog
from careplan.domain.limits import MAX_ADDRESS, MAX_ADDRESS_LINES, MAX_SHORT_TEXT
from careplan.storage.atomic import atomic_write_bytes, remove_stale_temp_files
from careplan.storage.catalog_cache import FONT_TABLES, cache_file
from careplan.storage.os_errors import describe_os_error
from careplan.storage.paths import preferences_path, same_file
from careplan.storage.plan_files import PLAN_SUFFIX
from careplan.storage.preferences import PreferencesError, read_preferences
from careplan.storage.targets import link_note


def register(sub: Any) -> None:
    export = sub.add_parser("export", help="write the patient handout and/or clinician summary (PDF)")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--handout", metavar="PDF", help="write the patient handout here")
    export.add_argument("--summary", metavar="PDF", help="write the clinician summary here")
    export.add_argument("--fhir", metavar="JSON", help="write the plan as a FHIR R4 Bundle here")
    export.add_argument("--large-print", action="store_true", help="handout body text at 14 pt or more")
    export.add_argument("--language", metavar="TAG",
                        help="handout language (BCP 47: en, es, es-MX); default: the patient's language, else English."
                             " The summary stays in English")
    export.add_argument("--clinic-name", help="letterhead: clinic name (default: from preferences)")
    export.add_argument("--clinic-address", help="letterhead: address")
    export.add_argument("--clinic-phone", help="letterhead: phone")
    export.add_argument("--logo", metavar="IMAGE", help="letterhead: logo image (PNG or JPEG)")
    export.add_argument("--clinician-name", help="summary signature block: printed name (default: from preferences)")
    export.add_argument("--clinician-credentials", help="summary signature block: credentials, e.g. MD")
    export.add_argument("--clinician-licence", metavar="NUMBER",
                        help="summary signature block: licence or registration number")
    export.set_defaults(func=cmd_export, resumes_collector=True)


def cmd_export(args: argparse.Namespace) -> int:
    from careplan.export import (
        MissingLanguage,
        MissingPhrase,
        PlanLanguageError,
        fonts,
        handout_language,
        render_handout,
        render_summary,
    )
    from careplan.export.images import logo_problem
    from careplan.export.language_review import review_warning
    from careplan.export.options import ExportOptions, Letterhead, Signer

    if not args.handout and not args.summary and not args.fhir:
        raise CliError("nothing to export: give --handout PDF, --summary PDF and/or --fhir JSON")
    # Every text value is held to the limits of what it fills, before anything is read or rendered.
    for option, value, max_chars, max_lines in (("--clinic-name", args.clinic_name, MAX_SHORT_TEXT, 1),
                                                ("--clinic-address", args.clinic_address, MAX_ADDRESS, MAX_ADDRESS_LINES),
                                                ("--clinic-phone", args.clinic_phone, MAX_SHORT_TEXT, 1)):
        if value is not None:
            checked_text(option, value, max_chars, max_lines)
    raw_targets = [(f"--{name}", raw) for name, raw in (("handout", args.handout), ("summary", args.summary), ("fhir", args.fhir)) if raw]
    targets = check_targets(Path(args.file), raw_targets)
    logo = Path(args.logo) if args.logo else None
    if logo is not None and (problem := logo_problem(logo)) is not None:
        raise CliError(problem)

    plan, report = load_and_check(args.file)
    if report.blocking:
        print(f"careplan: refused: {len(report.blocking)} critical finding(s) need acknowledging first:", file=sys.stderr)
        for f in report.blocking:
            print(f"  {f.rule}: {one_line(f.title)}", file=sys.stderr)
        return EXIT_CLINICAL

    try:
        prefs = read_preferences(preferences_path())
    except PreferencesError as exc:
        raise CliError(str(exc)) from None
    if logo is None and prefs.clinic_logo_path is not None:
        # A damaged logo in Preferences must not stop a patient getting their plan: said, and left out.
        if (problem := logo_problem(prefs.clinic_logo_path)) is not None:
            print(f"careplan: warning: the clinic logo in Preferences is left out: {one_line(problem)}", file=sys.stderr)
        else:
            logo = prefs.clinic_logo_path
    letterhead = Letterhead(
        name=args.clinic_name if args.clinic_name is not None else prefs.clinic_name,
        address=args.clinic_address if args.clinic_address is not None else prefs.clinic_address,
        phone=args.clinic_phone if args.clinic_phone is not None else prefs.clinic_phone,
        logo=logo,
    )
    signer = Signer(
        name=args.clinician_name if args.clinician_name is not None else prefs.clinician_name,
        credentials=args.clinician_credentials if args.clinician_credentials is not None else prefs.clinician_credentials,
        licence=args.clinician_licence if args.clinician_licence is not None else prefs.clinician_licence,
    )
    catalog = load_catalog()
    try:
        options = ExportOptions(large_print=args.large_print or prefs.large_print, letterhead=letterhead, signer=signer,
                                exercise_photos=_photos(plan, catalog) if args.handout else {},
                                language=args.language, language_reviews=tuple(prefs.language_reviews))
        language = handout_language(plan, options)
    except (ValueError, MissingLanguage) as exc:
        raise CliError(f"--language: {_reason(exc)}" if args.language else str(exc)) from None
    if args.handout and (warning := review_warning(language, options.language_reviews)) is not None:
        print(f"careplan: warning: {warning}", file=sys.stderr)
    if args.handout or args.summary:
        # The fonts live as long as the process: loaded (from the cached tables) with the rest.
        fonts.use_store(cache_file(FONT_TABLES))
        fonts.register_fonts()
    collector.resume()  # everything long-lived is loaded; rendering makes the garbage
    # Render everything first, so a failure leaves no file behind, then write each atomically.
    outputs: list[tuple[str, Path, bytes]] = []
    by_option = dict(targets)
    if args.handout:
        try:
            handout = render_handout(plan, catalog, report, options)
        except (MissingPhrase, PlanLanguageError) as exc:
            raise CliError(str(exc)) from None
        outputs.append((args.handout, by_option["--handout"], handout))
    if args.summary:
        outputs.append((args.summary, by_option["--summary"], render_summary(plan, catalog, report, options)))
    if args.fhir:
        from careplan.export.fhir import build_bundle

        bundle = json.dumps(build_bundle(plan, catalog), indent=2, ensure_ascii=False)
        outputs.append((args.fhir, by_option["--fhir"], bundle.encode("utf-8")))
    for raw, path, data in outputs:
        # Leftovers of an export of this file that was killed (they hold the whole plan).
        remove_stale_temp_files(path.parent, path.name)
        try:
            atomic_write_bytes(path, data, keep_backup=False)
        except OSError as exc:
            raise CliError(describe_os_error(exc, "write", raw)) from None
        print(f"Wrote {shown_path(raw)}{link_note(Path(raw), path)} ({len(data) // 1024} KB)")
    return EXIT_OK


def _photos(plan: Any, catalog: Any) -> dict[str, Path]:
    """The clinic's photos of this plan's exercises; one that went bad is named on stderr and
    its drawing prints instead."""
    from careplan.domain.plan import PhysiotherapyModule
    from careplan.storage.exercise_photos import PhotoLibrary

    wanted = {e.exercise for m in plan.modules if isinstance(m, PhysiotherapyModule) for e in m.exercises if e.exercise}
    if not wanted:
        return {}
    photos, problems = PhotoLibrary().checked(wanted & set(catalog.exercises))
    for problem in problems:
        print(f"careplan: warning: {problem}", file=sys.stderr)
    return photos


def _reason(exc: Exception) -> str:
    """A pydantic error's own message (one line), or the exception's text."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
    return str(exc)


def check_targets(source: Path, targets: list[tuple[str, str]]) -> list[tuple[str, Path]]:
    """The files to write for each output option, refusing any that would overwrite the input, each
    other, or a plan file (links resolved), and any that is not a regular file (see ``output_path``)."""
    paths = [(option, Path(raw), output_path(raw, force=True)) for option, raw in targets]
    for index, (option, given, path) in enumerate(paths):
        if same_file(path, source):
            raise CliError(f"{option} {given} is the plan being exported; choose another file name")
        for other_option, _, other in paths[:index]:
            if same_file(path, other):
                raise CliError(f"{other_option} and {option} name the same file ({given}); give each its own file")
        if any(p.name.endswith((PLAN_SUFFIX, PLAN_SUFFIX + ".bak")) for p in (given, path)):
            raise CliError(f"{option} {given} is a plan file name; export writes PDF or FHIR files, choose another name")
    return [(option, path) for option, _, path in paths]
