"""Handout safety boxes: "Get help now if..." (red flags for this plan) and the kratom caution box."""

from __future__ import annotations

from careplan.domain.handout_model import URGENCIES, Urgency
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable, box, bullets, para
from careplan.export.styles import CAUTION, CAUTION_PALE, DANGER, DANGER_PALE

# Classes that slow breathing when combined with kratom (besides the cns_depressant flag).
_SEDATING_CLASSES = frozenset({"opioid", "benzodiazepine", "gabapentinoid"})


def urgency_heading(urgency: Urgency, ctx: RenderContext) -> str:
    """What to do for a group of signs, the same words in every section: "Call 911 now if:"."""
    if urgency == "emergency":
        return ctx.t("urgency_emergency", emergency=ctx.local.emergency())
    return ctx.t(f"urgency_{urgency}")


def same_day_how(ctx: RenderContext) -> str:
    """ "Call us. If we are closed, call NHS 111." (or go to the emergency department)."""
    if ctx.local.of("urgent"):
        return ctx.t("urgency_same_day_how_line", urgent=ctx.local.urgent())
    return ctx.t("urgency_same_day_how_place", ed=ctx.local.ed())


def phone_numbers(ctx: RenderContext) -> list[str]:
    """The other phone lines where the patient lives (urgent care, poisons, crisis) and the care
    team's number, as markup lines (the emergency number comes just before them). A country the
    table does not know gets none: lines to write the numbers in, and the care team."""
    local = ctx.local
    lines = []
    if local.lines is None:
        lines.append(ctx.t("numbers_blank_intro"))
        lines += [ctx.t(f"num_blank_{kind}") for kind in ("emergency", "poison", "crisis")]
    for kind, key in (("urgent", "num_urgent"), ("poison", "num_poison"), ("crisis", "num_crisis")):
        for line in local.of(kind):  # type: ignore[arg-type]
            lines.append(ctx.t(key, line=local.line(line)))
        if local.regional_unknown(kind):  # type: ignore[arg-type]
            lines.append(ctx.t(f"num_regional_blank_{kind}"))
    phone = ctx.options.letterhead.phone.strip()
    lines.append(ctx.t("num_clinic", phone=phone) if phone else ctx.t("num_clinic_blank"))
    return lines


def help_box(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """The red "Get help now if..." box: this plan's red flags grouped by urgency (the catalogue's
    one scale, most urgent first, each group saying what to do), then the phone numbers where
    the patient lives."""
    s = ctx.styles
    flags = ctx.facts.red_flags_for(plan, ctx.catalog)
    body: list[Flowable] = [para(ctx.t("help_intro"), s.body)]
    for urgency in URGENCIES:
        group = [ctx.words(f.patient) for f in flags if f.urgency == urgency]
        if not group:
            continue
        body.append(para(f"<b>{urgency_heading(urgency, ctx)}</b>", s.lead))
        if urgency == "same_day":
            body.append(para(same_day_how(ctx), s.body))
        body += bullets(group, s.bullet)
    numbers = "<br/>".join(phone_numbers(ctx))
    body.append(para(f"<b>{ctx.t('help_emergency', emergency=ctx.local.emergency())}</b><br/>{numbers}", s.body))
    return box(ctx.t("help_title"), body, s, ctx.width, DANGER, DANGER_PALE)


def _names(items: list[MedicationItem], ctx: RenderContext) -> str:
    return ctx.join(list(dict.fromkeys(ctx.med_name(i) for i in items)))


def _interaction_lines(plan: CarePlan, ctx: RenderContext) -> list[str]:
    """Interactions named for this patient's own medicines (planned and current)."""
    sedating: list[MedicationItem] = []
    raised: list[MedicationItem] = []
    for item in plan.all_medications():
        drug = ctx.drug(item)
        if drug is None:
            continue
        if _SEDATING_CLASSES & set(drug.classes) or drug.flags.cns_depressant:
            sedating.append(item)
        if drug.flags.cyp3a4_substrate or drug.flags.cyp2d6_substrate:
            raised.append(item)
    lines = []
    if sedating:
        lines.append(f"<b>{ctx.t('kratom_breathing', names=_names(sedating, ctx))}</b>")
    if raised:
        lines.append(ctx.t("kratom_levels", names=_names(raised, ctx)))
    return lines


def _law_line(plan: CarePlan, ctx: RenderContext) -> str:
    """The legal row for where the patient lives in its own words, dated as of the row (the same
    row and date as the KRATOM-JURISDICTION finding and the clinician summary). A row whose
    status needs its own words (the UK's ban on supply) has its own phrase; only the US, where
    states and cities make their own rules, says so. A state without a row of its own reads its
    country's row, and the line says so."""
    code = (plan.patient_or_empty.jurisdiction or "").upper()
    place = ctx.catalog.jurisdiction(code)
    if place is None:
        return ctx.t("kratom_law_unknown")
    own = f"kratom_law_row_{place.code}"
    key = own if own in ctx.table else f"kratom_law_{'not_known' if place.status == 'unknown' else place.status}"
    parts = [] if place.code == code else [ctx.t("kratom_law_whole_country")]
    parts.append(ctx.t(key, place=place.name))
    if place.min_age is not None:
        parts.append(ctx.t("kratom_law_age", age=place.min_age))
    parts.append(ctx.t("kratom_law_dated", date=ctx.date_words(place.as_of)))
    parts.append(ctx.t("kratom_law_states" if place.code.split("-")[0] == "US" else "kratom_law_check"))
    return " ".join(parts)


def kratom_box(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Caution box: not approved, the law where the patient lives, their interactions, warning
    signs, never with sedatives, tell every clinician. It never states a dose, amount or strain."""
    if plan.kratom_module() is None:
        return []
    s = ctx.styles
    lines: list[str] = []
    personal = _interaction_lines(plan, ctx)
    cautions = ctx.catalog.data.kratom_cautions
    ids = {c.id for c in cautions}
    for caution in cautions:
        if caution.id == "legal-status":
            lines.append(_law_line(plan, ctx))
            continue
        if caution.id == "pregnancy" and plan.patient_or_empty.sex == "male":
            continue
        if text := ctx.words(caution.patient):
            lines.append(text)
        if caution.id == "cns-depressants":
            lines += personal
    # Whatever the catalog holds, these facts must be in the box.
    if "legal-status" not in ids:
        lines.insert(0, _law_line(plan, ctx))
    if "cns-depressants" not in ids:
        lines += [f"<b>{ctx.t('kratom_never_mix')}</b>", *personal]
    if "tell-every-clinician" not in ids:
        lines.append(ctx.t("kratom_tell"))
    body = bullets(lines, s.bullet)
    return box(ctx.t("kratom_title"), body, s, ctx.width, CAUTION, CAUTION_PALE)

