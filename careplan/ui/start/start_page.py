"""The start page's layout: what a clinician can do first, and a few hints. It decides nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from careplan.ui.files.template_browser import TemplateBrowser
from careplan.ui.translations import QT_TRANSLATE_NOOP

HINTS = QT_TRANSLATE_NOOP("StartPage", """
<p><b>Build a plan from modules.</b> The plan outline on the left lists the patient, pain, goals,
the modules and the flare plan. Add modules (medication, physiotherapy, CBT, mindfulness,
lifestyle) from <i>Add a module</i> below the outline: double-click, press Enter or drag.</p>
<p><b>Findings check the plan as you type.</b> The Findings panel on the right lists interactions,
dose limits, the MME total and missing parts. A critical finding must be acknowledged with a
reason (and your name) before the handout can be exported or printed.</p>
<p><b>Kratom counselling is off by default.</b> Turn it on in <a href="preferences">Preferences</a>
(Optional modules) after reading its cautions; each plan that adds it asks again.</p>
<p>Press <b>F1</b> at any time for the <a href="help">user guide</a>.</p>
""")


def table(headers: list[str], name: str) -> QTreeWidget:
    view = QTreeWidget()
    view.setAccessibleName(name)
    view.setHeaderLabels(headers)
    view.setRootIsDecorated(False)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.header().setStretchLastSection(True)
    return view


class StartPage(QScrollArea):
    """Buttons and lists; StartController fills them and acts on the signals."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        self.setWidget(content)
        outer = QVBoxLayout(content)

        heading = QLabel(QCoreApplication.translate("StartPage", "<h2>Start</h2>"))
        self.new_blank = QPushButton(QCoreApplication.translate("StartPage", "New blank plan"))
        self.new_blank.setToolTip(QCoreApplication.translate("StartPage", "An empty plan for a patient: add the modules yourself"))
        self.open = QPushButton(QCoreApplication.translate("StartPage", "Open a plan\u2026"))
        self.open.setToolTip(QCoreApplication.translate("StartPage", "Open a saved plan (*.careplan.json)"))
        self.back = QPushButton(QCoreApplication.translate("StartPage", "Back to the open plan"))
        self.back.setToolTip(QCoreApplication.translate("StartPage", "Return to the plan you were working on"))
        # The main actions sit in one row at the top, visible however small the screen (the rest scrolls).
        self.create_plan = QPushButton(QCoreApplication.translate("StartPage", "Create plan from template"))
        self.create_plan.setDefault(True)
        self.create_plan.setToolTip(QCoreApplication.translate("StartPage", "A new, unsaved plan from the template selected below: its modules, goals and follow-up"))
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        for button in (self.back, self.create_plan, self.new_blank, self.open):
            top.addWidget(button)
        outer.addLayout(top)

        # Recovered work comes first: it is the one thing a clinician must not miss.
        self.recovered_box = QGroupBox(QCoreApplication.translate("StartPage", "Unsaved work recovered after Careplan closed"))
        recovered_layout = QVBoxLayout(self.recovered_box)
        self.recovered = table([QCoreApplication.translate("StartPage", "Plan"), QCoreApplication.translate("StartPage", "Patient"), QCoreApplication.translate("StartPage", "Last change"), QCoreApplication.translate("StartPage", "File")], QCoreApplication.translate("StartPage", "Recovered plans"))
        self.recovered.setMaximumHeight(120)
        self.restore = QPushButton(QCoreApplication.translate("StartPage", "Restore"))
        self.restore.setToolTip(QCoreApplication.translate("StartPage", "Open the selected copy as unsaved work, then save it"))
        self.discard = QPushButton(QCoreApplication.translate("StartPage", "Discard"))
        self.discard.setToolTip(QCoreApplication.translate("StartPage", "Delete the selected recovery copy (the saved file, if any, is not touched)"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore)
        row.addWidget(self.discard)
        recovered_layout.addWidget(self.recovered)
        recovered_layout.addLayout(row)
        outer.addWidget(self.recovered_box)

        columns = QHBoxLayout()
        self.templates_box = QGroupBox(QCoreApplication.translate("StartPage", "New plan from a template"))
        templates_layout = QVBoxLayout(self.templates_box)
        self.templates = TemplateBrowser([], with_blank=False)
        self.templates.setMinimumHeight(220)
        templates_layout.addWidget(self.templates, 1)
        columns.addWidget(self.templates_box, 3)

        side = QVBoxLayout()
        self.recent_box = QGroupBox(QCoreApplication.translate("StartPage", "Recent plans"))
        recent_layout = QVBoxLayout(self.recent_box)
        self.recent = table([QCoreApplication.translate("StartPage", "Plan file"), QCoreApplication.translate("StartPage", "Monitoring due"), QCoreApplication.translate("StartPage", "Last saved"), QCoreApplication.translate("StartPage", "Folder")], QCoreApplication.translate("StartPage", "Recent plans"))
        self.recent.setToolTip(QCoreApplication.translate("StartPage", "Double-click to open"))
        self.recent.setMaximumHeight(160)
        self.no_recent = QLabel(QCoreApplication.translate("StartPage", "No plans opened yet."))
        self.no_recent.setEnabled(False)
        self.open_recent = QPushButton(QCoreApplication.translate("StartPage", "Open"))
        self.open_recent.setToolTip(QCoreApplication.translate("StartPage", "Open the selected plan"))
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.no_recent)
        recent_row.addStretch(1)
        recent_row.addWidget(self.open_recent)
        recent_layout.addWidget(self.recent, 1)
        recent_layout.addLayout(recent_row)
        side.addWidget(self.recent_box, 1)
        hints_box = QGroupBox(QCoreApplication.translate("StartPage", "Getting started"))
        hints_layout = QVBoxLayout(hints_box)
        self.hints = QLabel(QCoreApplication.translate("StartPage", HINTS))
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.RichText)
        self.hints.linkActivated.connect(self.link_activated)
        hints_layout.addWidget(self.hints)
        side.addWidget(hints_box)
        columns.addLayout(side, 2)
        outer.addLayout(columns, 1)
