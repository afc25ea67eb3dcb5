"""Writes docs/clinical-rules.md from the rule descriptions below and the catalog's sources, grades
and reviewed dates. Run it again whenever a rule or a catalog source changes:

    .venv/bin/python scripts/clinical_rules_doc.py
"""

from pathlib import Path

from careplan.domain.catalog import load_catalog
from careplan.domain.catalog_model import Source, Sourced
from careplan.domain.safety import RULES

CAT = load_catalog()
D = CAT.data


def src_line(s: Source, reviewed) -> str:
    url = f" <{s.url}>" if s.url else ""
    return f"  - {s.citation}{url} — grade {s.grade}, reviewed {reviewed.isoformat()}"


def sources_of(*facts: Sourced) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for fact in facts:
        for s in fact.sources:
            if s.citation not in seen:
                seen.add(s.citation)
                out.append(src_line(s, fact.reviewed))
    return out


def all_facts():
    found: list[Sourced] = []

    def walk(o):
        if isinstance(o, Sourced):
            found.append(o)
        if hasattr(o, "__pydantic_fields__"):
            for n in type(o).model_fields:
                walk(getattr(o, n))
        elif isinstance(o, (tuple, list)):
            for v in o:
                walk(v)
        elif isinstance(o, dict):
            for v in o.values():
                walk(v)

    walk(D)
    return found


FACTS = all_facts()


def by_keyword(*words: str) -> list[str]:
    """Catalog sources whose citation contains every word, with the date of a fact citing them."""
    out: list[str] = []
    seen: set[str] = set()
    for fact in FACTS:
        for s in fact.sources:
            if s.citation not in seen and all(w.lower() in s.citation.lower() for w in words):
                seen.add(s.citation)
                out.append(src_line(s, fact.reviewed))
    return out


def thr(*keys: str) -> list[str]:
    return sources_of(*(D.thresholds[k] for k in keys))


def cls(*ids: str) -> list[str]:
    return sources_of(*(c for c in D.drug_classes if c.id in ids))


def caution(*ids: str) -> list[str]:
    return sources_of(*(c for c in D.kratom_cautions if c.id in ids))


def t(key: str) -> str:
    th = D.thresholds[key]
    return f"{th.value:g} {th.unit}"


RULE_TEXT: dict[str, tuple[str, str, str, list[str]]] = {}


def rule(rid: str, severity: str, checks: str, data: str, sources: list[str]) -> None:
    unique: list[str] = []
    seen: set[str] = set()
    for line in sources:
        key = line.split(" <http")[0].split(" — grade")[0].strip().lower()
        if line.startswith("  - ") and key in seen:
            continue
        seen.add(key)
        unique.append(line)
    RULE_TEXT[rid] = (severity, checks, data, unique)


# ----------------------------------------------------------------------------- first set
limits_rows = []
for d in D.drugs:
    for kind, lim in (("OTC", d.otc_max_daily), ("Rx", d.rx_max_daily)):
        if lim is not None:
            grades = "/".join(sorted({s.grade for s in lim.sources}))
            limits_rows.append(f"| {d.id} | {kind} | {lim.amount:g} {lim.unit}/day | {grades} | {lim.reviewed.isoformat()} |")
rule("DOSE-DAILY-MAX", "critical",
     "The summed amount a day of one drug (planned and current items together) is over its catalog maximum: the OTC "
     "maximum when every item is bought over the counter, else the prescription maximum. Items whose amount cannot be "
     "counted in the limit's unit are left to DOSE-UNCOUNTED; acetaminophen is left to APAP-DAILY-MAX.",
     "`drugs.json`: `otc_max_daily` / `rx_max_daily` of each drug (table below; each limit carries its own sources).",
     ["  | drug | limit | maximum | grade | reviewed |", "  |---|---|---|---|---|"] + ["  " + r for r in limits_rows])
rule("APAP-DAILY-MAX", "critical",
     f"Acetaminophen from every product together (combinations counted through their ingredients) over {t('apap_max_mg')}, "
     f"or over {t('apap_reduced_max_mg')} with liver disease or heavy alcohol use (over {t('heavy_alcohol_male_per_week')} "
     f"for men, {t('heavy_alcohol_female_per_week')} otherwise).",
     "`thresholds.json`: apap_max_mg, apap_reduced_max_mg, heavy_alcohol_male_per_week, heavy_alcohol_female_per_week.",
     thr("apap_max_mg", "apap_reduced_max_mg", "heavy_alcohol_male_per_week", "heavy_alcohol_female_per_week"))
