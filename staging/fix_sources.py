# ruff: noqa
"""Replaces weak sources and applies the issue-9 corrections in resources/catalog/drugs.json, editing only the
lines concerned so other helpers' edits merge cleanly (working file, not shipped). Run once from the worktree root."""

import json
import re
from pathlib import Path

PATH = Path("resources/catalog/drugs.json")
lines = PATH.read_text(encoding="utf-8").split("\n")

BEERS = {
    "citation": "2023 American Geriatrics Society Beers Criteria Update Expert Panel. American Geriatrics Society 2023 updated "
    "AGS Beers Criteria for potentially inappropriate medication use in older adults. J Am Geriatr Soc 2023;71:2052–2081. "
    "doi:10.1111/jgs.18372 — skeletal muscle relaxants: avoid (tables not read verbatim in this review)",
    "grade": "S",
    "url": "https://doi.org/10.1111/jgs.18372",
}
NEW = {
    "emedtv-diclofenac": {
        "citation": "Diclofenac sodium delayed-release tablets US prescribing information, Dosage and Administration: "
        "osteoarthritis 100–150 mg/day; rheumatoid arthritis 150–200 mg/day, in divided doses (DailyMed label; text read "
        "in a DrugLib copy of the label)",
        "grade": "V",
        "url": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=6fcb75a2-095d-424b-b9ac-f843a8e1d9b1",
    },
    "meloxicam": {
        "citation": "Meloxicam tablets US prescribing information (DailyMed setid 4fe5e10f-f3a6-0201-e054-00144ff88e88), "
        "Dosage and Administration: maximum 15 mg once daily — label located, dosage section read only in secondary copies",
        "grade": "S",
        "url": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=4fe5e10f-f3a6-0201-e054-00144ff88e88",
    },
    "voltaren-gel": {
        "citation": "Voltaren Gel (diclofenac sodium topical gel 1%) US prescribing information, Highlights: measure 2 g or "
        "4 g on the dosing card; total dose should not exceed 32 g per day over all affected joints (label text copy)",
        "grade": "V",
        "url": "https://drugs-library.com/drugs/voltaren-_26b2d99e.html",
    },
    "gabapentin": {
        "citation": "NEURONTIN (gabapentin) US prescribing information (DailyMed setid 97935fd9-1d4a-43b6-a5d9-de994591187b, "
        "version 48): postherpetic neuralgia titrated to 1,800 mg/day, doses up to 3,600 mg/day studied without added "
        "benefit; 2.3 renal impairment Table 1 (CrCl ≥60: 900–3,600; >30–59: 400–1,400; >15–29: 200–700; ≤15: 100–300 mg/day)",
        "grade": "V",
        "url": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=97935fd9-1d4a-43b6-a5d9-de994591187b",
    },
    "pregabalin": {
        "citation": "LYRICA (pregabalin) US prescribing information (DailyMed setid 8fb45a78-b2d8-45dd-b844-0de21d1fdde9): "
        "maximum 600 mg/day; dose reduced by CrCl below 60 mL/min — label located, tables read only in secondary copies",
        "grade": "S",
        "url": "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=8fb45a78-b2d8-45dd-b844-0de21d1fdde9",
    },
    "duloxetine": {
        "citation": "Duloxetine for chronic pain: 30 mg for 1 week then 60 mg/day; no evidence that more than 60 mg helps "
        "(US label, DailyMed setid 4121bd3f-2d6d-3bdd-e063-6294a90a3088, not read verbatim in this review); FDA approval "
        "for chronic musculoskeletal pain 4 Nov 2010 (Bloomberg Law 2010)",
        "grade": "S",
    },
    "zolpidem": {
        "citation": "FDA Drug Safety Communication, 10 Jan 2013 (label change 14 May 2013): recommended zolpidem "
        "immediate-release dose 5 mg for women and 5 or 10 mg for men, no more than 10 mg once a night (read in NCPIE "
        "and Psychiatric News copies)",
        "grade": "S",
        "url": "http://www.fda.gov/Drugs/DrugSafety/ucm334033.htm",
    },
    "tizanidine": {
        "citation": "Tizanidine tablets US prescribing information, Dosage and Administration: up to three doses in 24 hours; "
        "the total daily dose should not exceed 36 mg (label text as reproduced by DrugLib.com and a manufacturer's product page)",
        "grade": "S",
        "url": "http://www.druglib.com/druginfo/tizanidine/indications_dosage/",
    },
}


def block_at(i: int) -> tuple[int, int]:
    """The source object around line i: (line of '{', line of '}' / '},')."""
    start = i
    while lines[start].strip() != "{":
        start -= 1
    end = i
    while not lines[end].strip().startswith("}"):
        end += 1
    return start, end


