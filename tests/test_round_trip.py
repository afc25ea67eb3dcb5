"""Whatever the app writes it can read back (issue 24): every command that writes a file, driven with
generated text arguments (line breaks of every kind, control characters, bytes that are not UTF-8,
fullwidth forms, text past every limit). Each run either succeeds and everything it wrote loads
again, or refuses in one line with exit 2 (1 for a clinical refusal) and writes nothing."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from careplan.cli import main
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "low-back-pain.careplan.json"
HIP = ROOT / "resources" / "templates" / "hip-osteoarthritis.careplan.json"

_ALPHABET = st.characters(codec="utf-8") | st.sampled_from(list("\n\r\x85\u2028\u2029\x07\x00\t\uff20\u200b\u0336-"))
texts = st.one_of(
    st.text(_ALPHABET, max_size=40),
    st.sampled_from(["D" * 200, "D" * 201, "x\n" * 8 + "x", "x\u2028" * 9, "l\r" * 3, os.fsdecode(b"Dr \xff"), "",
                     "Dr A. Example", "C" * 400, "line\n" * 5000]),
)
SETTINGS = settings(max_examples=int(os.environ.get("CAREPLAN_ROUND_TRIP_EXAMPLES", "25")), deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@contextmanager
def _folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="careplan-round-trip-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own refusal, e.g. a value that starts with "-" ("--by -:")
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), err  # never an internal error
    return code, out, err


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _check(code: int, err: str, folder: Path, before: dict[str, bytes]) -> dict[str, bytes]:
    after = _snapshot(folder)
    if code == 2:
        assert err.count("\n") == 1 and "Traceback" not in err, err
    if code != 0:
        assert after == before  # refused: nothing written or changed
        return {}
    for name, data in after.items():  # everything written loads again
        if before.get(name) == data:
            continue
        if name.endswith(".careplan.json") or name.endswith(".careplan.json.bak"):
            load_plan(folder / name)
        elif name.endswith(".json") and not name.startswith("data/"):
            json.loads(data)
        elif name.endswith(".pdf"):
            assert data.startswith(b"%PDF-")
    return {k: v for k, v in after.items() if before.get(k) != v}


@SETTINGS
@given(by=texts, credentials=texts)
@example(by="", credentials="-:")  # found by a run: argparse refuses a value that starts with "-" (exit 2)
def test_sign_and_revise(by: str, credentials: str, capsys: pytest.CaptureFixture[str]) -> None:
    with _folder() as folder:
        plan = folder / "p.careplan.json"
        shutil.copyfile(EXAMPLE, plan)
        before = _snapshot(folder)
        code, _, err = _run(["sign", str(plan), "--by", by, "--credentials", credentials], capsys)
        _check(code, err, folder, before)
        if code == 0:
            assert load_plan(plan).signed_off is not None
            before = _snapshot(folder)
            code, _, err = _run(["revise", str(plan), "-o", str(folder / "r.careplan.json")], capsys)
            assert code == 0 and load_plan(folder / "r.careplan.json").revision == 2
            _check(code, err, folder, before)


@SETTINGS
@given(accepted_by=texts, template=st.sampled_from(["kratom-counselling-current-use", "knee-osteoarthritis"]))
def test_new(accepted_by: str, template: str, capsys: pytest.CaptureFixture[str]) -> None:
    with _folder() as folder:
        before = _snapshot(folder)
        code, _, err = _run(["new", "--template", template, "-o", str(folder / "n.careplan.json"),
                             "--kratom-cautions-accepted-by", accepted_by], capsys)
        written = _check(code, err, folder, before)
        assert (code == 0) == ("n.careplan.json" in written)


@SETTINGS
@given(name=texts, address=texts, phone=texts)
def test_export(name: str, address: str, phone: str, capsys: pytest.CaptureFixture[str]) -> None:
    with _folder() as folder:
        plan = folder / "p.careplan.json"
        shutil.copyfile(EXAMPLE, plan)
        before = _snapshot(folder)
        code, _, err = _run(["export", str(plan), "--fhir", str(folder / "b.json"), "--clinic-name", name,
                             "--clinic-address", address, "--clinic-phone", phone], capsys)
        written = _check(code, err, folder, before)
        assert (code == 0) == ("b.json" in written)


@SETTINGS
@given(title=texts, notes=texts, template_id=st.one_of(st.just("clinic-hip"), texts))
def test_templates_import_and_export(title: str, notes: str, template_id: str, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with _folder() as folder:
        monkeypatch.setenv("CAREPLAN_DATA_DIR", str(folder / "data"))
        data = json.loads(HIP.read_text(encoding="utf-8"))
        data.update(title=title, notes=notes, id=template_id)
        source = folder / "in.careplan.json"
        source.write_text(json.dumps(data), encoding="utf-8")
        before = _snapshot(folder)
        code, out, err = _run(["templates", "import", str(source)], capsys)
        written = _check(code, err, folder, before)
        if code != 0:
            return
        (path,) = [folder / name for name in written if name.endswith(".careplan.json")]
        imported = load_plan(path)
        assert imported.is_template and imported.title == title and str(path) in out
        before = _snapshot(folder)
        code, _, err = _run(["templates", "export", imported.id, "-o", str(folder / "out.careplan.json")], capsys)
        assert code == 0, err
        _check(code, err, folder, before)
        assert load_plan(folder / "out.careplan.json").title == title


def test_the_generated_text_reaches_every_kind_of_refusal(capsys: pytest.CaptureFixture[str]) -> None:
    # The strategies above are only worth their examples if they reach refusals; this pins a few.
    with _folder() as folder:
        plan = folder / "p.careplan.json"
        shutil.copyfile(EXAMPLE, plan)
        for by, needle in (("x\u2028y", "one line"), ("D" * 201, "too long"), (os.fsdecode(b"\xff"), "invalid Unicode")):
            code, _, err = _run(["sign", str(plan), "--by", by], capsys)
            assert code == 2 and needle in err
    with pytest.raises(PlanFileError):
        load_plan(ROOT / "tests" / "data" / "bad" / "title-two-lines.careplan.json")
