"""Handout safety boxes: "Get help now if..." (red flags for this plan) and the kratom caution box."""

from __future__ import annotations

from dataclasses import dataclass

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import RedFlag
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable, box, bullets, para
from careplan.export.styles import CAUTION, CAUTION_PALE, DANGER, DANGER_PALE

# Classes that slow breathing when combined with kratom (besides the cns_depressant role).
_SEDATING_CLASSES = frozenset({"opioid", "benzodiazepine", "gabapentinoid"})


@dataclass(frozen=True)
class MedFacts:
    """What the plan's medicines (planned and current) add up to, for choosing warnings."""

    classes: frozenset[str]
    serotonergic: bool
    systemic_nsaid: bool


def med_facts(plan: CarePlan, catalog: CatalogIndex) -> MedFacts:
    classes: set[str] = set()
    serotonergic = systemic_nsaid = False
    for item in plan.all_medications():
        drug = catalog.drugs.get(item.drug) if item.drug else None
        if drug is None:
            continue
        classes.update(drug.classes)
        # A combination tablet carries its ingredients' classes (hydrocodone + acetaminophen).
        for ingredient in drug.ingredients:
            if (part := catalog.drugs.get(ingredient.drug)) is not None:
                classes.update(part.classes)
        # A combination has its ingredients' roles (careplan.domain.facts).
        serotonergic = serotonergic or "serotonergic" in catalog.facts.roles(drug.id)
        systemic_nsaid = systemic_nsaid or ("nsaid" in drug.classes and drug.systemic)
    return MedFacts(frozenset(classes), serotonergic, systemic_nsaid)


def _back_pain(plan: CarePlan) -> bool:
    return any("back" in text.lower() for text in (*plan.pain.sites, *plan.pain.causes))


def relevant_red_flags(plan: CarePlan, catalog: CatalogIndex) -> list[RedFlag]:
    """Red flags that concern this plan: everyone's, plus those of its medicines, kratom, back pain."""
    facts = med_facts(plan, catalog)
    applies = {
        "all": True,
        "back_pain": _back_pain(plan),
        "nsaid": facts.systemic_nsaid,
        "opioid": "opioid" in facts.classes,
        "gabapentinoid": "gabapentinoid" in facts.classes,
        "acetaminophen": "acetaminophen" in facts.classes,
        "serotonergic": facts.serotonergic,
        "kratom": plan.kratom_module() is not None,
    }
    return [flag for flag in catalog.data.red_flags if applies.get(flag.applies_to, False)]


def phone_numbers(ctx: RenderContext) -> list[str]:
    """The other phone lines where the patient lives (urgent care, poisons, crisis) and the care
    team's number, as markup lines (the emergency number comes just before them). A country the
    table does not know gets none: only "your local emergency number" and the care team."""
    local = ctx.local
    lines = []
    for kind, key in (("urgent", "num_urgent"), ("poison", "num_poison"), ("crisis", "num_crisis")):
        for line in local.of(kind):  # type: ignore[arg-type]
            lines.append(ctx.t(key, line=local.line(line)))
    phone = ctx.options.letterhead.phone.strip()
    lines.append(ctx.t("num_clinic", phone=phone) if phone else ctx.t("num_clinic_blank"))
    return lines


def help_box(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """The red "Get help now if..." box: this plan's red flags, then the phone numbers where the
    patient lives."""
    s = ctx.styles
    flags = [ctx.words(flag.patient) for flag in relevant_red_flags(plan, ctx.catalog)]
    numbers = "<br/>".join(phone_numbers(ctx))
    body = [para(ctx.t("help_intro"), s.body), *bullets([f for f in flags if f], s.bullet),
            para(f"<b>{ctx.t('help_emergency', emergency=ctx.local.emergency())}</b><br/>{numbers}", s.body)]
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
        roles = ctx.catalog.facts.roles(drug.id)
        if _SEDATING_CLASSES & set(drug.classes) or "cns_depressant" in roles:
            sedating.append(item)
        if roles & {"cyp3a4_substrate", "cyp2d6_substrate"}:
            raised.append(item)
    lines = []
    if sedating:
        lines.append(f"<b>{ctx.t('kratom_breathing', names=_names(sedating, ctx))}</b>")
    if raised:
        lines.append(ctx.t("kratom_levels", names=_names(raised, ctx)))
    return lines


def _law_line(plan: CarePlan, ctx: RenderContext) -> str:
    """The legal row for where the patient lives, dated as of the row (the same row and date as
    the KRATOM-JURISDICTION finding and the clinician summary). A state without a row of its
    own reads its country's row, and the line says so."""
    code = plan.patient_or_empty.jurisdiction
    place = ctx.catalog.jurisdiction(code)
    if place is None:
        return ctx.t("kratom_law_unknown")
    key = "kratom_law" if place.code == (code or "").upper() else "kratom_law_country"
    return ctx.t(key, place=place.name, status=ctx.raw(f"law_{place.status}"), date=ctx.date_words(place.as_of))


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

