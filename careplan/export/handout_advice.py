"""Handout wording that follows from the facts about the plan's medicines: advice a medicine makes
unsafe worded safely (a heat pack, but never near the patch), the medicine advice of each
medicine (swallow whole, the dosing card, a missed dose), keeping medicines safe (storage,
disposal, driving) and where to get naloxone when the plan has none.

The facts come from the handout catalog (``careplan.domain.handout_catalog``); the same facts
drive the ADVICE-CONFLICT finding, so the clinician reads what the patient will read.
"""

from __future__ import annotations

from dataclasses import dataclass

from careplan.domain.dosing import frequency
from careplan.domain.handout_catalog import selects
from careplan.domain.handout_model import AdviceConflict, MedicineAdvice, MedicineTopic
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable, bullets, para
from careplan.export.text import esc


@dataclass(frozen=True)
class SafeAdvice:
    """How one conflict changes a piece of advice: a limit after it, or words in its place."""

    mode: str
    markup: str


def _names(items: list[MedicationItem], ctx: RenderContext) -> str:
    return ctx.join(list(dict.fromkeys(ctx.med_name_in_text(i) for i in items)))


def _meds(fact: AdviceConflict, plan: CarePlan, ctx: RenderContext) -> list[MedicationItem]:
    return [i for i in plan.all_medications()
            if frequency(i, ctx.drug(i)) != "rescue" and selects(fact.when, i, ctx.catalog)]


def safe_advice(plan: CarePlan, kind: str, ctx: RenderContext) -> list[SafeAdvice]:
    """The conflicts this plan's medicines make with advice of ``kind``, worded for the patient."""
    out: list[SafeAdvice] = []
    for fact in ctx.facts.data.advice_conflicts:
        if fact.kind != kind:
            continue
        if meds := _meds(fact, plan, ctx):
            out.append(SafeAdvice(fact.mode, ctx.words(fact.patient, "advice", names=_names(meds, ctx))))
    return out


def advice_markup(text: str, kind: str, plan: CarePlan, ctx: RenderContext) -> tuple[str, bool]:
    """A piece of the clinician's advice as the patient reads it, and whether it was replaced.

    The clinician's words are kept and followed by each limit a medicine sets ("Heat pack 15
    minutes. Never put heat on or near your patch ..."); where a fact says the advice itself is
    unsafe (alcohol with a sedating medicine), its safe words print instead.
    """
    found = safe_advice(plan, kind, ctx)
    replaced = [a.markup for a in found if a.mode == "replace"]
    if replaced:
        return " ".join(replaced), True
    limits = [a.markup for a in found if a.mode == "qualify"]
    words = esc(ctx.user_plain(text)).rstrip()
    if limits and not words.endswith((".", "!", "?")):
        words += "."
    return " ".join([words, *limits]), False


def advice_for(item: MedicationItem, topics: tuple[MedicineTopic, ...], ctx: RenderContext) -> list[MedicineAdvice]:
    """The medicine advice rows of these topics that concern this item where the patient lives."""
    country = ctx.locale.country if ctx.locale is not None else None
    kind = frequency(item, ctx.drug(item))
    return [row for row in ctx.facts.data.medicine_advice
            if row.topic in topics and row.when is not None and selects(row.when, item, ctx.catalog)
            and (not row.countries or country in row.countries)
            and (not row.frequency or kind in row.frequency)]


def item_advice(item: MedicationItem, ctx: RenderContext) -> list[str]:
    """What this medicine's own section says about taking it: swallow whole, the dosing card,
    a missed dose (markup; "swallow whole" in bold, it is a safety instruction)."""
    lines: list[str] = []
    for row in advice_for(item, ("swallow_whole", "measure", "missed_dose"), ctx):
        text = ctx.words(row.patient, "medicine-advice", names=_names([item], ctx))
        lines.append(f"<b>{text}</b>" if row.topic == "swallow_whole" else text)
    return lines


def keep_safe(items: list[MedicationItem], ctx: RenderContext) -> list[Flowable]:
    """ "Keep your medicines safe": storage, disposal and driving, each once, naming the
    medicines it concerns (only what the facts say for these medicines and this country)."""
    concerned: dict[str, tuple[MedicineAdvice, list[MedicationItem]]] = {}
    for item in items:
        if frequency(item, ctx.drug(item)) == "rescue":
            continue
        for row in advice_for(item, ("storage", "disposal", "driving"), ctx):
            concerned.setdefault(row.id, (row, []))[1].append(item)
    if not concerned:
        return []
    s = ctx.styles
    order = {"storage": 0, "disposal": 1, "driving": 2}
    rows = sorted(concerned.values(), key=lambda pair: order[pair[0].topic])
    lines = [ctx.words(row.patient, "medicine-advice", names=_names(meds, ctx)) for row, meds in rows]
    return [para(ctx.t("med_safe_title"), s.h2), *bullets(lines, s.bullet)]


def naloxone_note(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """Where to get naloxone, for a plan with an opioid and no rescue medicine: the country's own
    way (over the counter in the US since 2023, free kits elsewhere) or to ask the care team."""
    meds = plan.all_medications()
    rescue = any(frequency(i, ctx.drug(i)) == "rescue" for i in meds)
    opioid = any((d := ctx.drug(i)) is not None and "opioid" in d.classes and frequency(i, d) != "rescue"
                 for i in meds)
    if rescue or not opioid:
        return []
    country = ctx.locale.country if ctx.locale is not None else None
    rows = [r for r in ctx.facts.data.medicine_advice if r.topic == "get_naloxone" and country in r.countries]
    s = ctx.styles
    how = [ctx.words(r.patient, "medicine-advice") for r in rows] or [ctx.t("naloxone_ask")]
    return [para(ctx.t("naloxone_title"), s.h2), para(ctx.t("naloxone_why"), s.body),
            *(para(f"<b>{h}</b>", s.body) for h in how)]
