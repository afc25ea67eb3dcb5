"""Cautions that fit the combination a clinician weighed, instead of generic ones that contradict it.

When the plan holds a combination a safety rule flags (oxycodone with alprazolam, ibuprofen with
warfarin) and the clinician keeps it, a generic catalog sentence such as "do not take anxiety
pills with it unless we say so" would contradict the schedule beside it. So each rule with a
patient caution names, as data:

* the phrase (in the handout's phrase table) that tells the patient how to take this very
  combination safely, naming the medicines concerned, and
* the topics of catalog warning sentences (``WarningPart.about``) that the caution replaces
  for the medicines the finding concerns.

Which cautions print is chosen by the findings present; no catalog sentence is rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from careplan.domain.catalog_model import DrugClassInfo, WarningTopic
from careplan.domain.findings import Finding, FindingLimit
from careplan.domain.plan import CarePlan, MedicationItem
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, box, bullets, para
from careplan.export.styles import CAUTION, CAUTION_PALE


@dataclass(frozen=True)
class RuleCaution:
    """A rule's patient caution: its phrase key and the warning topics it replaces."""

    phrase: str
    replaces: frozenset[WarningTopic] = frozenset()
    # The phrase for a finding about one medicine, where ``phrase`` speaks of several together.
    phrase_one: str | None = None


# Rule id -> caution. A rule not listed here prints no caution of its own (the kratom rules
# speak through the kratom box, which names the patient's own medicines).
RULE_CAUTIONS: dict[str, RuleCaution] = {
    "OPIOID-SEDATIVE": RuleCaution("caution_opioid_sedative", frozenset({"sedatives"})),
    "NSAID-BLEEDING": RuleCaution("caution_nsaid_bleeding", frozenset({"nsaids"})),
    "NSAID-DUPLICATE": RuleCaution("caution_nsaid_duplicate", frozenset({"nsaids", "other_nsaids"})),
    "APAP-DAILY-MAX": RuleCaution("caution_apap_daily_max", frozenset({"acetaminophen"}), "caution_apap_daily_max_one"),
    "DOSE-DAILY-MAX": RuleCaution("caution_dose_daily_max"),
    "OPIOID-MME": RuleCaution("caution_opioid_mme"),
    "ALLERGY": RuleCaution("caution_allergy"),
    # Second set.
    "DOSE-UNCOUNTED": RuleCaution("caution_dose_uncounted"),
    "LACTATION": RuleCaution("caution_lactation"),
    "NSAID-TRIPLE": RuleCaution("caution_nsaid_triple"),
    "OPIOID-CYP": RuleCaution("caution_opioid_cyp"),
    "OPIOID-NAIVE-LA": RuleCaution("caution_opioid_naive_la"),
    "QT-RISK": RuleCaution("caution_qt_risk", phrase_one="caution_qt_risk_one"),
    "RENAL-DOSE": RuleCaution("caution_renal_dose"),
    # Third set.
    "HEPATIC-DOSE": RuleCaution("caution_hepatic_dose"),
    "PEDIATRIC": RuleCaution("caution_pediatric"),
    "SEROTONERGIC": RuleCaution("caution_serotonergic"),
    "PREGNANCY-DRUG": RuleCaution("caution_pregnancy_drug"),
    "SEIZURE-RISK": RuleCaution("caution_seizure_risk"),
    "DRUG-INTERACTION": RuleCaution("caution_drug_interaction"),
    "DRUG-CONDITION": RuleCaution("caution_drug_condition"),
    # A heavy drinker's medicines that do not mix with alcohol; the catalog's own sentences about
    # alcohol and sedatives still print (they name the other medicines to avoid too).
    "ALCOHOL-INTERACTION": RuleCaution("caution_alcohol"),
}

# Why a limit applies (careplan.domain.findings.FindingLimit.reasons), in a patient's words.
_WHY: dict[str, str] = {"liver": "limit_why_liver", "kidneys": "limit_why_kidneys", "alcohol": "limit_why_alcohol",
                        "age": "limit_why_age", "weight": "limit_why_weight", "otc": "limit_why_otc"}


@dataclass(frozen=True)
class Caution:
    """One caution as it prints: the rule, the medicines it names, its markup."""

    rule: str
    items: tuple[MedicationItem, ...]
    markup: str


def _items(finding: Finding, in_order: dict[str, tuple[int, MedicationItem]]) -> tuple[MedicationItem, ...]:
    """The medicines a finding concerns, in plan order (planned first, then current). ``in_order``
    is :func:`_plan_order`, made once per document: scanning every medicine for each finding
    grew with the square of the plan's lines."""
    return tuple(item for _, item in sorted(in_order[i] for i in set(finding.items) if i in in_order))