rule("NSAID-DUPLICATE", "critical",
     f"Two different systemic NSAIDs at once. Aspirin up to {t('aspirin_antiplatelet_max_mg')} is antiplatelet use and "
     "never counts as a second NSAID.",
     "`drug_classes.json` (class `nsaid`), `drugs.json` (`systemic`), `thresholds.json`: aspirin_antiplatelet_max_mg.",
     cls("nsaid") + thr("aspirin_antiplatelet_max_mg"))
rule("NSAID-BLEEDING", "critical / warning",
     "A systemic NSAID with an anticoagulant or antiplatelet (critical), or with an SSRI/SNRI (warning). A drug is never "
     "its own partner; antiplatelet-dose aspirin is an antiplatelet partner, not an NSAID.",
     "`drug_classes.json`: nsaid, anticoagulant, antiplatelet, ssri, snri.",
     cls("nsaid", "anticoagulant", "antiplatelet") + by_keyword("gastrointestinal bleeding"))
rule("NSAID-CONDITION", "warning",
     f"A systemic NSAID with CKD, heart failure, cardiovascular disease, hypertension, GI bleed or ulcer history, "
     f"pregnancy at {t('nsaid_pregnancy_weeks')} or more (or of unrecorded gestation), or age {t('older_adult_age')} or "
     f"more. Antiplatelet-dose aspirin carries no NSAID warning (FDA 2020 excepts low-dose aspirin in pregnancy).",
     "`thresholds.json`: nsaid_pregnancy_weeks, older_adult_age, aspirin_antiplatelet_max_mg; `drug_classes.json` nsaid.",
     cls("nsaid") + by_keyword("non-aspirin NSAIDs") + thr("nsaid_pregnancy_weeks", "older_adult_age", "aspirin_antiplatelet_max_mg"))
mme_rows = [f"  | {d.id} | {d.mme.factor:g} per {d.mme.per} | {d.mme.reviewed.isoformat()} |" for d in D.drugs if d.mme is not None and d.mme.factor]
rule("OPIOID-MME", "warning / critical",
     f"Total MME a day (CDC 2022 factors; planned and current opioids, combination products through their opioid "
     f"ingredient, patches by their mcg/h rate) at or over {t('mme_warning')} (warning) or {t('mme_critical')} (critical).",
     "`thresholds.json`: mme_warning, mme_critical; `drugs.json`: `mme` factor of each opioid (table below).",
     [*thr("mme_warning", "mme_critical"), "", "  | opioid | CDC 2022 factor | reviewed |", "  |---|---|---|", *mme_rows])
rule("OPIOID-SEDATIVE", "critical / warning",
     "An opioid with a benzodiazepine (critical), or with a gabapentinoid, Z-drug, muscle relaxant or another drug the "
     "catalog flags as a CNS depressant (warning).",
     "`drug_classes.json`: opioid, benzodiazepine, gabapentinoid, z_drug, muscle_relaxant; `drugs.json` flag `cns_depressant`.",
     by_keyword("Drug Safety Communication, 31 Aug 2016") + by_keyword("Drug Safety Communication, 19 Dec 2019"))
rule("OPIOID-NALOXONE", "warning",
     f"An opioid with MME at or over {t('mme_warning')}, a benzodiazepine or other sedative, sleep apnoea, substance- or "
     "opioid-use disorder, or a history of overdose, and no naloxone among the plan or current medicines.",
     "`thresholds.json`: mme_warning; condition codes in the rule (CDC 2022 Recommendation 8).",
     thr("mme_warning") + by_keyword("Recommendation 8"))
rule("SEROTONERGIC", "warning",
     "An opioid flagged serotonergic (tramadol, tapentadol, methadone, fentanyl) with an SSRI, SNRI, TCA or MAOI.",
     "`drugs.json` flag `serotonergic`; `drug_classes.json`: ssri, snri, tca, maoi.",
     by_keyword("22 Mar 2016") + by_keyword("Serotonin syndrome"))
rule("ALLERGY", "critical",
     "A planned or current drug, one of its ingredients, or its class matches a recorded allergy (catalog drug or class id).",
     "`drug_classes.json` (class membership for allergy matching), `drugs.json` (classes, ingredients).",
     ["  - Class membership only (catalog convention, see drug_classes.json); no dose or interaction claim."])
