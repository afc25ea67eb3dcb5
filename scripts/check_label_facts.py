"""Checks the label and group fact files against the catalog's own model (careplan/domain/facts_model.py,
the one place the format's fields, words, roles and units are defined), one line per problem:

    .venv/bin/python scripts/check_label_facts.py [FILE ...]

Each file is validated on its own (a broken file is named, not hidden behind the first one), then
the whole catalog is loaded (cross-checks: drug ids, classes, one label file per drug), and every
drug taken systemically must state its daily maxima or that its label gives none. Exits 2 if there
is any problem, 0 otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import ValidationError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careplan.domain.catalog import CatalogError, read_catalog  # noqa: E402
from careplan.domain.facts_model import GroupFacts, LabelFacts  # noqa: E402

CATALOG = ROOT / "resources" / "catalog"


def _file_problems(path: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"{path.name}: not valid JSON: {exc}"]
    model = GroupFacts if path.parent.name == "groups" else LabelFacts
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return [f"{path.name}: {'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()]
    return []


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted([*(CATALOG / "labels").glob("*.json"), *(CATALOG / "groups").glob("*.json")])
    problems = [line for path in paths for line in _file_problems(path)]
    if not problems:
        try:
            catalog = read_catalog(CATALOG)
        except CatalogError as exc:
            problems.append(str(exc))
        else:
            labelled = {label.drug: label for label in catalog.labels}
            for drug in catalog.drugs:
                label = labelled.get(drug.id)
                stated = label is not None and (any(m.amount is not None for m in label.maxima)
                                                or label.no_label_maximum is not None)
                if drug.systemic and not drug.ingredients and not drug.rescue and not stated:
                    problems.append(f"{drug.id}: a systemic drug states its daily maxima or 'no_label_maximum'")
    for line in problems:
        print(line)
    print(f"{len(paths)} file(s) checked, {len(problems)} problem(s)")
    return 2 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
