"""The docs tell the truth about the repository: tests they name exist, decision numbers are unique,
the README's layout is the tree, and nothing cites a file outside the repository."""

from __future__ import annotations

import ast
import os
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# STYLE.md is left out: its table of anchors names other projects' files (qutebrowser's tests/...).
DOCS = sorted(p for p in [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")] if p.name != "STYLE.md")
# Folders that are not the project's own (tools' caches, build output).
NOT_OURS = {".venv", "build", "dist", "__pycache__", ".git", ".mypy_cache", ".ruff_cache", ".pytest_cache",
            ".hypothesis", ".ci"}


def _test_names() -> tuple[set[str], set[str]]:
    """Every test function (and test class) name, and every test module's stem."""
    functions: set[str] = set()
    modules: set[str] = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        modules.add(path.stem)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                functions.add(node.name)
    return functions, modules


def test_every_test_the_docs_name_exists() -> None:
    functions, modules = _test_names()
    missing = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for path in re.findall(r"\btests/[\w/]+\.py\b", text):
            if not (ROOT / path).is_file():
                missing.append(f"{doc.relative_to(ROOT)}: {path}")
        for name in set(re.findall(r"\btest_\w+", text)):
            if name not in functions and name not in modules:
                missing.append(f"{doc.relative_to(ROOT)}: {name}")
    assert missing == [], "docs name tests that do not exist"


def test_decision_numbers_are_unique() -> None:
    numbers = Counter(path.name[:4] for path in (ROOT / "docs" / "decisions").glob("*.md"))
    assert all(re.fullmatch(r"\d{4}", n) for n in numbers), "decision files start with a four-digit number"
    assert [n for n, count in numbers.items() if count > 1] == []


def _layout_block() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Layout", 1)[1]
    return section.split("```", 2)[1]


def _listed_paths() -> set[str]:
    """Paths the README's layout names: top-level entries, and the folders indented under careplan/ui."""
    listed: set[str] = set()
    parent = ""
    for line in _layout_block().splitlines():
        if not line.strip():
            continue
        first = line.split()[0]
        if first.startswith("(") or not re.fullmatch(r"[\w./-]+", first):
            continue
        indented = line.startswith(" ")
        name = first.rstrip("/")
        if not indented:
            parts = name.split("/")
            listed.update("/".join(parts[: i + 1]) for i in range(len(parts)))
            parent = name
        elif first.endswith("/"):
            listed.add(f"{parent}/{name}")
    return listed


def test_readme_layout_is_the_tree() -> None:
    listed = _listed_paths()
    missing_on_disk = sorted(p for p in listed if not (ROOT / p).exists())
    assert missing_on_disk == [], "README's layout names what is not there"
    top = {p.name for p in ROOT.iterdir() if p.is_dir() and p.name not in NOT_OURS and not p.name.startswith(".")
           and not p.name.endswith(".egg-info")}
    packages = {f"careplan/{p.name}" for p in (ROOT / "careplan").iterdir() if (p / "__init__.py").is_file()}
    features = {f"careplan/ui/{p.name}" for p in (ROOT / "careplan" / "ui").iterdir() if (p / "__init__.py").is_file()}
    unlisted = sorted((top | packages | features) - listed)
    assert unlisted == [], "README's layout leaves out folders of the tree"


def _our_files(suffixes: set[str]) -> list[Path]:
    """The project's files with these suffixes, never walking into a virtual environment or a cache."""
    found = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in NOT_OURS and not d.endswith(".egg-info")]
        found += [Path(folder, name) for name in files if Path(name).suffix in suffixes]
    return sorted(found)


def _text_files() -> list[Path]:
    return _our_files({".py", ".md", ".toml", ".json", ".txt", ".cfg", ".ini", ".sh", ".yml", ".yaml"}) + sorted(
        (ROOT / ".ci").glob("*"))


def test_nothing_cites_a_file_outside_the_repository() -> None:
    """Design notes live in docs/ (docs/DESIGN.md); a path to a folder beside the checkout would not travel."""
    outside = re.compile("|".join(("[.][.]/" + "shared", "/work/" + "shared", "[.][.]/[.][.]/[A-Za-z]")))
    hits = [str(p.relative_to(ROOT)) for p in _text_files() if outside.search(p.read_text(encoding="utf-8", errors="replace"))]
    assert hits == []


def test_every_markdown_file_named_exists_in_the_repository() -> None:
    """"DESIGN.md", "docs/reliability.md": each resolves to a file here (by its path, or by its name)."""
    names = {p.name for p in _our_files({".md"})}
    missing = set()
    for path in (p for p in _text_files() if p.name != "STYLE.md"):
        tokens = re.findall(r"[\w./:-]+", path.read_text(encoding="utf-8", errors="replace"))
        for cited in (t.rstrip(".:").lstrip("./") for t in tokens if re.search(r"[\w-]\.md[.:]*$", t)):
            if "://" in cited or cited.startswith("github.com"):
                continue
            if not ((ROOT / cited).is_file() or (path.parent / cited).is_file() or Path(cited).name in names):
                missing.add(f"{path.relative_to(ROOT)}: {cited}")
    assert sorted(missing) == []
