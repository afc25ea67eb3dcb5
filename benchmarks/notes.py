"""Why a target is missed: hand-written, kept beside the code that measures it.

``python -m benchmarks`` prints the note of every section whose target its run missed, after
the measured amount; a note for a target that is met is not printed. Update a note when the
reason changes (profile first: ``python -X importtime``, ``cProfile``, the tables in this file's
sections).
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "startup": (
        "The command line imports nothing clinical on the GUI path and the catalog loader starts only after "
        "the first paint, so what is left is the window shell (menus, toolbar, QSettings for the geometry). "
        "On a busy machine the two medians move by tens of milliseconds between runs; a miss of a few "
        "hundredths here is within that noise (see the IQR columns)."
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
        "The summary's findings used to list every concerned medicine, so one finding at 1,000 items held "
        "hundreds of labels in one paragraph that reportlab re-set on every page it spilled onto (quadratic); "
        "a finding now names each label once with a count, in separate paragraphs. What remains above linear "
        "is reportlab splitting long tables (each split copies the remaining rows and restyles them). The "
        "1,000-item plan is past the model's input limits (careplan/domain/limits.py) and built in-process."
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
        "(~3 MiB) and the workspace's widgets and modules (~12 MiB) on top of the bare window's ~55 MiB "
        "(RSS measured after each import). The model validators are the largest part and live in "
        "careplan/domain (not changed by this issue)."
    ),
}
