"""Keep PySide6's per-import source scan from holding every module's source in memory.

Once PySide6 is imported, shiboken's import hook asks of every module imported after it (and,
when its feature switching first starts, of every module already loaded) whether it uses PySide,
so that ``from __feature__ import ...`` can be switched per module (PYSIDE-2029). Its test is
"PySide6" in the module's source, read with ``inspect.getsource``, which goes through ``linecache``:
each module's whole source, as a list of lines, stays cached for the life of the process.
In Careplan that is pydantic, the domain and the standard library behind them, about 12 MiB of
a 120 MiB window with a plan open (issue 25: peak memory against a bare window), and time spent
splitting files into lines that nothing reads again.

:func:`install` gives the hook the same test over the file's bytes, read and let go: the same
answer for every module (a module with no ``.py`` file answers False in both, as PySide's own
test does when ``inspect`` finds no source), nothing kept. Where this PySide6 has no such hook
(another version), nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Where shiboken keeps its feature module, by the name its import hook uses.
FEATURE_MODULE = "shibokensupport.feature"
HOOK = "_mod_uses_pyside"


def uses_pyside(module: ModuleType) -> bool:
    """PySide's test -- does the module's source name PySide6? -- reading the file once, keeping nothing."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) if spec is not None else getattr(module, "__file__", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False  # built in, frozen, compiled or bytecode only: inspect finds no source either
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        pass
    # Not a plain file (a module imported from a zip): its loader's source, as inspect would read it.
    get_source = getattr(getattr(spec, "loader", None), "get_source", None)
    try:
        text = get_source(module.__name__) if callable(get_source) else None
    except (ImportError, OSError):
        return False
    return isinstance(text, str) and "PySide6" in text


def install() -> bool:
    """Give the loaded PySide6's import hook :func:`uses_pyside`; True when there was a hook to give it to."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, HOOK, None)):
        return False
    setattr(feature, HOOK, uses_pyside)
    return True
