"""Checks resources/catalog/labels/*.json against the label-facts file format (a stand-in until the
pydantic model in careplan/domain reads these files; the `facts` work replaces it):

    .venv/bin/python scripts/check_label_facts.py [FILE ...]

Prints one line per problem and exits 2 if there is any, 0 otherwise. Checks: well-formed JSON;
every key known; the drug id is a catalog drug and matches the file name; every fact row carries
sources (citation, grade V/S, optional url) and a reviewed ISO date not in the future; words,
units, roles, conditions and classes come from their closed lists; exactly one of `maxima` or
`no_label_maximum` for a drug taken systemically.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "resources" / "catalog" / "labels"
DRUGS = ROOT / "resources" / "catalog" / "drugs.json"

WORDS = {
    "contraindicated",
    "boxed_warning",
    "avoid",
    "not_recommended",
    "do_not_exceed",
    "reduce_dose",
    "use_with_caution",
    "monitor",
    "not_established",
}
SEVERITIES = {"info", "warning", "critical"}
UNITS = {"mg", "mcg", "mcg/h", "g", "tablet", "patch", "application"}
HEPATIC = {"mild", "moderate", "severe"}
ROLES = {
    "serotonergic",
    "cns_depressant",
    "anticholinergic_strong",
    "qt_known_risk",
    "bleeding_risk",
    "seizure_threshold",
    "respiratory_depressant",
    "cyp3a4_substrate",
    "cyp2d6_substrate",
    "cyp2d6_prodrug",
    "cyp3a4_inhibitor_strong",
    "cyp3a4_inhibitor_moderate",
    "cyp3a4_inducer",
    "cyp2d6_inhibitor_strong",
    "cyp1a2_substrate",
    "cyp1a2_inhibitor_strong",
}
# Roles an interaction may name besides the drug roles: "any strength" forms the labels use.
INTERACTION_ROLES = ROLES | {
    "cyp3a4_inhibitor",
    "cyp2d6_inhibitor",
    "cyp1a2_inhibitor",
    "cyp2c9_inhibitor",
    "cyp2c19_inhibitor",
    "qt_prolonging",
    "anticoagulant",
    "antiplatelet",
}
ALLERGIES = {"nsaid", "sulfonamide", "opioid", "aspirin"}
TOP = {
    "drug",
    "maxima",
    "no_label_maximum",
    "pediatric",
    "weight_based",
    "pregnancy",
    "lactation",
    "hepatic",
    "opioid_tolerant_only",
    "conditions",
    "interactions",
    "roles",
    "tolerance_dose",
}
# Keys a file may leave out (added after the first files were written).
OPTIONAL_TOP = {"tolerance_dose"}
SOURCED = {"sources", "reviewed", "severity", "note"}
MAXIMUM_KEYS = SOURCED | {
    "amount",
    "unit",
    "avoid",
    "word",
    "release",
    "otc",
    "age_min",
    "age_max",
    "crcl_below",
    "egfr_below",
    "hepatic",
    "indication",
    "route",
    "per",
    "weight_min_kg",
    "strength",
}


def codes_module() -> Any:
    sys.path.insert(0, str(ROOT))
    from careplan.domain import codes  # imported late: ROOT must be on the path first

    return codes


class Checker:
    def __init__(self, drugs: dict[str, dict[str, Any]]) -> None:
        codes = codes_module()
        self.conditions = set(codes.CONDITIONS)
        self.classes = set(codes.DrugClass.__args__)  # type: ignore[attr-defined]
        self.drugs = drugs
        self.problems: list[str] = []
        self.today = dt.date.today()

    def bad(self, where: str, msg: str) -> None:
        self.problems.append(f"{where}: {msg}")

    def sourced(self, where: str, row: Any, allowed: set[str]) -> bool:
        if not isinstance(row, dict):
            self.bad(where, "not an object")
            return False
        for k in row:
            if k not in allowed:
                self.bad(where, f"unknown key {k!r}")
        srcs = row.get("sources")
        if not isinstance(srcs, list) or not srcs:
            self.bad(where, "no sources")
        else:
            for i, s in enumerate(srcs):
                w = f"{where}.sources[{i}]"
                if not isinstance(s, dict) or not isinstance(s.get("citation"), str) or not s["citation"].strip():
                    self.bad(w, "no citation")
                    continue
                if s.get("grade") not in ("V", "S"):
                    self.bad(w, "grade must be V or S")
                if set(s) - {"citation", "url", "grade"}:
                    self.bad(w, f"unknown keys {sorted(set(s) - {'citation', 'url', 'grade'})}")
                url = s.get("url")
                if url is not None and not (isinstance(url, str) and url.startswith(("http://", "https://"))):
                    self.bad(w, "url must be http(s)")
        try:
            when = dt.date.fromisoformat(row.get("reviewed", ""))
            if when > self.today:
                self.bad(where, "reviewed date in the future")
        except (TypeError, ValueError):
            self.bad(where, "reviewed must be YYYY-MM-DD")
        if "severity" in row and row["severity"] not in SEVERITIES:
            self.bad(where, "severity must be info/warning/critical")
        if "word" in row and row["word"] not in WORDS:
            self.bad(where, f"word {row['word']!r} not in the list")
        return True

    def number(self, where: str, row: dict[str, Any], key: str, *, integer: bool = False) -> None:
        v = row.get(key)
        if v is None:
            return
        ok = isinstance(v, int) if integer else isinstance(v, (int, float))
        if isinstance(v, bool) or not ok or v < 0:
            self.bad(where, f"{key} must be a non-negative {'whole ' if integer else ''}number")

    def maximum(self, where: str, row: dict[str, Any]) -> None:
        if not self.sourced(where, row, MAXIMUM_KEYS):
            return
        if row.get("avoid"):
            if row.get("avoid") is not True or "word" not in row:
                self.bad(where, "an avoid row needs avoid: true and a word")
            if "amount" in row:
                self.bad(where, "an avoid row has no amount")
        else:
            if (
                not isinstance(row.get("amount"), (int, float))
                or isinstance(row.get("amount"), bool)
                or row["amount"] <= 0
            ):
                self.bad(where, "amount must be a positive number")
            if row.get("unit") not in UNITS:
                self.bad(where, f"unit {row.get('unit')!r} not in {sorted(UNITS)}")
        if "release" in row and row["release"] not in ("ir", "er"):
            self.bad(where, "release must be ir or er")
        if "otc" in row and row["otc"] is not True:
            self.bad(where, "otc, when given, is true")
        if "hepatic" in row and row["hepatic"] not in HEPATIC:
            self.bad(where, "hepatic must be mild/moderate/severe")
        for k in ("age_min", "age_max"):
            self.number(where, row, k, integer=True)
        for k in ("crcl_below", "egfr_below"):
            self.number(where, row, k)

    def check(self, path: Path) -> None:
        where = path.name
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            self.bad(where, f"not readable JSON: {e}")
            return
        if not isinstance(doc, dict):
            self.bad(where, "top level is not an object")
            return
        for k in doc:
            if k not in TOP:
                self.bad(where, f"unknown top-level key {k!r}")
        for k in TOP - OPTIONAL_TOP - set(doc):
            self.bad(where, f"missing top-level key {k!r}")
        drug = doc.get("drug")
        if drug != path.stem:
            self.bad(where, f"drug {drug!r} does not match the file name")
        entry = self.drugs.get(drug) if isinstance(drug, str) else None
        if entry is None:
            self.bad(where, f"{drug!r} is not a catalog drug")
        maxima = doc.get("maxima") or []
        nlm = doc.get("no_label_maximum")
        if not isinstance(maxima, list):
            self.bad(where, "maxima must be a list")
            maxima = []
        for i, row in enumerate(maxima):
            self.maximum(f"{where}.maxima[{i}]", row)
        if nlm is not None and self.sourced(f"{where}.no_label_maximum", nlm, SOURCED) and not nlm.get("note"):
            self.bad(f"{where}.no_label_maximum", "needs a note")
        systemic = bool(entry.get("systemic", True)) if entry else True
        if systemic and bool(maxima) == (nlm is not None):
            self.bad(where, "exactly one of maxima (non-empty) or no_label_maximum for a systemic drug")
        ped = doc.get("pediatric")
        if ped is not None and self.sourced(f"{where}.pediatric", ped, SOURCED | {"min_age", "word", "hazard"}):
            self.number(f"{where}.pediatric", ped, "min_age", integer=True)
            if "min_age" not in ped or "word" not in ped:
                self.bad(f"{where}.pediatric", "needs min_age and word")
        for i, row in enumerate(doc.get("weight_based") or []):
            w = f"{where}.weight_based[{i}]"
            if self.sourced(
                w,
                row,
                SOURCED
                | {
                    "mg_per_kg_day",
                    "mg_per_kg_dose",
                    "applies_below_kg",
                    "age_max",
                    "age_min",
                    "max_mg_day",
                    "otc",
                    "word",
                },
            ):
                if not isinstance(row.get("mg_per_kg_day"), (int, float)):
                    self.bad(w, "needs mg_per_kg_day")
                if "applies_below_kg" not in row and "age_max" not in row:
                    self.bad(w, "needs applies_below_kg and/or age_max")
        for i, row in enumerate(doc.get("pregnancy") or []):
            w = f"{where}.pregnancy[{i}]"
            if self.sourced(w, row, SOURCED | {"from_week", "to_week", "word", "hazard", "max_mg_day"}):
                self.number(w, row, "from_week", integer=True)
                self.number(w, row, "to_week", integer=True)
                if "from_week" not in row or "word" not in row:
                    self.bad(w, "needs from_week and word")
        lac = doc.get("lactation")
        if (
            lac is not None
            and self.sourced(f"{where}.lactation", lac, SOURCED | {"word", "hazard"})
            and "word" not in lac
        ):
            self.bad(f"{where}.lactation", "needs a word")
        for i, row in enumerate(doc.get("hepatic") or []):
            w = f"{where}.hepatic[{i}]"
            known = SOURCED | {"hepatic", "word", "max_mg_day", "hazard", "release"}
            if self.sourced(w, row, known) and (row.get("hepatic") not in HEPATIC or "word" not in row):
                self.bad(w, "needs hepatic (mild/moderate/severe) and word")
        otol = doc.get("opioid_tolerant_only")
        if otol is not None:
            known = SOURCED | {"release", "strengths", "unit", "single_dose_above", "daily_above"}
            self.sourced(f"{where}.opioid_tolerant_only", otol, known)
        tol = doc.get("tolerance_dose")
        tol_known = SOURCED | {"amount", "unit", "route"}
        if (
            tol is not None
            and self.sourced(f"{where}.tolerance_dose", tol, tol_known)
            and (not isinstance(tol.get("amount"), (int, float)) or tol.get("unit") not in UNITS)
        ):
            self.bad(f"{where}.tolerance_dose", "needs an amount and a unit")
        for i, row in enumerate(doc.get("conditions") or []):
            w = f"{where}.conditions[{i}]"
            if self.sourced(w, row, SOURCED | {"condition", "word", "hazard", "release"}):
                if row.get("condition") not in self.conditions:
                    self.bad(w, f"condition {row.get('condition')!r} is not a plan condition code")
                if "word" not in row:
                    self.bad(w, "needs a word")
        for i, row in enumerate(doc.get("interactions") or []):
            w = f"{where}.interactions[{i}]"
            if self.sourced(w, row, SOURCED | {"with", "word", "effect", "release"}):
                self.partner(w, row.get("with"))
                if "word" not in row or not row.get("effect"):
                    self.bad(w, "needs a word and an effect")
        for i, row in enumerate(doc.get("roles") or []):
            w = f"{where}.roles[{i}]"
            if self.sourced(w, row, SOURCED | {"role"}) and row.get("role") not in ROLES:
                self.bad(w, f"role {row.get('role')!r} not in the list")

    def partner(self, where: str, w: Any) -> None:
        if not isinstance(w, dict) or len(w) != 1:
            self.bad(where, "with must name exactly one of drug/class/role/allergy")
            return
        ((kind, value),) = w.items()
        if kind == "drug" and value not in self.drugs:
            self.bad(where, f"drug {value!r} is not in the catalog")
        elif kind == "class" and value not in self.classes:
            self.bad(where, f"class {value!r} is not a DrugClass")
        elif kind == "role" and value not in INTERACTION_ROLES:
            self.bad(where, f"role {value!r} not in the list")
        elif kind == "allergy" and value not in ALLERGIES:
            self.bad(where, f"allergy {value!r} not in {sorted(ALLERGIES)}")
        elif kind not in ("drug", "class", "role", "allergy"):
            self.bad(where, f"unknown partner kind {kind!r}")


def main(argv: list[str]) -> int:
    drugs = {d["id"]: d for d in json.loads(DRUGS.read_text(encoding="utf-8"))}
    checker = Checker(drugs)
    paths = [Path(a) for a in argv] if argv else sorted(LABELS.glob("*.json"))
    for p in paths:
        checker.check(p)
    for line in checker.problems:
        print(line)
    print(f"{len(paths)} file(s) checked, {len(checker.problems)} problem(s)", file=sys.stderr)
    return 2 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
