"""Why a target is missed: hand-written, kept beside the code that measures it.

``python -m benchmarks`` prints the note of every section whose target its run missed, after
the measured amount; a note for a target that is met is not printed. Update a note when the
reason changes (profile first: ``python -X importtime``, ``cProfile``, the tables in this file's
sections).
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "startup": (
        "Nothing clinical is imported before the first paint any more (the table's last column), and the "
        "catalog loader starts only after it. What is left over a bare window is the window shell (menu bar, "
        "toolbar, ~40 actions, saved geometry through QSettings, fitting to the screen) and the package's own "
        "imports on that path, about 40-60 ms by `python -X importtime`: careplan.cli with argparse and "
        "pathlib ~20 ms, the error reporting and crash log (platform, tempfile, platformdirs) ~15 ms, the "
        "main window and its actions ~17 ms, the PySide6 leak guard (ctypes) ~3 ms; a development (editable) "
        "install adds its import finder, ~12 ms. On a loaded 2-core machine the ratio moves between about "
        "1.1 and 1.45 from run to run (see the IQR columns); rerun on a quiet machine before judging."
    ),
    "export": (
        "The whole process pays for what the floor does not do: importing pydantic and the plan and catalog "
        "models (about 0.3-0.5 s of the difference; `python -X importtime main.py export ...`: pydantic "
        "~0.12 s, careplan.domain.plan ~0.2-0.35 s building the models' validators), validating the plan "
        "file and the catalog, and running the safety check (~10 ms). Layout itself is close to the floor "
        "(handout ~130 ms, summary ~120 ms in-process for the typical plan). Closing the gap needs work in "
        "careplan/domain, which this issue did not touch while the dose model changed: for example a catalog "
        "validated once and cached, or models built lazily (pydantic `defer_build`) with the export path "
        "importing only what it validates."
    ),
    "scaling": (
        "The summary misses on both counts. Absolute: at 1,000 items it is over 200 pages at 10-12 ms a "
        "page, most of it reportlab's pure-Python line breaking and table splitting; 1.5 s would need about "
        "7 ms a page. Linearity: the CPU time per added page still grows by about 1.5x from 200 to 1,000 "
        "items (some runs show less; the measure is noisy). The quadratic part found in this issue is gone "
        "(one finding at 1,000 items listed hundreds of labels in one paragraph that reportlab re-set on "
        "every page it spilled onto; a finding now names each label once, 'N entries', in separate "
        "paragraphs: the 1,000-item summary went from ~4.8 s to ~2.4 s). What is left was not pinned down: "
        "splitting the long medication table re-measures and restyles the remaining rows, and the table "
        "helpers' probing (can a table start under its heading, does a split leave a lone row) wraps long "
        "tables again; setting the engine's long finding details as several paragraphs made no measurable "
        "difference. The 1,000-item plan is past the model's input limits (careplan/domain/limits.py) and "
        "is built in-process; a real plan prints a few dozen pages, and the handout meets both counts."
    ),
    "templates": (
        "The first open in a process also creates the dialog's widgets for the first time (QTextBrowser, "
        "fonts); opening the picker no longer parses any file (the index is cached by mtime and size in the "
        "user data folder and refreshed off the GUI thread after start-up)."
    ),
    "preview-latency": (
        "Edit -> page painted is dominated by the render in the preview process (reportlab, about 50-90 ms "
        "for the typical plan on an idle machine); on a loaded 2-core machine the render waits for a core."
    ),
    "preview-memory": (
        "The app's own Python heap does not grow over the edits (tracemalloc: about 0.1 MiB over 300 edits, "
        "the latest PDF bytes); the growth is native memory in the preview child, which receives the plan "
        "as JSON and returns the PDF (~50 KB) through a pipe for every render, and in Qt's PDF view "
        "(a new QPdfDocument load per render). In a loop of renders alone (no Qt, no pipe) the render "
        "process stays flat (61.6 MiB over 120 renders), so the growth is allocator fragmentation around "
        "the pipe and QtPdf, not Python objects kept alive."
    ),
    "memory": (
        "A plan open needs pydantic (~8 MiB), the plan and catalog models' validators (~16 MiB), the catalog "
        "(~3 MiB) and the workspace's widgets and modules (~12 MiB, more since the start page, help, library "
        "and sign-off features arrived) on top of the bare window's ~56 MiB (RSS measured after each import). "
        "Until this issue the template library dialog also imported reportlab and the export package at "
        "start-up (+17 MiB); it now does so when it first previews. The model validators are the largest "
        "remaining part and live in careplan/domain (not changed by this issue)."
    ),
}
