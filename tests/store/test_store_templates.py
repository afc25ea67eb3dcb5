"""Shared templates through the store on both engines: pushed de-identified, listed, pulled into the library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from careplan.storage.paths import personal_templates_dir
from careplan.storage.store.identity import Actor
from careplan.storage.store.library import list_store_templates
from careplan.storage.store.store import ClinicStore
from tests.store.conftest import ROOT, url_text
from tests.test_cli import run

HIP = ROOT / "resources" / "templates" / "hip-osteoarthritis.careplan.json"


def _init(url: URL) -> str:
    ClinicStore.init(url, "north", Actor("admin", "", "server"))[0].close()
    return url_text(url)


def _personal(tmp_path: Path, **change: object) -> Path:
    """A template file in the clinician's own library (as Save as template or import leaves it)."""
    data = json.loads(HIP.read_text(encoding="utf-8"))
    data.update(change)
    folder = personal_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['id']}.careplan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_push_list_and_pull(store_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _init(store_url)
    code, out, err = run(["store", "templates", "push", "hip-osteoarthritis", "--store", url, "--clinic", "north",
                          "--by", "Dr A. Example"], capsys)
    assert (code, err) == (0, "") and "(version 1)" in out
    code, out, _ = run(["store", "templates", "push", "hip-osteoarthritis", "--store", url, "--clinic", "north"], capsys)
    assert code == 0 and "unchanged since version 1" in out

    _personal(tmp_path, id="clinic-hip", title="Hip OA — our clinic")
    code, out, _ = run(["store", "templates", "push", "clinic-hip", "--store", url, "--clinic", "north"], capsys)
    assert code == 0
    _personal(tmp_path, id="clinic-hip", title="Hip OA — our clinic, v2")
    code, out, _ = run(["store", "templates", "push", "clinic-hip", "--store", url, "--clinic", "north"], capsys)
    assert code == 0 and "(version 2)" in out

    listed = list_store_templates(store_url, "north")
    assert [(t.template_id, t.version, t.title) for t in listed] == [
        ("clinic-hip", 2, "Hip OA — our clinic, v2"), ("hip-osteoarthritis", 1, "Hip osteoarthritis")]
    assert listed[1].pushed_by == "Dr A. Example"
    code, out, _ = run(["store", "templates", "list", "--json", "--store", url, "--clinic", "north"], capsys)
    assert [t["id"] for t in json.loads(out)] == ["clinic-hip", "hip-osteoarthritis"]
    assert list_store_templates(store_url, "south") == []  # another clinic's library is its own

    # Pull into the personal library: a built-in id is kept apart as a copy; a new one comes as it is.
    (personal_templates_dir() / "clinic-hip.careplan.json").unlink()
    code, out, _ = run(["store", "templates", "pull", "clinic-hip", "--store", url, "--clinic", "north"], capsys)
    assert code == 0 and "Pulled 'Hip OA — our clinic, v2'" in out
    code, out, _ = run(["templates", "list", "--json"], capsys)
    assert "clinic-hip" in {t["id"] for t in json.loads(out)}
    code, _, err = run(["store", "templates", "pull", "clinic-hip", "--store", url, "--clinic", "north"], capsys)
    assert code == 2 and "use --replace" in err and err.count("\n") == 1
    code, _, _ = run(["store", "templates", "pull", "clinic-hip", "--replace", "--store", url, "--clinic", "north"], capsys)
    assert code == 0
    code, out, _ = run(["store", "templates", "pull", "hip-osteoarthritis", "--store", url, "--clinic", "north"], capsys)
    assert code == 0 and "as a copy" in out and "built-in template" in out
    with ClinicStore.open(store_url, "north") as store:
        assert [e.action for e in store.audit()] == ["store.init"] + ["template.push"] * 3


@pytest.mark.parametrize(("change", "field"), [
    ({"notes": "Seen in clinic, MRN 448812"}, ("notes", "record or ID number")),
    ({"flare_plan": {"steps": ["Call Zoë on 0161 496 0000"], "call_if": ""}}, ("flare_plan", "a phone number")),
])
def test_push_refuses_identifiers_naming_the_field(store_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   change: dict[str, object], field: tuple[str, str]) -> None:
    url = _init(store_url)
    _personal(tmp_path, id="x-hip", **change)
    code, out, err = run(["store", "templates", "push", "x-hip", "--store", url, "--clinic", "north"], capsys)
    # The field and what it holds are named (the library refuses to list the file, and says why).
    assert code == 2 and out == "" and err.count("\n") == 1 and all(w in err for w in field) and "refuse" in err
    assert list_store_templates(store_url, "north") == []


def test_push_refuses_a_plan_file(store_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    url = _init(store_url)
    code, _, err = run(["store", "templates", "push", str(ROOT / "examples" / "knee-oa.careplan.json"), "--store", url], capsys)
    assert code == 2 and "patient block" in err
    assert list_store_templates(store_url, "default") == []


def test_pull_refuses_a_row_with_identifiers_made_by_hand(store_url: URL, capsys: pytest.CaptureFixture[str]) -> None:
    url = _init(store_url)
    data = json.loads(HIP.read_text(encoding="utf-8"))
    data.update(id="bad", notes="Patient Zoë, phone 0161 496 0000")
    engine = sa.create_engine(store_url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO shared_templates (clinic_id, template_id, version, title, document, sha256, "
                             "pushed_by, pushed_at) VALUES ('north', 'bad', 1, 'Bad', :d, 'x', 'someone', 'now')"),
                     {"d": json.dumps(data)})
    engine.dispose()
    code, _, err = run(["store", "templates", "pull", "bad", "--store", url, "--clinic", "north"], capsys)
    assert code == 2 and "a phone number" in err and err.count("\n") == 1
    assert not personal_templates_dir().exists() or not list(personal_templates_dir().glob("*.json"))
