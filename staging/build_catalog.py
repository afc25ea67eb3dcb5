# ruff: noqa
"""Builds the issue-9 catalog files in resources/catalog from the staging findings (working file, not shipped).

Run from the worktree root: python3 staging/build_catalog.py
"""

import json
from pathlib import Path

REVIEWED = "2026-12-01"
OUT = Path("resources/catalog")
STAGING = Path("staging")


def src(citation: str, url: str | None = None, grade: str = "V") -> dict:
    d = {"citation": citation, "grade": grade}
    if url:
        d["url"] = url
    return d


def clean(sources: list[dict]) -> list[dict]:
    """Staging sources carry a 'checked' date; the catalog keeps it in 'reviewed'."""
    return [{k: v for k, v in s.items() if k in ("citation", "url", "grade")} for s in sources]


def dump(name: str, obj: object) -> None:
    (OUT / f"{name}.json").write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ shared sources
FENTANYL_TOLERANCE = src(
    "Fentanyl transdermal system US prescribing information (DailyMed archive copy): for opioid-tolerant patients "
    "only - those taking, for a week or longer, at least 60 mg oral morphine a day, 30 mg oral oxycodone, 8 mg oral "
    "hydromorphone or an equianalgesic dose of another opioid; contraindicated in patients who are not opioid tolerant",
    "http://dailymed.nlm.nih.gov/dailymed/archives/fdaDrugInfo.cfm?archiveid=3958",
)
FENTANYL_CYP = src(
    "Fentanyl transdermal system US prescribing information (DailyMed archive copy): boxed warning - potent CYP3A4 "
    "inhibitors (ritonavir, ketoconazole, itraconazole, troleandomycin, clarithromycin, nelfinavir, nefazodone) may "
    "increase fentanyl concentrations and cause fatal respiratory depression",
    "http://dailymed.nlm.nih.gov/dailymed/archives/fdaDrugInfo.cfm?archiveid=3958",
)
USPHARM_TOLERANCE = src(
    "US Pharmacist 2017;42(3):28 (Medscape reprint): FDA opioid-tolerance definition, newer labels adding 25 mcg/h "
    "transdermal fentanyl and 25 mg oral oxymorphone a day",
    "https://www.medscape.com/viewarticle/881472",
    "S",
)
CDC_2022 = src(
    "Dowell D et al. CDC Clinical Practice Guideline for Prescribing Opioids for Pain - United States, 2022. MMWR "
    "Recomm Rep 2022;71(RR-3):1-95 - Recommendation 3: when starting opioid therapy, prescribe immediate-release "
    "opioids instead of extended-release/long-acting opioids (recommendation not re-read in this review)",
    "https://www.cdc.gov/mmwr/volumes/71/rr/rr7103a1.htm",
    "S",
)
CAREPLAN_CHOICE = src(
    "Careplan clinical choice (DESIGN.md, safety engine 'second set', reviewed 2026-12-01): the combination is "
    "flagged for review; no dose limit is implied",
    grade="S",
)
BEERS = src(
    "2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated "
    "AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc "
    "2023;71:2052-2081. doi:10.1111/jgs.18372 (tables located, not read verbatim in this review)",
    "https://doi.org/10.1111/jgs.18372",
    "S",
)
KDIGO = src(
    "KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease. Kidney Int "
    "Suppl 2013;3(1), chapter 4.4 (medication management): avoid NSAIDs at GFR below 30; avoid NSAIDs with "
    "renin-angiotensin blockers in people with CKD (document located, statements not read verbatim in this review)",
    "https://kdigo.org/guidelines/ckd-evaluation-and-management/",
    "S",
)
FDA_CYP_TABLE = src(
    "FDA. For Healthcare Professionals | FDA's Examples of Drugs that Interact with CYP Enzymes and Transporter "
    "Systems, Table 1 (content current as of 2026-05-29), read as a machine extraction of the table "
    "(akarales/drug-interaction-visualizer crates/engine/data/fda_roles.csv, extracted 2026-10-06)",
    "https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems",
)
CPIC = src(
    "Crews KR et al. CPIC guideline for CYP2D6, OPRM1 and COMT genotypes and select opioid therapy. Clin "
    "Pharmacol Ther 2021;110:888-896 - codeine and tramadol are activated by CYP2D6",
    "https://cpicpgx.org/guidelines/guideline-for-codeine-and-cyp2d6/",
)
METHADOSE = src(
    "Methadone hydrochloride US labels (Mallinckrodt Methadose; DailyMed copies): boxed warnings - life-threatening "
    "QT prolongation; interactions with drugs affecting cytochrome P450 isoenzymes (CYP3A4 inhibitors raise, "
    "inducers lower methadone levels)",
    "https://mallinckrodt.com/products/generics/addiction-treatment-products/methadose-sugar-free-oral-concentrate-methadone-hydrochloride-oral-concentrate-usp-10-mgml-cii",
)
METHADONE_PILLSYNC = src(
    "Methadone hydrochloride tablets, DailyMed label copy (PillSync): boxed warning includes life-threatening QT "
    "prolongation (5.3)",
    "https://pillsync.com/drug/Methadone-Hydrochloride-10-MG-Oral-Tablet/ROUND_WHITE_E-over-131/ndc/d3b7a707-78af-4fd5-9b66-b63050bbd6f6",
)
OXY_CYP = src(
    "Oxycodone labels (OxyContin, RoxyBond): boxed warning 'Cytochrome P450 3A4 interaction' - CYP3A4 inhibitors "
    "raise oxycodone concentrations, and stopping a CYP3A4 inducer does the same (label text quoted in public "
    "repositories; OxyContin DailyMed setid 1ae4bfab-8a29-402c-a8ab-ed9e2fbc66cb; not read on DailyMed itself)",
    grade="S",
)
HYDROCODONE_CYP = src(
    "Hydrocodone extended-release labels (Hysingla ER, Zohydro ER): boxed warning on CYP3A4 interaction - carried "
    "from the existing catalog entry, not re-read in this review",
    grade="S",
)
FDA_2017_CODEINE = src(
    "FDA Drug Safety Communication, 20 Apr 2017: FDA restricts use of prescription codeine pain and cough medicines "
    "and tramadol pain medicines in children; recommends against use in breastfeeding women (serious breathing "
    "problems in breastfed infants)",
    "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-restricts-use-prescription-codeine-pain-and-cough-medicines-and",
)

