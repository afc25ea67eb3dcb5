# ruff: noqa
"""Appends the issue-9 drugs to resources/catalog/drugs.json, keeping its layout (working file, not shipped).

Run once from the worktree root: python3 staging/add_drugs.py
"""

import json
from pathlib import Path

PATH = Path("resources/catalog/drugs.json")
REVIEWED = "2026-12-01"

VSAC = {
    "citation": "VSAC eCQM value sets (RxNorm clinical drug names with their strengths and forms, eCQM Update 2025-05-08), "
    "as packaged in canvas-medical/canvas-plugins canvas_sdk/value_set",
    "grade": "V",
    "url": "https://github.com/canvas-medical/canvas-plugins/tree/344f0bcb924b2be7ffafb5ac7edf19d475704259/canvas_sdk/value_set",
}
VSAC_RAAS = {
    "citation": "VSAC value set 'ACE Inhibitor or ARB or ARNI Ingredient' (OID 2.16.840.1.113883.3.526.3.1489): lisinopril, "
    "enalapril and ramipril (ACE inhibitors); losartan and valsartan (ARBs)",
    "grade": "V",
    "url": "https://vsac.nlm.nih.gov/valueset/2.16.840.1.113883.3.526.3.1489/expansion",
}
DIURETIC = {
    "citation": "Furosemide (loop diuretic) and hydrochlorothiazide (thiazide diuretic): established pharmacologic class in "
    "the FDA labels (not re-read in this review)",
    "grade": "S",
}
FDA_CYP = {
    "citation": "FDA. Examples of Drugs that Interact with CYP Enzymes and Transporter Systems, Table 1 (content current "
    "as of 2026-05-29; read as a machine extraction of the table, akarales/drug-interaction-visualizer fda_roles.csv)",
    "grade": "V",
    "url": "https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems",
}
ONDANSETRON = {
    "citation": "FDA MedWatch, Safety Labeling Changes, September 2011: Zofran (ondansetron) tablets, oral solution and "
    "orally disintegrating tablets - QT prolongation and torsade de pointes",
    "grade": "V",
    "url": "http://www.fda.gov/Safety/MedWatch/SafetyInformation/ucm275495.htm",
}


def tab(amount, form="tablet", release=None, note=None):
    d = {"amount": amount, "unit": "mg", "form": form}
    if release:
        d["release"] = release
    if note:
        d["note"] = note
    return d


DRUGS = [
    ("lisinopril", "Lisinopril", ["ace_inhibitor"], [tab(a) for a in (2.5, 5, 10, 20, 30, 40)], [VSAC_RAAS, VSAC],
     "Lowers blood pressure and protects the heart and kidneys."),
    ("ramipril", "Ramipril", ["ace_inhibitor"], [tab(a, "capsule") for a in (1.25, 2.5, 5, 10)], [VSAC_RAAS, VSAC],
     "Lowers blood pressure and protects the heart and kidneys."),
    ("enalapril", "Enalapril", ["ace_inhibitor"], [tab(a) for a in (2.5, 5, 10, 20)], [VSAC_RAAS, VSAC],
     "Lowers blood pressure and protects the heart and kidneys."),
    ("losartan", "Losartan", ["arb"], [tab(a) for a in (25, 50, 100)], [VSAC_RAAS, VSAC],
     "Lowers blood pressure and protects the heart and kidneys."),
    ("valsartan", "Valsartan", ["arb"], [tab(a) for a in (40, 80, 160, 320)], [VSAC_RAAS, VSAC],
     "Lowers blood pressure and helps the heart."),
    ("furosemide", "Furosemide", ["diuretic"], [tab(a) for a in (20, 40, 80)], [DIURETIC, VSAC],
     "A water pill: it helps your body get rid of extra fluid."),
    ("hydrochlorothiazide", "Hydrochlorothiazide", ["diuretic"], [tab(12.5, "capsule"), tab(12.5), tab(25), tab(50)], [DIURETIC, VSAC],
     "A water pill: it lowers blood pressure."),
    ("clarithromycin", "Clarithromycin", ["macrolide"], [tab(250), tab(500)], [FDA_CYP, VSAC],
     "An antibiotic: it treats infections caused by bacteria."),
    ("itraconazole", "Itraconazole", ["azole_antifungal"], [], [FDA_CYP], "Treats fungal infections."),
    ("ketoconazole", "Ketoconazole (oral)", ["azole_antifungal"], [], [FDA_CYP], "Treats fungal infections."),
    ("ritonavir", "Ritonavir", ["antiretroviral"], [], [FDA_CYP], "An HIV medicine; it also boosts other HIV medicines."),
    ("diltiazem", "Diltiazem", ["calcium_channel_blocker"], [tab(a) for a in (30, 60, 90, 120)], [FDA_CYP, VSAC],
     "Lowers blood pressure, eases chest pain or slows a fast heartbeat."),
    ("verapamil", "Verapamil", ["calcium_channel_blocker"],
     [tab(a) for a in (40, 80, 120)] + [tab(a, release="er") for a in (120, 180, 240)], [FDA_CYP, VSAC],
     "Lowers blood pressure, eases chest pain or slows a fast heartbeat."),
    ("fluconazole", "Fluconazole", ["azole_antifungal"], [], [FDA_CYP], "Treats fungal infections such as thrush."),
    ("rifampin", "Rifampin (rifampicin)", ["rifamycin"], [tab(150, "capsule"), tab(300, "capsule")], [FDA_CYP, VSAC],
     "An antibiotic: it treats tuberculosis and some other infections."),
    ("bupropion", "Bupropion", ["other"], [tab(75), tab(100)], [FDA_CYP, VSAC],
     "Treats depression and helps people stop smoking."),
    ("ondansetron", "Ondansetron", ["antiemetic"], [], [ONDANSETRON], "Prevents and eases nausea and vomiting."),
]


def entry_text(drug_id, name, classes, strengths, sources, what_for) -> str:
    lines = ["  {", f'    "id": {json.dumps(drug_id)},', f'    "name": {json.dumps(name)},', '    "brands": [],']
    lines.append('    "classes": [' + ", ".join(json.dumps(c) for c in classes) + "],")
    lines.append('    "routes": ["oral"],')
    lines.append('    "systemic": true,')
    if strengths:
        lines.append('    "strengths": [')
        lines.append(",\n".join("      " + json.dumps(s, ensure_ascii=False) for s in strengths))
        lines.append("    ],")
    else:
        lines.append('    "strengths": [],')
    lines += [
        '    "dose_unit": "mg",',
        '    "otc_max_daily": null,',
        '    "rx_max_daily": null,',
        '    "ingredients": [],',
        '    "mme": null,',
        '    "flags": {},',
        '    "patient": {',
        '      "en": {',
        f'        "what_for": {json.dumps(what_for, ensure_ascii=False)},',
        '        "side_effects": [],',
        '        "warning": ""',
        "      }",
        "    },",
    ]
    src = json.dumps(sources, indent=2, ensure_ascii=False).replace("\n", "\n    ")
    lines.append(f'    "sources": {src},')
    lines.append(f'    "reviewed": "{REVIEWED}"')
    lines.append("  }")
    return "\n".join(lines)


if __name__ == "__main__":
    text = PATH.read_text(encoding="utf-8")
    existing = {d["id"] for d in json.loads(text)}
    new = [entry_text(*d) for d in DRUGS if d[0] not in existing]
    body = text.rstrip()
    assert body.endswith("]")
    body = body[:-1].rstrip() + ",\n" + ",\n".join(new) + "\n]\n"
    json.loads(body)
    PATH.write_text(body, encoding="utf-8")
    print(len(new), "drugs added")
