# ruff: noqa
"""Writes examples/critical-<rule>.careplan.json for the second set's critical rules (working file, not shipped)."""

import copy
import json
from pathlib import Path

BASE = json.loads(Path("examples/critical-nsaid-duplicate.careplan.json").read_text(encoding="utf-8"))


def item(id, drug, dose, unit="mg", **kw):
    d = {"id": id, "drug": drug, "dose": dose, "unit": unit, "route": kw.pop("route", "oral"), "otc": False}
    d.update(kw)
    if "times_per_day" not in d and "interval_hours" not in d and not d.get("prn"):
        d["times_per_day"] = 1
    d.setdefault("prn", False)
    return d


def example(rule, title, patient, items, current, note, pain_sites=("lower back",)):
    doc = copy.deepcopy(BASE)
    doc["id"] = f"example-{rule.lower()}"
    doc["title"] = title
    doc["patient"].update(patient)
    doc["patient"]["current_medications"] = current
    doc["pain"]["sites"] = list(pain_sites)
    doc["modules"][0]["items"] = items
    doc["notes"] = "Fictional example patient for testing and demonstration; not a real person. " + note
    path = Path(f"examples/critical-{rule.lower()}.careplan.json")
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


example(
    "OPIOID-NAIVE-LA",
    "Chronic low back pain — fentanyl patch for an opioid-naive patient",
    {"name": "Ana Ejemplo", "record_number": "EXAMPLE-EJEMPL", "age": 54, "sex": "female", "opioid_tolerant": False},
    [item("fent", "fentanyl-transdermal", 25, "mcg/h", route="transdermal", interval_hours=72, purpose="back pain")],
    [],
    "A 25 mcg/h fentanyl patch is planned for a patient recorded as not opioid tolerant.",
)
example(
    "RENAL-DOSE",
    "Diabetic neuropathy — gabapentin above the kidney band",
    {"name": "Kari Eksempel", "record_number": "EXAMPLE-EKSEMP", "age": 58, "sex": "male", "conditions": ["ckd"],
     "crcl": 25},
    [item("gaba", "gabapentin", 600, times_per_day=3, purpose="burning foot pain")],
    [],
    "Gabapentin 1,800 mg a day with a creatinine clearance of 25 mL/min (label maximum 700 mg a day).",
    ("both feet",),
)
example(
    "QT-RISK",
    "Neck pain — citalopram with recorded QT prolongation",
    {"name": "Mei Beispiel", "record_number": "EXAMPLE-BEISPI", "age": 47, "sex": "female",
     "conditions": ["qt_prolongation", "depression"]},
    [item("cit", "citalopram", 20, purpose="low mood and pain")],
    [],
    "Citalopram is planned although QT prolongation is recorded.",
    ("neck",),
)
example(
    "NSAID-TRIPLE",
    "Knee osteoarthritis — ibuprofen with lisinopril and a water pill in CKD",
    {"name": "Joe Exemple", "record_number": "EXAMPLE-EXEMPL", "age": 62, "sex": "male", "conditions": ["ckd", "hypertension"],
     "egfr": 48},
    [item("ibu", "ibuprofen", 400, times_per_day=3, purpose="knee pain")],
    [item("lis", "lisinopril", 20, purpose="blood pressure"), item("hctz", "hydrochlorothiazide", 25, purpose="blood pressure")],
    "Ibuprofen is added to lisinopril and hydrochlorothiazide in chronic kidney disease.",
    ("both knees",),
)
example(
    "OPIOID-CYP",
    "Back pain — oxycodone with clarithromycin",
    {"name": "Sam Esimerkki", "record_number": "EXAMPLE-ESIMER", "age": 50, "sex": "male", "opioid_tolerant": True},
    [item("oxy", "oxycodone", 5, prn=True, max_per_day=4, purpose="back pain flare")],
    [item("clari", "clarithromycin", 500, times_per_day=2, purpose="chest infection", duration_days=7)],
    "Oxycodone is planned while the patient takes clarithromycin, a strong CYP3A4 inhibitor.",
)
example(
    "LACTATION",
    "Postpartum back pain — tramadol while breastfeeding",
    {"name": "Lea Esempio", "record_number": "EXAMPLE-ESEMPI", "age": 31, "sex": "female", "conditions": ["breastfeeding"]},
    [item("tram", "tramadol", 50, prn=True, max_per_day=4, purpose="back pain")],
    [],
    "Tramadol is planned for a mother who is breastfeeding.",
)
example(
    "DOSE-UNCOUNTED",
    "Back pain — oxycodone tablets without a strength",
    {"name": "Ola Przyklad", "record_number": "EXAMPLE-PRZYKL", "age": 57, "sex": "male", "opioid_tolerant": True},
    [item("oxy", "oxycodone", 2, "tablet", times_per_day=3, purpose="back pain")],
    [],
    "Oxycodone is written as 2 tablets three times a day without the tablet strength, so the MME total cannot count it.",
)
