# ruff: noqa
"""Builds staging/rxnorm.json (working file, not shipped)."""
import json
CHECKED = "2026-12-01"
OMTK = {"citation": "CDC Opioid CDS implementation (cqframework/opioid-cds-r4, input/cql/OMTKData.cql v3.0.0): opioid ingredient codes generated from NLM RxNav on 2020-10-20",
        "url": "https://github.com/cqframework/opioid-cds-r4/blob/b29bdcbf6db6f3de26486dbc3820572ee9a78b89/input/cql/OMTKData.cql", "grade": "V"}
CPIC = {"citation": "CPIC database drug table (cpicpgx/cpic-data, db migrations; RxNorm ingredient ids with PharmGKB and DrugBank cross-references)",
        "url": "https://github.com/cpicpgx/cpic-data/tree/459e3ebdccdccbe515a71dacf038ec532d1bc68d/src/main/resources/db/migration", "grade": "V"}
VSAC_ACE = {"citation": "VSAC eCQM value set 'ACE Inhibitor or ARB or ARNI Ingredient' OID 2.16.840.1.113883.3.526.3.1489 (eCQM Update 2025-05-08), as packaged in canvas-medical/canvas-plugins canvas_sdk/value_set/v2026/allergy.py",
            "url": "https://vsac.nlm.nih.gov/valueset/2.16.840.1.113883.3.526.3.1489/expansion", "grade": "V"}
VSAC_ANTITHROMB = {"citation": "VSAC eCQM ingredient value sets (anticoagulant/antiplatelet ingredients, eCQM Update 2025-05-08), as packaged in canvas-medical/canvas-plugins canvas_sdk/value_set",
            "url": "https://github.com/canvas-medical/canvas-plugins/tree/344f0bcb924b2be7ffafb5ac7edf19d475704259/canvas_sdk/value_set", "grade": "V"}
rows = {
 # opioids (OMTK)
 "morphine": ("7052", [OMTK, CPIC]), "oxycodone": ("7804", [OMTK, CPIC]), "hydrocodone": ("5489", [OMTK]),
 "hydromorphone": ("3423", [OMTK, CPIC]), "oxymorphone": ("7814", [OMTK]), "codeine": ("2670", [OMTK, CPIC]),
 "tramadol": ("10689", [OMTK, CPIC]), "tapentadol": ("787390", [OMTK]), "methadone": ("6813", [OMTK, CPIC]),
 "fentanyl": ("4337", [OMTK, CPIC]), "buprenorphine": ("1819", [OMTK, CPIC]),
 # CPIC
 "ibuprofen": ("5640", [CPIC]), "naproxen": ("7258", [CPIC]), "meloxicam": ("41493", [CPIC]), "diclofenac": ("3355", [CPIC]),
 "celecoxib": ("140587", [CPIC]), "aspirin": ("1191", [CPIC]), "lidocaine": ("6387", [CPIC]), "naloxone": ("7242", [CPIC]),
 "duloxetine": ("72625", [CPIC]), "venlafaxine": ("39786", [CPIC]), "amitriptyline": ("704", [CPIC]), "nortriptyline": ("7531", [CPIC]),
 "sertraline": ("36437", [CPIC]), "fluoxetine": ("4493", [CPIC]), "citalopram": ("2556", [CPIC]), "escitalopram": ("321988", [CPIC]),
 "paroxetine": ("32937", [CPIC]), "diazepam": ("3322", [CPIC]), "carisoprodol": ("2101", [CPIC]), "warfarin": ("11289", [CPIC, VSAC_ANTITHROMB]),
 "clopidogrel": ("32968", [CPIC, VSAC_ANTITHROMB]), "carbamazepine": ("2002", [CPIC]), "furosemide": ("4603", [CPIC]),
 "hydrochlorothiazide": ("5487", [CPIC]), "bupropion": ("42347", [CPIC]), "ondansetron": ("26225", [CPIC]),
 # VSAC
 "lisinopril": ("29046", [VSAC_ACE]), "enalapril": ("3827", [VSAC_ACE]), "ramipril": ("35296", [VSAC_ACE]),
 "losartan": ("52175", [VSAC_ACE]), "valsartan": ("69749", [VSAC_ACE]),
 "apixaban": ("1364430", [VSAC_ANTITHROMB]), "rivaroxaban": ("1114195", [VSAC_ANTITHROMB]),
 "dabigatran": ("1037042", [VSAC_ANTITHROMB]),
}
notes = {"dabigatran": "VSAC lists 'dabigatran etexilate' 1037042 (and the mesylate salt 1037041); the catalog id 'dabigatran' maps to dabigatran etexilate.",
         "lidocaine": "ingredient code; the catalog entry is the topical product (lidocaine-topical)",
         "diclofenac": "ingredient code; also used for diclofenac-topical"}
out = {"checked": CHECKED, "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "term_type": "IN (ingredient)",
       "codes": [{"drug": k, "rxcui": v[0], "sources": v[1], "grade": "V", "checked": CHECKED, **({"note": notes[k]} if k in notes else {})} for k, v in sorted(rows.items())],
       "left_out_unsure": []}
if __name__ == "__main__":
    json.dump(out, open("staging/rxnorm.json", "w"), indent=1, ensure_ascii=False)
    print(len(out["codes"]))
