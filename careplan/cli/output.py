"""Exit codes, the one-line error convention and output-path checks shared by every subcommand.

0 success; 1 refused for clinical reasons; 2 bad usage, bad input or an operating-system error
(disk full, read-only, permission, missing folder); 3 an internal error (a bug), whose
traceback goes to a log file in the user data folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK = 0
EXIT_CLINICAL = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 3


class CliError(Exception):
    """Bad usage or bad input: printed as one line on stderr, exit code 2."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str) -> None:
    print(f"careplan: error: {message}", file=sys.stderr)


def output_path(raw: str, *, force: bool) -> Path:
    """An output path whose folder exists; an existing file is refused unless ``force``."""
    path = Path(raw)
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise CliError(f"folder {path.parent} does not exist")
    if path.exists() and not force:
        raise CliError(f"{path} already exists; use --force to replace it")
    return path
