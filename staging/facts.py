# ruff: noqa
"""Builds the clinical staging files (working files, not shipped): renal, cyp, qt, beers, lactation,
tolerance/limits, new drugs, corrections, weak sources."""
import json
C = "2026-12-01"
def s(citation, url=None, grade="V", note=None):
    d = {"citation": citation, "grade": grade, "checked": C}
    if url: d["url"] = url
    if note: d["note"] = note
    return d
def dump(name, obj):
    json.dump(obj, open(f"staging/{name}.json", "w"), indent=1, ensure_ascii=False)

# ---------------------------------------------------------------- renal
NEURONTIN = s("NEURONTIN (gabapentin) US prescribing information, 2.3 Dosage Adjustment in Patients with Renal Impairment, Table 1 (DailyMed setid 97935fd9-1d4a-43b6-a5d9-de994591187b, version 48, effective 2026-05-12; verbatim section slice with SHA-256 in CAZI126/OpenDrugDatabase docs/step1_mcp_run)",
              "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=97935fd9-1d4a-43b6-a5d9-de994591187b")
LYRICA = s("LYRICA (pregabalin) US prescribing information, 2.7 Dosing for Adult Patients with Renal Impairment, Table (DailyMed setid 8fb45a78-b2d8-45dd-b844-0de21d1fdde9) - table not read verbatim in this review; bands corroborated by a DailyMed curation (tufayl-ahmed/renal-dose-calculator, verified 2026-05-06) and a NZ health-service sheet", 
           "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=8fb45a78-b2d8-45dd-b844-0de21d1fdde9", "S")
CYMBALTA_US = s("Duloxetine US prescribing information, 2.7 Dosing in patients with hepatic impairment or severe renal impairment: avoid use in severe renal impairment, GFR <30 mL/min (DailyMed setid 4121bd3f-2d6d-3bdd-e063-6294a90a3088) - not read verbatim here; corroborated by a DailyMed curation and the Cymbalta PI (MIMS Philippines: no adjustment at CrCl 30-80; contraindicated in severe impairment)",
                "https://www.dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=4121bd3f-2d6d-3bdd-e063-6294a90a3088", "S")
TRAMADOL = s("Tramadol hydrochloride tablets US prescribing information, dosage in renal impairment: CrCl <30 mL/min - dosing interval 12 hours, maximum 200 mg/day (DailyMed setid cabccc8a-6f9f-414c-93f0-6dec331ed74b) - not read verbatim here; corroborated by a DailyMed curation", 
               "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=cabccc8a-6f9f-414c-93f0-6dec331ed74b", "S")
TAPENTADOL = s("Tapentadol (Nucynta) US prescribing information, 8.7 Renal impairment: not recommended in severe renal impairment (CrCl <30 mL/min) (DailyMed setid 863f3fd3-1e8d-41b0-855f-8f9a29237cda) - not read verbatim here", 
               "https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=863f3fd3-1e8d-41b0-855f-8f9a29237cda", "S")
KDIGO = s("KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, Kidney Int Suppl 2013;3(1) - chapter 4.4 medication management (NSAIDs: avoid at GFR <30; prolonged therapy not recommended at GFR <60; avoid with RAS blockers) - document located, statement not read verbatim here",
          "https://kdigo.org/guidelines/ckd-evaluation-and-management/", "S")
