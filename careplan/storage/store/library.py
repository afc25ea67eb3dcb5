"""The clinic store as the app's screens use it: the library's listing (one call a benchmark can
time) and the Preferences page's connection test.

``list_store_templates`` connects, checks the schema and lists the newest version of every
template of the clinic, then disconnects: what "opening the library from a store" costs.
"""

from __future__ import annotations

from sqlalchemy.engine import URL

from careplan.storage.store.store import ClinicStore
from careplan.storage.store.templates import StoreTemplate


def list_store_templates(url: str | URL, clinic_id: str) -> list[StoreTemplate]:
    """The clinic's shared templates (newest version each, by title); StoreError in one line on failure."""
    with ClinicStore.open(url, clinic_id) as store:
        return store.templates()


def describe_connection(url: str | URL, clinic_id: str) -> str:
    """One line on what the store holds for the clinic, or StoreError saying why it cannot be used.

    Never changes the store: a store that is behind is reported, not upgraded.
    """
    with ClinicStore.open(url, clinic_id, upgrade=False) as store:
        templates = len(store.templates())
        signed = store.count_signed()
    return (f"Connected to {store.where} as clinic {store.clinic_id}: {templates} shared template"
            f"{'s' if templates != 1 else ''}, {signed} signed version{'s' if signed != 1 else ''}.")
