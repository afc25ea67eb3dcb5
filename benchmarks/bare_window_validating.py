"""The bare window of ``bare_window.py``, in a process that has first validated a plan file with
Careplan's own plan models: the memory the model library and a validated plan take, which any
program that edits that plan holds (decision 0025). Reported beside the memory target, not judged.

``python benchmarks/bare_window_validating.py PLAN``. The plan is validated before PySide6 is
imported, so PySide6's source scan (decision 0024) keeps none of pydantic's source in memory.
"""

import gc
import os
import sys
from pathlib import Path

# As Careplan's own start-up: no search for pydantic plugins, no collection while models load.
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
gc.disable()
from careplan.domain.plan import CarePlan  # noqa: E402

plan = CarePlan.model_validate_json(Path(sys.argv[1]).read_bytes())
gc.enable()

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from careplan.ui.bench_hook import watch  # noqa: E402

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1280, 720)
watch(window, "painted")
window.show()
app.exec()
