"""Checks on a letterhead logo before anything reads it: a small, readable PNG or JPEG file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# A letterhead logo is tens of kilobytes; a far larger file is the wrong file.
MAX_LOGO_BYTES = 5 * 1024 * 1024
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def logo_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the logo, in one line, or None when it is a readable PNG or JPEG image.

    The file is opened without blocking and checked on the open handle, so a pipe or device
    named as a logo is refused instead of stalling the export.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return f"logo image {path} does not exist"
    except OSError as exc:
        return f"logo image {path} cannot be read: {exc.strerror or exc}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return f"logo image {path} is not a regular file"
        if info.st_size > MAX_LOGO_BYTES:
            return f"logo image {path} is too large ({info.st_size / 1_048_576:.1f} MB; at most {MAX_LOGO_BYTES // 1_048_576} MB)"
        head = os.read(fd, 16)
    except OSError as exc:
        return f"logo image {path} cannot be read: {exc.strerror or exc}"
    finally:
        os.close(fd)
    if not any(head.startswith(signature) for signature in _SIGNATURES):
        return f"logo image {path} is not a PNG or JPEG image"
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab and PIL raise many types for a damaged image
        return f"logo image {path} is damaged and cannot be read"
    if not width or not height:
        return f"logo image {path} has no size"
    return None