# ------------------------------------------------------------------ rxnorm.json
rx = json.loads((STAGING / "rxnorm.json").read_text())
# The catalog ids these ingredient codes belong to (ingredient name -> catalog ids).
CODE_FOR = {
    "fentanyl": ["fentanyl-transdermal"],
    "lidocaine": ["lidocaine-topical"],
    "diclofenac": ["diclofenac", "diclofenac-topical"],
}
drug_codes = []
for row in rx["codes"]:
    for drug_id in CODE_FOR.get(row["drug"], [row["drug"]]):
        entry = {"drug": drug_id, "rxcui": row["rxcui"], "sources": clean(row["sources"]), "reviewed": REVIEWED}
        note = row.get("note", "")
        if drug_id != row["drug"]:
            note = f"ingredient code of {row['drug']}" + (f"; {note}" if note else "")
        if note:
            entry["note"] = note
        drug_codes.append(entry)

# ------------------------------------------------------------------ renal.json
renal_staging = json.loads((STAGING / "renal.json").read_text())
by_drug = {d["drug"]: d for d in renal_staging["drugs"]}
NEURONTIN = clean(by_drug["gabapentin"]["sources"])
LYRICA = clean(by_drug["pregabalin"]["sources"])
DULOX = clean(by_drug["duloxetine"]["sources"])
TRAM = clean(by_drug["tramadol"]["sources"])
TAPEN = clean(by_drug["tapentadol"]["sources"])
renal = [
    {
        "drugs": ["gabapentin"],
        "measure": "crcl",
        "bands": [
            {"min": 60, "max_mg_day": 3600},
            {"above": 30, "below": 60, "max_mg_day": 1400, "note": "label range '>30 to 59'"},
            {"above": 15, "max": 30, "max_mg_day": 700, "note": "label range '>15 to 29'; exactly 30 falls in the stricter band"},
            {"max": 15, "max_mg_day": 300, "note": "below 15: reduce further in proportion to CrCl; after haemodialysis a supplemental dose (label)"},
        ],
        "sources": NEURONTIN,
        "reviewed": REVIEWED,
    },
    {
        "drugs": ["pregabalin"],
        "measure": "crcl",
        "bands": [
            {"min": 60, "max_mg_day": 600},
            {"min": 30, "below": 60, "max_mg_day": 300},
            {"min": 15, "below": 30, "max_mg_day": 150},
            {"below": 15, "max_mg_day": 75},
        ],
        "sources": LYRICA,
        "reviewed": REVIEWED,
    },
    {
        "drugs": ["duloxetine"],
        "measure": "gfr",
        "bands": [{"below": 30, "avoid": True}],
        "sources": DULOX,
        "reviewed": REVIEWED,
    },
    {
        "drugs": ["tramadol"],
        "measure": "crcl",
        "bands": [
            {"below": 30, "release": "er", "avoid": True, "note": "extended-release tramadol: do not use"},
            {"below": 30, "max_mg_day": 200, "note": "immediate release: every 12 hours, at most 200 mg a day"},
        ],
        "sources": TRAM,
        "reviewed": REVIEWED,
    },
    {
        "drugs": ["tapentadol"],
        "measure": "crcl",
        "bands": [{"below": 30, "avoid": True}],
        "sources": TAPEN,
        "reviewed": REVIEWED,
    },
    {
        "classes": ["nsaid"],
        "measure": "gfr",
        "bands": [{"below": 30, "avoid": True, "note": "systemic NSAIDs; antiplatelet-dose aspirin excepted"}],
        "sources": [KDIGO, {**BEERS, "citation": "2023 AGS Beers Criteria, table of drugs to avoid or dose-reduce by kidney function: NSAIDs - avoid at CrCl below 30 mL/min. J Am Geriatr Soc 2023;71:2052-2081, doi:10.1111/jgs.18372 (table not read verbatim in this review)"}],
        "reviewed": REVIEWED,
    },
    {
        "drugs": ["morphine"],
        "caution": "The label gives no kidney-function band: in renal impairment start low and titrate slowly, watching for sedation and slowed breathing.",
        "sources": [src("Morphine sulfate US labels, 8.6 Renal impairment: pharmacokinetics altered - start at a lower dose and titrate slowly (no numeric CrCl band; not read verbatim in this review)", grade="S")],
        "reviewed": REVIEWED,
    },
]

