"""The third wave's work on the same paths: drawings, a Spanish handout, the library from a clinic store.

Handouts: ``careplan export PLAN --handout H.pdf`` through ``main.py``, one fresh process per run,
against the floor (``benchmarks/floor_export.py``: plain reportlab setting the same lines on the same
pages) for three handouts: the typical plan in English, the same plan in Spanish (``--language es``)
and a plan whose exercise module holds every exercise of the catalog, each drawn (the floor sets
the drawings' captions, not the drawings: the ratio shows what the drawings cost). Contenders
alternate their order round by round. Goal: each within the export goal (1.5x its floor).

Store: a clinic store in SQLite (``sqlite:///`` in a temporary folder, no server) holding
STORE_TEMPLATES shared templates (each a built-in template under its own id and title).
"Opening the library from a store" is ``careplan.storage.store.library.list_store_templates``, the
call the Store templates panel makes on its worker thread (connect, check the schema, list the
newest version of every template, disconnect), timed in-process after one warm-up; and the whole
``careplan store templates list`` command, one fresh process per run. Goal: the in-process
listing under 100 ms, as the template picker's.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, Scratch, interleaved, python, run_child, spread
from benchmarks.floor import floor_spec, page_count
from benchmarks.plans import TYPICAL

EXPORT_RATIO = 1.5
STORE_LIMIT_MS = 100.0
STORE_TEMPLATES = 100
CLINIC = "bench-clinic"


def drawings_plan(folder: Path) -> Path:
    """The typical plan with every exercise of the catalog in its exercise module (each has a drawing)."""
    data = json.loads(TYPICAL.read_text(encoding="utf-8"))
    exercises = json.loads((ROOT / "resources" / "catalog" / "exercises.json").read_text(encoding="utf-8"))
    drawn = [e["id"] for e in exercises if e.get("figure")]
    module = next(m for m in data["modules"] if m["kind"] == "physiotherapy")
    template = module["exercises"][0]
    module["exercises"] = [{**template, "id": f"ex-{ex}", "exercise": ex} for ex in drawn[:50]]
    data["id"], data["title"] = "bench-drawings", "Every exercise, drawn"
    path = folder / "drawings.careplan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _handouts(scratch: Scratch, runs: int) -> dict[str, Any]:
    env = scratch.env()
    work = scratch.root / "wave3"
    work.mkdir(parents=True, exist_ok=True)
    cases = {"typical plan, English": (TYPICAL, []), "typical plan, Spanish (--language es)": (TYPICAL, ["--language", "es"]),
             "every exercise drawn": (drawings_plan(work), [])}
    commands: dict[str, dict[str, list[str]]] = {}
    pages: dict[str, int] = {}
    figures: dict[str, int] = {}
    for n, (label, (plan, extra)) in enumerate(cases.items()):
        out = work / f"case{n}"
        out.mkdir()
        handout = out / "handout.pdf"
        product = [python(), str(ROOT / "main.py"), "export", str(plan), "--handout", str(handout), *extra]
        subprocess.run(product, env=env, cwd=ROOT, check=True, capture_output=True)
        spec = out / "floor.json"
        floor_spec([(handout, out / "floor-handout.pdf")], spec, python())
        commands[label] = {"careplan": product, "floor": [python(), str(ROOT / "benchmarks" / "floor_export.py"), str(spec)]}
        pages[label] = page_count(handout)
        figures[label] = _drawings_in(plan)
    for cmds in commands.values():  # warm-up
        for cmd in cmds.values():
            run_child(cmd, env, timeout=300)
    wall, cpu = interleaved(list(commands), lambda _round, label: list(commands[label].items()), runs, env)
    rows = []
    for label in commands:
        floor = spread(wall[label]["floor"])["median"]
        floor_cpu = spread(cpu[label]["floor"])["median"]
        for who in ("careplan", "floor"):
            s, c = spread(wall[label][who]), spread(cpu[label][who])
            rows.append({"case": label, "program": who, "ms": s, "cpu_ms": c, "ratio_to_floor": s["median"] / floor,
                         "cpu_ratio_to_floor": c["median"] / floor_cpu, "pages": pages[label], "drawings": figures[label]})
    return {"rows": rows}


def _drawings_in(plan: Path) -> int:
    """How many exercises of the plan the catalog draws (each prints with its drawing)."""
    exercises = json.loads((ROOT / "resources" / "catalog" / "exercises.json").read_text(encoding="utf-8"))
    drawn = {e["id"] for e in exercises if e.get("figure")}
    data = json.loads(plan.read_text(encoding="utf-8"))
    return sum(1 for m in data["modules"] if m["kind"] == "physiotherapy" for e in m["exercises"] if e["exercise"] in drawn)


def _store(scratch: Scratch, runs: int) -> dict[str, Any]:
    from careplan.storage.plan_files import load_plan
    from careplan.storage.store.identity import Actor
    from careplan.storage.store.library import list_store_templates
    from careplan.storage.store.store import ClinicStore

    url = f"sqlite:///{scratch.root / 'clinic-store.db'}"
    store, _note = ClinicStore.init(url, CLINIC, Actor("bench", "", "benchmark"))
    sources = sorted((ROOT / "resources" / "templates").glob("*.careplan.json"))
    with store:
        for n in range(STORE_TEMPLATES):
            template = load_plan(sources[n % len(sources)])
            template = template.model_copy(update={"id": f"bench-store-{n:03d}", "title": f"{template.title} ({n:03d})"})
            store.push_template(template, Actor("bench", "", "benchmark"))
    listed = len(list_store_templates(url, CLINIC))  # warm-up
    wall, cpu = [], []
    for _ in range(max(runs * 2, 10)):
        start, start_cpu = time.perf_counter(), time.process_time()
        list_store_templates(url, CLINIC)
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    env = scratch.env()
    command = [python(), str(ROOT / "main.py"), "store", "templates", "list", "--store", url, "--clinic", CLINIC]
    run_child(command, env)
    proc_wall, proc_cpu = [], []
    for _ in range(runs):
        _start, result = run_child(command, env)
        if result.returncode != 0:
            raise RuntimeError(f"careplan store templates list failed ({result.returncode})")
        proc_wall.append(result.wall_s * 1000)
        proc_cpu.append(result.cpu_s * 1000)
    return {"templates": STORE_TEMPLATES, "listed": listed, "in_process_ms": spread(wall), "in_process_cpu_ms": spread(cpu),
            "process_ms": spread(proc_wall), "process_cpu_ms": spread(proc_cpu)}


def run(runs: int = 12) -> dict[str, Any]:
    scratch = Scratch()
    try:
        handouts = _handouts(scratch, runs)
        store = _store(scratch, runs)
    finally:
        scratch.close()
    worst = max(r["ratio_to_floor"] for r in handouts["rows"] if r["program"] == "careplan")
    store_p95 = store["in_process_ms"]["p95"]
    return {
        "title": "Third wave: drawings, a Spanish handout, the library from a clinic store",
        "method": __doc__,
        **handouts,
        "store": store,
        "target": f"each handout within {EXPORT_RATIO}x its floor; store library listed (p95) under {STORE_LIMIT_MS:.0f} ms",
        "ratio": worst,
        "store_p95_ms": store_p95,
        "met": worst <= EXPORT_RATIO and store_p95 < STORE_LIMIT_MS and store["listed"] == STORE_TEMPLATES,
    }
