"""Why a target is missed: hand-written, kept beside the code that measures it.

``python -m benchmarks`` prints the note of every section whose target its run missed, after
the measured amount; a note for a target that is met is not printed. Update a note when the
reason changes.
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "startup": "",
    "export": "",
    "scaling": "",
    "templates": "",
    "preview-latency": "",
    "preview-memory": "",
    "memory": "",
}