renal = {"checked": C,
 "semantics": "Bands are read from the patient's CrCl when recorded, else eGFR (DESIGN). Limits are mg per day. Where a label's ranges leave a gap at a boundary (e.g. gabapentin '>30 to 59' and '>15 to 29'), the boundary value takes the lower (stricter) band.",
 "drugs": [
  {"drug": "gabapentin", "basis": "CrCl", "bands": [
     {"crcl_min": 60, "max_mg_day": 3600}, {"crcl_above": 30, "crcl_below": 60, "max_mg_day": 1400},
     {"crcl_above": 15, "crcl_max": 30, "max_mg_day": 700}, {"crcl_max": 15, "max_mg_day": 300, "note": "label: reduce further in proportion to CrCl below 15; post-dialysis supplement 125-350 mg"}],
   "sources": [NEURONTIN], "grade": "V"},
  {"drug": "pregabalin", "basis": "CrCl", "bands": [
     {"crcl_min": 60, "max_mg_day": 600}, {"crcl_min": 30, "crcl_below": 60, "max_mg_day": 300},
     {"crcl_min": 15, "crcl_below": 30, "max_mg_day": 150}, {"crcl_below": 15, "max_mg_day": 75}],
   "sources": [LYRICA], "grade": "S"},
  {"drug": "duloxetine", "basis": "GFR (label); CrCl else eGFR in the rule", "bands": [{"below": 30, "avoid": True}], "sources": [CYMBALTA_US], "grade": "S"},
  {"drug": "tramadol", "basis": "CrCl", "bands": [{"crcl_below": 30, "max_mg_day": 200, "note": "interval 12 h; extended-release tramadol: do not use"}], "sources": [TRAMADOL], "grade": "S"},
  {"drug": "tapentadol", "basis": "CrCl", "bands": [{"crcl_below": 30, "avoid": True}], "sources": [TAPENTADOL], "grade": "S"},
  {"drug": "NSAIDs (systemic: ibuprofen, naproxen, naproxen-sodium, diclofenac, celecoxib, meloxicam, aspirin above antiplatelet dose)", "basis": "GFR", "bands": [{"below": 30, "avoid": True}],
   "sources": [KDIGO, s("2023 AGS Beers Criteria, Table 6 (drugs to avoid or dose-reduce by kidney function): NSAIDs - avoid at CrCl <30 mL/min (JAGS 2023;71:2052, doi:10.1111/jgs.18372) - table not read verbatim here", "https://doi.org/10.1111/jgs.18372", "S")], "grade": "S"},
 ],
 "caution_only": [
  {"drug": "morphine", "fact": "label: renal impairment alters morphine pharmacokinetics - start at a lower dose and titrate slowly; no numeric band", "sources": [s("Morphine sulfate US labels, 8.6 Renal impairment (no numeric CrCl band); DailyMed curation notes 'no clean adult CrCl/eGFR table'", None, "S")]},
  {"drug": "codeine", "fact": "no numeric renal band found in a label read here", "sources": []},
 ],
 "left_out_unsure": [
  "A numeric CrCl/eGFR band for morphine and codeine (labels give caution only; a rule may warn when CKD is recorded but must not invent a cut-off).",
  "Chou 2014 APS/HRS 'ECG at 30-40 mg/day' methadone threshold (not read); see tolerance_limits.json for the 100 mg/day Krantz threshold.",
  "Beers 2023 Table 6 entries other than NSAIDs (e.g. baclofen, gabapentinoids <60) - not read verbatim.",
 ]}
dump("renal", renal)

# ---------------------------------------------------------------- CYP
FDA_CYP = s("FDA, For Healthcare Professionals | FDA's Examples of Drugs that Interact with CYP Enzymes and Transporter Systems, Table 1 (content current as of 2026-05-29), read as a machine extraction of the table (akarales/drug-interaction-visualizer crates/engine/data/fda_roles.csv, commit 7b91b4c, extracted 2026-10-06)",
            "https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems")
FENT_LABEL = s("Fentanyl transdermal system US prescribing information (DailyMed archive copy): boxed warning - potent CYP3A4 inhibitors (ritonavir, ketoconazole, itraconazole, troleandomycin, clarithromycin, nelfinavir, nefazodone) may increase fentanyl concentrations",
               "http://dailymed.nlm.nih.gov/dailymed/archives/fdaDrugInfo.cfm?archiveid=3958")
METH_LABEL = s("Methadone hydrochloride US labels (Mallinckrodt Methadose; DailyMed copies): boxed warning 'Interactions with drugs affecting cytochrome P450 isoenzymes'",
               "https://mallinckrodt.com/products/generics/addiction-treatment-products/methadose-sugar-free-oral-concentrate-methadone-hydrochloride-oral-concentrate-usp-10-mgml-cii")
