"""Exit codes and the one-line error convention shared by every subcommand."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_CLINICAL = 1
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """Bad usage or bad input: printed as one line on stderr, exit code 2."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str) -> None:
    print(f"careplan: error: {message}", file=sys.stderr)
