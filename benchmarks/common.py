"""What every benchmark shares: statistics, the machine and its load, an X server, child processes."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# Where a run that may not rewrite docs/performance.md (busy, quick) leaves its report.
BUILD = ROOT / "build" / "benchmarks"

# "Quiet", per section (see docs/performance.md, "How to read this"). The benchmark keeps about one
# process busy itself, which alone lifts the one-minute load average towards 1.0, i.e. 0.5 per core
# on 2 cores; any other program running flat out adds a whole 1.0. So a section is quiet when the
# load average per core is at most QUIET_LOAD_PER_CORE before it and after it (less the cores the
# benchmark itself kept busy on average during it) and, where /proc/stat tells (Linux), other
# programs used at most QUIET_OTHER_SHARE of the machine's CPU time during it (the machine's busy
# time less the benchmark's own processes' CPU time).
QUIET_LOAD_PER_CORE = 0.75
QUIET_OTHER_SHARE = 0.15
LOAD_WARNING = QUIET_LOAD_PER_CORE * (os.cpu_count() or 1)


# --- statistics ------------------------------------------------------------------------------

def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def spread(values: Sequence[float]) -> dict[str, float]:
    """n, median, p95, min, max and the quartiles of ``values``."""
    return {
        "n": len(values),
        "median": statistics.median(values) if values else float("nan"),
        "p95": percentile(values, 0.95),
        "min": min(values) if values else float("nan"),
        "max": max(values) if values else float("nan"),
        "q1": percentile(values, 0.25),
        "q3": percentile(values, 0.75),
    }


def fmt_spread(s: dict[str, float], unit: str = "ms", digits: int = 0) -> str:
    """'median 123 ms (p95 140, min 110, max 150, n=30)'."""
    f = f"{{:.{digits}f}}"
    return (f"median {f.format(s['median'])} {unit} (IQR {f.format(s['q1'])}–{f.format(s['q3'])}, "
            f"p95 {f.format(s['p95'])}, min {f.format(s['min'])}, max {f.format(s['max'])}, n={s['n']})")


# --- the machine ------------------------------------------------------------------------------

def load_average() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def _machine_cpu_seconds() -> tuple[float, float] | None:
    """(busy, total) CPU seconds of the whole machine since boot (Linux /proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()
    except (OSError, IndexError):
        return None
    if not fields or fields[0] != "cpu":
        return None
    ticks = [int(v) for v in fields[1:9]]  # user nice system idle iowait irq softirq steal
    hz = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    idle = ticks[3] + ticks[4]
    return (sum(ticks) - idle) / hz, sum(ticks) / hz


def _own_cpu_seconds() -> float:
    """CPU seconds of this process and of every child it has reaped (and theirs)."""
    try:
        import resource
    except ImportError:  # Windows
        return time.process_time()
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def is_quiet(load: dict[str, Any], cores: int) -> bool:
    """The rule above, from a section's ``load`` record; unknown readings are never quiet.

    The reading after the section has the benchmark's own average use of the CPU during it
    (``own_cores``: its processes' CPU seconds over the wall seconds) taken off first, since a GUI
    section keeps the app, the preview process and the X server busy at once."""
    readings = [load.get("before"), load.get("after")]
    if any(r is None or r != r for r in readings):  # None or NaN: no load average here
        return False
    before, after = float(load["before"]), float(load["after"])
    after = max(0.0, after - float(load.get("own_cores") or 0.0))
    if max(before, after) / max(cores, 1) > QUIET_LOAD_PER_CORE:
        return False
    other = load.get("other_cpu_share")
    return other is None or float(other) <= QUIET_OTHER_SHARE


def wait_for_quiet(limit_s: float, poll_s: float = 5.0) -> float:
    """Wait up to ``limit_s`` for the load average per core to reach the quiet level; seconds waited."""
    cores = os.cpu_count() or 1
    start = time.monotonic()
    while time.monotonic() - start < limit_s and load_average() / cores > QUIET_LOAD_PER_CORE:
        time.sleep(poll_s)
    return time.monotonic() - start


class LoadWatch:
    """The load around one section: load average before and after, and other programs' CPU share."""

    def __init__(self) -> None:
        self.before = load_average()
        self._machine = _machine_cpu_seconds()
        self._own = _own_cpu_seconds()
        self._start = time.monotonic()

    def finish(self) -> dict[str, Any]:
        after = load_average()
        cores = os.cpu_count() or 1
        wall = time.monotonic() - self._start
        record: dict[str, Any] = {"before": self.before, "after": after, "cores": cores,
                                  "per_core_before": self.before / cores, "per_core_after": after / cores,
                                  "other_cpu_share": None, "own_cores": None}
        if wall > 0:
            record["own_cores"] = round((_own_cpu_seconds() - self._own) / wall, 3)
        machine = _machine_cpu_seconds()
        if self._machine is not None and machine is not None and wall > 0:
            busy = machine[0] - self._machine[0]
            own = _own_cpu_seconds() - self._own
            record["other_cpu_share"] = round(max(0.0, busy - own) / (wall * cores), 3)
        record["quiet"] = is_quiet(record, cores)
        return record


def _cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def _ram_gib() -> float:
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    return float("nan")


def _version(module: str) -> str:
    try:
        if module == "PySide6":
            import PySide6

            return str(PySide6.__version__) + " (Qt " + _qt_version() + ")"
        if module == "reportlab":
            import reportlab

            return str(reportlab.Version)
        if module == "pydantic":
            import pydantic

            return str(pydantic.VERSION)
    except ImportError:
        return "not installed"
    return "?"


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return str(qVersion())


def compile_bytecode() -> None:
    """Compile the package and the benchmark programs once, as an install would, before timing."""
    import compileall

    for folder in (ROOT / "careplan", ROOT / "benchmarks"):
        compileall.compile_dir(folder, quiet=1, force=False)


def machine() -> dict[str, Any]:
    """CPU model, cores, RAM, OS and the versions that matter for these numbers."""
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": round(_ram_gib(), 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": _version("PySide6"),
        "reportlab": _version("reportlab"),
        "pydantic": _version("pydantic"),
    }


