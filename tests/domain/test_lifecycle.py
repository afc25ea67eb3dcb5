"""Sign-off and revisions: a signed plan cannot be changed, only revised; revision n+1 keeps n intact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from careplan.domain import edits
from careplan.domain.lifecycle import (
    LifecycleError,
    NotSignedOff,
    PlanIsFinal,
    SignOffBlocked,
    ensure_editable,
    revise,
    sign,
)
from careplan.domain.plan import CarePlan, Goal, MindfulnessModule, RevisionRef, SignOff
from tests.domain.plan_factory import TODAY, ack, get_catalog, med, plan

AT = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)


def _clean() -> CarePlan:
    return plan(med("oxycodone", 5, times=3, id="oxy"), med("naloxone", 4, rescue=True, id="nal"))


def _signed() -> CarePlan:
    return sign(_clean(), "Dr A. Example", "MD", AT, catalog=get_catalog(), today=TODAY)


def test_sign_sets_final_with_name_credentials_and_time() -> None:
    draft = _clean()
    signed = _signed()
    assert signed.status == "final"
    assert signed.signed_off == SignOff(name="Dr A. Example", credentials="MD", at=AT)
    assert signed.updated_at == AT and signed.revision == 1
    # The draft it came from is a separate value, unchanged.
    assert draft.status == "draft" and draft.signed_off is None


def test_sign_refused_while_a_critical_finding_is_unacknowledged() -> None:
    risky = plan(med("oxycodone", 10, times=3, id="oxy"), med("alprazolam", 0.5, times=2, id="alp"))
    with pytest.raises(SignOffBlocked) as caught:
        sign(risky, "Dr A. Example", "MD", AT, catalog=get_catalog(), today=TODAY)
    assert "OPIOID-SEDATIVE" in str(caught.value)
    assert all(f.severity == "critical" for f in caught.value.findings)
    # Acknowledging every critical finding lets it through.
    acked = risky.model_copy(update={"acknowledgements": [ack(f.rule, *f.items) for f in caught.value.findings]})
    assert sign(acked, "Dr A. Example", "MD", AT, catalog=get_catalog(), today=TODAY).status == "final"


def test_sign_refuses_a_final_plan_a_template_and_no_name() -> None:
    with pytest.raises(PlanIsFinal, match=r"revision 1 is already signed off by Dr A\. Example, MD"):
        sign(_signed(), "Dr B", catalog=get_catalog())
    template = _clean().model_copy(update={"format": "careplan-template", "patient": None})
    with pytest.raises(LifecycleError, match="template"):
        sign(template, "Dr B", catalog=get_catalog())
    with pytest.raises(LifecycleError, match="name"):
        sign(_clean(), "   ", catalog=get_catalog())


def test_a_signed_plan_cannot_be_changed_by_any_edit() -> None:
    signed = _signed()
    attempts = [
        lambda: edits.set_field(signed, ("title",), "Changed"),
        lambda: edits.set_field(signed, ("modules", "meds", "items", "oxy", "dose"), 10),
        lambda: edits.add_module(signed, MindfulnessModule()),
        lambda: edits.remove_module(signed, "meds"),
        lambda: edits.move_module(signed, "meds", 0),
        lambda: edits.add_item(signed, ("goals",), Goal(text="New goal")),
        lambda: edits.remove_item(signed, ("goals",), "g1"),
        lambda: edits.acknowledge(signed, ack("OPIOID-MME")),
        lambda: edits.withdraw_acknowledgement(signed, "OPIOID-MME", []),
    ]
    for attempt in attempts:
        with pytest.raises(edits.EditRejected, match=r"signed off.*start a new revision"):
            attempt()
    with pytest.raises(PlanIsFinal):
        ensure_editable(signed)
    # A draft is editable by the same operations.
    assert edits.set_field(_clean(), ("title",), "Changed").title == "Changed"


def test_revise_gives_revision_n_plus_1_as_a_draft_and_keeps_n_intact() -> None:
    signed = _signed()
    before = signed.model_dump()
    later = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    revision = revise(signed, later)
    assert revision.revision == 2 and revision.status == "draft" and revision.signed_off is None
    assert revision.id == signed.id
    assert revision.supersedes == RevisionRef(id=signed.id, revision=1, signed_off=signed.signed_off)
    assert revision.updated_at == later and revision.created_at == signed.created_at
    assert revision.modules == signed.modules and revision.goals == signed.goals
    # Revision 1 is untouched, and editing revision 2 does not reach it.
    edited = edits.set_field(revision, ("modules", "meds", "items", "oxy", "dose"), 10)
    assert edited.medication_items()[0].dose == 10
    assert signed.model_dump() == before and signed.medication_items()[0].dose == 5
    # Revision 2 is signed in turn, and revised again into 3, naming 2.
    signed2 = sign(edited, "Dr B. Second", "DO", later, catalog=get_catalog(), today=TODAY)
    third = revise(signed2)
    assert third.revision == 3 and third.supersedes is not None and third.supersedes.revision == 2
    assert third.supersedes.signed_off is not None and third.supersedes.signed_off.name == "Dr B. Second"


def test_revise_refuses_a_draft_and_a_template() -> None:
    with pytest.raises(NotSignedOff, match="still a draft"):
        revise(_clean())
    template = _clean().model_copy(update={"format": "careplan-template", "patient": None})
    with pytest.raises(NotSignedOff, match="template"):
        revise(template)


def test_model_refuses_inconsistent_lifecycle_fields() -> None:
    data = _signed().model_dump()
    with pytest.raises(ValueError, match="draft plan has no sign-off"):
        CarePlan.model_validate({**data, "status": "draft"})
    with pytest.raises(ValueError, match="final plan needs a sign-off"):
        CarePlan.model_validate({**data, "signed_off": None})
    with pytest.raises(ValueError, match="revision 1 cannot replace revision 1"):
        CarePlan.model_validate({**data, "status": "draft", "signed_off": None, "supersedes": {"id": "x", "revision": 1}})
