"""``careplan about [--json]``: what this Careplan is and runs on, for support and the installer's smoke test.

It reports the version, the Python and Qt it runs with, whether it is a bundled (PyInstaller)
build, where its resources are, and the state of the PySide6 ``None``-leak guard
(careplan/ui/qt_guard.py), which a bundled interpreter needs as much as a virtual environment.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from typing import Any

from careplan import __version__
from careplan.cli.output import EXIT_OK


def register(sub: Any) -> None:
    about = sub.add_parser("about", help="version, Python, Qt and bundle details (for support)")
    about.add_argument("--json", action="store_true", help="machine-readable output")
    about.set_defaults(func=cmd_about)


def none_guard_state() -> str:
    """ "protected" (the leak is present and guarded), "not needed", or "unavailable: why"."""
    try:
        from careplan.ui.qt_guard import protect_none
    except ImportError as exc:  # PySide6 missing or broken: the GUI could not start either
        return f"unavailable: {exc}"
    return "protected" if protect_none() else "not needed"


def facts() -> dict[str, Any]:
    from careplan.resources import resource_root

    qt_binding: str | None
    try:
        from PySide6 import __version__ as qt_binding
    except ImportError:
        qt_binding = None
    return {
        "version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "resources": str(resource_root()),
        "pyside6": qt_binding,
        "none_guard": none_guard_state(),
    }


def cmd_about(args: argparse.Namespace) -> int:
    info = facts()
    if args.json:
        print(json.dumps(info, indent=2))
    else:
        for key, value in info.items():
            print(f"{key.replace('_', ' ')}: {value}")
    return EXIT_OK
