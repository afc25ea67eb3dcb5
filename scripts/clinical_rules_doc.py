"""Writes docs/clinical-rules.md: every safety rule, the facts it reads, their sources and dates,
and the facts left out as unsure. Generated from the rule registry (each rule's docstring says
what it checks) and the catalog (labels, groups and tables, with their sources). Run it again
whenever a rule or a catalog fact changes:

    .venv/bin/python scripts/clinical_rules_doc.py
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from pathlib import Path

from careplan.domain.catalog import load_catalog
from careplan.domain.facts_model import GroupFacts, InteractionFact, LabelFacts, MaximumRow, WeightBasedMaximum
from careplan.domain.safety import RULES
from careplan.domain.safety.conditions import condition_rule
from careplan.domain.safety.context import ResolvedMed
from careplan.domain.safety.pairs import route
from careplan.domain.safety.rules_limits import daily_max_rule_of
from careplan.domain.sourced import Source, Sourced

ROOT = Path(__file__).resolve().parents[1]
CAT = load_catalog()
D = CAT.data
FACTS = CAT.facts
BODIES: list[LabelFacts | GroupFacts] = [*D.labels, *D.groups]


def where(body: LabelFacts | GroupFacts) -> str:
    if isinstance(body, LabelFacts):
        return f"`labels/{body.drug}.json`"
    return f"`groups/{body.group}.json`"


def cite(fact: Sourced) -> str:
    grades = "/".join(sorted({s.grade for s in fact.sources}))
    return f"{grades}, {fact.reviewed.isoformat()}"


def weight_rule(body: LabelFacts | GroupFacts, w: WeightBasedMaximum) -> str:
    """The rule that reports a weight-based maximum, as rules_population routes it: a child's age band
    PEDIATRIC; a light adult's (under 50 kg) the ingredient's daily maximum."""
    if w.age_max is not None:
        return "PEDIATRIC"
    return daily_max_rule_of(CAT.drugs.get(body.drug) if isinstance(body, LabelFacts) else None, "mg")


def weight_rows(rule: str) -> list[str]:
    return [f"  | {where(b)} | weight-based {w.mg_per_kg_day:g} mg/kg a day | {w.word} → {w.resolved_severity} | "
            f"{_weight_who(w)} | {cite(w)} |" for b in BODIES for w in b.weight_based if weight_rule(b, w) == rule]


def source_lines(facts: Iterable[Sourced]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for fact in facts:
        for s in fact.sources:
            if s.citation not in seen:
                seen.add(s.citation)
                out.append(_line(s, fact))
    return out


def _line(s: Source, fact: Sourced) -> str:
    url = f" <{s.url}>" if s.url else ""
    return f"  - {s.citation}{url} — grade {s.grade}, reviewed {fact.reviewed.isoformat()}"


def thr(*keys: str) -> list[Sourced]:
    return [D.thresholds[k] for k in keys if k in D.thresholds]


def _stand_in(drug_id: str) -> ResolvedMed | None:
    """A resolved medicine of this catalog drug, to route a label row as a plan would."""
    from careplan.domain.dosing import DailyAmount
    from careplan.domain.plan import MedicationItem

    drug = CAT.drugs.get(drug_id)
    if drug is None:
        return None
    classes = set(drug.classes)
    for ingredient in drug.ingredients:
        if (part := CAT.drugs.get(ingredient.drug)) is not None:
            classes.update(part.classes)
    item = MedicationItem(drug=drug_id, dose=1, times_per_day=1)
    return ResolvedMed(item, "plan", drug, DailyAmount(doses_per_day=1), frozenset(classes), FACTS.roles(drug_id))


def _partners(row: InteractionFact) -> list[str]:
    target = row.with_
    out: list[str] = []
    for drug in D.drugs:
        roles = FACTS.roles(drug.id)
        if (target.drug == drug.id or (target.class_ and target.class_ in drug.classes)
                or (target.role and any(r == target.role or r.startswith(target.role + "_") for r in roles))):
            out.append(drug.id)
    return out


def _holders(body: LabelFacts | GroupFacts) -> list[str]:
    if isinstance(body, LabelFacts):
        return [body.drug]
    return [d.id for d in D.drugs if body in FACTS.of(d.id).groups]  # type: ignore[union-attr]


def _weight_who(w: WeightBasedMaximum) -> str:
    """Whom a weight-based maximum is for: "under 50 kg", "age 2 to 12", "age 11 or under"."""
    parts = []
    if w.applies_below_kg is not None:
        parts.append(f"under {w.applies_below_kg:g} kg")
    if w.age_max is not None:
        parts.append(f"age {w.age_min} to {w.age_max}" if w.age_min else f"age {w.age_max} or under")
    return " and ".join(parts)


def interaction_rows() -> dict[str, list[str]]:
    """Rule id -> table lines of the interaction rows it reads (routed as a plan would)."""
    out: dict[str, list[str]] = {}
    for body in BODIES:
        holders = _holders(body)
        for row in body.interactions:
            target = row.with_
            if target.allergy is not None:
                rules = {"ALLERGY"}
            elif target.substance is not None:
                opioid = any("opioid" in CAT.drugs[h].classes for h in holders)
                rules = {"OPIOID-SEDATIVE"} if opioid else {"ALCOHOL-INTERACTION"} if target.substance == "alcohol" else {"DRUG-INTERACTION"}
            else:
                rules = set()
                for h in holders[:5]:
                    a = _stand_in(h)
                    for p in _partners(row):
                        b = _stand_in(p)
                        if a is not None and b is not None and p != h and CAT.drugs[p].systemic:
                            found = route(a, b, row)
                            if found:
                                rules.add(found)
                if not rules:
                    continue  # no catalog partner (or only two opioids, which the MME rules cover)
            for rule in rules:
                out.setdefault(rule, []).append(
                    f"  | {where(body)} | {target.words()} | {row.word} → {row.resolved_severity} | {row.effect} | {cite(row)} |")
    return out


def condition_rows() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for body in BODIES:
        holders = _holders(body)
        for row in body.conditions:
            rules = {condition_rule(row.condition, m) for h in holders[:3] if (m := _stand_in(h)) is not None} or {"DRUG-CONDITION"}
            for rule in rules:
                out.setdefault(rule, []).append(
                    f"  | {where(body)} | {row.condition} | {row.word} → {row.resolved_severity} | {row.hazard} | {cite(row)} |")
    return out


def _population(row: MaximumRow) -> str:
    keys = [f"{k}={getattr(row, k)}" for k in row.population_keys]
    return ", ".join(keys) or "adult"


def maxima_rows(kind: str) -> list[str]:
    out: list[str] = []
    for body in BODIES:
        for row in body.maxima:
            is_kidney = row.kidney is not None
            is_hepatic = row.hepatic is not None
            if (kind == "kidney") != is_kidney or (kind == "hepatic") != is_hepatic:
                continue
            value = f"avoid ({row.word})" if row.avoid else f"{row.amount:g} {row.unit}/day"
            out.append(f"  | {where(body)} | {_population(row)} | {value} → {row.resolved_severity} | {cite(row)} |")
    return out


TABLE_I = ["  | where | with | word → severity | effect | grade, reviewed |", "  |---|---|---|---|---|"]
TABLE_C = ["  | where | condition | word → severity | hazard | grade, reviewed |", "  |---|---|---|---|---|"]
TABLE_M = ["  | where | population | maximum → severity | grade, reviewed |", "  |---|---|---|---|"]

INTERACTIONS = interaction_rows()
CONDITIONS = condition_rows()

# What each rule reads, in words, and any table of rows or sources beyond the routed rows.
READS: dict[str, tuple[str, list[str]]] = {
    "DOSE-DAILY-MAX": ("`maxima` rows of each label (adult, age bands, OTC, strength, route, release, indication), "
                       "per active ingredient across products and salts (`salt_of`), per product for pieces or a "
                       "patch rate.", TABLE_M + maxima_rows("other")),
    "APAP-DAILY-MAX": ("The acetaminophen label's `maxima` (adult, OTC by strength; the lower limit with liver "
                       "disease or heavy alcohol use, `thresholds.json` heavy_alcohol_*), every product containing "
                       "acetaminophen counted (the rows are in the DOSE-DAILY-MAX table); the label's mg/kg a day for "
                       "an adult or adolescent under 50 kg.",
                       ["  | where | maximum | word → severity | for | grade, reviewed |", "  |---|---|---|---|---|",
                        *weight_rows("APAP-DAILY-MAX"), "",
                        *source_lines(thr("heavy_alcohol_male_per_week", "heavy_alcohol_female_per_week"))]),
    "RENAL-DOSE": ("`maxima` rows keyed `crcl_below`/`egfr_below`/`*_at_most` (CrCl, else eGFR), `conditions` rows for "
                   "`ckd` (non-NSAIDs); CKD ticked without a figure. A CrCl or eGFR under `thresholds.json` "
                   "ckd_gfr_below counts as CKD.", TABLE_M + maxima_rows("kidney") + TABLE_C + CONDITIONS.get("RENAL-DOSE", [])
                   + source_lines(thr("ckd_gfr_below"))),
    "HEPATIC-DOSE": ("`maxima` rows keyed `hepatic` (the recorded Child-Pugh class), `hepatic` word rows, `conditions` "
                     "rows for `liver_disease`; liver disease recorded without a class.",
                     TABLE_M + maxima_rows("hepatic") + TABLE_C + CONDITIONS.get("HEPATIC-DOSE", [])),
    "OPIOID-MME": ("`drugs.json` `mme` factors (CDC 2022); `thresholds.json` mme_warning, mme_critical; items marked "
                   "`indication: opioid_use_disorder` are shown and left out of the total.",
                   source_lines(thr("mme_warning", "mme_critical"))),
    "OPIOID-NAIVE-LA": ("Role `long_acting` or an ER product; `opioid_tolerant_only` (critical when not tolerant); "
                        "tolerance from `tolerance_dose` per label, else `thresholds.json` opioid_tolerant_mme.",
                        source_lines([*thr("opioid_tolerant_mme"),
                                      *(b.opioid_tolerant_only for b in BODIES if b.opioid_tolerant_only is not None),
                                      *(b.tolerance_dose for b in D.labels if b.tolerance_dose is not None)])),
    "OPIOID-NALOXONE": ("MME (warning level), opioid–sedative pairs, heavy alcohol, kratom, OUD treatment, and the "
                        "conditions in `rule_facts.json` naloxone (CDC 2022 Recommendation 8).",
                        [f"  - {', '.join(r.conditions)}" for r in (D.rule_facts.naloxone if D.rule_facts else ())]
                        + source_lines([*thr("mme_warning"), *(D.rule_facts.naloxone if D.rule_facts else ())])),
    "FOLLOWUP-MISSING": ("`thresholds.json` followup_max_weeks; `review_within_days` of a label (methadone: 7 days).",
                         source_lines([*thr("followup_max_weeks"), *(b.review_within_days for b in D.labels if b.review_within_days)])),
    "PRN-NO-GAP": ("`prn_gap` of a label or group (opioids, benzodiazepines, acetaminophen).",
                   source_lines(b.prn_gap for b in BODIES if b.prn_gap is not None)),
    "PEDIATRIC": ("`pediatric` (minimum age, word), `weight_based` (mg/kg a day), `maxima` rows for children.",
                  ["  | where | minimum age | word → severity | hazard | grade, reviewed |", "  |---|---|---|---|---|"]
                  + [f"  | {where(b)} | {b.pediatric.min_age} | {b.pediatric.word} → {b.pediatric.resolved_severity} | "
                     f"{b.pediatric.hazard} | {cite(b.pediatric)} |" for b in BODIES if b.pediatric is not None]
                  + weight_rows("PEDIATRIC")),
    "PREGNANCY-DRUG": ("`pregnancy` rows by gestational week; `conditions` rows for pregnancy.",
                       ["  | where | weeks | word → severity | hazard | grade, reviewed |", "  |---|---|---|---|---|"]
                       + [f"  | {where(b)} | {p.from_week}–{p.to_week if p.to_week is not None else 'term'} | {p.word} → "
                          f"{p.resolved_severity} | {p.hazard} | {cite(p)} |" for b in BODIES for p in b.pregnancy]
                       + TABLE_C + CONDITIONS.get("PREGNANCY-DRUG", [])),
    "LACTATION": ("`lactation` rows of labels and groups.",
                  ["  | where | word → severity | hazard | grade, reviewed |", "  |---|---|---|---|"]
                  + [f"  | {where(b)} | {b.lactation.word} → {b.lactation.resolved_severity} | {b.lactation.hazard} | "
                     f"{cite(b.lactation)} |" for b in BODIES if b.lactation is not None]),
    "OLDER-ADULT": ("`beers.json` criteria (by class, role or drug; falls history); `thresholds.json` older_adult_age.",
                    [f"  - **{b.id}**: {b.criterion}" for b in D.beers.avoid]
                    + source_lines([*D.beers.avoid, *([D.beers.cns_active] if D.beers.cns_active else []), *thr("older_adult_age")])),
    "QT-RISK": ("Role `qt_known_risk` with recorded QT prolongation (critical); QT pairs; `conditions` rows for QT and "
                "rhythm; `qt_ecg_above`.", TABLE_I + INTERACTIONS.get("QT-RISK", []) + TABLE_C + CONDITIONS.get("QT-RISK", [])
                + source_lines(b.qt_ecg_above for b in D.labels if b.qt_ecg_above is not None)),
    "SEIZURE-RISK": ("`conditions` rows for seizure_disorder; role `seizure_threshold`.", TABLE_C + CONDITIONS.get("SEIZURE-RISK", [])),
    "NSAID-CONDITION": ("`conditions` rows of NSAIDs (the NSAID group); `thresholds.json` older_adult_age.",
                        TABLE_C + CONDITIONS.get("NSAID-CONDITION", []) + source_lines(thr("older_adult_age"))),
    "NSAID-DUPLICATE": ("Class `nsaid`, per active ingredient (salts count as their parent); antiplatelet-dose aspirin "
                        "(`thresholds.json` aspirin_antiplatelet_max_mg) is no NSAID.",
                        source_lines([*(c for c in D.drug_classes if c.id == "nsaid"), *thr("aspirin_antiplatelet_max_mg")])),
    "CLASS-DUPLICATE": ("`rule_facts.json` class_duplicates, per active ingredient.",
                        source_lines(D.rule_facts.class_duplicates if D.rule_facts else [])),
    "NSAID-TRIPLE": ("`rule_facts.json` nsaid_triple; CKD as above. With all three in the plan, the `interactions` rows pairing two "
                     "of them (listed under DRUG-INTERACTION, which reports them otherwise) are stated in this finding.",
                     source_lines([D.rule_facts.nsaid_triple] if D.rule_facts else [])),
    "KRATOM-JURISDICTION": ("`jurisdictions.json` (status, min_age, restricted conditions, banned product forms).",
                            ["  | code | status | min_age | banned forms | as of | grade, reviewed |", "  |---|---|---|---|---|---|"]
                            + [f"  | {j.code} | {j.status} | {j.min_age or '—'} | {', '.join(j.banned_forms) or '—'} | "
                               f"{j.as_of.isoformat()} | {cite(j)} |" for j in D.jurisdictions.entries]),
    "KRATOM-CONDITION": ("`rule_facts.json` kratom_conditions (reason and caution per condition).",
                         [f"  - **{r.condition}**: {r.reason}" for r in (D.rule_facts.kratom_conditions if D.rule_facts else ())]
                         + source_lines(D.rule_facts.kratom_conditions if D.rule_facts else [])),
    "KRATOM-CNS-DEPRESSANT": ("Class opioid/benzodiazepine and role `cns_depressant`; alcohol; `kratom_cautions.json`.",
                              source_lines(c for c in D.kratom_cautions if c.id == "cns-depressants")),
    "KRATOM-CYP": ("Roles `cyp3a4_substrate`, `cyp2d6_substrate`; `kratom_cautions.json`.",
                   source_lines(c for c in D.kratom_cautions if c.id == "drug-interactions")),
    "KRATOM-CONCENTRATE": ("`kratom_cautions.json` concentrates-7oh.", source_lines(c for c in D.kratom_cautions if c.id == "concentrates-7oh")),
    "ALLERGY": ("Drug, brand, ingredient and class names; `interactions` rows `with: {allergy}` (cross-sensitivity).",
                TABLE_I + INTERACTIONS.get("ALLERGY", [])),
}
for rid in ("SEROTONERGIC", "OPIOID-SEDATIVE", "OPIOID-CYP", "AGONIST-ANTAGONIST", "NSAID-BLEEDING", "BLEEDING-RISK",
            "DRUG-INTERACTION"):
    READS[rid] = ("`interactions` rows of labels and groups that the pair's roles send to this rule (see "
                  "`careplan/domain/safety/pairs.py`).", TABLE_I + INTERACTIONS.get(rid, []))
READS["ALCOHOL-INTERACTION"] = ("`interactions` rows `with: {substance: alcohol}` of labels and groups (not an opioid's: "
                                "OPIOID-SEDATIVE reads those); `thresholds.json` heavy_alcohol_male_per_week and "
                                "heavy_alcohol_female_per_week (NIAAA).", TABLE_I + INTERACTIONS.get("ALCOHOL-INTERACTION", []))
for rid in ("RESPIRATORY", "DRUG-CONDITION"):
    READS[rid] = ("`conditions` rows of labels and groups that `careplan/domain/safety/conditions.py` sends here.",
                  TABLE_C + CONDITIONS.get(rid, []))
for rid, text in (("PLAN-INCOMPLETE", "The plan's structure (no clinical source)."),
                  ("DOSE-UNCOUNTED", "The amount a day (`careplan/domain/dosing.py`); classes opioid and acetaminophen."),
                  ("MED-UNCHECKED", "Catalog names and brands (an honesty rule)."),
                  ("FLARE-UNLISTED", "The flare plan's text and chosen items against the plan's medicines.")):
    READS[rid] = (text, [])



def _stewardship_reads() -> dict[str, tuple[str, list[str]]]:
    """TAPER-RATE, MONITORING-DUE and PHQ9-ITEM9 read ``stewardship.json`` and ``instruments.json``."""
    from careplan.domain.instruments import load_instruments
    from careplan.domain.stewardship_catalog import load_stewardship_facts

    st = load_stewardship_facts().data
    inst = load_instruments()
    taper = ["  | class | use | at most | basis | grade, reviewed |", "  |---|---|---|---|---|"]
    taper += [f"  | {', '.join(g.classes)} | {g.use} | {g.max_percent:g}% every {g.per_days} days | {g.basis} | {cite(g)} |"
              for g in st.taper_guidance]
    monitoring = ["  | task | classes | interval | grade, reviewed |", "  |---|---|---|---|"]
    monitoring += [f"  | {m.kind} | {', '.join(m.classes)} | {f'{m.interval_days} days' if m.interval_days else 'none (once)'} | "
                   f"{cite(m)} |" for m in st.monitoring]
    safety = [i for i in inst.instruments if i.safety_item is not None]
    return {
        "TAPER-RATE": ("`stewardship.json` taper_guidance (per class, long- or short-term use), long_term_use, "
                       "no_abrupt_stop; each step's MME from the MME code.",
                       taper + source_lines([*st.taper_guidance, st.long_term_use, *st.no_abrupt_stop])),
        "MONITORING-DUE": ("`stewardship.json` monitoring (interval per task, the classes that call for it).",
                           monitoring + source_lines(st.monitoring)),
        "PHQ9-ITEM9": ("`instruments.json` safety_item; `emergency_lines.json` crisis and emergency lines of the "
                       "patient's country.",
                       [f"  - **{i.id}** item {i.safety_item}: {i.item_labels[(i.safety_item or 1) - 1]}" for i in safety]
                       + source_lines(safety)),
    }


READS.update(_stewardship_reads())

def doc() -> list[str]:
    out = [
        "# Clinical rules",
        "",
        "Every safety rule Careplan runs: what it checks, the facts it reads, and their sources with grade (V: read",
        "in a primary or near-primary copy; S: secondary copy only) and the date each was reviewed. Rule ids are a",
        "file-format contract. Facts live once in `resources/catalog/`: per drug in `labels/<drug>.json`, per class",
        "in `groups/<name>.json` (format: LABEL-FACTS-FORMAT.md), and in the tables (`thresholds.json`,",
        "`beers.json`, `rule_facts.json`, `jurisdictions.json`; `cyp.json` is FDA's table of CYP inhibitors and",
        "inducers, the one place those roles are given). No rule names a drug: rules read roles, classes",
        "and rows, and a row's word sets the severity (contraindicated → critical; boxed warning → critical unless",
        "the row says warning; avoid / not recommended / do not exceed / reduce dose → warning unless the row says",
        "critical; use with caution / monitor / not established → warning or info). This page is generated by",
        "`scripts/clinical_rules_doc.py`. It is decision support for clinicians, not a substitute for the labels.",
        "",
    ]
    for rid, fn in RULES:
        summary = inspect.getdoc(fn) or ""
        reads, table = READS.get(rid, ("", []))
        out += [f"### {rid}", "", f"- **Checks:** {' '.join(summary.split())}", f"- **Reads:** {reads}"]
        if table:
            out += ["- **Facts and sources:**", "", *table]
        out.append("")
    out += ["## Opioid tolerance", "",
            "`patient.opioid_tolerant` when recorded; otherwise the current opioids measured against each label's "
            "`tolerance_dose` (else 60 MME/day): one full level or more is tolerant, less is *not* tolerant; unknown "
            "with no current opioid or one that cannot be measured.", "",
            "## Facts left out as unsure", "",
            "The label helpers list each fact they left out, with why, in [label-facts-left-out.md](label-facts-left-out.md). "
            "Besides those:", "",
            "- Beers 2023 criteria outside this plan's scope (warfarin as initial therapy, rivaroxaban for long-term "
            "use, aspirin for primary prevention) and the Beers kidney table rows other than NSAIDs: not encoded.",
            "- Depression and anxiety are naloxone reasons through an MMWR 2024 report on overdose deaths (grade S); "
            "no label row keys an opioid to them.",
            "- A lower methadone ECG level (30–40 mg/day in other guidance): not read.",
            "- Codeine and morphine kidney bands: labels give no numbers.",
            ""]
    return out


if __name__ == "__main__":
    lines = doc()
    (ROOT / "docs" / "clinical-rules.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "lines")
