"""Checks on a letterhead logo before anything decodes it: a small, whole PNG or JPEG image.

In this order, each step cheap before the next: the file is opened without blocking and must be
a regular file of at most :data:`MAX_LOGO_BYTES`; its signature must be PNG or JPEG; its header's
width times height must be at most :data:`MAX_LOGO_PIXELS` (a 560 KB PNG can declare 12000 x 12000
pixels, 2 GB decoded); only then is it decoded, whole, so a truncated file is refused here and
never stops an export later. Warnings from the image library (its own "decompression bomb"
warning among them) are refusals, never lines on stderr.
"""

from __future__ import annotations

import io
import os
import stat
import warnings
from pathlib import Path

# A letterhead logo is tens of kilobytes; a far larger file is the wrong file.
MAX_LOGO_BYTES = 5 * 1024 * 1024
# 4096 x 4096: far more than a logo printed a few centimetres wide needs, and 64 MB decoded.
MAX_LOGO_PIXELS = 4096 * 4096
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def _read(path: Path) -> bytes | str:
    """The file's bytes, or why it cannot be the logo."""
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
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_LOGO_BYTES:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        return f"logo image {path} cannot be read: {exc.strerror or exc}"
    finally:
        os.close(fd)
    if total > MAX_LOGO_BYTES:
        return f"logo image {path} is too large (at most {MAX_LOGO_BYTES // 1_048_576} MB)"
    return b"".join(chunks)


def logo_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the logo, in one line, or None when it is a whole, small PNG or JPEG image."""
    data = _read(Path(path))
    if isinstance(data, str):
        return data
    if not any(data.startswith(signature) for signature in _SIGNATURES):
        return f"logo image {path} is not a PNG or JPEG image"
    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a warning (a bomb, a damaged chunk) is a refusal
            with Image.open(io.BytesIO(data)) as image:  # reads the header only
                width, height = image.size
                if width * height > MAX_LOGO_PIXELS:
                    return (f"logo image {path} is too large ({width:,} x {height:,} pixels); "
                            f"a logo may have at most {MAX_LOGO_PIXELS:,} pixels")
                image.load()  # decodes it all: a truncated file fails here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return f"logo image {path} is too large (far more than {MAX_LOGO_PIXELS:,} pixels)"
    except Exception:  # PIL raises many types (and warnings, made errors above) for damaged images
        return f"logo image {path} is damaged and cannot be read"
    if not width or not height:
        return f"logo image {path} has no size"
    return None