# ------------------------------------------------------------------ cyp.json
cyp_staging = json.loads((STAGING / "cyp.json").read_text())
cyp = []
for key, enzyme, role, strength in [
    ("cyp3a4_inhibitors_strong", "CYP3A4", "inhibitor", "strong"),
    ("cyp3a4_inhibitors_moderate", "CYP3A4", "inhibitor", "moderate"),
    ("cyp3a4_inducers_strong", "CYP3A4", "inducer", "strong"),
    ("cyp3a4_inducers_moderate", "CYP3A4", "inducer", "moderate"),
    ("cyp2d6_inhibitors_strong", "CYP2D6", "inhibitor", "strong"),
]:
    cyp.append({"enzyme": enzyme, "role": role, "strength": strength, "drugs": cyp_staging[key]["drugs"],
                "sources": [FDA_CYP_TABLE], "reviewed": REVIEWED})
cyp.append({"enzyme": "CYP3A4", "role": "substrate", "drugs": ["fentanyl-transdermal", "methadone"],
            "sources": [FENTANYL_CYP, METHADOSE], "reviewed": REVIEWED})
cyp.append({"enzyme": "CYP3A4", "role": "substrate", "drugs": ["oxycodone"], "sources": [OXY_CYP], "reviewed": REVIEWED})
cyp.append({"enzyme": "CYP3A4", "role": "substrate", "drugs": ["hydrocodone"], "sources": [HYDROCODONE_CYP], "reviewed": REVIEWED})
cyp.append({"enzyme": "CYP2D6", "role": "prodrug", "drugs": ["codeine", "tramadol"],
            "sources": [CPIC, {**FDA_CYP_TABLE, "citation": FDA_CYP_TABLE["citation"] + " - tramadol listed as a CYP2D6 substrate"}],
            "reviewed": REVIEWED})

