"""The baseline for start-up and memory: a bare PySide6 main window of the same size, detected the same way.

``python benchmarks/bare_window.py [--validate PLAN]``: with ``--validate`` the process first
validates the plan file with Careplan's plan models (``plan_validation.py``), before PySide6 is
imported, so PySide6's source scan (decision 0024) keeps none of pydantic's source: the memory the
model library and a validated plan take in any program that edits the plan (decision 0025).
"""

import sys

if sys.argv[1:2] == ["--validate"]:
    from plan_validation import validate_plan

    plan = validate_plan(sys.argv[2])

from PySide6.QtWidgets import QApplication, QMainWindow

from careplan.ui.bench_hook import watch

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1280, 720)
watch(window, "painted")
window.show()
app.exec()
