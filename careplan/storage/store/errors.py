"""What the clinic store raises: one line for a clinician, never a password, never a traceback."""

from __future__ import annotations


class StoreError(ValueError):
    """The store refused or could not do something; ``str(err)`` is one line fit for stderr or a dialog."""


class StoreUnreachable(StoreError):
    """The store's server (or file) cannot be reached: stopped, wrong address, network down, bad login."""


class StoreNotReady(StoreError):
    """The store exists but cannot be used as it is: not initialised, too old to upgrade here, or too new."""
