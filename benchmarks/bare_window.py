"""The baseline for start-up: a bare PySide6 main window of the same size, detected the same way."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from careplan.ui.bench_hook import watch

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("Bare")
window.resize(1280, 720)
watch(window, "painted")
window.show()
app.exec()
