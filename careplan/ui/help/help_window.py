"""The user guide window: topics on the left, the chosen topic rendered from Markdown on the right.

The guide is plain Markdown in resources/help (one file per topic), shown by Qt's own Markdown
support: offline, nothing to install. The keyboard-shortcut table is written from the menus
themselves, so it cannot drift from what the app does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QTextBrowser, QWidget

from careplan.resources import help_dir
from careplan.ui.screen_fit import ScreenFitter

# (file, title) in reading order; a test checks each file exists and every link resolves.
TOPICS: tuple[tuple[str, str], ...] = (
    ("index.md", "Contents"),
    ("building-a-plan.md", "Building a plan"),
    ("medicines.md", "Medicines and doses"),
    ("over-time.md", "Tapers, monitoring and measures"),
    ("findings.md", "Findings and acknowledgements"),
    ("kratom.md", "The kratom module"),
    ("exports.md", "Exports and printing"),
    ("templates.md", "Templates"),
    ("shortcuts.md", "Keyboard shortcuts"),
)
SHORTCUTS_MARK = "<!-- menu shortcuts: filled in by Careplan from its own menus -->"


_NAMED_KEYS = frozenset({"Up", "Down", "Left", "Right", "Del", "Delete", "Enter", "Return", "Tab", "Esc", "Home", "End",
                         "PgUp", "PgDown", "Space", "Backspace", "Ctrl", "Shift", "Alt", "Meta", "Cmd", "Option"})


def typable(keys: str) -> bool:
    """Keys on an ordinary keyboard: not the "New", "Save" or F14 keys some platforms also bind."""
    for part in keys.split("+"):
        if len(part) <= 1 or part in _NAMED_KEYS:
            continue
        if part.startswith("F") and part[1:].isdigit() and int(part[1:]) <= 12:
            continue
        return False
    return True


def shortcut_table(actions: list[QAction]) -> str:
    """A Markdown table of every menu action that has a shortcut, as this platform spells it."""
    rows = []
    for action in actions:
        keys = [text for k in action.shortcuts() if not k.isEmpty()
                if typable(text := k.toString(QKeySequence.SequenceFormat.NativeText))]
        if keys:
            what = action.text().replace("&", "").replace("\u2026", "")
            rows.append(f"| {' or '.join(keys)} | {what} |")
    return "\n".join(["| Keys | What it does |", "|---|---|", *rows])


def topic_text(name: str, actions: list[QAction]) -> str:
    text = (help_dir() / name).read_text(encoding="utf-8")
    return text.replace(SHORTCUTS_MARK, shortcut_table(actions)) if SHORTCUTS_MARK in text else text


class HelpWindow(QWidget):
    """A separate, non-modal window: the guide stays open beside the plan."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("HelpWindow", "Careplan user guide"))
        self.actions_list = actions
        self.topics = QListWidget()
        self.topics.setAccessibleName(QCoreApplication.translate("HelpWindow", "Guide topics"))
        self.topics.setMaximumWidth(220)
        self.topics.setSpacing(2)
        for name, title in TOPICS:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.topics.addItem(item)
        self.page = QTextBrowser()
        self.page.setAccessibleName(QCoreApplication.translate("HelpWindow", "Guide page"))
        self.page.setOpenLinks(False)  # links between topics are followed here; nothing goes online
        self.page.anchorClicked.connect(self._on_link)
        self.page.document().setDocumentMargin(12)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.page, 1)
        self.topics.currentItemChanged.connect(self._on_topic)
        self.resize(860, 600)
        self._fitter = ScreenFitter(self)
        for part in (self.topics, self.page):
            part.installEventFilter(self)
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fitter.window_shown()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Esc and Ctrl+W close the guide, as they close any reading window; the plan stays as it
        # was. Caught before the page: a text browser would take Ctrl+W for itself.
        closing = isinstance(event, QKeyEvent) and (
            event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Close))
        if closing and event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # the guide's key: not the main window's Close plan (also Ctrl+W)
            return True
        if closing and event.type() == QEvent.Type.KeyPress:
            self.close()
            return True
        return super().eventFilter(watched, event)

    @property
    def current_topic(self) -> str:
        item = self.topics.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_topic(self, name: str) -> None:
        names = [n for n, _title in TOPICS]
        self.topics.setCurrentRow(names.index(name) if name in names else 0)

    def _on_topic(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.page.setMarkdown(topic_text(str(current.data(Qt.ItemDataRole.UserRole)), self.actions_list))

    def _on_link(self, url: QUrl) -> None:
        target = Path(url.path()).name
        if target in dict(TOPICS):
            self.show_topic(target)
