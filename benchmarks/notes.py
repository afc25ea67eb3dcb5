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
        "loader starts only after it. The plain GUI launch builds no argparse parser, and the resources "
        "helper loads importlib.resources only for an installed wheel. What is left over a bare window is "
        "the window shell (menu bar, toolbar, ~40 actions, saved geometry through QSettings, fitting to the "
        "screen: ~25-35 ms against ~10-20 ms for the bare window, and ~8 ms more to paint menus and "
        "toolbar), the screen language (platformdirs for the preferences path ~8 ms, the translator) and "
        "the package's own modules. On a busy 2-core machine the ratio moves between about 1.1 and 1.45 "
        "from run to run (see the IQR columns)."
    ),
    "export": (
        "Instructions counted by callgrind (deterministic, unlike this shared machine's clock) for the knee "
        "example, handout + summary, bytecode compiled as an installed package has it, split by adding one "
        "step at a time: Python 0.09 G, importing reportlab 0.66 G, pydantic with the plan and catalog models "
        "0.63 G, the rest of the domain and the export package 0.27 G, reading and validating the plan, the "
        "compiled catalog and the safety check 0.31 G, the four DejaVu faces 0.31 G, the handout 0.40 G and "
        "the summary 0.17 G: 2.87 G against the floor's 1.53 G (Python, reportlab, the same fonts and the same "
        "lines set), x1.87. So what separates the two is the fixed cost of the model (pydantic and ~140 model "
        "classes, ~22 % of the process) and of validating untrusted input in a fresh process, not layout. "
        "Done here: reportlab's C accelerator, the digest-checked compiled catalog, the collector paused while "
        "loading, and (this wave) no interpreter teardown after a finished command: freeing every object one "
        "by one and a last full collection took ~200 ms of a 0.6-0.8 s export (careplan.cli.entry runs the "
        "exit handlers and flushes, then ends the process); and the fonts' parsed tables kept beside the "
        "compiled catalog (careplan/export/font_cache.py: 0.31 G of parsing becomes ~0.14 G of reading and "
        "checking, 2.87 G -> 2.70 G in all); and pydantic's plugins switched off "
        "(careplan/domain/pydantic_plugins.py: no third-party plugin sees a plan, and the first model "
        "built no longer imports importlib.metadata and ~40 modules behind it to look for one: 2.70 G -> "
        "2.64 G); and reportlab's shape checking off (careplan/export/rl_settings.py: reportlab validated every "
        "attribute of every drawing and chart shape as it was set, 2.64 G -> 2.61 G; a test builds every "
        "drawing and chart with the checks on). Left: pydantic itself, ~100 ms of every process (import ~45 ms, "
        "139 classes ~38 ms, schemas ~18 ms) and ~20 MiB; what pydantic lets a program skip would reach about "
        "x1.6. Decision 0025 keeps pydantic (the product is built on it; it words every bad-file message; "
        "FHIR export is pydantic anyway) and keeps this target as it is, not met; its public half is built "
        "(the model modules evaluate their annotations: 362 -> 354 ms for the knee export). The row 'floor + "
        "plan validated' is the floor that first validates the same plan with Careplan's plan models: the "
        "model library's share, reported beside the target and not judged."
    ),
    "scaling": (
        "The sized plans repeat the example medicines (1,000 lines over about 40 kinds), which a real plan "
        "never does (a plan file holds at most 250, careplan/domain/limits.py). Earlier in this issue the "
        "summary grew with the square of the lines: DRUG-INTERACTION raised one finding per pair of lines, "
        "long finding details were re-broken on every page they spanned, and the front sheet searched every "
        "MME line for each medicine. The last quadratic was reportlab's: it walked every remaining row of a "
        "long table at every layout call, several calls a page (measuring them all on the first page, then "
        "summing all their heights in Python), and measured the whole table again whenever a heading kept "
        "with it asked for its full height. careplan/export/flow.py now lays a long table out a page at a "
        "time and keeps each row's measured height (byte-identical PDFs; docs/decisions/0023): the 1,000-line "
        "summary went from ~1.8 s to ~1.1-1.3 s of CPU on this machine. The section also counts Python function "
        "calls per added page, which this shared machine's noise cannot move: x1.10 (handout) and x1.09 "
        "(summary) from 200 to 1,000 lines against 10 to 200, so the work is linear; the timed ratio still "
        "swings from run to run (x0.97 to x1.6 for the same code), as single runs here differ by a fifth, "
        "which is why each size is now timed 5-9 times. What grows a little per page is reportlab's own: the "
        "part of a table left after each page is a new Table built from the rows left. The safety check "
        "decides each pair of lines by their kinds of medicine (about 0.09 s at the 250-line maximum, 1.5 s "
        "at 1,000): not a target here; the GUI checks a plan whose check takes over 50 ms once the edits "
        "pause, saying so meanwhile."
    ),
    "templates": (
        "The picker is built once per window, hidden, when the background indexing after start-up ends "
        "(no template parsed then); each open checks every file's time and size (the index, ~10 ms for "
        "1,000 files), rebuilds the list only if the listing changed, clears the search and previews the "
        "first template afresh (one file parsed), then shows it. An open before the indexing has ended "
        "builds the picker then, as before (QTextBrowser, fonts, 1,000 list items: the slowest opens). "
        "Opening the picker parses no other file (the index is cached by mtime and size in the user data "
        "folder). Profile: docs/performance/profile-picker.txt. The slowest open used to be a full garbage "
        "collection that happened to fall in it (~70 ms over the catalog, Qt wrappers and the 1,000-template "
        "index, in the session that built the index); the app now collects once when start-up's background "
        "work ends and freezes what is alive (careplan/ui/heap.py), so later collections skip those objects."
    ),
    "preview-latency": (
        "Edit -> page in view painted: the render starts inside the edit (the preview controller is the "
        "document's first listener, so the render process lays out while the window updates its editors, "
        "outline and findings, ~20-30 ms of GUI work that used to come first), and the render process "
        "sends the pages that reach into the view (2 of 8 at the top of the typical plan, ~16-20 ms of CPU) "
        "ahead of the whole handout (~45-50 ms of CPU), laid out exactly as in it; the render process "
        "keeps each paragraph's parsed markup (byte-identical output, ~3-4 ms less per render). The whole "
        "handout comes after the first pages (they are laid out twice; its row in the table); print and "
        "export use only the whole handout. What is left is reportlab's own work: breaking and drawing "
        "~150 paragraphs and the figures' ~280 shapes (docs/performance/profile-preview.txt); then QtPdf "
        "loads the bytes and "
        "paints the page. An edit that changes nothing printed (a preference, an undo back) does not render."
    ),
    "wave3": (
        "The handouts carry the same fixed per-process cost as the export (see above); a handout with every "
        "exercise drawn adds reportlab graphics for each drawing, which the floor (captions only) does not "
        "draw (reportlab's shape checking is off since this issue: that handout went from 4.00 G to 3.77 G "
        "instructions, which the clock's run-to-run spread hides). The store listing itself is a few milliseconds; the whole 'careplan store templates list' "
        "process is dominated by its imports (SQLAlchemy, the plan model)."
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
        "remaining part and live in careplan/domain (not changed by this issue). PySide6's import hook "
        "read the source of every module imported after it through linecache, which kept it: ~12 MiB of "
        "source lines nothing read again (careplan/ui/source_scan.py gives the hook the same test over the "
        "file's bytes, keeping nothing: x2.14 -> x1.91); with pydantic's plugin search gone (see the export "
        "note) x1.89. Measured without Qt: importing pydantic adds 9.9 MiB and the domain's model classes "
        "another ~10 MiB; 1.5x the bare window is ~84 MiB, ~16 MiB under the window with a plan open "
        "(docs/decisions/0025, which keeps pydantic and this target). The row 'bare window, plan validated "
        "first' is the model library's share, reported and not judged; what lies between it and the window "
        "with a plan open (~35 MiB: the GUI's modules, the catalog, their objects) is Careplan's own."
    ),
}
