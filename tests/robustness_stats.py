"""Counts the robustness tests report at the end of a run (see the terminal summary in conftest)."""

from __future__ import annotations

from collections import Counter

# "corpus files", "generated plans": incremented by the tests that process them.
STATS: Counter[str] = Counter()
