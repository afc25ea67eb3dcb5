"""The clinic store's templates as the template library lists them: one call that a benchmark can time.

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
