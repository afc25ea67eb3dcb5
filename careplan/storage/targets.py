"""Where a write really goes, decided before anything is written, as a careful editor decides it.

- A **symbolic link** is followed: the file it points to is written (atomically, in that file's
  folder, its backup beside it) and the link stays a link. A link that leads nowhere (a loop, a
  missing target) is refused.
- Only a **regular file** is replaced: a pipe, socket or device (or a link to ``/dev/zero``) is
  refused before anything reads or writes it.
- A file its owner made **read-only** is never replaced: Careplan says so and writes nothing.

Each refusal is an ``OSError`` whose message is the reason, so the command line and the GUI
word it as they word any file-system error ("cannot write X: it is read-only ...").
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class TargetRefused(OSError):
    """A file that is not replaced, and why (``str(err)`` is the reason in plain words)."""


def real_target(path: Path) -> Path:
    """The file a write to ``path`` changes (links followed), or TargetRefused.

    The file need not exist yet; when it does it must be a regular file its owner may write.
    """
    path = Path(path)
    if path.is_symlink():
        try:
            target = Path(os.path.realpath(path, strict=True))
        except (OSError, RuntimeError):
            raise TargetRefused("it is a symbolic link that leads nowhere (a loop, or its target is missing)") from None
    else:
        target = path
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise TargetRefused(f"it cannot be examined ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise TargetRefused("it is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise TargetRefused("it is not a regular file (a pipe, socket or device); choose a file name")
    if not info.st_mode & stat.S_IWUSR:
        raise TargetRefused("it is read-only (its owner made it so), and Careplan does not replace a read-only file; "
                            "make it writable, or write to another file")
    return target


def link_note(path: Path, target: Path) -> str:
    """ " (a link: written to TARGET)" when ``path`` is a link to ``target``, else ""."""
    return f" (a link: written to {target})" if Path(path) != target else ""
