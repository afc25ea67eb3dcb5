"""A plan's lifecycle: a draft is signed off into a final plan; a final plan is changed only by revising it.

How revisions keep earlier ones readable: a plan keeps its ``id`` across revisions, and revision
n+1 is a *new document* — a draft with ``revision`` n+1 and ``supersedes`` naming revision n (its
id, number and sign-off). Revision n is never written again: ``careplan revise FILE -o NEW``
writes NEW and leaves FILE as it was signed, and the GUI's "Revise" saves the new revision under a
new file name. A final plan is read-only: every edit operation refuses it (:func:`ensure_editable`),
and signing it again is refused.

Signing is refused while any critical finding is unacknowledged, so a signed plan is always one
whose critical problems a clinician has looked at and given a reason for.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ValidationError

from careplan.domain.catalog import CatalogIndex
from careplan.domain.errors import describe
from careplan.domain.findings import Finding
from careplan.domain.limits import MAX_REVISION, MAX_SHORT_TEXT, text_problem
from careplan.domain.plan import CarePlan, RevisionRef, SignOff, utc_now
from careplan.domain.safety import check_plan


class LifecycleError(ValueError):
    """A lifecycle step that cannot be taken; the message says why, in words for a clinician."""


class PlanIsFinal(LifecycleError):
    """The plan is signed off: it cannot be changed or signed again, only revised."""


class NotSignedOff(LifecycleError):
    """Only a signed-off (final) plan is revised; a draft is simply edited."""


class SignOffBlocked(LifecycleError):
    """Critical findings are unacknowledged, so the plan cannot be signed off."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self.findings = findings
        rules = ", ".join(dict.fromkeys(f.rule for f in findings))
        n = len(findings)
        super().__init__(
            f"cannot sign off: {n} critical finding{'s' if n != 1 else ''} not acknowledged ({rules}); "
            "acknowledge each with a reason, or change the plan"
        )


def signed_words(sign_off: SignOff) -> str:
    """ "Dr A. Example, MD, 2026-11-24 10:19 UTC" — who signed and when."""
    who = ", ".join(x for x in (sign_off.name.strip(), sign_off.credentials.strip()) if x)
    return f"{who}, {sign_off.at.strftime('%Y-%m-%d %H:%M UTC')}"


def ensure_editable(plan: CarePlan) -> None:
    """Raise :class:`PlanIsFinal` when ``plan`` is signed off (every edit operation calls this)."""
    if plan.status == "final":
        who = f" by {signed_words(plan.signed_off)}" if plan.signed_off is not None else ""
        raise PlanIsFinal(
            f"revision {plan.revision} is signed off{who} and cannot be changed; start a new revision to change it"
        )


def sign(
    plan: CarePlan,
    by: str,
    credentials: str = "",
    at: datetime | None = None,
    *,
    catalog: CatalogIndex,
    today: date | None = None,
) -> CarePlan:
    """Sign ``plan`` off: status ``final`` with the signer's name, credentials and time.

    Args:
        plan: a draft plan (not a template).
        by: the signing clinician's name (required).
        credentials: e.g. "MD", "FRCA" (optional).
        at: when it was signed (now, in UTC, by default).
        catalog: the catalog the safety check runs against.
        today: the date ages are computed on (tests pin it).

    Raises:
        PlanIsFinal: the plan is already signed off.
        SignOffBlocked: a critical finding is not acknowledged.
        LifecycleError: a template, or no name given.
    """
    if plan.is_template:
        raise LifecycleError("a template is not signed off; make a plan from it and sign that")
    if plan.status == "final" and plan.signed_off is not None:
        raise PlanIsFinal(
            f"revision {plan.revision} is already signed off by {signed_words(plan.signed_off)}; "
            "to change it, start a new revision"
        )
    name = by.strip()
    if not name:
        raise LifecycleError("a sign-off needs the signing clinician's name")
    for what, text in (("the signing clinician's name", name), ("the credentials", credentials)):
        if problem := text_problem(text, MAX_SHORT_TEXT, 1):
            raise LifecycleError(f"{what} {problem}")
    blocking = check_plan(plan, catalog, today).blocking
    if blocking:
        raise SignOffBlocked(blocking)
    moment = (at or utc_now()).replace(microsecond=0)
    try:
        sign_off = SignOff.model_validate({"name": name, "credentials": credentials.strip(), "at": moment})
        return CarePlan.model_validate(
            plan.model_copy(update={"status": "final", "signed_off": sign_off, "updated_at": moment}).model_dump(mode="python")
        )
    except ValidationError as exc:  # what would not open again is never signed
        raise LifecycleError(f"cannot sign off: {describe(exc)[0]}") from None


def revise(plan: CarePlan, at: datetime | None = None) -> CarePlan:
    """Revision n+1 of a signed-off plan, as a draft that names revision n in ``supersedes``.

    The plan id, content and acknowledgements carry over (an acknowledgement still covers only
    what it saw: raising a dose in the revision re-opens its finding). ``plan`` itself is not
    changed; the caller writes the revision to a new file.

    Raises:
        NotSignedOff: ``plan`` is a draft (edit it instead) or a template.
    """
    if plan.is_template:
        raise NotSignedOff("a template has no revisions; edit it, or duplicate it in the library")
    if plan.status != "final" or plan.signed_off is None:
        raise NotSignedOff(
            f"revision {plan.revision} is still a draft: edit it directly; a new revision starts from a signed-off plan"
        )
    if plan.revision >= MAX_REVISION:
        raise LifecycleError(f"revision {plan.revision} is the last a plan may have ({MAX_REVISION:,}); start a new plan from it instead")
    moment = (at or utc_now()).replace(microsecond=0)
    ref = RevisionRef(id=plan.id, revision=plan.revision, signed_off=plan.signed_off)
    return plan.model_copy(
        deep=True,
        update={
            "status": "draft",
            "signed_off": None,
            "revision": plan.revision + 1,
            "supersedes": ref,
            "updated_at": moment,
        },
    )


def is_read_only(plan: CarePlan) -> bool:
    """Whether the GUI shows the plan read-only (a signed-off plan)."""
    return plan.status == "final"
