"""No pydantic plugin runs in Careplan: none is looked for, and none sees a plan.

pydantic lets any installed distribution hook into validation through the "pydantic" entry-point
group (its plugins feature); such a plugin is handed every value a model validates. In a clinical
app that would be third-party code reading every plan, so Careplan turns the feature off with
pydantic's own switch, ``PYDANTIC_DISABLE_PLUGINS=__all__``.

The switch stops the search but not its price: the first time any model is built, pydantic's
plugin loader imports ``importlib.metadata`` (and ``email``, ``zipfile``, ``csv`` and ~40 more
modules behind it): ~25 ms of every process that validates anything, and memory in the window
(issue 25). Nothing else in Careplan needs that module. So the loader's one function, the only
name pydantic takes from it (``get_plugins``, imported inside ``create_schema_validator``), is
given to pydantic ahead of time already answering what the switch makes it answer: no plugins.
Where pydantic's loader is already loaded (something built a model first), the switch still holds.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

SWITCH = "PYDANTIC_DISABLE_PLUGINS"
LOADER = "pydantic.plugin._loader"


def _no_plugins() -> tuple[()]:
    """What pydantic's ``get_plugins`` returns with plugins switched off."""
    return ()


def switch_off() -> None:
    """Turn pydantic's plugins off for this process (and its children); before any model is built."""
    os.environ[SWITCH] = "__all__"
    if LOADER not in sys.modules:
        loader = ModuleType(LOADER, "pydantic's plugin loader, with plugins switched off (careplan.domain.pydantic_plugins)")
        loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
        sys.modules[LOADER] = loader