rule("KRATOM-JURISDICTION", "critical / warning",
     "An active kratom module (current use, considering, tapering) and the patient's jurisdiction: banned (critical); "
     "the patient younger than the row's `min_age` (critical); regulated with a restriction that fits the patient "
     "(critical); restricted, unknown or unlisted (warning); a minimum age with the age not recorded (warning). "
     "Each row carries its own `as_of` date, sources and `min_age`; see the table below.",
     "`jurisdictions.json` (rows), `kratom_cautions.json` (legal-status caution).",
     caution("legal-status") + ["", "  | code | status | min_age | as of | reviewed | grades |", "  |---|---|---|---|---|---|"]
     + [f"  | {j.code} | {j.status} | {j.min_age or '—'} | {j.as_of.isoformat()} | {j.reviewed.isoformat()} | "
        f"{'/'.join(sorted({s.grade for s in j.sources}))} |" for j in D.jurisdictions.entries])
rule("KRATOM-CNS-DEPRESSANT", "critical",
     "Active kratom with an opioid, benzodiazepine, gabapentinoid, other sedative, or any alcohol use.",
     "`kratom_cautions.json`: cns-depressants.", caution("cns-depressants"))
rule("KRATOM-CYP", "warning",
     "Active kratom with drugs the catalog flags as CYP3A4 or CYP2D6 substrates.",
     "`kratom_cautions.json`: drug-interactions; `drugs.json` flags `cyp3a4_substrate`, `cyp2d6_substrate`.",
     caution("drug-interactions"))
rule("KRATOM-CONCENTRATE", "warning",
     "The reported kratom product is a concentrated extract or a 7-OH product.",
     "`kratom_cautions.json`: concentrates-7oh.", caution("concentrates-7oh"))
rule("KRATOM-CONDITION", "warning",
     "Active kratom with pregnancy, breastfeeding, liver disease, substance- or opioid-use disorder, seizure disorder "
     "or a heart-rhythm problem.",
     "`kratom_cautions.json`: pregnancy, liver-injury, dependence-withdrawal, seizures-heart.",
     caution("pregnancy", "liver-injury", "dependence-withdrawal", "seizures-heart"))
rule("FOLLOWUP-MISSING", "warning",
     f"Opioids or active kratom without a follow-up within {t('followup_max_weeks')}.",
     "`thresholds.json`: followup_max_weeks.", thr("followup_max_weeks"))
rule("PLAN-INCOMPLETE", "info",
     "No goals, no follow-up, or a module with nothing in it.", "None (a check of the plan's structure).",
     ["  - No clinical source: a completeness check (docs/DESIGN.md)."])

# ----------------------------------------------------------------------------- second set
rule("DOSE-UNCOUNTED", "critical / warning",
     "A catalog medicine whose amount a day cannot be worked out (a tablet, capsule, patch, ml or application without a "
     "strength; a unit that does not fit the drug): critical for opioids and anything containing acetaminophen, since "
     "the MME and acetaminophen totals would otherwise miss it in silence; a warning for the rest.",
     "`drugs.json` classes and ingredients; the amount comes from `careplan/domain/dosing.py`.",
     ["  - No clinical source: an engine guarantee (docs/DESIGN.md). A property test checks every catalog opioid and "
      "acetaminophen product in every unit: counted, or DOSE-UNCOUNTED critical."])
rule("MED-UNCHECKED", "warning",
     "A medicine outside the catalog (free-text name, or an id the catalog does not know): named, and said plainly that "
     "its interactions, limits, kidney dosing and its part in the MME and acetaminophen totals were not checked. A name "
     "that matches a catalog drug's name or brand points to the catalog entry.",
     "`drugs.json` (names and brands, to point to the entry).",
     ["  - No clinical source: an honesty rule (docs/DESIGN.md)."])
rule("OPIOID-NAIVE-LA", "critical / warning",
     "Transdermal fentanyl, methadone or an extended-release opioid *planned* for a patient who is not opioid tolerant "
     "(critical) or whose tolerance is unknown (warning). Release comes from the item, else from the catalog's products "
     "(all of one release, or the item's strength made in one release only). A long-acting opioid the patient already "
     "takes (current medicine) is not a new start. See *Opioid tolerance* below.",
     "`rule_facts.json`: long_acting; `thresholds.json`: opioid_tolerant_mme.",
     sources_of(D.rule_facts.long_acting) + thr("opioid_tolerant_mme"))
renal_lines = []
for r in D.renal:
    who = ", ".join(r.drugs) or ("class " + ", ".join(r.classes))
    if r.bands:
        bands = "; ".join(
            f"{'CrCl' if r.measure == 'crcl' else 'GFR'} {b.range_words()}"
            + (f" ({b.release.upper()})" if b.release else "")
            + (": avoid" if b.avoid else f": ≤ {b.max_mg_day:g} mg/day") for b in r.bands)
    else:
        bands = f"caution only — {r.caution}"
    renal_lines.append(f"  - **{who}** — {bands}")
    renal_lines += ["  " + line for line in sources_of(r)]