OXY_LABEL = s("Oxycodone labels (RoxyBond/OxyContin): boxed warning 'Cytochrome P450 3A4 interaction' - CYP3A4 inhibitors raise oxycodone concentrations; stopping an inducer does the same (quoted label text in public repositories; OxyContin DailyMed setid 1ae4bfab-8a29-402c-a8ab-ed9e2fbc66cb)", None, "S")
cyp = {"checked": C,
 "cyp3a4_inhibitors_strong": {"drugs": ["clarithromycin", "itraconazole", "ketoconazole", "ritonavir", "cobicistat", "nefazodone", "nelfinavir", "posaconazole", "voriconazole", "telithromycin", "idelalisib", "ceritinib"], "sources": [FDA_CYP], "grade": "V"},
 "cyp3a4_inhibitors_moderate": {"drugs": ["diltiazem", "verapamil", "fluconazole", "erythromycin", "aprepitant", "ciprofloxacin", "conivaptan", "crizotinib", "dronedarone", "imatinib", "isavuconazole"], "sources": [FDA_CYP], "grade": "V"},
 "cyp3a4_inducers_strong": {"drugs": ["rifampin", "carbamazepine", "phenytoin", "enzalutamide", "mitotane"], "sources": [FDA_CYP], "grade": "V"},
 "cyp3a4_inducers_moderate": {"drugs": ["bosentan", "dabrafenib", "efavirenz", "etravirine", "phenobarbital", "primidone"], "sources": [FDA_CYP], "grade": "V"},
 "cyp2d6_inhibitors_strong": {"drugs": ["bupropion", "fluoxetine", "paroxetine", "quinidine", "terbinafine"], "sources": [FDA_CYP], "grade": "V"},
 "cyp2d6_inhibitors_moderate": {"drugs": ["duloxetine", "abiraterone", "cinacalcet", "lorcaserin", "mirabegron", "rolapitant"], "sources": [FDA_CYP], "grade": "V"},
 "cyp2d6_weak_not_strong": {"drugs": ["sertraline", "escitalopram", "celecoxib", "cimetidine", "amiodarone", "fluvoxamine"], "sources": [FDA_CYP], "grade": "V", "note": "weak only - not used by OPIOID-CYP"},
 "opioid_cyp3a4_substrates": [
   {"drug": "fentanyl-transdermal", "sources": [FENT_LABEL], "grade": "V"},
   {"drug": "methadone", "sources": [METH_LABEL], "grade": "V"},
   {"drug": "oxycodone", "sources": [OXY_LABEL], "grade": "S"},
   {"drug": "hydrocodone", "sources": [s("Hydrocodone ER labels (Hysingla ER/Zohydro ER): CYP3A4 interaction boxed warning - carried from the existing catalog entry (S, not re-read)", None, "S")], "grade": "S"}],
 "opioid_cyp2d6_prodrugs": [
   {"drug": "codeine", "sources": [s("CPIC guideline for CYP2D6, OPRM1, COMT and opioids (Crews 2021, Clin Pharmacol Ther 110:888) - codeine and tramadol activation by CYP2D6; existing catalog source (V)", "https://cpicpgx.org/guidelines/guideline-for-codeine-and-cyp2d6/")], "grade": "V"},
   {"drug": "tramadol", "sources": [s("CPIC opioid guideline (as above); FDA CYP table lists tramadol as a moderate-sensitive CYP2D6 substrate", "https://cpicpgx.org/guidelines/guideline-for-codeine-and-cyp2d6/")], "grade": "V"}],
 "note": "Severity mapping is DESIGN's (strong 3A4 inhibitor critical; moderate inhibitor or inducer warning; strong 2D6 inhibitor with codeine/tramadol warning). FDA Table 1 lists 'grapefruit juice' and 'St John's wort' too; not catalog drugs.",
 "left_out_unsure": ["FDA Table 1 footnotes (e.g. ritonavir's weak inhibition caveat at low dose) are not modelled."]}
dump("cyp", cyp)

