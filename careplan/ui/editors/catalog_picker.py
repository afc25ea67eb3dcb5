"""What Enter in a catalog picker means: the highlighted or only match, never a half-typed name.

"fenta" + Enter with one match adds fentanyl, not a free-text "fenta" that MME and the
interaction checks would skip. Several matches open the list with the best highlighted (a name that starts with what was typed); a
name the catalog does not know is added only after the clinician says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar

from PySide6.QtWidgets import QCompleter, QWidget

from careplan.ui.prompts import ask_add_unlisted

T = TypeVar("T")
Outcome = Literal["catalog", "unlisted", "choose", "cancel"]


def best_row(labels: Sequence[str], text: str) -> int:
    """The entry Enter should take for ``text``: the first whose name starts with it, else the first
    with a word starting with it, else the first ("oxy" is Oxycodone, not Doxylamine)."""
    wanted = text.strip().lower()
    lowered = [label.lower() for label in labels]
    for starts in (lambda label: label.startswith(wanted),
                   lambda label: any(word.startswith(wanted) for word in re.split(r"[\s(),/]+", label))):
        row = next((i for i, label in enumerate(lowered) if starts(label)), None)
        if row is not None:
            return row
    return 0


def resolve_typed(text: str, exact: Callable[[str], T | None], matches: Callable[[str], Sequence[T]],
                  completer: QCompleter | None, parent: QWidget | None, what: str) -> tuple[Outcome, T | None]:
    """The catalog entry the typed ``text`` stands for, or what to do instead.

    ``("catalog", entry)``: an exact name, or the only match. ``("choose", None)``: several
    match; the completer's list is open with the best one highlighted (``best_row``), for Enter or a click.
    ``("unlisted", None)``: nothing matches and the clinician chose to add the name as typed.
    ``("cancel", None)``: nothing matches and they went back to the list.
    """
    found = exact(text)
    if found is not None:
        return "catalog", found
    candidates = list(matches(text))
    if len(candidates) == 1:
        return "catalog", candidates[0]
    if candidates and completer is not None:
        completer.setCompletionPrefix(text)
        completer.complete()
        if (popup := completer.popup()) is not None:
            model = completer.completionModel()
            popup.setCurrentIndex(model.index(best_row([str(model.index(row, 0).data())
                                                        for row in range(model.rowCount())], text), 0))
        return "choose", None
    if candidates:
        return "choose", None
    return ("unlisted", None) if ask_add_unlisted(parent, what, text.strip()) else ("cancel", None)
