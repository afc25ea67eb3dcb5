"""Named icons drawn as SVG in resources/icons, so they stay crisp on high-DPI screens."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from careplan.resources import icons_dir

# Every icon the code names; a test checks that each file exists.
ICON_NAMES: tuple[str, ...] = (
    "severity-critical",
    "severity-warning",
    "severity-info",
    "acknowledged",
    "patient",
    "pain",
    "goals",
    "modules",
    "module-medication",
    "module-physiotherapy",
    "module-cbt",
    "module-mindfulness",
    "module-lifestyle",
    "module-kratom",
    "flare",
    "follow-up",
    "over-time",
    "careplan",
)


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (an SVG scales to any device pixel ratio)."""
    if name not in ICON_NAMES:
        raise KeyError(f"unknown icon {name!r}")
    return QIcon(str(icons_dir() / f"{name}.svg"))


def module_icon(kind: str) -> QIcon:
    return icon(f"module-{kind}")


def severity_icon(severity: str, acknowledged: bool = False) -> QIcon:
    return icon("acknowledged" if acknowledged else f"severity-{severity}")
