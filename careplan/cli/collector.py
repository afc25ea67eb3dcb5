"""The cycle collector during a command's start-up: paused while modules, the catalog and the plan
load, resumed before the work that makes garbage (rendering).

Start-up allocates hundreds of thousands of objects that live until the process ends (classes,
functions, validators, the catalog); with the collector on, each young generation is traversed
and promoted again and again, ~60-80 ms of an export's CPU (issue 25). Objects that are alive when
the collector resumes are frozen (``gc.freeze``): never garbage in a one-shot command, they are
left out of later collections. The GUI is a long-lived process and does none of this.
"""

from __future__ import annotations

import gc

_paused = False
_frozen = False


def pause() -> None:
    """Stop collecting until :func:`resume` (a command's start-up)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Collect again, leaving what start-up loaded out of it (idempotent)."""
    global _paused, _frozen
    if _paused:
        _paused = False
        _frozen = True
        gc.freeze()
        gc.enable()


def finish() -> None:
    """At the end of a command: collect as before (a test or a script may run more than one command)."""
    global _frozen
    resume()
    if _frozen:
        _frozen = False
        gc.unfreeze()