# ---------------------------------------------------------------- QT
qt = {"checked": C, "qt_prolonging": [
  {"drug": "methadone", "fact": "boxed warning: life-threatening QT prolongation and torsades de pointes", "sources": [METH_LABEL, s("Methadone hydrochloride tablets, DailyMed copy (pillsync): boxed warning includes life-threatening QT prolongation (5.3)", "https://pillsync.com/drug/Methadone-Hydrochloride-10-MG-Oral-Tablet/ROUND_WHITE_E-over-131/ndc/d3b7a707-78af-4fd5-9b66-b63050bbd6f6")], "grade": "V"},
  {"drug": "citalopram", "fact": "dose-dependent QT prolongation; no more than 40 mg/day (20 mg/day over 60)", "sources": [s("FDA Drug Safety Communication 24 Aug 2011 (revised Mar 2012), as reproduced by NABP", "http://www.nabp.net/news/fda-notice-high-doses-of-celexa-can-cause-abnormal-heart-rhythms", "S")], "grade": "S"},
 ],
 "left_out_unsure": ["escitalopram, ondansetron, quetiapine, trazodone, TCAs (amitriptyline, nortriptyline), clarithromycin, fluconazole, ketoconazole, itraconazole: QT statements are in their labels/FDA communications but were not read in this review - QT-RISK should start with methadone and citalopram only, or the lead accepts these as S.",
                     "CredibleMeds lists are not openly readable and were not used."],
 "methadone_ecg_dose": {"value_mg_day": 100, "fact": "additional ECG recommended when the methadone dose exceeds 100 mg/day (pretreatment ECG, follow-up within 30 days and annually for all)",
   "sources": [s("Krantz MJ et al. QTc interval screening in methadone treatment. Ann Intern Med 2009;150:387-395, Recommendation 3 (PubMed abstract PMID 19153406)", "https://pubmed.ncbi.nlm.nih.gov/19153406/")], "grade": "V"}}
dump("qt", qt)

# ---------------------------------------------------------------- Beers
BEERS = s("2023 AGS Beers Criteria Update Expert Panel. J Am Geriatr Soc 2023;71:2052-2081, doi:10.1111/jgs.18372 - Table 2 (PIMs to avoid) and the CNS-active drug-drug interaction criterion; full text located (Wiley/scribd copies) but tables not read verbatim in this review", "https://doi.org/10.1111/jgs.18372", "S")
INPHARMD = s("InpharmD drug-information answer summarising Beers 2023: skeletal muscle relaxants carisoprodol, chlorzoxazone, cyclobenzaprine, metaxalone, methocarbamol, orphenadrine - avoid (moderate, strong); the criterion does not cover baclofen or tizanidine used for spasticity; benzodiazepines - avoid (moderate, strong)", "https://inpharmd.com/inquiries/0232dd5e9e124573a22df536c2b48e27031a5e61510f27e934fd564b4ea1e104", "S")
beers = {"checked": C, "age": 65, "avoid": [
   {"drugs": ["amitriptyline"], "criterion": "antidepressants with strong anticholinergic activity (tertiary TCAs) - avoid", "sources": [BEERS], "grade": "S"},
   {"drugs": ["cyclobenzaprine", "methocarbamol", "carisoprodol"], "criterion": "skeletal muscle relaxants - avoid", "sources": [BEERS, INPHARMD], "grade": "S"},
   {"drugs": ["alprazolam", "lorazepam", "diazepam", "clonazepam"], "criterion": "benzodiazepines - avoid", "sources": [BEERS, INPHARMD], "grade": "S"},
   {"drugs": ["zolpidem"], "criterion": "nonbenzodiazepine hypnotics (Z-drugs) - avoid", "sources": [BEERS], "grade": "S"},
   {"drugs": ["diphenhydramine"], "criterion": "first-generation antihistamines - avoid", "sources": [BEERS], "grade": "S"},
 ],
 "cns_active_combination": {"threshold": 3, "fact": "avoid total of 3 or more CNS-active drugs (antiepileptics, antidepressants, antipsychotics, benzodiazepines, Z-drugs, opioids, skeletal muscle relaxants)", "sources": [BEERS], "grade": "S"},
 "corrections": ["baclofen and tizanidine are NOT in the Beers skeletal-muscle-relaxant avoid criterion (InpharmD summary of Beers 2023); the catalog currently cites that criterion for both - drop it there."],
 "left_out_unsure": ["nortriptyline (secondary TCA; Beers wording for it not read)", "quetiapine/antipsychotics (dementia-specific criterion; not read)", "NSAID chronic-use criterion wording (existing catalog S)"]}
dump("beers", beers)