def render(obj: dict, indent: str, comma: bool) -> list[str]:
    inner = indent + "  "
    keys = list(obj)
    out = [indent + "{"]
    for k in keys:
        out.append(f"{inner}{json.dumps(k)}: {json.dumps(obj[k], ensure_ascii=False)}" + ("," if k != keys[-1] else ""))
    out.append(indent + "}" + ("," if comma else ""))
    return out


def replace(pattern: str, new: dict | None) -> int:
    """Replace (or, with None, delete) every source object whose lines match ``pattern``."""
    count = 0
    i = 0
    while i < len(lines):
        if re.search(pattern, lines[i]):
            start, end = block_at(i)
            indent = lines[start][: len(lines[start]) - len(lines[start].lstrip())]
            comma = lines[end].strip().endswith(",")
            if new is None:
                del lines[start : end + 1]
                if not comma:  # it was the last in its list: the one before loses its comma
                    j = start - 1
                    assert lines[j].strip() == "},", lines[j]
                    lines[j] = lines[j].rstrip(",")
                i = start
            else:
                lines[start : end + 1] = render(new, indent, comma)
                i = start + 1
            count += 1
        else:
            i += 1
    return count


def sub(old: str, new: str) -> int:
    n = 0
    for k, line in enumerate(lines):
        if old in line:
            lines[k] = line.replace(old, new)
            n += 1
    return n


counts = {
    "diclofenac": replace(r"Diclofenac oral US label via emedtv", NEW["emedtv-diclofenac"]),
    "meloxicam": replace(r"droracle and Ro summaries", NEW["meloxicam"]),
    "voltaren": replace(r"label via emedtv: 2 g four times", NEW["voltaren-gel"]),
    "capsaicin-droracle": replace(r"\(droracle summary\)", None),
    "gabapentin": replace(r"Gabapentin \(Neurontin\) label via droracle", NEW["gabapentin"]),
    "pregabalin": replace(r"Pregabalin \(Lyrica\) label via droracle", NEW["pregabalin"]),
    "duloxetine": replace(r"label via droracle, S; Bloomberg Law 2010", NEW["duloxetine"]),
    "zolpidem": replace(r"drugs\.com/dosage/ambien", NEW["zolpidem"]),
    "tizanidine": replace(r"drugs\.com/dosage/zanaflex", NEW["tizanidine"]),
}

# Beers muscle-relaxant criterion: not for baclofen or tizanidine (drop there); the JAGS paper elsewhere.
text = "\n".join(lines)
data = json.loads(text)
for drug in data:
    if drug["id"] in ("baclofen", "tizanidine"):
        continue


def drug_span(drug_id: str) -> tuple[int, int]:
    start = next(k for k, line in enumerate(lines) if line.strip() == f'"id": {json.dumps(drug_id)},')
    end = next(k for k in range(start + 1, len(lines)) if lines[k].startswith('    "id": ') or lines[k] == "]")
    return start, end


for drug_id, new in (("baclofen", None), ("tizanidine", None), ("cyclobenzaprine", BEERS), ("methocarbamol", BEERS), ("carisoprodol", BEERS)):
    start, end = drug_span(drug_id)
    for k in range(start, end):
        if "inpharmd.com" in lines[k]:
            s, e = block_at(k)
            comma = lines[e].strip().endswith(",")
            indent = lines[s][: len(lines[s]) - len(lines[s].lstrip())]
            if new is None:
                del lines[s : e + 1]
                if not comma:
                    lines[s - 1] = lines[s - 1].rstrip(",")
            else:
                lines[s : e + 1] = render(new, indent, comma)
            counts[f"beers-{drug_id}"] = 1
            break

counts["horizant"] = 0
start, end = drug_span("gabapentin")
for k in range(start, end):
    if lines[k].strip() == '"Horizant"':
        del lines[k]
        lines[k - 1] = lines[k - 1].rstrip(",")
        counts["horizant"] = 1
        break

counts["hydrocodone-name"] = sub('"name": "Hydrocodone (extended-release)",', '"name": "Hydrocodone",')
counts["celecoxib-note"] = sub(
    "400 mg is the day-1 maximum for acute pain (400 mg then 200 mg); osteoarthritis",
    "After the first day 400 mg/day; on the first day of acute pain or dysmenorrhoea up to 600 mg (400 mg, then 200 mg if needed). Osteoarthritis",
)

PATH.write_text("\n".join(lines), encoding="utf-8")
json.loads(PATH.read_text(encoding="utf-8"))
print(counts)
