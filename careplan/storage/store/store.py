"""One clinic's view of a store: open (upgrading a store that is behind), then read and write in transactions.

Every method opens its own short transaction and turns a database failure into one line
(StoreUnreachable when the server cannot be reached, StoreError when it refuses).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Connection, Engine

from careplan.domain.plan import CarePlan
from careplan.storage.store import audit, chain, migrate
from careplan.storage.store import templates as store_templates
from careplan.storage.store.engine import display_url, is_postgres, make_engine, parse_store_url, translated
from careplan.storage.store.errors import StoreError, StoreNotReady
from careplan.storage.store.identity import Actor, check_clinic_id
from careplan.storage.store.schema import clinic_members


class ClinicStore:
    """A store at ``url`` seen as clinic ``clinic_id``. Use :meth:`open` or :meth:`init`, then :meth:`close`."""

    def __init__(self, url: URL, clinic_id: str, engine: Engine) -> None:
        self.url = url
        self.clinic_id = check_clinic_id(clinic_id)
        self.engine = engine

    @property
    def where(self) -> str:
        """The store's address without a password, for messages."""
        return display_url(self.url)

    @property
    def is_postgres(self) -> bool:
        return is_postgres(self.engine)

    # ---- opening ----------------------------------------------------------------------------------

    @classmethod
    def open(cls, raw: str | URL, clinic_id: str, *, upgrade: bool = True) -> ClinicStore:
        """Connect and check the schema; a store that is behind is upgraded (when ``upgrade`` and allowed)."""
        url = raw if isinstance(raw, URL) else parse_store_url(raw)
        store = cls(url, clinic_id, make_engine(url))
        try:
            store._check_schema(upgrade)
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def init(cls, raw: str | URL, clinic_id: str, actor: Actor) -> tuple[ClinicStore, str | None]:
        """Create the store's tables, or bring an existing store up to date; (store, revision it was at)."""
        url = raw if isinstance(raw, URL) else parse_store_url(raw)
        store = cls(url, clinic_id, make_engine(url, create=True))
        try:
            with store.transaction("setting up the store") as connection:
                before = migrate.current_revision(connection)
                migrate.upgrade(connection)
                after = migrate.head_revision()
                detail = f"schema {before or 'none'} -> {after}" if before != after else f"schema {after}, already current"
                audit.record(connection, store.clinic_id, actor, "store.init", store.where, detail)
        except BaseException:
            store.close()
            raise
        return store, before

    def _check_schema(self, upgrade: bool) -> None:
        with self.transaction("opening the store") as connection:
            behind = migrate.check_schema(connection)
        if behind is None:
            return
        if behind == "":
            raise StoreNotReady(f"{self.where} is not a Careplan clinic store yet; set it up with "
                                f"'careplan store init {self.where}'")
        if not upgrade:
            raise StoreNotReady(f"the clinic store {self.where} is at schema {behind}; it needs 'careplan store init'")
        try:
            with self.transaction("upgrading the store") as connection:
                migrate.upgrade(connection)
        except StoreNotReady:
            raise
        except StoreError as exc:
            raise StoreNotReady(f"the clinic store {self.where} is at an older schema ({behind}) and this login may "
                                f"not upgrade it ({exc}); ask whoever set it up to run 'careplan store init' as its owner") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ClinicStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self, action: str) -> Iterator[Connection]:
        """A transaction committed at the end of the block; a failure is one line naming ``action``."""
        with translated(self.url, action), self.engine.begin() as connection:
            yield connection

    # ---- signed versions --------------------------------------------------------------------------

    def append_signed(self, plan: CarePlan, actor: Actor) -> chain.AppendResult:
        with self.transaction(f"storing signed revision {plan.revision}") as connection:
            return chain.append(connection, self.clinic_id, plan, actor)

    def history(self, plan_id: str) -> list[chain.SignedVersion]:
        with self.transaction("reading the history") as connection:
            return chain.history(connection, self.clinic_id, plan_id)

    def signed_document(self, plan_id: str, revision: int) -> dict[str, Any] | None:
        with self.transaction("reading a signed version") as connection:
            return chain.document_of(connection, self.clinic_id, plan_id, revision)

    def count_signed(self) -> int:
        with self.transaction("counting signed versions") as connection:
            return chain.count(connection, self.clinic_id)

    def verify(self, *, all_clinics: bool = True) -> list[chain.ChainReport]:
        """Every chain this login can read (``all_clinics``), or this clinic's alone."""
        with self.transaction("verifying the chain") as connection:
            clinics = chain.visible_clinics(connection) if all_clinics else []
            if self.clinic_id not in clinics:
                clinics.append(self.clinic_id)
            return chain.verify(connection, sorted(clinics))

    # ---- templates and audit ----------------------------------------------------------------------

    def push_template(self, template: CarePlan, actor: Actor) -> tuple[store_templates.StoreTemplate, bool]:
        with self.transaction(f"sharing template '{template.title}'") as connection:
            return store_templates.push(connection, self.clinic_id, template, actor)

    def templates(self) -> list[store_templates.StoreTemplate]:
        with self.transaction("listing the templates") as connection:
            return store_templates.newest_versions(connection, self.clinic_id)

    def fetch_template(self, template_id: str) -> CarePlan:
        with self.transaction("reading the template") as connection:
            return store_templates.fetch(connection, self.clinic_id, template_id)

    def audit(self, limit: int = 100) -> list[audit.AuditEntry]:
        with self.transaction("reading the audit log") as connection:
            return audit.entries(connection, self.clinic_id, limit)

    # ---- PostgreSQL roles -------------------------------------------------------------------------

    def grant(self, role: str, actor: Actor) -> None:
        """Let database role ``role`` read and add this clinic's rows (and never change or delete any).

        Run by the store's owner. Row-level security then shows the role this clinic only.
        """
        if not self.is_postgres:
            raise StoreError("'store grant' is for a PostgreSQL store; a SQLite store has no database roles")
        with self.transaction(f"granting {role}") as connection:
            quote = connection.dialect.identifier_preparer.quote
            exists = connection.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
            if exists is None:
                raise StoreError(f"there is no database role {role!r}; create it first (CREATE ROLE ... LOGIN)")
            who = quote(role)
            database = connection.execute(sa.text("SELECT current_database()")).scalar_one()
            schema = connection.execute(sa.text("SELECT current_schema()")).scalar_one()
            connection.execute(sa.text(f"GRANT CONNECT ON DATABASE {quote(database)} TO {who}"))
            connection.execute(sa.text(f"GRANT USAGE ON SCHEMA {quote(schema)} TO {who}"))
            tables = "signed_versions, audit_log, shared_templates"
            connection.execute(sa.text(f"GRANT SELECT, INSERT ON {tables} TO {who}"))
            connection.execute(sa.text(f"GRANT SELECT ON clinic_members, careplan_store_version TO {who}"))
            # Whatever was granted before: a clinician's role never changes or removes a row.
            connection.execute(sa.text(f"REVOKE UPDATE, DELETE, TRUNCATE ON {tables}, clinic_members, "
                                       f"careplan_store_version FROM {who}"))
            known = connection.execute(sa.select(clinic_members.c.role_name).where(
                clinic_members.c.role_name == role, clinic_members.c.clinic_id == self.clinic_id)).first()
            if known is None:
                connection.execute(clinic_members.insert().values(role_name=role, clinic_id=self.clinic_id))
            audit.record(connection, self.clinic_id, actor, "store.grant", f"role {role}", "read and append")
