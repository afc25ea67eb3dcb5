"""The command line: contracts of docs/DESIGN.md, exit codes, one-line errors, nothing written on failure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from careplan import __version__
from careplan.cli import main
from careplan.storage.plan_files import load_plan

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's --help / --version / usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"careplan {__version__}"
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for command in ("new", "check", "export", "validate", "templates", "catalog", "schema"):
        assert command in out


def test_main_py_behaves_like_the_command() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.strip() == f"careplan {__version__}"


def test_catalog_drugs_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["catalog", "drugs", "--json"], capsys)
    drugs = json.loads(out)
    assert code == 0 and len(drugs) >= 40
    for drug in drugs:
        assert drug["id"] and drug["name"] and drug["class"] and drug["sources"]
        if "opioid" in drug["classes"] and drug["id"] != "buprenorphine":
            assert drug["mme_factor"] is not None, drug["id"]


def test_catalog_other_sections(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["catalog", "exercises", "--json"], capsys)
    assert code == 0 and len(json.loads(out)) >= 25
    code, out, _ = run(["catalog", "jurisdictions"], capsys)
    assert code == 0 and "as of" in out and "US-AL" in out
    code, _, err = run(["catalog", "spells"], capsys)
    assert code == 2 and err.count("\n") == 1 and "invalid choice" in err


def test_templates_list_show_and_new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["templates", "list", "--json"], capsys)
    templates = json.loads(out)
    assert code == 0 and len(templates) >= 5 and all(t["id"] and t["title"] for t in templates)
    first = templates[0]["id"]
    code, out, _ = run(["templates", "show", first], capsys)
    assert code == 0 and templates[0]["title"] in out
    target = tmp_path / "plan.careplan.json"
    code, out, _ = run(["new", "--template", first, "-o", str(target)], capsys)
    assert code == 0 and target.exists()
    assert load_plan(target).format == "careplan"
    code, out, _ = run(["validate", str(target)], capsys)
    assert code == 0 and "valid plan" in out


def test_new_refuses_to_overwrite_and_bad_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.careplan.json"
    target.write_text("precious", encoding="utf-8")
    code, _, err = run(["new", "--template", "anything", "-o", str(target)], capsys)
    assert code == 2 and "already exists" in err and target.read_text(encoding="utf-8") == "precious"
    other = tmp_path / "other.careplan.json"
    code, _, err = run(["new", "--template", "no-such-template", "-o", str(other)], capsys)
    assert code == 2 and "no template with id" in err and err.count("\n") == 1
    assert not other.exists()


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b'{"format": "careplan", "schema_version": 1, "title": "x"', "not valid JSON"),
        (bytes(range(256)), "binary"),
        (b'{"format": "careplan", "schema_version": 1, "patient": {"age": "old"}}', "patient.age"),
        (b'{"format": "careplan", "schema_version": 1, "modules": [{"kind": "reiki"}]}', "unknown module kind"),
        (b'{"format": "careplan", "schema_version": 1, "modules": [{"kind": "medication", "items": '
         b'[{"drug": "unobtainium", "dose": 1, "times_per_day": 1}]}]}', "unknown drug id 'unobtainium'"),
        (b'{"format": "careplan", "schema_version": 7}', "newer than this Careplan"),
        (b"", "empty"),
    ],
)
def test_validate_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, needle: str) -> None:
    path = tmp_path / "bad.careplan.json"
    path.write_bytes(content)
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 2
    assert needle in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert path.read_bytes() == content


def test_validate_50_mb_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "huge.careplan.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 2 and "too large" in err and err.count("\n") == 1


def test_validate_names_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "two.careplan.json"
    path.write_text(json.dumps({"format": "careplan", "schema_version": 1, "patient": {"age": -3},
                                "pain": {"baseline": {"nrs": 12}}}), encoding="utf-8")
    code, _, err = run(["validate", str(path)], capsys)
    assert code == 2
    assert "patient.age" in err and "pain.baseline.nrs" in err


def test_unknown_command_and_missing_args(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["frobnicate"], capsys)
    assert code == 2 and "unknown command" in err and err.count("\n") == 1
    code, _, err = run(["validate"], capsys)
    assert code == 2 and err.count("\n") == 1


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == 0 and "modules" in schema["properties"] and "format" in schema["properties"]
