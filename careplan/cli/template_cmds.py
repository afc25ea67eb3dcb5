"""``careplan templates import FILE`` and ``careplan templates export ID -o FILE``: sharing templates.

Import validates the file and refuses (exit 2, naming the field) a patient block or any patient
identifier in its text; it goes into the personal library. Export writes one template file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careplan.cli.output import EXIT_OK, CliError
from careplan.storage.os_errors import describe_os_error
from careplan.storage.template_library import LibraryError, default_clinic_library


def cmd_import(args: argparse.Namespace) -> int:
    if not args.id:
        raise CliError("'templates import' needs a FILE")
    library = default_clinic_library()
    try:
        change, message = library.import_file(Path(args.id), replace=args.replace)
        change.apply()
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", library.personal)) from None
    print(message)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    if not args.id:
        raise CliError("'templates export' needs a template ID")
    if not args.output:
        raise CliError("'templates export' needs -o FILE")
    out = Path(args.output)
    if not out.parent.is_dir():
        raise CliError(f"folder {out.parent} does not exist")
    try:
        path = default_clinic_library().export(args.id, out, force=args.force)
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", out)) from None
    print(f"Wrote {path}")
    return EXIT_OK
