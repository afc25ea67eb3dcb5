"""``careplan store ...`` and ``sign --store`` on both engines: exit codes, one-line errors, nothing lost offline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL

from careplan.storage.paths import preferences_path
from careplan.storage.plan_files import load_plan
from careplan.storage.store.outbox import outbox_dir
from tests.store.conftest import ROOT, url_text
from tests.test_cli import run


def _plan(tmp_path: Path, name: str = "low-back-pain.careplan.json") -> Path:
    target = tmp_path / name
    shutil.copy(ROOT / "examples" / name, target)
    return target


def _unreachable(engine_name: str, tmp_path: Path) -> str:
    if engine_name == "sqlite":
        return f"sqlite:///{tmp_path / 'gone' / 'store.db'}"
    return f"postgresql://careplan@/careplan?host={tmp_path / 'no-server-here'}&connect_timeout=2"


def test_init_sign_history_verify_audit(store_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    url = url_text(store_url)
    code, out, err = run(["store", "init", url, "--clinic", "north", "--by", "Practice manager"], capsys)
    assert code == 0 and err == "" and "is ready (schema none -> 0002); clinic north" in out
    assert (store_url.password or "\0") not in out
    monkeypatch.setenv("CAREPLAN_STORE", url)  # the rest find the store through the environment
    monkeypatch.setenv("CAREPLAN_CLINIC", "north")

    plan_file = _plan(tmp_path)
    code, out, err = run(["sign", str(plan_file), "--by", "Dr A. Example", "--credentials", "MD"], capsys)
    assert code == 0 and err == "" and "Signed version stored in the clinic store" in out and "place 1" in out
    plan = load_plan(plan_file)
    assert plan.status == "final"

    code, out, _ = run(["store", "history", plan.id, "--json"], capsys)
    [version] = json.loads(out)
    assert (version["revision"], version["signed_by"], version["seq"]) == (1, "Dr A. Example, MD", 1)

    code, out, _ = run(["store", "verify"], capsys)
    assert code == 0 and "the chain holds" in out and version["hash"] in out
    code, out, _ = run(["store", "verify", "--expect-head", version["hash"]], capsys)
    assert code == 0 and "is in the chain" in out
    code, out, _ = run(["store", "verify", "--expect-head", "f" * 64, "--json"], capsys)
    assert code == 1 and json.loads(out)["expected_head_found"] is False

    code, out, _ = run(["store", "audit", "--json"], capsys)
    rows = json.loads(out)
    assert [r["action"] for r in rows] == ["store.init", "signed.append"]
    assert rows[0]["clinician"] == "Practice manager" and rows[1]["clinician"] == "Dr A. Example"
    assert all(r["os_user"] and r["machine"] for r in rows)


def test_verify_exits_1_when_a_row_was_tampered_with(store_url: URL, engine_name: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    url = url_text(store_url)
    run(["store", "init", url], capsys)
    for name in ("low-back-pain.careplan.json", "knee-oa.careplan.json"):
        assert run(["sign", str(_plan(tmp_path, name)), "--by", "Dr A", "--store", url], capsys)[0] == 0
    engine = sa.create_engine(store_url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:  # as the owner: switch the guard off, then change a signed row
        if engine_name == "postgres":
            conn.execute(sa.text("ALTER TABLE signed_versions DISABLE TRIGGER signed_versions_append_only"))
        else:
            conn.execute(sa.text("DROP TRIGGER signed_versions_no_update"))
        conn.execute(sa.text("UPDATE signed_versions SET signed_by = 'Dr Someone Else' WHERE seq = 1"))
    engine.dispose()
    code, out, err = run(["store", "verify", "--store", url], capsys)
    assert code == 1 and err == ""
    assert "the chain is BROKEN" in out and "place 1 (plan" in out and "was changed after it was stored" in out


def test_an_unreachable_store_loses_nothing_and_push_sends_it_later(
        store_url: URL, engine_name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = _plan(tmp_path)
    code, out, err = run(["sign", str(plan_file), "--by", "Dr A", "--store", _unreachable(engine_name, tmp_path)], capsys)
    assert code == 2 and err.count("\n") == 1 and "the signed version was NOT stored" in err
    assert "Nothing is lost" in err and "careplan store push" in err and "Signed off" in out
    signed = load_plan(plan_file)  # the file was signed and written first
    assert signed.status == "final"
    [queued] = list(outbox_dir().glob("*.json"))
    assert queued.stat().st_mode & 0o077 == 0  # it holds a plan: owner-only

    url = url_text(store_url)
    run(["store", "init", url], capsys)
    code, out, _ = run(["store", "push", "--store", url], capsys)
    assert code == 0 and f"plan {signed.id} revision 1: signed version stored" in out
    assert list(outbox_dir().glob("*.json")) == []
    code, out, _ = run(["store", "push", "--store", url], capsys)
    assert code == 0 and "Nothing waits" in out
    # Pushing the file itself again is recognised: no second copy.
    code, out, _ = run(["store", "push", str(plan_file), "--store", url], capsys)
    assert code == 0 and "was already in" in out
    code, out, _ = run(["store", "history", signed.id, "--json", "--store", url], capsys)
    assert len(json.loads(out)) == 1


def test_push_to_an_unreachable_store_keeps_the_outbox(engine_name: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    gone = _unreachable(engine_name, tmp_path)
    run(["sign", str(_plan(tmp_path)), "--by", "Dr A", "--store", gone], capsys)
    code, _, err = run(["store", "push", "--store", gone], capsys)
    assert code == 2 and err.count("\n") == 1 and ("cannot be reached" in err or "no clinic store" in err)
    assert len(list(outbox_dir().glob("*.json"))) == 1


@pytest.mark.parametrize("args", [
    ["store", "verify", "--store", "mysql://db/careplan"],
    ["store", "verify", "--store", "sqlite://"],
    ["store", "history", "x", "--store", "sqlite:///{tmp}/none.db"],
    ["store", "init", "sqlite:///{tmp}/no/such/folder.db"],
    ["store", "audit", "--store", "sqlite:///{tmp}/none.db", "--clinic", "no spaces please"],
])
def test_bad_store_arguments_are_one_line_and_exit_2(args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([a.replace("{tmp}", str(tmp_path)) for a in args], capsys)
    assert code == 2 and out == "" and err.startswith("careplan: error: ") and err.count("\n") == 1


def test_no_store_named_is_a_clear_error(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREPLAN_STORE", raising=False)
    code, _, err = run(["store", "verify"], capsys)
    assert code == 2 and "no clinic store given" in err


def test_sign_without_a_store_writes_the_file_only(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAREPLAN_STORE", raising=False)
    plan_file = _plan(tmp_path)
    code, out, err = run(["sign", str(plan_file), "--by", "Dr A"], capsys)
    assert code == 0 and err == "" and "clinic store" not in out
    assert not outbox_dir().exists()
    assert not preferences_path().exists()