# ---------------------------------------------------------------- lactation
FDA2017 = s("FDA Drug Safety Communication, 20 Apr 2017: FDA restricts use of prescription codeine and tramadol in children; recommends against use of codeine and tramadol medicines in breastfeeding mothers (FDA email alert text, verbatim copy)", "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-restricts-use-prescription-codeine-pain-and-cough-medicines-and")
lact = {"checked": C, "avoid_while_breastfeeding": [
   {"drug": "codeine", "includes": ["acetaminophen-codeine-300-30"], "sources": [FDA2017, s("Spinics FDA list archive copy of the alert", "http://mail.spinics.net/lists/fda/msg13295.html")], "grade": "V"},
   {"drug": "tramadol", "sources": [FDA2017], "grade": "V"}],
 "left_out_unsure": ["LactMed entries for other catalog drugs were not read."]}
dump("lactation", lact)

# ---------------------------------------------------------------- tolerance, limits
DURAG = FENT_LABEL
tol = {"checked": C,
 "opioid_tolerant_definition": {"fact": "opioid-tolerant = taking, for a week or longer, at least 60 mg oral morphine a day, or at least 30 mg oral oxycodone, or 8 mg oral hydromorphone a day, or an equianalgesic dose of another opioid (newer labels add 25 mcg/h transdermal fentanyl, 25 mg oxymorphone, 60 mg hydrocodone)",
   "rule_use": "DESIGN: current opioids >= 60 MME/day count as tolerant when patient.opioid_tolerant is not recorded", "sources": [DURAG, s("US Pharmacist 2017;42(3):28 (Medscape reprint): FDA definition incl. 25 mcg/h fentanyl, 25 mg oxymorphone", "https://www.medscape.com/viewarticle/881472", "S")], "grade": "V"},
 "fentanyl_patch_not_tolerant": {"fact": "transdermal fentanyl is contraindicated in patients who are not opioid-tolerant", "sources": [DURAG], "grade": "V"},
 "aspirin_low_dose": {"fact": "low-dose aspirin: the FDA NSAID-at-20-weeks warning does not apply to 81 mg aspirin; Beers lists aspirin above 325 mg/day with the NSAIDs to avoid, i.e. up to 325 mg/day is the antiplatelet range",
   "cutoff_mg_day": 325, "sources": [s("FDA Drug Safety Communication, 15 Oct 2020 (existing catalog source, V): recommendation does not apply to low-dose 81 mg aspirin"), s("AGS Beers Criteria translation (existing catalog source, V): aspirin >325 mg/day listed with non-COX-selective NSAIDs")], "grade": "V"},
 "alprazolam_max": {"value_mg_day": 10, "fact": "anxiety: up to 4 mg/day; panic disorder: doses of 1-10 mg/day were used and occasional patients needed up to 10 mg/day - 10 mg/day taken as the label maximum",
   "sources": [s("Xanax/alprazolam US prescribing information, Dosage and Administration - not read verbatim in this review (DailyMed labels located via openFDA)", "https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22alprazolam%22", "S")], "grade": "S"},
 "celecoxib_day1": {"value_mg_day": 600, "fact": "acute pain / primary dysmenorrhoea: 400 mg initially, then an additional 200 mg if needed on the first day; then 200 mg twice daily (400 mg/day)",
   "sources": [s("Celecoxib (Celebrex) US prescribing information copy (existing catalog source, V)")], "grade": "V"},
 "naproxen_sodium": {"fact": "220 mg naproxen sodium = 200 mg naproxen (275 = 250; 550 = 500). OTC: no more than 3 x 220 mg (660 mg naproxen sodium) in 24 h. Rx (Anaprox DS): up to 1,650 mg naproxen sodium a day for limited periods (= 1,500 mg naproxen).",
   "sources": [s("Lead's dose-model commit 13ddd75 added naproxen-sodium with OTC 660 mg and Rx 1,650 mg in the salt; OTC Drug Facts (existing S) - not re-read here", None, "S")], "grade": "S"},
 "horizant": {"fact": "Horizant is gabapentin enacarbil (extended-release, restless legs and PHN) and is not interchangeable with other gabapentin products; it must not be listed as a gabapentin brand",
   "sources": [s("Once-daily gabapentin products' labels state non-interchangeability with other gabapentin products (Gralise label copy, prescriberpoint); Horizant label statement not read verbatim", "https://prescriberpoint.com/therapies/gabapentin-d592d82", "S")], "grade": "S"},
 "hydrocodone": {"fact": "in the US single-ingredient hydrocodone is marketed only as extended-release (Hysingla ER, Zohydro ER); immediate-release hydrocodone is in combination products. The catalog 'hydrocodone' entry must be the ingredient (MME factor 1.0, CYP3A4 substrate) with release per product; ER-only brand names and ER cautions belong to an ER product entry.",
   "sources": [s("CDC 2022 MME table (hydrocodone factor 1, V); ER-only marketing not read in a label in this review", None, "S")], "grade": "S"},
 "methadone_ecg": qt["methadone_ecg_dose"],
}
dump("tolerance_limits", tol)

