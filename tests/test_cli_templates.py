"""``careplan templates import/export`` and ``new`` from a template with a kratom module."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careplan.storage.plan_files import load_plan
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent


def test_export_then_import_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hip.careplan.json"
    code, stdout, _ = run(["templates", "export", "hip-osteoarthritis", "-o", str(out)], capsys)
    assert code == 0 and f"Wrote {out}" in stdout and load_plan(out).id == "hip-osteoarthritis"
    data = json.loads(out.read_text(encoding="utf-8"))
    data.update(id="clinic-hip", title="Hip OA — clinic")
    out.write_text(json.dumps(data), encoding="utf-8")
    code, stdout, _ = run(["templates", "import", str(out)], capsys)
    assert code == 0 and "Imported 'Hip OA — clinic'" in stdout
    code, stdout, _ = run(["templates", "list", "--json"], capsys)
    assert {"clinic-hip", "hip-osteoarthritis"} <= {t["id"] for t in json.loads(stdout)}
    code, _, err = run(["templates", "export", "hip-osteoarthritis", "-o", str(out)], capsys)
    assert code == 2 and "already exists" in err and err.count("\n") == 1


@pytest.mark.parametrize(("change", "field"), [
    ({"patient": {"name": "Zoë Ñúñez"}}, "patient.name"),
    ({"patient": {"record_number": "A-1002"}}, "patient.record_number"),
    ({"notes": "Seen in clinic, MRN 448812"}, "notes (what looks like a record or ID number)"),
])
def test_import_refuses_identifiers_with_exit_2_naming_the_field(
        change: dict[str, object], field: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads((ROOT / "resources" / "templates" / "hip-osteoarthritis.careplan.json").read_text(encoding="utf-8"))
    data.update(id="x-hip", **change)
    source = tmp_path / "x.careplan.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(["templates", "import", str(source)], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and field in err
    code, out, _ = run(["templates", "list", "--json"], capsys)
    assert "x-hip" not in {t["id"] for t in json.loads(out)}


def test_new_plan_from_the_kratom_template_needs_the_cautions_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "k.careplan.json"
    code, _, err = run(["new", "--template", "kratom-counselling-current-use", "-o", str(target)], capsys)
    assert code == 2 and "--kratom-cautions-accepted-by" in err and not target.exists()
    code, _, _ = run(["new", "--template", "kratom-counselling-current-use", "-o", str(target),
                      "--kratom-cautions-accepted-by", "Dr A. Example"], capsys)
    kratom = load_plan(target).kratom_module()
    assert code == 0 and kratom is not None and kratom.cautions_accepted and kratom.cautions_accepted_by == "Dr A. Example"
