"""The one error type storage raises for a file it cannot use, with a one-line message."""

from __future__ import annotations


class PlanFileError(ValueError):
    """A plan or template file is unreadable, malformed, too new or invalid.

    ``problems`` lists every problem found (for ``careplan validate``); ``str(err)`` is one
    line fit for a dialog or stderr.
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]
