"""Bring label files written to an earlier version of LABEL-FACTS-FORMAT.md up to date (run after
merging the `labels` or `breadth` branch; running it twice changes nothing):

* a hepatic row's ``max_mg_day`` becomes a ``maxima`` row with the ``hepatic`` key (one place
  for a number); a row that said nothing but the number (do_not_exceed / reduce_dose) goes;
* a CYP role without its strength takes the strength of the FDA table (cyp.json);
* an openFDA API query as a source url becomes the DailyMed page of the same set id (a page a
  clinician can open; the summary prints it);
* DESIGN.md's severities where the label's word leaves a choice (LABEL-FACTS-FORMAT.md): on an
  opioid's label, the boxed warning for "other CNS depressants" is a warning (benzodiazepines stay
  critical: OPIOID-SEDATIVE); a boxed CYP3A4 row without a strength becomes a strong-inhibitor row
  (critical) and a moderate-inhibitor row (warning); boxed rows for CYP3A4 inducers and CYP2D6
  inhibitors are warnings (OPIOID-CYP).

    .venv/bin/python scripts/normalize_label_facts.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

CATALOG = Path(__file__).resolve().parents[1] / "resources" / "catalog"


def _fda_strengths() -> dict[tuple[str, str], str]:
    """(drug, "cyp3a4_inhibitor") -> "strong" from the FDA table."""
    out: dict[tuple[str, str], str] = {}
    for row in json.loads((CATALOG / "cyp.json").read_text(encoding="utf-8")):
        if row.get("strength"):
            for drug in row["drugs"]:
                out[(drug, f"{row['enzyme'].lower()}_{row['role']}")] = row["strength"]
    return out


def normalize(data: dict, strengths: dict[tuple[str, str], str]) -> dict:
    maxima = data.setdefault("maxima", [])
    kept = []
    for row in data.get("hepatic", []):
        amount = row.pop("max_mg_day", None)
        if amount is None:
            kept.append(row)
            continue
        same = [m for m in maxima if m.get("hepatic") == row["hepatic"] and m.get("release") == row.get("release")
                and m.get("amount") == amount]
        if not same:
            new = {"amount": amount, "unit": "mg", "hepatic": row["hepatic"]}
            if row.get("release"):
                new["release"] = row["release"]
            if row.get("hazard"):
                new["note"] = row["hazard"]
            new.update(sources=row["sources"], reviewed=row["reviewed"])
            maxima.append(new)
        if row["word"] not in ("do_not_exceed", "reduce_dose"):
            kept.append(row)
    if "hepatic" in data:
        data["hepatic"] = kept
    for role in data.get("roles", []):
        strength = strengths.get((data["drug"], role["role"]))
        if strength is not None:
            role["role"] = f"{role['role']}_{strength}"
    data["interactions"] = _design_severities(data.get("interactions", []))
    return data


def _design_severities(rows: list[dict]) -> list[dict]:
    out: list[dict] = []
    for row in rows:
        role = row.get("with", {}).get("role", "")
        boxed = row.get("word") == "boxed_warning" and "severity" not in row
        if boxed and role == "cns_depressant":
            row = {**row, "severity": "warning"}
        elif boxed and role == "cyp3a4_inhibitor":
            strong = {**row, "with": {"role": "cyp3a4_inhibitor_strong"}}
            moderate = {**row, "with": {"role": "cyp3a4_inhibitor_moderate"}, "severity": "warning"}
            out += [strong, moderate]
            continue
        elif boxed and (role.startswith("cyp3a4_inducer") or role.startswith("cyp2d6_inhibitor")):
            row = {**row, "severity": "warning"}
        out.append(row)
    return out


_OPENFDA = re.compile(r"^https://api\.fda\.gov/drug/label\.json\?search=set_id:\"?([0-9a-f-]{36})\"?")


def _urls(node: object) -> object:
    """Every source url of the file: openFDA queries to DailyMed pages."""
    if isinstance(node, dict):
        if isinstance(node.get("url"), str) and (m := _OPENFDA.match(unquote(node["url"]))):
            node["url"] = f"https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid={m.group(1)}"
        for value in node.values():
            _urls(value)
    elif isinstance(node, list):
        for value in node:
            _urls(value)
    return node


def main() -> None:
    strengths = _fda_strengths()
    for path in sorted((CATALOG / "labels").glob("*.json")):
        before = path.read_text(encoding="utf-8")
        after = json.dumps(_urls(normalize(json.loads(before), strengths)), indent=2, ensure_ascii=False) + "\n"
        if after != before:
            path.write_text(after, encoding="utf-8")
            print("normalized", path.name)


if __name__ == "__main__":
    main()
