"""A clinic's shared templates in the store: pushed de-identified, listed, pulled into the personal library.

Each push of a changed template is a new version (versions are never overwritten); listing and
pulling take the newest. Every template that enters or leaves the store goes through the same
de-identification path as every other way into a library (``make_template`` from
:mod:`careplan.domain.deidentify`, worded by :func:`identifier_message`): a template carries no
patient block, nothing of an episode, and no patient identifier in its text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from careplan.domain.codes import TEMPLATE_FORMAT
from careplan.domain.deidentify import IdentifiersFound, make_template
from careplan.domain.plan import CarePlan
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import parse_document, to_document
from careplan.storage.store import audit
from careplan.storage.store.chain import canonical_json
from careplan.storage.store.errors import StoreError
from careplan.storage.store.identity import Actor, stamp
from careplan.storage.store.schema import shared_templates


@dataclass(frozen=True)
class StoreTemplate:
    """One template in the store, its newest version (what the library lists)."""

    template_id: str
    version: int
    title: str
    pushed_by: str
    pushed_at: str
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"id": self.template_id, **asdict(self)}


def shareable(template: CarePlan, what: str) -> CarePlan:
    """``template`` through the one de-identification path (ids kept), or StoreError naming the fields.

    What belongs to a patient or an episode is reset as for every other way into a library
    (:func:`careplan.domain.deidentify.make_template`); free text holding an identifier is refused.
    """
    if template.format != TEMPLATE_FORMAT or template.patient is not None:
        raise StoreError(f"refused: {what} is a plan with a patient block, not a template; "
                         "make a template from it with Save as template")
    try:
        return make_template(template, keep_ids=True)
    except IdentifiersFound as exc:
        # The library's wording, imported here only: it pulls in the whole template library.
        from careplan.storage.template_library import identifier_message

        raise StoreError(identifier_message(exc.hits, what)) from None


_LISTED = [shared_templates.c[name] for name in ("template_id", "version", "title", "pushed_by", "pushed_at", "sha256")]


def push(connection: Connection, clinic_id: str, template: CarePlan, actor: Actor) -> tuple[StoreTemplate, bool]:
    """Store ``template`` as its next version; (what the store now has, whether anything was written).

    An unchanged template (same content as the newest version) writes nothing.
    """
    template = shareable(template, f"template '{template.title}'")
    document = to_document(template)
    text = canonical_json(document)
    # "Unchanged" means the same content: the timestamps that de-identification stamps afresh on
    # every push are left out of the comparison.
    content = {k: v for k, v in document.items() if k not in ("created_at", "updated_at")}
    digest = hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()
    t = shared_templates
    newest = connection.execute(sa.select(*_LISTED).where(t.c.clinic_id == clinic_id, t.c.template_id == template.id)
                                .order_by(t.c.version.desc()).limit(1)).first()
    if newest is not None and newest.sha256 == digest:
        return StoreTemplate(*newest), False
    row = StoreTemplate(template.id, (newest.version + 1) if newest is not None else 1, template.title,
                        actor.clinician or actor.os_user, stamp(), digest)
    connection.execute(t.insert().values(clinic_id=clinic_id, template_id=row.template_id, version=row.version,
                                         title=row.title, document=text, sha256=digest, pushed_by=row.pushed_by,
                                         pushed_at=row.pushed_at))
    audit.record(connection, clinic_id, actor, "template.push", f"template {template.id} version {row.version}",
                 template.title)
    return row, True


def newest_versions(connection: Connection, clinic_id: str) -> list[StoreTemplate]:
    """Every template of the clinic, newest version each, by title: what a library shows."""
    t = shared_templates
    newest = (sa.select(t.c.template_id, sa.func.max(t.c.version).label("version"))
              .where(t.c.clinic_id == clinic_id).group_by(t.c.template_id).subquery())
    rows = connection.execute(
        sa.select(*_LISTED).join(newest, sa.and_(t.c.template_id == newest.c.template_id, t.c.version == newest.c.version))
        .where(t.c.clinic_id == clinic_id)).all()
    return sorted((StoreTemplate(*row) for row in rows), key=lambda s: (s.title.casefold(), s.template_id))


def fetch(connection: Connection, clinic_id: str, template_id: str) -> CarePlan:
    """The newest version of a template, validated and checked for identifiers again (rows can be hand-made)."""
    t = shared_templates
    row = connection.execute(sa.select(t.c.document, t.c.version).where(t.c.clinic_id == clinic_id, t.c.template_id == template_id)
                             .order_by(t.c.version.desc()).limit(1)).first()
    if row is None:
        raise StoreError(f"the clinic store has no template with id {template_id!r} (see 'careplan store templates list')")
    what = f"store template {template_id} version {row.version}"
    try:
        template = parse_document(json.loads(row.document))
    except (ValueError, PlanFileError) as exc:
        raise StoreError(f"{what} is not a valid template: {exc}") from None
    return shareable(template, what)
