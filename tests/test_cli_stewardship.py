"""Measures, monitoring and tapers survive ``careplan revise``, and ``careplan diff`` words their
changes in clinical language (steps with amount a day and MME, scores with bands)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careplan.domain.catalog import load_catalog
from careplan.domain.lifecycle import revise, sign
from careplan.domain.plan import CarePlan
from careplan.domain.plan_diff import diff_plans
from careplan.storage.plan_files import load_plan
from tests.test_cli import run

ROOT = Path(__file__).resolve().parent.parent


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(ROOT / "examples" / name, target)
    return target


def test_revise_keeps_measures_monitoring_and_the_taper(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("morphine-taper.careplan.json", "measures-three-visits.careplan.json"):
        plan_file = _copy(name, tmp_path)
        assert run(["sign", str(plan_file), "--by", "Dr A. Example"], capsys)[0] == 0
        new_file = tmp_path / f"rev2-{name}"
        assert run(["revise", str(plan_file), "-o", str(new_file)], capsys)[0] == 0
        signed, revision = load_plan(plan_file), load_plan(new_file)
        assert revision.revision == 2
        assert revision.measures == signed.measures and revision.monitoring == signed.monitoring
        assert [i.taper for i in revision.medication_items()] == [i.taper for i in signed.medication_items()]
        code, out, _ = run(["diff", str(plan_file), str(new_file)], capsys)
        assert code == 0 and "Measures" not in out and "Monitoring" not in out and "taper" not in out


def test_diff_words_a_new_visit_and_monitoring(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_file = _copy("measures-three-visits.careplan.json", tmp_path)
    data = json.loads(old_file.read_text(encoding="utf-8"))
    data["measures"].append({"instrument": "PEG", "date": "2026-12-22", "answers": [4, 4, 3]})
    data["measures"].append({"instrument": "PHQ-9", "date": "2026-12-22", "answers": [1, 1, 0, 1, 0, 0, 1, 0, 0]})
    data["monitoring"].append({"kind": "urine_drug_test", "date": "2026-12-22"})
    new_file = tmp_path / "next.careplan.json"
    new_file.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(["diff", str(old_file), str(new_file)], capsys)
    assert code == 0
    assert "Monitoring\n  recorded: urine drug test on 22 Dec 2026\n" in out
    assert "  added PEG on 22 Dec 2026: 3.7\n" in out
    assert "  added PHQ-9 on 22 Dec 2026: 4 (minimal)\n" in out
    assert "  latest change: PEG 4.7 on 24 Nov 2026 \u2192 3.7 on 22 Dec 2026 (21% lower)\n" in out
    assert "  latest change: PHQ-9 6 on 24 Nov 2026 \u2192 4 on 22 Dec 2026 (33% lower)\n" in out


def test_diff_words_taper_steps_with_amount_and_mme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_file = _copy("morphine-taper.careplan.json", tmp_path)
    data = json.loads(old_file.read_text(encoding="utf-8"))
    steps = data["modules"][0]["items"][0]["taper"]["steps"]
    steps[2] = {"from": "2027-03-08", "doses": {"bedtime": 15}}  # no pause: go on to the night dose
    steps[3] = {"from": "2027-04-05", "stop": True}
    del steps[4]
    new_file = tmp_path / "faster.careplan.json"
    new_file.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(["diff", str(old_file), str(new_file)], capsys)
    assert code == 0
    assert ("taper step from 8 Mar 2027: pause at 30 mg/day (30 MME) \u2192 15 mg/day (15 MME)") in out
    assert "taper step from 5 Apr 2027: 15 mg/day (15 MME) \u2192 stop" in out
    assert "removed taper step from 3 May 2027 (stop)" in out


def test_diff_words_a_taper_added_and_removed() -> None:
    catalog = load_catalog()
    tapered = load_plan(ROOT / "examples" / "morphine-taper.careplan.json")
    item = tapered.medication_items()[0]
    plain = CarePlan.model_validate(tapered.model_dump(mode="python") | {
        "modules": [tapered.modules[0].model_copy(update={"items": [item.model_copy(update={"taper": None}),
                                                                    *tapered.medication_items()[1:]]}),
                    *tapered.modules[1:]]})
    added = [d.text for d in diff_plans(plain, tapered, catalog)]
    assert ("Morphine: taper added: 5 steps from 11 Jan 2027, down from 60 mg/day (60 MME) to a stop on 3 May 2027"
            in added)
    removed = [d.text for d in diff_plans(tapered, plain, catalog)]
    assert any(t.startswith("Morphine: taper removed (was 5 steps") for t in removed)


def test_lifecycle_revise_copies_measures_deeply() -> None:
    plan = load_plan(ROOT / "examples" / "measures-three-visits.careplan.json")
    signed = sign(plan, "Dr A. Example", catalog=load_catalog())
    revision = revise(signed)
    assert revision.measures == plan.measures and revision.measures is not signed.measures