# ---------------------------------------------------------------- new drugs
VSAC_SCD = "VSAC eCQM value sets (RxNorm clinical drug names), as packaged in canvas-medical/canvas-plugins canvas_sdk/value_set (eCQM Update 2025-05-08)"
def nd(i, name, classes, flags, strengths, note=""):
    return {"id": i, "name": name, "classes": classes, "flags": flags, "strengths_mg": strengths,
            "strength_source": s(VSAC_SCD, "https://github.com/canvas-medical/canvas-plugins/tree/344f0bcb924b2be7ffafb5ac7edf19d475704259/canvas_sdk/value_set") if strengths else None, "note": note}
new = {"checked": C, "drugs": [
 nd("lisinopril", "Lisinopril", ["ace_inhibitor"], {}, [2.5, 5, 10, 20, 30, 40]),
 nd("ramipril", "Ramipril", ["ace_inhibitor"], {}, [1.25, 2.5, 5, 10]),
 nd("enalapril", "Enalapril", ["ace_inhibitor"], {}, [2.5, 5, 10, 20]),
 nd("losartan", "Losartan", ["arb"], {}, [25, 50, 100]),
 nd("valsartan", "Valsartan", ["arb"], {}, [40, 80, 160, 320]),
 nd("furosemide", "Furosemide", ["diuretic"], {}, [20, 40, 80]),
 nd("hydrochlorothiazide", "Hydrochlorothiazide", ["diuretic"], {}, [12.5, 25, 50]),
 nd("clarithromycin", "Clarithromycin", ["other"], {"cyp3a4_inhibitor": "strong"}, [250, 500]),
 nd("itraconazole", "Itraconazole", ["other"], {"cyp3a4_inhibitor": "strong"}, [], "strengths not sourced - dose in mg"),
 nd("ketoconazole", "Ketoconazole", ["other"], {"cyp3a4_inhibitor": "strong"}, [], "strengths not sourced - dose in mg"),
 nd("ritonavir", "Ritonavir", ["other"], {"cyp3a4_inhibitor": "strong"}, [], "strengths not sourced - dose in mg"),
 nd("diltiazem", "Diltiazem", ["other"], {"cyp3a4_inhibitor": "moderate"}, [120, 180, 240, 300, 360], "extended-release capsules/tablets (24 h); IR strengths not listed"),
 nd("verapamil", "Verapamil", ["other"], {"cyp3a4_inhibitor": "moderate"}, [40, 80, 120], "IR tablets; ER 120-360 mg also exist"),
 nd("fluconazole", "Fluconazole", ["other"], {"cyp3a4_inhibitor": "moderate"}, [], "strengths not sourced - dose in mg"),
 nd("rifampin", "Rifampin (rifampicin)", ["other"], {"cyp3a4_inducer": "strong"}, [150, 300]),
 nd("bupropion", "Bupropion", ["other"], {"cyp2d6_inhibitor": "strong"}, [75, 100], "IR; SR/XL 100-450 mg also exist"),
 nd("ondansetron", "Ondansetron", ["other"], {}, [], "QT statement not read in this review - no QT flag yet; strengths not sourced"),
], "class_sources": {
  "ace_inhibitor/arb": s("VSAC 'ACE Inhibitor or ARB or ARNI Ingredient' value set (OID 2.16.840.1.113883.3.526.3.1489): lisinopril, enalapril, ramipril (ACE inhibitors); losartan, valsartan (ARBs)", "https://vsac.nlm.nih.gov/valueset/2.16.840.1.113883.3.526.3.1489/expansion"),
  "diuretic": s("furosemide (loop) and hydrochlorothiazide (thiazide) diuretics - class membership from the drugs' established pharmacologic class (FDA EPC in SPL) - not read here", None, "S")},
 "triple_whammy_source": [KDIGO, s("NSAID + ACE inhibitor/ARB + diuretic ('triple whammy') acute kidney injury risk - facts.md 1b KDIGO (S); no primary read in this review", None, "S")]}
