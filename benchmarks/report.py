"""Turn the benchmark results into the console table and ``docs/performance.md``."""

from __future__ import annotations

from typing import Any

from benchmarks.common import QUIET_LOAD_PER_CORE, QUIET_OTHER_SHARE, fmt_spread

BUSY = "not measured: machine busy"


def _ms(s: dict[str, float]) -> str:
    return f"{s['median']:.0f}"


def _sp(s: dict[str, float], digits: int = 0) -> str:
    f = f"{{:.{digits}f}}"
    return f"{f.format(s['q1'])}–{f.format(s['q3'])} / {f.format(s['p95'])} / {f.format(s['min'])}–{f.format(s['max'])}"


def section_quiet(r: dict[str, Any]) -> bool:
    """Whether a stored section was measured on a quiet machine.

    A record from before this rule (no ``quiet`` flag, no reading of other programs' CPU) is not
    vouched for: its load average alone cannot tell the benchmark's own load from another's."""
    return bool(r.get("load", {}).get("quiet", False))


def verdict(r: dict[str, Any], ok: bool | None) -> str:
    """"met", "not met", "reported" (no target), or BUSY: never "met" from a busy machine."""
    if ok is None:
        return "reported"
    if not section_quiet(r):
        return BUSY
    return "met" if ok else "not met"


