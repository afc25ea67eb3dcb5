"""The one place that knows where bundled files (catalog, templates, fonts, icons, help) live."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resource_root() -> Path:
    """Return the folder holding catalog/, templates/, fonts/ and icons/.

    A source checkout keeps them in ``resources/`` beside the package; an installed wheel
    carries the same tree as the ``careplan.data`` package (see pyproject.toml).
    """
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if (checkout / "catalog").is_dir():
        return checkout
    # importlib.resources (with zipfile and tempfile) costs milliseconds before the first paint,
    # and only an installed wheel needs it.
    from importlib import resources as importlib_resources

    installed = Path(str(importlib_resources.files("careplan") / "data"))
    if (installed / "catalog").is_dir():
        return installed
    raise FileNotFoundError("Careplan's resources folder is missing; reinstall the application.")


def catalog_dir() -> Path:
    return resource_root() / "catalog"


def templates_dir() -> Path:
    return resource_root() / "templates"


def fonts_dir() -> Path:
    return resource_root() / "fonts"


def icons_dir() -> Path:
    return resource_root() / "icons"


def help_dir() -> Path:
    """The offline user guide (Markdown, one file per topic) that F1 opens."""
    return resource_root() / "help"
