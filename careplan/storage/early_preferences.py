"""The one preference needed before the main window shows (the screen language), read without
the preferences model.

Validating preferences.json needs pydantic and the plan model (~0.25 s of imports), which the
window's first paint does not otherwise wait for (docs/decisions/0004). This reader takes only
``ui_language`` and never fails: anything unusable reads as "" (the system's language). The full
read after the window is up (careplan/storage/preferences.py) validates the whole file and tells
the clinician what is wrong with it.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

# The size a preferences file may have (the full read refuses a bigger one).
MAX_PREFERENCES_BYTES = 256 * 1024


def stored_ui_language(path: Path) -> str:
    """The ``ui_language`` saved in ``path``, or "" when there is none or the file is unusable."""
    try:
        info = path.stat()
        # A FIFO or device would block the start-up or read without end: only a regular file.
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_PREFERENCES_BYTES:
            return ""
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not JSON
        return ""
    value = data.get("ui_language") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""