rule("RENAL-DOSE", "critical / warning",
     "A drug whose label (or, for NSAIDs, KDIGO/Beers) limits or avoids it at the patient's kidney function, read from "
     "the CrCl when recorded, else the eGFR (the finding says which): critical when the drug's amount a day (all items "
     "together) exceeds the band's maximum or the band says avoid; a warning when CKD is recorded without CrCl or eGFR, "
     "and, for drugs whose label urges caution without a band (morphine), when CKD is recorded. A boundary value the "
     "label leaves between two ranges takes the stricter band (gabapentin at exactly 30). Antiplatelet-dose aspirin is "
     "not an NSAID here. Codeine: no label band was found, so the rule says nothing for it (left out, unsure).",
     "`renal.json` (bands below).", renal_lines)
qt_lines = [f"  - **{q.drug}** — {q.note}" for q in D.qt]
rule("QT-RISK", "critical / warning",
     f"Any QT-prolonging drug (below) with recorded QT prolongation (critical); methadone with another QT-prolonging "
     f"drug, or methadone over {t('methadone_ecg_mg')} where an additional ECG is advised (warning).",
     "`qt.json`; `thresholds.json`: methadone_ecg_mg.",
     qt_lines + sources_of(*D.qt) + thr("methadone_ecg_mg"))
beers_lines = [f"  - **{b.id}** ({', '.join(b.drugs)}): {b.criterion}" for b in D.beers.avoid]
if D.beers.cns_active:
    beers_lines.append(f"  - **{D.beers.cns_active.count} or more CNS-active drugs** (classes: {', '.join(D.beers.cns_active.classes)})")
rule("OLDER-ADULT", "warning",
     f"Age {t('older_adult_age')} or more with a drug the 2023 AGS Beers Criteria say to avoid (below), or with "
     f"{D.beers.cns_active.count if D.beers.cns_active else 3} or more different CNS-active drugs. Baclofen and tizanidine "
     "are outside the muscle-relaxant criterion; chronic NSAID use is NSAID-CONDITION's.",
     "`beers.json`; `thresholds.json`: older_adult_age.",
     beers_lines + sources_of(*D.beers.avoid, *( [D.beers.cns_active] if D.beers.cns_active else [])) + thr("older_adult_age"))
rule("NSAID-TRIPLE", "warning / critical",
     "A systemic NSAID with an ACE inhibitor or ARB and a diuretic (warning); critical with CKD recorded.",
     "`rule_facts.json`: nsaid_triple (classes ace_inhibitor, arb, diuretic).", sources_of(D.rule_facts.nsaid_triple))
cyp_lines = [f"  - {c.enzyme} {c.strength + ' ' if c.strength else ''}{c.role}s: {', '.join(c.drugs)}" for c in D.cyp]
rule("OPIOID-CYP", "critical / warning",
     "A CYP3A4-metabolised opioid (fentanyl, methadone, oxycodone, hydrocodone, combinations through their ingredient) "
     "with a strong CYP3A4 inhibitor (critical), a moderate inhibitor or an inducer (warning); codeine or tramadol with "
     "a strong CYP2D6 inhibitor (warning: less pain relief). The inhibitor and inducer lists are FDA's and may name "
     "drugs outside the catalog; only catalog drugs can be in a plan.",
     "`cyp.json` (below).", cyp_lines + sources_of(*D.cyp))
rule("LACTATION", "critical",
     "Codeine or tramadol (or a product containing them) while breastfeeding.",
     "`lactation.json`.", [f"  - **{a.drug}** — {a.advice}" for a in D.lactation] + sources_of(*D.lactation))
rule("CLASS-DUPLICATE", "warning",
     "Two different drugs of a group not meant to be combined: " + "; ".join(g.name for g in D.rule_facts.class_duplicates)
     + ". The same drug listed twice is one drug.",
     "`rule_facts.json`: class_duplicates (and long_acting for the opioid group).",
     sources_of(*D.rule_facts.class_duplicates))
rule("FLARE-UNLISTED", "warning",
     "The flare plan's \"may take\" names a medicine that is neither in the plan nor among the current medicines.",
     "Built by the handout helper (issue 8) with the structured flare plan.",
     ["  - See the handout helper's documentation; not part of this set's catalog data."])

FIRST = ["DOSE-DAILY-MAX", "APAP-DAILY-MAX", "NSAID-DUPLICATE", "NSAID-BLEEDING", "NSAID-CONDITION", "OPIOID-MME",
         "OPIOID-SEDATIVE", "OPIOID-NALOXONE", "SEROTONERGIC", "ALLERGY", "KRATOM-JURISDICTION", "KRATOM-CNS-DEPRESSANT",
         "KRATOM-CYP", "KRATOM-CONCENTRATE", "KRATOM-CONDITION", "FOLLOWUP-MISSING", "PLAN-INCOMPLETE"]