# ------------------------------------------------------------------ qt.json
MHRA_SSRI = src(
    "MHRA Drug Safety Update, December 2011: Citalopram and escitalopram - dose-dependent QT interval prolongation; "
    "new maximum daily doses; contraindicated with known QT prolongation or congenital long QT syndrome, or with "
    "other medicines that prolong the QT interval",
    "https://www.gov.uk/drug-safety-update/citalopram-and-escitalopram-qt-interval-prolongation",
)
qt = [
    {"drug": "methadone", "note": "boxed warning: life-threatening QT prolongation", "sources": [METHADOSE, METHADONE_PILLSYNC], "reviewed": REVIEWED},
    {"drug": "citalopram", "note": "dose-dependent QT prolongation", "sources": [
        MHRA_SSRI,
        src("FDA Drug Safety Communication, 24 Aug 2011 (revised Mar 2012): abnormal heart rhythms with high doses of Celexa (citalopram); no more than 40 mg a day, 20 mg a day over age 60 (as reproduced by NABP)",
            "http://www.nabp.net/news/fda-notice-high-doses-of-celexa-can-cause-abnormal-heart-rhythms", "S")],
     "reviewed": REVIEWED},
    {"drug": "escitalopram", "note": "dose-dependent QT prolongation (UK/EU product information)", "sources": [MHRA_SSRI], "reviewed": REVIEWED},
    {"drug": "ondansetron", "note": "QT prolongation and torsade de pointes; avoid in congenital long QT syndrome", "sources": [
        src("FDA MedWatch, Safety Labeling Changes, September 2011: Zofran (ondansetron) - post-marketing torsade de pointes; avoid in congenital long QT syndrome; ECG monitoring with electrolyte abnormalities, heart failure, bradyarrhythmias or other QT-prolonging drugs",
            "http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm275495.htm")],
     "reviewed": REVIEWED},
    {"drug": "quetiapine", "note": "label 5.12 QT prolongation; avoid with drugs that increase the QT interval", "sources": [
        src("FDA MedWatch, Safety Labeling Changes, July 2011: Seroquel/Seroquel XR (quetiapine) - 5.12 QT Prolongation; use should be avoided in combination with drugs known to increase the QT interval",
            "http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm267700.htm")],
     "reviewed": REVIEWED},
    {"drug": "trazodone", "note": "label 5.3: prolongs the QT/QTc interval; avoid with known QT prolongation", "sources": [
        src("Trazodone hydrochloride tablets US prescribing information, 5.3 Cardiac Arrhythmias: trazodone prolongs the QT/QTc interval; avoid in known QT prolongation and with other QT-prolonging drugs (label text copy, MedLibrary)",
            "https://medlibrary.org/lib/rx/meds/trazodone-hydrochloride-11/page/2/")],
     "reviewed": REVIEWED},
    {"drug": "clarithromycin", "note": "label 5.2 QT prolongation", "sources": [
        src("Clarithromycin extended-release tablets US prescribing information (Actavis, SPL setid d5be5f12-6392-4d7d-ab23-ebc205ac1a85, version 37, 2025-04-10): Warnings and Precautions 5.2 QT Prolongation (read via the FDALabel SPL and a DrugCentral copy)",
            "https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/d5be5f12-6392-4d7d-ab23-ebc205ac1a85/spl-doc")],
     "reviewed": REVIEWED},
    {"drug": "ketoconazole", "note": "ketoconazole can prolong the QT interval; boxed warning on co-administered drugs, methadone among them", "sources": [
        src("Ketoconazole tablets US prescribing information: boxed warning 'QT Prolongation and Drug Interactions Leading to QT Prolongation' - co-administration with dofetilide, quinidine, pimozide, cisapride, methadone, disopyramide, dronedarone or ranolazine is contraindicated; Warnings: ketoconazole can prolong the QT interval (label text as shown in FDA's DIQT atlas)",
            "https://adratlas.com/DIQTA/drug_info/7e0bf510-af56-446b-8f31-ec61fe057392")],
     "reviewed": REVIEWED},
    {"drug": "fluconazole", "note": "rare QT prolongation and torsade de pointes (label)", "sources": [
        src("Fluconazole US prescribing information, Precautions: QT prolongation and torsade de pointes reported rarely; use with caution with proarrhythmic conditions (label text reproduced by a third-party site; not read on DailyMed)",
            grade="S")],
     "reviewed": REVIEWED},
]

