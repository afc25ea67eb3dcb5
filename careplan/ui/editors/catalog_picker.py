"""What Enter in a catalog picker means: the highlighted or only match, never a half-typed name.

"fenta" + Enter with one match adds fentanyl, not a free-text "fenta" that MME and the
interaction checks would skip. Several matches open the list with the first highlighted; a
name the catalog does not know is added only after the clinician says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, TypeVar

from PySide6.QtWidgets import QCompleter, QWidget

from careplan.ui.prompts import ask_add_unlisted

T = TypeVar("T")
Outcome = Literal["catalog", "unlisted", "choose", "cancel"]


def resolve_typed(text: str, exact: Callable[[str], T | None], matches: Callable[[str], Sequence[T]],
                  completer: QCompleter | None, parent: QWidget | None, what: str) -> tuple[Outcome, T | None]:
    """The catalog entry the typed ``text`` stands for, or what to do instead.

    ``("catalog", entry)``: an exact name, or the only match. ``("choose", None)``: several
    match; the completer's list is open with the first one highlighted, for Enter or a click.
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
            popup.setCurrentIndex(completer.completionModel().index(0, 0))
        return "choose", None
    if candidates:
        return "choose", None
    return ("unlisted", None) if ask_add_unlisted(parent, what, text.strip()) else ("cancel", None)
