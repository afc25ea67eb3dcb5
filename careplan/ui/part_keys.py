"""The key of one part of the plan on screen: ``("patient",)``, ``("module", id)``; shared by outline and editors."""

from __future__ import annotations

# A tuple of strings so that it can travel in Qt item data and compare by value.
PartKey = tuple[str, ...]