# ------------------------------------------------------------------ beers.json
beers = {
    "avoid": [
        {"id": "tertiary-tca", "drugs": ["amitriptyline"], "criterion": "antidepressants with strong anticholinergic activity (tertiary tricyclics such as amitriptyline): avoid", "sources": [BEERS], "reviewed": REVIEWED},
        {"id": "muscle-relaxants", "drugs": ["cyclobenzaprine", "methocarbamol", "carisoprodol"], "criterion": "skeletal muscle relaxants (carisoprodol, cyclobenzaprine, methocarbamol and others; baclofen and tizanidine are not in this criterion): avoid", "sources": [BEERS], "reviewed": REVIEWED},
        {"id": "benzodiazepines", "drugs": ["alprazolam", "lorazepam", "diazepam", "clonazepam"], "criterion": "benzodiazepines: avoid (cognitive impairment, delirium, falls, fractures, motor-vehicle crashes)", "sources": [BEERS], "reviewed": REVIEWED},
        {"id": "z-drugs", "drugs": ["zolpidem"], "criterion": "non-benzodiazepine hypnotics (Z-drugs): avoid", "sources": [BEERS], "reviewed": REVIEWED},
        {"id": "first-generation-antihistamines", "drugs": ["diphenhydramine"], "criterion": "first-generation antihistamines (strongly anticholinergic): avoid", "sources": [BEERS], "reviewed": REVIEWED},
    ],
    "cns_active": {
        "count": 3,
        "classes": ["antiepileptic", "gabapentinoid", "tca", "ssri", "snri", "antipsychotic", "benzodiazepine", "z_drug", "opioid", "muscle_relaxant"],
        "sources": [{**BEERS, "citation": "2023 AGS Beers Criteria, drug-drug interactions to avoid: any combination of 3 or more CNS-active drugs (antiepileptics including gabapentinoids, antidepressants - TCAs, SSRIs, SNRIs -, antipsychotics, benzodiazepines, Z-drugs, opioids, skeletal muscle relaxants) - falls and fractures. J Am Geriatr Soc 2023;71:2052-2081, doi:10.1111/jgs.18372 (not read verbatim in this review)"}],
        "reviewed": REVIEWED,
    },
}

# ------------------------------------------------------------------ lactation.json
lactation = [
    {"drug": "codeine", "advice": "Not recommended while breastfeeding: breastfed infants can get too much morphine (ultra-rapid metabolisers) and have serious breathing problems.", "sources": [FDA_2017_CODEINE], "reviewed": REVIEWED},
    {"drug": "tramadol", "advice": "Not recommended while breastfeeding: serious breathing problems in breastfed infants.", "sources": [FDA_2017_CODEINE], "reviewed": REVIEWED},
]

# ---------------- rule_facts.json
rule_facts = {
    "long_acting": {
        "drugs": ["fentanyl-transdermal", "methadone"],
        "extended_release": True,
        "sources": [FENTANYL_TOLERANCE, CDC_2022, CAREPLAN_CHOICE],
        "reviewed": REVIEWED,
    },
    "class_duplicates": [
        {"id": "two-gabapentinoids", "name": "two gabapentinoids", "classes": ["gabapentinoid"],
         "sources": [CAREPLAN_CHOICE, src("FDA Drug Safety Communication, 19 Dec 2019: serious breathing difficulties with gabapentin and pregabalin, more so with other CNS depressants (not re-read in this review)", grade="S")],
         "reviewed": REVIEWED},
        {"id": "two-benzodiazepines", "name": "two benzodiazepines", "classes": ["benzodiazepine"],
         "sources": [CAREPLAN_CHOICE, src("FDA Drug Safety Communication, 23 Sep 2020: boxed warning on benzodiazepines - abuse, misuse, addiction, physical dependence and withdrawal (not re-read in this review)", grade="S")],
         "reviewed": REVIEWED},
        {"id": "two-ssri-snri", "name": "two SSRIs/SNRIs", "classes": ["ssri", "snri"],
         "sources": [CAREPLAN_CHOICE, src("SSRI and SNRI US labels, Warnings: serotonin syndrome, risk increased with other serotonergic drugs (class labelling; not re-read in this review)", grade="S")],
         "reviewed": REVIEWED},
        {"id": "two-long-acting-opioids", "name": "two long-acting opioids", "long_acting_opioids": True,
         "sources": [CAREPLAN_CHOICE, CDC_2022], "reviewed": REVIEWED},
    ],
    "nsaid_triple": {
        "raas_classes": ["ace_inhibitor", "arb"],
        "diuretic_classes": ["diuretic"],
        "sources": [KDIGO, src("NSAID with an ACE inhibitor or ARB and a diuretic ('triple whammy'): acute kidney injury risk, greatest with CKD - Careplan clinical facts (shared/clinical/facts.md 1b, KDIGO; S)", grade="S")],
        "reviewed": REVIEWED,
    },
}

if __name__ == "__main__":
    dump("rxnorm", drug_codes)
    dump("renal", renal)
    dump("cyp", cyp)
    dump("qt", qt)
    dump("beers", beers)
    dump("lactation", lactation)
    dump("rule_facts", rule_facts)
    print(len(drug_codes), "codes;", len(renal), "renal;", len(cyp), "cyp;", len(qt), "qt")