def _plan_order(plan: CarePlan) -> dict[str, tuple[int, MedicationItem]]:
    """Each medicine's id (unique in a valid plan) -> (its place in plan order, the medicine)."""
    return {item.id: (place, item) for place, item in enumerate(plan.all_medications())}


def _names(items: tuple[MedicationItem, ...], ctx: RenderContext) -> str:
    return ctx.join(list(dict.fromkeys(ctx.med_name(i) for i in items)))


def cautions(plan: CarePlan, ctx: RenderContext) -> list[Caution]:
    """One caution per finding of a rule that has one (the same rule and medicines once)."""
    out: list[Caution] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    local = ctx.local
    in_order = _plan_order(plan)
    for finding in ctx.report.findings:
        rule = RULE_CAUTIONS.get(finding.rule)
        items = _items(finding, in_order)
        key = (finding.rule, tuple(sorted(i.id for i in items)))
        if rule is None or not items or key in seen:
            continue
        seen.add(key)
        apap = ctx.catalog.drugs.get("acetaminophen")
        phrase = rule.phrase_one if rule.phrase_one is not None and len(items) == 1 else rule.phrase
        markup = ctx.t(phrase, names=_names(items, ctx), emergency=local.emergency(), poison=local.poison(),
                       acetaminophen=local.generic(apap).lower() if apap is not None else "acetaminophen")
        if finding.limit is not None:
            markup += " " + _limit_line(finding.limit, ctx)
        out.append(Caution(finding.rule, items, markup))
    return out


def _limit_line(limit: FindingLimit, ctx: RenderContext) -> str:
    """ "For you, the limit is 2,000 mg a day of acetaminophen from all your medicines together,
    because of your liver. Your plan comes to 3,000 mg a day." """
    drug = ctx.catalog.drugs.get(limit.ingredient)
    ingredient = ctx.local.generic(drug).lower() if drug is not None else limit.ingredient
    reasons = [ctx.raw(_WHY.get(r, "limit_why_health")) for r in limit.reasons] or [ctx.raw("limit_why_health")]
    return ctx.t("caution_limit", limit=f"{_amount(limit.amount, ctx)} {limit.unit}", ingredient=ingredient,
                 why=ctx.join(list(dict.fromkeys(reasons))), total=f"{_amount(limit.total, ctx)} {limit.unit}")


def _amount(value: float, ctx: RenderContext) -> str:
    """2000 -> "2,000"; 1.5 -> "1.5" in English. A translated handout writes an amount as its
    locale writes a dose, never grouped ("4000 mg": Spain reads "4,000" as four)."""
    if not ctx.tr.is_source:
        return ctx.num(value)
    return f"{round(value):,}" if abs(value - round(value)) < 1e-9 else number(value)


def superseded_topics(plan: CarePlan, ctx: RenderContext) -> dict[str, frozenset[WarningTopic]]:
    """Plan item id -> the catalog warning topics a printed caution replaces for it."""
    out: dict[str, frozenset[WarningTopic]] = {}
    for caution in cautions(plan, ctx):
        for item in caution.items:
            out[item.id] = out.get(item.id, frozenset()) | RULE_CAUTIONS[caution.rule].replaces
    return out


def allergy_names(plan: CarePlan, ctx: RenderContext) -> list[str]:
    """The patient's recorded allergies in words a patient knows (plain text): a catalog drug id
    by its local name, a class id by the class's patient name, anything else as typed."""
    classes: dict[str, DrugClassInfo] = {c.id: c for c in ctx.catalog.data.drug_classes}
    names: list[str] = []
    for allergy in plan.patient_or_empty.allergies:
        text = allergy.strip()
        key = text.lower()
        if (drug := ctx.catalog.drugs.get(key)) is not None:
            name = ctx.local.name(drug, brand=False)
            names.append(name[:1].lower() + name[1:])
        elif (cls := classes.get(key)) is not None:
            names.append(ctx.name_of("medicine-class", cls.patient_name or cls.name))
        elif text:
            names.append(text)
    return list(dict.fromkeys(names))


def care_box(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    """"Take extra care": the recorded allergies and one caution per combination the clinician
    weighed, each naming the medicines concerned."""
    allergies = allergy_names(plan, ctx)
    found = cautions(plan, ctx)
    if not allergies and not found:
        return []
    s = ctx.styles
    body: list[Flowable] = []
    if allergies:
        body.append(para(f"<b>{ctx.t('allergies_line', allergies=ctx.join(allergies))}</b>", s.body))
    if found:
        body.append(para(ctx.t("care_intro"), s.body))
        body += bullets([c.markup for c in found], s.bullet)
    return box(ctx.t("care_title"), body, s, ctx.width, CAUTION, CAUTION_PALE)