def targets(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) for every target whose section was measured."""
    out: list[tuple[str, str, str]] = []
    for target, measured, ok, r in _targets(results):
        out.append((target, measured, verdict(r, ok)))
    return out


def _targets(results: dict[str, Any]) -> list[tuple[str, str, bool | None, dict[str, Any]]]:
    out: list[tuple[str, str, bool | None, dict[str, Any]]] = []
    if r := results.get("startup"):
        out.append((r["target"], f"×{r['ratio']:.2f} (worst entry point, medians)", r["met"], r))
    if r := results.get("export"):
        cpu = f"; CPU time ×{r['cpu_ratio']:.2f}" if "cpu_ratio" in r else ""
        out.append((r["target"], f"×{r['ratio']:.2f} (sum of per-plan medians{cpu})", r["met"], r))
        if "ratio_to_validating_floor" in r:
            out.append(("export: the model library's share, and Careplan beside a floor that validates the same plan "
                        "(reported, no target; decision 0025)",
                        f"validating the plan makes the floor ×{r['validating_floor_ratio']:.2f}; "
                        f"Careplan is ×{r['ratio_to_validating_floor']:.2f} of that floor", None, r))
    if r := results.get("scaling"):
        for what, v in r["verdicts"].items():
            out.append((f"{what}: {r['target']}",
                        f"{v['largest_s']:.2f} s at the largest size; CPU time per added page ×{v['per_page_growth']:.2f} "
                        "(200→largest vs 10→200)"
                        + (f"; function calls per added page ×{v['calls_per_page_growth']:.2f}"
                           if "calls_per_page_growth" in v else ""),
                        v["met"], r))
    if r := results.get("templates"):
        out.append((r["target"], f"{r['open_ms']:.0f} ms (slowest warm open; ×{r['open_ms'] / 100:.2f} of the limit)", r["met"], r))
    if r := results.get("preview"):
        out.append((r["targets"]["latency"], f"p95 {r['latency_ms']['p95']:.0f} ms (×{r['latency_ms']['p95'] / 100:.2f} of the limit)",
                    r["latency_met"], r))
        g = r["growth_mib"]
        half = (f"; second half ({g['second_half_edits']} edits): app {g['app_second_half']:+.1f}, "
                f"preview {g['preview_second_half']:+.1f} MiB") if "app_second_half" in g else ""
        out.append((r["targets"]["memory"], f"app {g['app']:+.1f} MiB, preview process {g['preview']:+.1f} MiB over "
                    f"{g['over_edits']} edits{half}", r["memory_met"], r))
    if r := results.get("memory"):
        out.append((r["target"], f"×{r['ratio']:.2f} (median peaks)", r["met"], r))
        if "ratio_to_validating" in r:
            out.append(("peak memory: the model library's share, and Careplan beside a bare window that validated the "
                        "same plan (reported, no target; decision 0025)",
                        f"validating the plan makes the bare window ×{r['validating_ratio']:.2f}; "
                        f"Careplan is ×{r['ratio_to_validating']:.2f} of that window", None, r))
    if r := results.get("wave3"):
        out.append((r["target"], f"worst handout ×{r['ratio']:.2f} of its floor; store listing p95 {r['store_p95_ms']:.0f} ms "
                    f"(×{r['store_p95_ms'] / 100:.2f} of the limit)", r["met"], r))
    if r := results.get("bundle"):
        sizes = r["sizes_mib"]
        rows = {row["program"]: row for row in r["rows"]}
        measured = "; ".join(f"{name}: start {row['start_ms']['median']:.0f} ms, export {row['export_ms']['median']:.0f} ms"
                             for name, row in rows.items())
        size_words = ", ".join(f"{name} {mib:.0f} MiB" for name, mib in sizes.items())
        out.append(("installable app beside the source install (reported, no target)", f"{size_words}; {measured}", None, r))
    return out


def console(results: dict[str, Any]) -> str:
    lines = []
    words = {"reported": "INFO   ", "met": "MET    ", "not met": "NOT MET", BUSY: "BUSY   "}
    for target, measured, said in targets(results):
        lines.append(f"{words[said]}  {measured:<70}  {target}")
    return "\n".join(lines)


def _section_head(r: dict[str, Any]) -> list[str]:
    load = r["load"]
    other = load.get("other_cpu_share")
    other_text = f"; other programs used {other * 100:.0f} % of the CPU during it" if other is not None else ""
    warn = " — quiet" if section_quiet(r) else f" — **{BUSY}** (no target is judged from these figures)"
    mode = ", quick mode" if r.get("quick") else ""
    return [f"## {r['title']}", "",
            f"Measured {r['date']}{mode}; load average {load['before']:.2f} before, {load['after']:.2f} after"
            f"{other_text}{warn}.", "",
            r["method"].strip(), ""]


def _startup(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r),
           "| program | median ms | IQR / p95 / min–max | runs | ratio to bare | heavy modules at first paint |",
                              "|---|---:|---|---:|---:|---|"]
    for row in r["rows"]:
        heavy = ", ".join(row["heavy_modules_at_paint"]) or "none"
        out.append(f"| {row['program']} | {_ms(row['ms'])} | {_sp(row['ms'])} | {row['ms']['n']} | ×{row['ratio']:.2f} | {heavy} |")
    return [*out, ""]


def _export(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r),
           "| plan | program | median ms | IQR / p95 / min–max | CPU ms (median) | runs | ratio to floor | pages (handout + summary) |",
                              "|---|---|---:|---|---:|---:|---:|---|"]
    for row in r["rows"]:
        pages = r["pages"][row["plan"]]
        # The validating floor writes the floor's own PDFs.
        key = {"careplan": "careplan", "floor + plan validated": "floor"}.get(row["program"], row["program"])
        hp, sp = pages.get(f"{key} handout"), pages.get(f"{key} summary")
        cpu = _ms(row["cpu_ms"]) if "cpu_ms" in row else ""
        out.append(f"| {row['plan']} | {row['program']} | {_ms(row['ms'])} | {_sp(row['ms'])} | {cpu} | {row['ms']['n']} | "
                   f"×{row['ratio_to_floor']:.2f} | {hp} + {sp} |")
    t = r["totals_ms"]
    out += ["", "Sum of medians over the plans: " + ", ".join(f"{k} {v:.0f} ms" for k, v in t.items() if v) + "."]
    if r["tools_missing"]:
        out.append(f"Not installed, so not measured: {', '.join(r['tools_missing'])}.")
    return [*out, ""]


def _scaling(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r),
           "| items | what | pages | median ms | IQR / p95 / min–max | CPU ms (median) | runs | ms per page | "
           "function calls |",
                              "|---:|---|---:|---:|---|---:|---:|---:|---:|"]
    for row in r["rows"]:
        pages = row["pages"] if row["pages"] is not None else f"({row.get('findings')} findings)"
        per_page = f"{row['ms_per_page']:.1f}" if row.get("ms_per_page") else ""
        cpu = f"{row['cpu_ms']['median']:.1f}" if "cpu_ms" in row else ""
        calls = f"{row['calls']:,}" if row.get("calls") else ""
        out.append(f"| {row['items']} | {row['what']} | {pages} | {row['ms']['median']:.1f} | {_sp(row['ms'], 1)} | "
                   f"{cpu} | {row['ms']['n']} | {per_page} | {calls} |")
    return [*out, ""]


def _templates(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r),
           "| session | open | picker open ms | until the new plan is open ms | templates listed | files parsed |",
                              "|---|---:|---:|---:|---:|---:|"]
    for s in r["sessions"]:
        for n, o in enumerate(s["opens"], start=1):
            out.append(f"| {s['session']} | {n} | {o['open_ms']:.0f} | {o['total_ms']:.0f} | {o['listed']} | {o['parses']} |")
    out.append("")
    out += [f"- {s['session']}: window with catalog built in {s['window_ms']:.0f} ms, {s['startup_parses']} files parsed "
            f"while building it and {s['background_parses']} in the background afterwards." for s in r["sessions"]]
    return [*out, ""]


def _preview(r: dict[str, Any]) -> list[str]:
    lat, data = r["latency_ms"], r["to_pdf_bytes_ms"]
    out = [*_section_head(r),

        f"Typical plan: {r['pages']} handout pages. {r['renders']} renders in all.", "",
        "| measure | result |", "|---|---|",
        f"| edit → page in view painted | {fmt_spread(lat)} |",
        f"| edit → new PDF bytes in the app (first pages or whole) | {fmt_spread(data)} |",
        *([f"| edit → whole handout painted | {fmt_spread(r['whole_painted_ms'])} |",
           f"| edit → whole handout's bytes in the app | {fmt_spread(r['to_whole_bytes_ms'])} |",
           f"| edits whose page in view was painted before the whole handout came | {r['pages_ahead']} of {lat['n']} |"]
          if "whole_painted_ms" in r else []),
        f"| edits whose preview never came | {r['misses']} |", "",
        "| edits so far | app RSS MiB | preview process RSS MiB |", "|---:|---:|---:|",
    ]
    out += [f"| {m['edits']} | {m['app']:.1f} | {m['preview']:.1f} |" for m in r["memory"]]
    return [*out, ""]


def _memory(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r),
           "| program | peak RSS MiB (median) | IQR / p95 / min–max | runs |", "|---|---:|---|---:|"]
    out += [f"| {row['program']} | {row['peak_mib']['median']:.1f} | {_sp(row['peak_mib'], 1)} | {row['peak_mib']['n']} |"
            for row in r["rows"]]
    out += ["", f"Time from start to plan open (ready): {fmt_spread(r['ready_ms'])}."]
    return [*out, ""]


def _bundle(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r), "| what | MiB |", "|---|---:|"]
    out += [f"| {name} | {mib:.1f} |" for name, mib in r["sizes_mib"].items()]
    out += ["", "| program | start-up to first paint, median ms | IQR / p95 / min–max | export handout + summary, median ms | IQR / p95 / min–max | runs |",
            "|---|---:|---|---:|---|---:|"]
    for row in r["rows"]:
        out.append(f"| {row['program']} | {_ms(row['start_ms'])} | {_sp(row['start_ms'])} | {_ms(row['export_ms'])} | "
                   f"{_sp(row['export_ms'])} | {row['start_ms']['n']} |")
    out += ["", "Qt modules the PySide6 wheel ships that the bundle leaves out: " + ", ".join(r["qt_modules_excluded"]) + "."]
    return [*out, ""]


def _wave3(r: dict[str, Any]) -> list[str]:
    out = [*_section_head(r),
           "| handout | program | median ms | IQR / p95 / min–max | CPU ms (median) | runs | ratio to floor (wall / CPU) | pages | drawings |",
           "|---|---|---:|---|---:|---:|---:|---:|---:|"]
    for row in r["rows"]:
        out.append(f"| {row['case']} | {row['program']} | {_ms(row['ms'])} | {_sp(row['ms'])} | {_ms(row['cpu_ms'])} | "
                   f"{row['ms']['n']} | ×{row['ratio_to_floor']:.2f} / ×{row['cpu_ratio_to_floor']:.2f} | {row['pages']} | "
                   f"{row['drawings'] if row['program'] == 'careplan' else 'captions only'} |")
    st = r["store"]
    out += ["", f"Clinic store (SQLite, {st['templates']} shared templates, {st['listed']} listed):", "",
            "| what | result |", "|---|---|",
            f"| list_store_templates (in-process, the panel's call) | {fmt_spread(st['in_process_ms'], digits=1)} |",
            f"| same, CPU time | {fmt_spread(st['in_process_cpu_ms'], digits=1)} |",
            f"| careplan store templates list (whole process) | {fmt_spread(st['process_ms'])} |",
            f"| same, CPU time | {fmt_spread(st['process_cpu_ms'])} |"]
    return [*out, ""]


SECTIONS = {"startup": _startup, "export": _export, "scaling": _scaling, "templates": _templates,
            "preview": _preview, "memory": _memory, "bundle": _bundle,
            "wave3": _wave3}


QUIET_RULE = (
    f"A verdict is given only for a section measured on a quiet machine: the one-minute load average per core "
    f"at most {QUIET_LOAD_PER_CORE} before the section and after it, less the cores the benchmark itself kept busy "
    f"during it (one other busy program adds 1.0 to the load average), and other programs using at most "
    f"{QUIET_OTHER_SHARE * 100:.0f} % of the machine's CPU time during it (Linux /proc/stat less the benchmark's own "
    f"processes). Otherwise the verdict reads \"{BUSY}\". Figures are medians over repeated runs with their "
    "spread (IQR, p95, min–max); a goal is met below its limit, and the aim is a margin: at most 80 % of it."
)


def markdown(results: dict[str, Any], notes: dict[str, str]) -> str:
    """The whole of docs/performance.md from the stored results (each section keeps its own date and load)."""
    machine = next((r["machine"] for r in results.values() if "machine" in r), {})
    out = ["# Performance", "",
           "Produced by `python -m benchmarks` (see `benchmarks/__main__.py`; `--quick` for a short run,",
           "`--only startup,export,...` for some sections). Do not edit by hand: the command rewrites this file",
           "and `benchmarks/results/latest.json`. Speed targets live here, never in timed unit tests.", "",
           "Machine: " + ", ".join(f"{k} {v}" for k, v in machine.items()) + ".", "",
           "## Targets", "", "| target | measured | verdict |", "|---|---|---|"]
    for target, measured, said in targets(results):
        out.append(f"| {target} | {measured} | {said if said in ('reported', BUSY) else f'**{said}**'} |")
    out += ["", QUIET_RULE, ""]
    if notes:
        out += ["## Where a target is missed, and why", ""]
        out += [f"- **{k}**: {v}" for k, v in notes.items()]
        out.append("")
    for key, render in SECTIONS.items():
        if key in results:
            out += render(results[key])
    return "\n".join(out).rstrip() + "\n"