# --- child processes ---------------------------------------------------------------------------

@dataclass
class Scratch:
    """A private data and config folder, so runs see no recovery copies or saved window sizes."""

    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="careplan-bench-")))

    def env(self, **extra: str) -> dict[str, str]:
        env = dict(os.environ)
        env["CAREPLAN_DATA_DIR"] = str(self.root / "data")
        env["CAREPLAN_CONFIG_DIR"] = str(self.root / "config")
        # The compiled catalog (careplan/storage/catalog_cache.py): written by each section's warm-up
        # run, read by the measured ones, as on a clinic desktop after the first start.
        env["CAREPLAN_CACHE_DIR"] = str(self.root / "cache")
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        env.pop("CAREPLAN_BENCH_EXIT", None)
        # An installed Careplan runs from cached bytecode (pip compiles it; an editable install
        # writes it on first run). Some shells set PYTHONDONTWRITEBYTECODE, which would make every
        # measured process compile the package from source again: that is not what users run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(extra)
        return env

    def reset(self) -> None:
        """Forget window geometry and recovery copies between runs."""
        for sub in ("data", "config"):
            shutil.rmtree(self.root / sub, ignore_errors=True)

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class ChildResult:
    wall_s: float  # from just before the process started until it was reaped
    cpu_s: float  # the child's own user + system CPU time (not disturbed by waiting for a busy CPU)
    stdout: str
    returncode: int


def run_child(cmd: Sequence[str], env: dict[str, str], cwd: Path = ROOT, timeout: float = 120.0) -> tuple[float, ChildResult]:
    """Start ``cmd`` and wait for it; returns (its monotonic start time, its result)."""
    out = tempfile.TemporaryFile()  # noqa: SIM115 (closed below, after the child is reaped)
    start = time.monotonic()
    proc = subprocess.Popen(list(cmd), env=env, cwd=cwd, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    wall = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    text = out.read().decode("utf-8", "replace")
    out.close()
    return start, ChildResult(wall, usage.ru_utime + usage.ru_stime, text, proc.returncode)


def last_json_line(text: str) -> dict[str, Any] | None:
    for line in reversed(text.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            with contextlib.suppress(json.JSONDecodeError):
                value = json.loads(line)
                if isinstance(value, dict):
                    return value
    return None


def proc_rss_mib(pid: int) -> float:
    """Resident set size of a running process (Linux /proc), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# --- an X screen ---------------------------------------------------------------------------------

@contextlib.contextmanager
def xvfb(width: int = 1280, height: int = 720) -> Iterator[str]:
    """A private Xvfb server for the block; yields its DISPLAY (":N")."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes its display number once it accepts clients
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def python() -> str:
    return sys.executable


def console_script(name: str) -> Path | None:
    """The installed console script beside this interpreter (``.venv/bin/careplan``), if any."""
    candidate = Path(sys.executable).parent / name
    return candidate if candidate.exists() else None


Samples = dict[str, dict[str, list[float]]]


def interleaved(cases: Sequence[str], contenders: Callable[[int, str], list[tuple[str, list[str]]]], runs: int,
                env: dict[str, str]) -> tuple[Samples, Samples]:
    """Run each case's contenders (who, command) once per round, every case in turn, the order
    reversed every other round so that none always runs first; a failed run stops the section.
    Returns wall and CPU milliseconds by case and contender."""
    wall: Samples = {case: {} for case in cases}
    cpu: Samples = {case: {} for case in cases}
    for round_no in range(runs):
        for case in cases:
            order = contenders(round_no, case)
            if round_no % 2:
                order.reverse()
            for who, cmd in order:
                _start, result = run_child(cmd, env, timeout=300)
                if result.returncode != 0:
                    raise RuntimeError(f"{who} for {case} failed ({result.returncode})")
                wall[case].setdefault(who, []).append(result.wall_s * 1000)
                cpu[case].setdefault(who, []).append(result.cpu_s * 1000)
    return wall, cpu
