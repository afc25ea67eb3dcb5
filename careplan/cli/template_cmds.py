"""``careplan templates import FILE`` and ``careplan templates export ID -o FILE``: sharing templates.

Import validates the file and refuses (exit 2, naming the field) a patient block or any patient
identifier in its text; it goes into the personal library. Export writes one template file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from careplan.cli.output import EXIT_OK, CliError, output_path, shown_path
from careplan.storage.os_errors import describe_os_error
from careplan.storage.template_library import LibraryError, default_clinic_library


def cmd_import(args: argparse.Namespace) -> int:
    library = default_clinic_library()
    try:
        change, message = library.import_file(Path(args.file), replace=args.replace)
        change.apply()  # the file name and the id are made sure of here, under the folder's lock
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", library.personal)) from None
    print(f"{message} ({shown_path(change.path)})")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    out = output_path(args.output, force=True)
    try:
        path = default_clinic_library().export(args.id, out, force=args.force)
    except LibraryError as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(describe_os_error(exc, "write", out)) from None
    print(f"Wrote {shown_path(path)}")
    return EXIT_OK
