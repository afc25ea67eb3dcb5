"""Exit codes and the one-line error convention shared by every subcommand.

0 success; 1 refused for clinical reasons; 2 bad usage, bad input or an operating-system error
(disk full, read-only, permission, missing folder); 3 an internal error (a bug), whose
traceback goes to a log file in the user data folder.
"""

from __future__ import annotations

import sys

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
