"""The benchmark's own logic: its statistics, what counts as a quiet machine, and that a busy
machine never yields "met" nor rewrites docs/performance.md. (No timing here: speed is measured
by ``python -m benchmarks`` itself.)"""

from __future__ import annotations

import math
from typing import Any

from benchmarks import common, report
from benchmarks.__main__ import DOC, RESULTS, destination


def test_median_and_p95_by_linear_interpolation() -> None:
    values = [float(v) for v in range(1, 21)]  # 1..20
    s = common.spread(values)
    assert s["median"] == 10.5
    assert math.isclose(s["p95"], 19.05)  # rank 0.95 * 19 = 18.05 between 19 and 20
    assert (s["min"], s["max"], s["n"]) == (1.0, 20.0, 20)
    assert (s["q1"], s["q3"]) == (5.75, 15.25)
    assert common.percentile([7.0], 0.95) == 7.0
    assert math.isnan(common.percentile([], 0.5))


def _load(before: float, after: float, other: float | None = 0.02, cores: int = 2) -> dict[str, Any]:
    record: dict[str, Any] = {"before": before, "after": after, "cores": cores, "other_cpu_share": other}
    record["quiet"] = common.is_quiet(record, cores)
    return record


def test_quiet_is_judged_per_core_and_from_other_programs_cpu() -> None:
    assert _load(0.3, 1.1)["quiet"]  # the benchmark's own process alone lifts the load towards 1.0
    assert not _load(0.3, 1.6)["quiet"]  # another busy program: 0.8 per core on 2 cores
    assert _load(2.5, 2.9, cores=4)["quiet"]  # the same load is quiet on 4 cores (0.73 per core)
    assert not _load(0.2, 0.4, other=0.4)["quiet"]  # low load average, yet others took 40 % of the CPU
    assert _load(0.2, 0.4, other=None)["quiet"]  # no /proc/stat: the load average alone decides
    assert not _load(float("nan"), float("nan"))["quiet"]  # no load average at all: never quiet
    own = {"before": 0.3, "after": 2.2, "own_cores": 1.4, "other_cpu_share": 0.03}
    assert common.is_quiet(own, 2)  # the app, its preview process and the X server: the benchmark's own load
    assert not common.is_quiet({**own, "own_cores": 0.4}, 2)  # most of that load was someone else's


def _section(ok: bool, quiet: bool) -> dict[str, Any]:
    load = _load(0.2, 0.9) if quiet else _load(3.0, 3.5, other=0.7)
    return {"title": "Template library at 1000 templates", "method": "m", "date": "2026-12-03 16:00 UTC",
            "machine": {"cores": 2}, "load": load, "target": "picker open < 100 ms", "open_ms": 60.0 if ok else 140.0,
            "met": ok, "sessions": []}


def test_a_busy_section_is_never_met_and_says_so() -> None:
    busy = _section(ok=True, quiet=False)
    assert report.verdict(busy, True) == report.BUSY
    assert report.targets({"templates": busy})[0][2] == report.BUSY
    text = report.markdown({"templates": busy}, {})
    assert "**met**" not in text and "not measured: machine busy" in text
    quiet = _section(ok=True, quiet=True)
    assert report.targets({"templates": quiet})[0][2] == "met"
    assert report.targets({"templates": _section(ok=False, quiet=True)})[0][2] == "not met"
    assert report.verdict(quiet, None) == "reported"


def test_an_old_record_without_a_quiet_reading_gets_no_verdict() -> None:
    old = _section(ok=True, quiet=True)
    old["load"] = {"before": 0.4, "after": 0.5}  # as the first benchmark stored it: no other programs' share
    assert report.verdict(old, True) == report.BUSY


def test_docs_are_rewritten_only_by_a_full_quiet_run() -> None:
    quiet = {"templates": _section(ok=True, quiet=True)}
    assert destination(quiet, quick=False, failed=[])[:2] == (DOC, RESULTS)
    for doc, results, why in (destination({"templates": _section(ok=True, quiet=False)}, quick=False, failed=[]),
                               destination(quiet, quick=True, failed=[]),
                               destination(quiet, quick=False, failed=[], partial=True),
                               destination(quiet, quick=False, failed=["preview"])):
        assert doc != DOC and results != RESULTS and doc.parent == common.BUILD and why


def test_the_model_librarys_share_is_reported_beside_the_target_and_never_judged() -> None:
    # Decision 0025: the floors that validate the plan explain the gap; they do not replace the targets.
    base = _section(ok=False, quiet=True)
    export = {**base, "title": "Export as a whole process", "target": "whole-process export within 1.5x the floor",
              "ratio": 1.62, "cpu_ratio": 1.60, "met": False, "validating_floor_ratio": 1.48,
              "ratio_to_validating_floor": 1.09}
    memory = {**base, "title": "Peak memory", "target": "peak memory within 1.5x a bare window", "ratio": 1.85,
              "met": False, "validating_ratio": 1.27, "ratio_to_validating": 1.46}
    rows = report.targets({"export": export, "memory": memory})
    assert [said for _t, _m, said in rows] == ["not met", "reported", "not met", "reported"]
    assert "×1.48" in rows[1][1] and "×1.09" in rows[1][1]
    assert "×1.27" in rows[3][1] and "×1.46" in rows[3][1]
