"""The clinic store: shared templates, append-only hash-chained signed plan versions and an audit log.

A database (``sqlite:///PATH`` on one machine, ``postgresql://...`` on a clinic server) reached with
SQLAlchemy 2 Core and migrated with Alembic. Plan files stay the record on the clinician's own
machine; the store is opt-in and never the only copy of anything (see docs/clinic-store.md).
"""
