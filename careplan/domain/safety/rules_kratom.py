"""Kratom rules: jurisdiction, CNS depressants, CYP interactions, concentrates, conditions.

Every kratom rule looks only at an *active* kratom module (status current_use, considering or
tapering). Past use and "advised against" document counselling, so they raise no finding, not
even the jurisdiction one: the handout's caution box still states the legal status.
"""

from __future__ import annotations

from careplan.domain.catalog_model import Jurisdiction, Source
from careplan.domain.codes import CONDITION_LABELS, Severity
from careplan.domain.findings import Finding
from careplan.domain.plan import KratomModule
from careplan.domain.safety.context import (
    ResolvedMed,
    SafetyContext,
    class_sources,
    classes_of,
    fmt,
    item_ids,
    join_words,
    names,
    unique_sources,
)

# Which catalog kratom caution backs each rule (looked up by id; a missing id gives no source).
CAUTION_FOR_RULE: dict[str, tuple[str, ...]] = {
    "KRATOM-CNS-DEPRESSANT": ("cns-depressants",),
    "KRATOM-CYP": ("drug-interactions",),
    "KRATOM-CONCENTRATE": ("concentrates-7oh",),
    "KRATOM-JURISDICTION": ("legal-status",),
}
_CONCENTRATED_FORMS: dict[str, str] = {
    "extract": "a concentrated extract",
    "7oh_product": "a 7-hydroxymitragynine (7-OH) product",
}


def _caution_sources(ctx: SafetyContext, rule: str) -> tuple[Source, ...]:
    return _sources_of(ctx, CAUTION_FOR_RULE.get(rule, ()))


def _sources_of(ctx: SafetyContext, caution_ids: tuple[str, ...]) -> tuple[Source, ...]:
    found = [ctx.catalog.kratom_cautions.get(cid) for cid in caution_ids]
    return unique_sources(*(c.sources for c in found if c is not None))


def kratom_jurisdiction(ctx: SafetyContext) -> list[Finding]:
    """KRATOM-JURISDICTION: banned -> critical; the patient younger than the row's minimum age
    -> critical; regulated with a restriction that fits the patient (pregnancy, breastfeeding)
    -> critical; restricted, unknown or unlisted -> warning; a minimum age with the patient's age
    not recorded -> warning. Templates have no patient, so no jurisdiction: checked once a plan
    is made.
    """
    module = ctx.active_kratom
    if module is None or not ctx.has_patient:
        return []
    table = ctx.catalog.data.jurisdictions
    code = ctx.patient.jurisdiction
    row = ctx.catalog.jurisdiction(code)
    # The table's long verify note is shown by the UI; the finding keeps the essential sentence.
    verify = f"Legal status must be verified locally (table as of {table.as_of.isoformat()})."
    sources = unique_sources(row.sources if row is not None else (), _caution_sources(ctx, "KRATOM-JURISDICTION"))
    if row is None:
        where = f"{code} is not in the jurisdiction table" if code else "No jurisdiction is recorded for the patient"
        return [_jurisdiction_finding(module, "warning", "Kratom legal status unknown", f"{where}. {verify}", sources)]
    place = f"{row.name} ({row.code})"
    status_line = f"{place}: {row.status} (as of {row.as_of.isoformat()}). {row.detail}"
    if row.status == "banned":
        return [_jurisdiction_finding(module, "critical", f"Kratom is banned in {row.name}", f"{status_line} {verify}", sources)]
    if module.product_form in row.banned_forms:
        form = _CONCENTRATED_FORMS.get(module.product_form, module.product_form.replace("_", " "))
        return [_jurisdiction_finding(
            module, "critical", f"This kratom product is banned in {row.name}",
            f"{status_line} The patient reports {form}, a form the law there bans. {verify}", sources)]
    age = ctx.age
    if row.min_age is not None and age is not None and age < row.min_age:
        return [
            _jurisdiction_finding(
                module,
                "critical",
                f"Kratom not allowed under {row.min_age} in {row.name}",
                f"{status_line} The law there sets a minimum age of {row.min_age}; the patient is {age}. {verify}",
                sources,
            )
        ]
    matches = _restriction_matches(ctx, row)
    if row.status == "regulated" and matches:
        return [
            _jurisdiction_finding(
                module,
                "critical",
                f"Kratom not allowed for this patient in {row.name}",
                f"{status_line} The law there excludes {join_words(matches)}, which applies to this patient. {verify}",
                sources,
            )
        ]
    if row.status in ("restricted", "unknown"):
        title = f"Kratom is restricted in {row.name}" if row.status == "restricted" else f"Kratom legal status unclear in {row.name}"
        return [_jurisdiction_finding(module, "warning", title, f"{status_line} {verify}", sources)]
    if row.min_age is not None and age is None:
        return [
            _jurisdiction_finding(
                module,
                "warning",
                f"Kratom minimum age {row.min_age} in {row.name}: age not recorded",
                f"{status_line} The law there sets a minimum age of {row.min_age}; record the patient's age or "
                f"date of birth. {verify}",
                sources,
            )
        ]
    return []


def _restriction_matches(ctx: SafetyContext, row: Jurisdiction) -> list[str]:
    matches: list[str] = []
    for restriction in row.restricted_conditions:
        if restriction in ctx.conditions:
            matches.append(CONDITION_LABELS.get(restriction, restriction).lower())
    return matches