SECOND = ["DOSE-UNCOUNTED", "MED-UNCHECKED", "OPIOID-NAIVE-LA", "RENAL-DOSE", "QT-RISK", "OLDER-ADULT", "NSAID-TRIPLE",
          "OPIOID-CYP", "LACTATION", "CLASS-DUPLICATE", "FLARE-UNLISTED"]

registered = {rid for rid, _ in RULES}
out = [
    "# Clinical rules",
    "",
    "Every safety rule Careplan runs: what it checks, at which severity, which catalog data it reads, and the sources",
    "of those data with their grade (V: read in a primary or near-primary copy; S: secondary copy only) and the date",
    "each was last reviewed. Rule ids are a file-format contract (acknowledgements store them). The catalog files are",
    "in `resources/catalog/`; every fact there carries its sources and reviewed date, and this page is generated from",
    "them by `scripts/clinical_rules_doc.py` (run it again after a rule or a source changes). Sources were reviewed on the dates shown; where a",
    "fact could not be sourced it was left out (see the end of this page). This is decision support for clinicians,",
    "not a substitute for the current product labels.",
    "",
]
for title, ids in (("First set", FIRST), ("Second set (issue 9)", SECOND)):
    out += [f"## {title}", ""]
    for rid in ids:
        severity, checks, data, sources = RULE_TEXT[rid]
        note = "" if rid in registered or rid == "FLARE-UNLISTED" else " (not registered)"
        out += [f"### {rid}{note}", "", f"- **Severity:** {severity}", f"- **Checks:** {checks}", f"- **Catalog data:** {data}", "- **Sources:**", *sources, ""]

out += ["## Opioid tolerance", "", f"`patient.opioid_tolerant` when the clinician recorded it; otherwise current opioids (the patient header) of at least " f"{t('opioid_tolerant_mme')} count as tolerant (a total that cannot be fully counted is a minimum and still counts " "when it reaches the level); otherwise tolerance is unknown. Planned opioids never make a patient tolerant.", "", *thr("opioid_tolerant_mme"), "", "## Acknowledgement memory", "", "An acknowledgement records what it saw (`seen`): each covered item's amount a day, in the unit it was counted in", "(mg, a patch's mcg/h, or pieces), and the MME total when the finding concerns an opioid. When a covered amount or", "the MME later rises past those figures — or an amount can no longer be counted — the acknowledgement stops covering", "the finding; the finding's detail and `acknowledgement_lapsed` say why (\"acknowledged at 30 MME/day; now 135\"), and", "the acknowledgement is listed as stale with the same reason. Lowering a dose keeps it. Acknowledgements from older", "files have no figures and cover as before. The GUI and CLI create acknowledgements with", "`careplan.domain.safety.new_acknowledgement(plan, catalog, rule, items, reason, by)`.", "", "## Facts left out as unsure (reviewed 2026-12-01)", "", "- A numeric kidney band for codeine (no label band found) and for morphine (labels urge caution only).", "- Beers 2023 kidney-table entries other than NSAIDs (e.g. gabapentinoid and tramadol rows) and the Beers wording for", "  nortriptyline, paroxetine and antipsychotics: tables not read verbatim.", "- QT statements for amitriptyline, nortriptyline and itraconazole (labels not read); CredibleMeds lists are not open.", "- A lower methadone ECG threshold (e.g. 30–40 mg/day in other guidance): not read.", "- RxNorm ingredient codes for acetaminophen, naproxen sodium, capsaicin, gabapentin, pregabalin, milnacipran, phenelzine,", "  trazodone, alprazolam, lorazepam, clonazepam, zolpidem, cyclobenzaprine, tizanidine, methocarbamol, baclofen,", "  quetiapine, diphenhydramine, clarithromycin, itraconazole, ketoconazole, ritonavir, diltiazem, verapamil, fluconazole", "  and rifampin: no primary table was read, so those drugs have no code yet (`rxnorm.json` lists the sourced ones).", "- Strengths of itraconazole, ketoconazole, ritonavir, fluconazole and ondansetron: not sourced (dose them in mg).", "- A minimum age for Texas kratom sales, and the status of Indiana and the District of Columbia: no primary text read.", "- FDA CYP table footnotes (e.g. ritonavir's dose-dependent effects) are not modelled.", ""]
Path("docs/clinical-rules.md").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "lines")
