"""Exit codes, the one-line error convention and output-path checks shared by every subcommand.

0 success; 1 refused for clinical reasons; 2 bad usage, bad input or an operating-system error
(disk full, read-only, permission, missing folder); 3 an internal error (a bug), whose
traceback goes to a log file in the user data folder.
"""

from __future__ import annotations

import re
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


# Line breaks of every kind, other control characters and lone surrogates (undecodable bytes in a
# file name or an argument): shown escaped, so that a message stays one line and always prints.
_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` with line breaks, control characters and undecodable bytes escaped: one printable line."""
    return _UNSHOWABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def shown_path(path: Path | str) -> str:
    """A path as a message shows it (one line, printable)."""
    return one_line(str(path))


def fail(message: str) -> None:
    print(f"careplan: error: {one_line(message)}", file=sys.stderr)


def output_path(raw: str, *, force: bool) -> Path:
    """The file to write for an output argument, opened as an input would be.

    Its folder must exist; an existing file is refused unless ``force``; a pipe, socket, device,
    read-only file or a link that leads nowhere is refused whatever ``force`` says; a symbolic
    link to a file is followed, and the file it points to is returned (see ``storage.targets``).
    """
    from careplan.storage.targets import TargetRefused, real_target

    path = Path(raw)
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise CliError(f"folder {path.parent} does not exist")
    try:
        target = real_target(path)
    except TargetRefused as exc:
        raise CliError(f"{path}: {exc}") from None
    if (path.exists() or path.is_symlink()) and not force:
        raise CliError(f"{path} already exists; use --force to replace it")
    return target


def checked_text(option: str, value: str, max_chars: int, max_lines: int = 1) -> str:
    """A text argument within the plan model's limits for the field it fills, or CliError naming the option."""
    from careplan.domain.limits import text_problem

    problem = text_problem(value, max_chars, max_lines)
    if problem is not None:
        raise CliError(f"{option} {problem}")
    return value
