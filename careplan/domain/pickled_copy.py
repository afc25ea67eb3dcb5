"""A pickled copy kept between processes, framed so that a reader uses it only when it fits.

The compiled catalog (careplan/domain/compiled_catalog.py) and the fonts' parsed tables
(careplan/export/font_cache.py) are both kept this way: a format line, the key of the inputs the
copy was made from (a SHA-256 hex digest), the payload's own SHA-256, then the pickle. A reader
gets the value only when the format and key match, the payload arrived whole, and its restricted
unpickler accepts every class the payload names; anything else is None, and the caller builds the
value from its inputs again.
"""

from __future__ import annotations

import gc
import hashlib
import io
import pickle

_DIGEST_LINE = 65  # 64 hex digits and a newline


def pack(magic: bytes, key: str, value: object) -> bytes:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return magic + key.encode() + b"\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload


def unpack(data: bytes, magic: bytes, key: str, unpickler: type[pickle.Unpickler]) -> object | None:
    """The value in ``data`` if it was packed as ``magic`` from ``key`` and arrived whole; else None."""
    if not data.startswith(magic):
        return None
    header_end = len(magic) + 2 * _DIGEST_LINE
    header = data[len(magic):header_end].split(b"\n")
    if len(header) != 3 or header[0] != key.encode():
        return None
    payload = data[header_end:]
    if hashlib.sha256(payload).hexdigest().encode() != header[1]:
        return None
    # Thousands of new objects, none of them garbage: without the cycle collector running over
    # them (and over everything imported before) the read takes a third of the time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        value: object = unpickler(io.BytesIO(payload)).load()
    except Exception:  # a damaged or foreign copy of any kind: the caller builds from its inputs
        return None
    finally:
        if collecting:
            gc.enable()
    return value