def _jurisdiction_finding(
    module: KratomModule, severity: Severity, title: str, detail: str, sources: tuple[Source, ...]
) -> Finding:
    return Finding(
        rule="KRATOM-JURISDICTION", severity=severity, title=title, detail=detail, items=(module.id,), sources=sources
    )


def kratom_cns_depressant(ctx: SafetyContext) -> list[Finding]:
    """KRATOM-CNS-DEPRESSANT: kratom with an opioid, a benzodiazepine or another CNS depressant
    (the cns_depressant role), or with any alcohol use (alcohol_drinks_per_week > 0)."""
    module = ctx.active_kratom
    if module is None:
        return []
    meds = [m for m in ctx.meds if not m.rescue and (m.has_class("opioid", "benzodiazepine") or m.has_role("cns_depressant"))]
    drinks = ctx.patient.alcohol_drinks_per_week
    parts = list(dict.fromkeys(m.name for m in meds))
    if drinks is not None and drinks > 0:
        parts.append(f"alcohol ({fmt(drinks)} drinks/week)")
    if not parts:
        return []
    return [
        Finding(
            rule="KRATOM-CNS-DEPRESSANT",
            severity="critical",
            title="Kratom with sedating medicines or alcohol",
            detail=(
                f"Kratom ({module.status.replace('_', ' ')}) with {join_words(parts)}: kratom acts on opioid "
                "receptors, and together these add up to dangerous sedation and slowed breathing; other "
                "drugs were present in most kratom-related deaths. Advise against the combination and offer naloxone."
            ),
            items=item_ids(meds, [module.id]),
            sources=unique_sources(
                _caution_sources(ctx, "KRATOM-CNS-DEPRESSANT"),
                class_sources(ctx, *classes_of(meds, {"opioid", "benzodiazepine"})),
            ),
        )
    ]


def kratom_cyp(ctx: SafetyContext) -> list[Finding]:
    """KRATOM-CYP: kratom with drugs whose levels CYP3A4/CYP2D6 inhibition can raise."""
    module = ctx.active_kratom
    if module is None:
        return []
    meds = ctx.with_role("cyp3a4_substrate", "cyp2d6_substrate")
    if not meds:
        return []
    cyp3a4 = [m for m in meds if m.has_role("cyp3a4_substrate")]
    cyp2d6 = [m for m in meds if m.has_role("cyp2d6_substrate")]
    parts = []
    if cyp3a4:
        parts.append(f"CYP3A4 substrates: {names(cyp3a4)} (kratom can raise their levels)")
    if cyp2d6:
        parts.append(f"CYP2D6 substrates: {names(cyp2d6)} (possible interaction; weaker clinical evidence)")
    return [
        Finding(
            rule="KRATOM-CYP",
            severity="warning",
            title="Kratom may raise levels of other medicines",
            detail=f"Kratom inhibits CYP3A4 and, in the laboratory, CYP2D6. {'; '.join(parts)}.",
            items=item_ids(meds, [module.id]),
            sources=unique_sources(_caution_sources(ctx, "KRATOM-CYP"), _substrate_sources(ctx, meds)),
        )
    ]


def _substrate_sources(ctx: SafetyContext, meds: list[ResolvedMed]) -> tuple[Source, ...]:
    """Sources that these medicines are CYP3A4 or CYP2D6 substrates (their role facts)."""
    return unique_sources(*(f.role_sources("cyp3a4_substrate", "cyp2d6_substrate") for m in meds for f in ctx.facts_of(m)))


def kratom_concentrate(ctx: SafetyContext) -> list[Finding]:
    """KRATOM-CONCENTRATE: the reported product is an extract or a 7-OH product."""
    module = ctx.active_kratom
    if module is None or module.product_form not in _CONCENTRATED_FORMS:
        return []
    what = _CONCENTRATED_FORMS[module.product_form]
    return [
        Finding(
            rule="KRATOM-CONCENTRATE",
            severity="warning",
            title="Concentrated kratom or 7-OH product",
            detail=(
                f"The patient reports {what}. These are far more potent than leaf and act like a strong "
                "opioid; FDA recommended scheduling concentrated 7-OH in 2025. Treat as opioid exposure."
            ),
            items=(module.id,),
            sources=_caution_sources(ctx, "KRATOM-CONCENTRATE"),
        )
    ]


def kratom_condition(ctx: SafetyContext) -> list[Finding]:
    """KRATOM-CONDITION: one warning per condition that kratom makes riskier (the catalog's list,
    each with its reason and the caution that backs it)."""
    module = ctx.active_kratom
    facts = ctx.catalog.data.rule_facts
    if module is None or facts is None:
        return []
    findings: list[Finding] = []
    for row in facts.kratom_conditions:
        if row.condition not in ctx.conditions:
            continue
        label = CONDITION_LABELS[row.condition].lower()
        findings.append(
            Finding(
                rule="KRATOM-CONDITION",
                severity="warning",
                title=f"Kratom with {label}",
                detail=(
                    f"Kratom ({module.status.replace('_', ' ')}) with {label}: {row.reason}. "
                    "Advise against use and monitor."
                ),
                items=(module.id,),
                sources=unique_sources(row.sources, _sources_of(ctx, (row.caution,) if row.caution else ())),
            )
        )
    return findings