dump("new_drugs", new)

# ---------------------------------------------------------------- corrections and weak sources
corr = {"checked": C, "corrections": [
  {"item": "celecoxib day-1 maximum", "fix": "add a first-day maximum of 600 mg (400 mg then 200 mg) for acute pain; keep 400 mg/day thereafter", "source": "existing V label copy"},
  {"item": "Horizant", "fix": "remove 'Horizant' from gabapentin brands (gabapentin enacarbil, not interchangeable)", "grade": "S"},
  {"item": "hydrocodone entry", "fix": "make 'hydrocodone' the ingredient (release per product); drop the ER-only labelling/brands from the ingredient", "grade": "S"},
  {"item": "older-adult naloxone claim", "fix": "remove the unused age>=65 naloxone threshold from thresholds.json (source was a Kloxxado prescriber page citing CDC - S, and no rule uses it)"},
  {"item": "kratom-duloxetine", "fix": "replace 'kratom can make duloxetine stronger' with 'kratom inhibits CYP2D6 in vitro; no clinical effect was seen on a CYP2D6 probe (dextromethorphan)' - the catalog's own source (Tanna 2021/22; DMD 2023) does not support 'stronger'"},
  {"item": "alprazolam daily maximum", "fix": "add Rx maximum 10 mg/day (S; anxiety 4 mg/day)", "grade": "S"},
  {"item": "baclofen, tizanidine", "fix": "drop the Beers skeletal-muscle-relaxant citation (not in that criterion)", "grade": "S"},
  {"item": "aspirin", "fix": "classes nsaid+antiplatelet stay; rules treat aspirin <=325 mg/day as antiplatelet only (no NSAID-DUPLICATE, no NSAID pregnancy warning)", "grade": "V"},
 ],
 "weak_sources_to_replace": [
  {"source": "droracle (AI summary) - pregabalin label 'via droracle'", "replacement": "Lyrica USPI (DailyMed setid 8fb45a78...) - S until the table is read"},
  {"source": "droracle - gabapentin label 'via droracle'", "replacement": "NEURONTIN USPI Table 1 (DailyMed 97935fd9..., V)"},
  {"source": "droracle - duloxetine 30 mg x1 wk then 60 mg", "replacement": "Cymbalta EU SmPC (existing V) and duloxetine USPI (DailyMed 4121bd3f..., S)"},
  {"source": "droracle - capsaicin cream", "replacement": "none found - keep S or drop the dosing claim"},
  {"source": "droracle - cirrhosis acetaminophen 2 g (thresholds.json)", "replacement": "none read - stays S (Careplan's conservative choice, facts.md)"},
  {"source": "ro.co / droracle - meloxicam 15 mg max", "replacement": "not found in this review - keep S"},
  {"source": "emedtv - diclofenac oral, Voltaren gel", "replacement": "not found in this review - keep S"},
  {"source": "inpharmd (drug-information service) - Beers muscle relaxants", "replacement": "Beers 2023 JAGS (doi) - S until Table 2 is read"},
  {"source": "Kloxxado prescriber page citing CDC (age 65 naloxone)", "replacement": "drop (no rule uses it)"},
  {"source": "legalclarity / vendor lists (kratom law)", "replacement": "statutes where found (see jurisdictions.json); rows otherwise stay 'unknown - verify'"},
  {"source": "drugs.com dosage pages (Ambien, Zanaflex)", "replacement": "not replaced in this review (consumer-facing site; keep S)"},
 ]}
dump("corrections", corr)
print("ok")
