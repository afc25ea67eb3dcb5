"""Once start-up's work is done, the objects that live as long as the app leave the collector's scans.

Python's full (oldest-generation) collection walks every object that survives, and it runs
whenever enough new objects have outlived the younger generations: with the catalog, the Qt
wrappers and a 1,000-template index alive, one walk took ~70 ms, and it fell wherever the
allocations happened to cross the line (measured: the second "New from template" of a session,
102 ms instead of ~25 ms). Settling collects once, at a moment chosen here (start-up's background
work has just finished), then freezes what is alive: later full collections walk only what was
made since, so an edit or an open pays for its own objects, not the app's. Frozen objects are
still freed by reference counting; only a cycle among them would stay, and start-up leaves none
once collected.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect start-up's garbage, then keep everything alive now out of later collections."""
    gc.collect()
    gc.freeze()
