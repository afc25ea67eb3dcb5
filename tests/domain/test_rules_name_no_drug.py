"""No rule module names a catalog drug: rules read roles, classes and label rows (DESIGN third set)."""

from __future__ import annotations

import ast
from pathlib import Path

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import DRUG_CLASSES

SAFETY = Path(__file__).resolve().parents[2] / "careplan" / "domain" / "safety"


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_rule_module_names_a_catalog_drug(catalog: CatalogIndex) -> None:
    # A class id that is also a drug id ("acetaminophen") names the class here: classes are facts
    # rules may read. Any other drug id in a string is a rule that knows a drug by name.
    drug_ids = set(catalog.drugs) - set(DRUG_CLASSES)
    found = [f"{path.name}:{line}: {text!r}" for path in sorted(SAFETY.glob("*.py"))
             for line, text in _literals(path) if text in drug_ids or text.lower() in drug_ids]
    assert not found, found


def test_the_scan_finds_a_drug_id(tmp_path: Path) -> None:
    source = 'def rule(ctx):\n    """Methadone is named in a docstring: fine."""\n    return "methadone"\n'
    path = tmp_path / "probe.py"
    path.write_text(source, encoding="utf-8")
    assert (3, "methadone") in _literals(path)
    assert all(text != "Methadone is named in a docstring: fine." for _, text in _literals(path))
