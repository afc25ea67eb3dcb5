"""Why a target is missed: hand-written, kept beside the code that measures it.

``python -m benchmarks`` prints the note of every section whose target its run missed, after
the measured amount; a note for a target that is met is not printed. Update a note when the
reason changes (profile first: ``python -X importtime``, ``cProfile``, the tables in this file's
sections).
"""

from __future__ import annotations

WHY: dict[str, str] = {
    "startup": (
        "Nothing clinical is imported before the first paint (the table's last column), and the catalog "
        "loader starts only after it. What is left over a bare window is the window shell (menu bar, "
        "toolbar, ~40 actions, saved geometry through QSettings, fitting to the screen) and the package's "
        "own imports on that path (careplan.cli with argparse ~10 ms, the main window and its actions "
        "~15 ms, the PySide6 leak guard ~3 ms; a development install adds its import finder, ~12 ms). The "
        "crash log is imported on the first error, not at start. On a busy 2-core machine the ratio moves "
        "between about 1.1 and 1.45 from run to run (see the IQR columns)."
    ),
    "export": (
        "Measured on a quiet machine from cached bytecode, a typical export is about 0.45-0.55 s against the "
        "floor's 0.28-0.30 s. In-process split (perf_counter, low-back-pain example): importing the export "
        "command, which brings pydantic and builds the plan and catalog models' validators, ~160 ms; loading "
        "and validating the catalog ~10 ms; loading, validating and checking the plan ~10-15 ms; importing "
        "reportlab and the export package ~100 ms (the floor pays most of that too); rendering both PDFs "
        "~140 ms, close to the floor's layout of the same lines. So the remaining gap is the cost of "
        "validating untrusted input with pydantic models, built at import. Each subcommand now imports only "
        "its own module (export no longer loads the template library, de-identification or plan comparison), "
        "and benchmarks run from cached bytecode as an installed app does (an environment that sets "
        "PYTHONDONTWRITEBYTECODE made every run recompile the package: ~100 ms of the earlier x2.2-2.3). "
        "Closing the rest would mean building fewer models per process (e.g. splitting the catalog models "
        "so that export validates only what it reads) -- left for later."
    ),
    "scaling": (
        "Both documents are now well under 1.5 s at 1,000 items (the 1,000-item plan is past the model's "
        "input limits in careplan/domain/limits.py and is built in-process; a real plan prints a few dozen "
        "pages). A long table measures every remaining row again on each page it splits across; reportlab "
        "broke each paragraph's lines again every time, which made long tables grow faster than their "
        "pages. Paragraphs now keep their line breaks while the width is unchanged (careplan/export/flow.py), "
        "which took the 1,000-item summary from ~2.6 s to ~1.3 s and the handout from ~1.7 s to ~0.9 s with "
        "byte-for-byte the same text layout on all 33 example and template documents. What still grows "
        "with the pages is reportlab's row loop in a table split (each split walks the remaining rows, "
        "cheaply now); the strict linearity check (1.25x) is missed by that margin. Splitting long tables "
        "into chunks would remove it but repeats headers mid-page; not done."
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
