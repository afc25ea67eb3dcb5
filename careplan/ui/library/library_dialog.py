"""The template library: search, details and a handout preview; duplicate, rename, delete with undo; share.

Views lay out, and this dialog decides little: every file change comes from
:class:`careplan.storage.template_library.ClinicLibrary` and goes on the dialog's undo stack.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.plan import CarePlan
from careplan.domain.safety import check_plan
from careplan.storage.template_library import ClinicLibrary, FileChange, LibraryError, LibraryItem, SearchHit
from careplan.ui.busy import run_busy
from careplan.ui.code_words import code_word
from careplan.ui.library.library_commands import LibraryChangeCommand
from careplan.ui.preview.preview_view import PreviewView
from careplan.ui.prompts import show_error, show_info
from careplan.ui.screen_fit import FittedDialog
from careplan.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # imported when a store is set up: start-up does not need the store side
    from careplan.ui.store.store_templates_panel import StoreTemplatesPanel

ROLE_ID = Qt.ItemDataRole.UserRole
SOURCE_WORDS = {"built-in": QT_TRANSLATE_NOOP("TemplateLibraryDialog", "built-in"), "personal": QT_TRANSLATE_NOOP("TemplateLibraryDialog", "yours"),
                "shared": QT_TRANSLATE_NOOP("TemplateLibraryDialog", "clinic")}
FILE_FILTER = QT_TRANSLATE_NOOP("LibraryDialog", "Careplan templates (*.careplan.json)")


class TemplateLibraryDialog(FittedDialog):
    """Browse and manage templates; "Use template" closes it with the chosen id (``chosen_id``)."""

    def __init__(self, library: ClinicLibrary, catalog: CatalogIndex, parent: QWidget | None = None,
                 store: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.store_panel: StoreTemplatesPanel | None = None
        if store is not None:  # the clinic store's templates, listed under the library's own
            from careplan.ui.store.store_templates_panel import StoreTemplatesPanel

            panel = StoreTemplatesPanel(*store, parent=self)
            panel.pulled.connect(self.pull_template)
            panel.described.connect(self._show_store_template)
            self.store_panel = panel
        self.setWindowTitle(QCoreApplication.translate("TemplateLibraryDialog", "Template library"))
        self.library = library
        self.catalog = catalog
        self.chosen_id: str | None = None
        self.undo_stack = QUndoStack(self)
        self._items: dict[str, LibraryItem] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(QCoreApplication.translate("TemplateLibraryDialog", "Search title, tag or content (e.g. knee, duloxetine)"))
        self.search.setAccessibleName(QCoreApplication.translate("TemplateLibraryDialog", "Search templates"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("TemplateLibraryDialog", "Templates"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview = PreviewView()
        self.buttons = {name: QPushButton(text) for name, text in (
            ("preview", QCoreApplication.translate("TemplateLibraryDialog", "Preview handout")), ("duplicate", QCoreApplication.translate("TemplateLibraryDialog", "Duplicate")),
            ("rename", QCoreApplication.translate("TemplateLibraryDialog", "Rename\u2026")), ("delete", QCoreApplication.translate("TemplateLibraryDialog", "Delete")),
            ("import", QCoreApplication.translate("TemplateLibraryDialog", "Import\u2026")), ("export", QCoreApplication.translate("TemplateLibraryDialog", "Export\u2026")),
            ("undo", QCoreApplication.translate("TemplateLibraryDialog", "Undo")), ("redo", QCoreApplication.translate("TemplateLibraryDialog", "Redo")))}
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = self.box.addButton(QCoreApplication.translate("TemplateLibraryDialog", "Use template"), QDialogButtonBox.ButtonRole.AcceptRole)
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        if self.store_panel is not None:
            left_layout.addWidget(self.store_panel)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 520])
        row = QHBoxLayout()
        for name in ("preview", "duplicate", "rename", "delete", "import", "export"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        row.addWidget(self.buttons["undo"])
        row.addWidget(self.buttons["redo"])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(self.box)
        width, height = 1040, 640
        if (screen := self.screen()) is not None:  # fit a small or scaled screen (1366x768 at 150 %)
            area = screen.availableGeometry()
            width, height = min(width, int(area.width() * 0.95)), min(height, int(area.height() * 0.9))
        self.resize(width, height)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._fill)
        self.search.textChanged.connect(self._search_timer.start)
        self.list.currentItemChanged.connect(self._on_selected)
        self.list.itemDoubleClicked.connect(lambda _item: self._use())
        self.box.rejected.connect(self.reject)
        self.use_button.clicked.connect(self._use)
        b = self.buttons
        # clicked(bool) would reach an optional argument as its value (a title of False): lambdas drop it.
        b["preview"].clicked.connect(self.show_preview)
        b["duplicate"].clicked.connect(self.duplicate)
        b["rename"].clicked.connect(lambda _checked=False: self.rename())
        b["delete"].clicked.connect(self.delete)
        b["import"].clicked.connect(lambda _checked=False: self.import_file())
        b["export"].clicked.connect(lambda _checked=False: self.export_file())
        b["undo"].clicked.connect(self.undo_stack.undo)
        b["redo"].clicked.connect(self.undo_stack.redo)
        b["undo"].setShortcut(QKeySequence.StandardKey.Undo)
        b["redo"].setShortcut(QKeySequence.StandardKey.Redo)
        self.undo_stack.canUndoChanged.connect(b["undo"].setEnabled)
        self.undo_stack.canRedoChanged.connect(b["redo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: b["undo"].setToolTip(QCoreApplication.translate("TemplateLibraryDialog", "Undo {0}").format(text)))
        self.undo_stack.redoTextChanged.connect(lambda text: b["redo"].setToolTip(QCoreApplication.translate("TemplateLibraryDialog", "Redo {0}").format(text)))
        b["undo"].setEnabled(False)
        b["redo"].setEnabled(False)

    # --- listing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._all = self.library.items()
        self._items = {item.id: item for item in self._all}
        self._fill()

    def _fill(self) -> None:
        current = self.selected()
        hits = self.library.search(self.search.text(), self._all)
        self.list.clear()
        for hit in hits:
            self.list.addItem(self._row(hit))
        if self.list.count():
            ids = [self.list.item(i).data(ROLE_ID) for i in range(self.list.count())]
            self.list.setCurrentRow(ids.index(current.id) if current is not None and current.id in ids else 0)
        else:
            self._on_selected(None, None)

    def _row(self, hit: SearchHit) -> QListWidgetItem:
        item = hit.item
        tier = item.template.template.tier if item.template.template else 1
        where = "" if hit.matched_in == "title" or not self.search.text().strip() else QCoreApplication.translate("TemplateLibraryDialog", " · found in {0}").format(hit.matched_in)
        row = QListWidgetItem(QCoreApplication.translate("TemplateLibraryDialog", "{0}\n    {1} · tier {2}{3}").format(item.title, QCoreApplication.translate("TemplateLibraryDialog", SOURCE_WORDS[item.source]), tier, where))
        row.setData(ROLE_ID, item.id)
        row.setToolTip(str(item.path))
        return row

    def selected(self) -> LibraryItem | None:
        row = self.list.currentItem()
        return self._items.get(row.data(ROLE_ID)) if row is not None else None

    def _on_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        item = self.selected() if current is not None else None
        if item is not None and self.store_panel is not None:
            self.store_panel.list.setCurrentRow(-1)
        for name in ("preview", "duplicate", "export"):
            self.buttons[name].setEnabled(item is not None)
        for name in ("rename", "delete"):
            self.buttons[name].setEnabled(item is not None and not item.read_only)
            self.buttons[name].setToolTip(QCoreApplication.translate("TemplateLibraryDialog", "Built-in templates are read-only: duplicate one to change it")
                                          if item is not None and item.read_only else "")
        self.use_button.setEnabled(item is not None)
        self.details.setText(self._details(item) if item is not None else QCoreApplication.translate("TemplateLibraryDialog", "<p>No template matches.</p>"))
        # Another template (or none, after a delete): the last one's pages must not stay on screen.
        self.preview.show_note(QCoreApplication.translate("TemplateLibraryDialog", "Choose \u201cPreview handout\u201d to see this template's handout.")
                               if item is not None else "")

    def _show_store_template(self, details: str) -> None:
        """A clinic-store template picked: what it is and how to get it (it is not in the library yet)."""
        # One template picked at a time: the library's buttons (Use, Preview, ...) must not act on
        # the entry still highlighted there while the store's one is described.
        self.list.setCurrentRow(-1)
        self.details.setText(details)
        self.preview.show_note("")

    def _details(self, item: LibraryItem) -> str:
        t = item.template
        info = t.template
        kinds = ", ".join(dict.fromkeys(code_word(MODULE_LABELS[m.kind]) for m in t.modules)) or QCoreApplication.translate("TemplateLibraryDialog", "no modules")
        dash = "\u2014"
        updated = info.updated.isoformat() if info and info.updated else dash
        meta = (QCoreApplication.translate("TemplateLibraryDialog", "tier {0} · version {1} · updated {2} · by {3}").format(info.tier, escape(info.version), updated, escape(info.author or dash))) if info else ""
        tags = ", ".join(escape(tag) for tag in info.tags) if info else ""
        return (QCoreApplication.translate("TemplateLibraryDialog", "<p><b>{0}</b> <i>({1}{2})</i></p><p>{3}</p><p>{4}<br>Tags: {5}<br>Parts: {6}; {7}; follow-up {8}</p>").format(escape(t.title), QCoreApplication.translate("TemplateLibraryDialog", SOURCE_WORDS[item.source]), QCoreApplication.translate("TemplateLibraryDialog", ", read-only") if item.read_only else '', escape(info.description) if info else '', meta, tags or dash, escape(kinds), QCoreApplication.translate("TemplateLibraryDialog", "%n goal(s)", "", len(t.goals)), QCoreApplication.translate("TemplateLibraryDialog", "every %n week(s)", "", t.follow_up.interval_weeks) if t.follow_up.interval_weeks else QCoreApplication.translate("TemplateLibraryDialog", "not set")))

    def show_preview(self) -> None:
        item = self.selected()
        if item is None:
            return
        # Imported here, not at the top: the workspace imports this module at start-up, and
        # reportlab and the export package cost ~17 MiB and ~0.14 s before any plan is shown.
        from careplan.export import ExportOptions, render_handout

        template, catalog = item.template, self.catalog
        try:
            pdf = run_busy(self, QCoreApplication.translate("TemplateLibraryDialog", "Making the handout…"),
                           lambda: render_handout(template, catalog, check_plan(template, catalog), ExportOptions()))
        except Exception as exc:  # a template that cannot print is said so here, not a crash
            self.preview.show_problem(QCoreApplication.translate("TemplateLibraryDialog", "This template's handout could not be made: {0}").format(exc))
            return
        self.preview.show_pdf(pdf)

    # --- changes (each undoable) ------------------------------------------------------------------

    def _push(self, change: FileChange) -> bool:
        try:
            change.apply()
        except (LibraryError, OSError) as exc:
            show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not changed"), str(exc))
            return False
        self.undo_stack.push(LibraryChangeCommand(change, lambda text: show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Could not undo"), text), self.refresh))
        self.refresh()
        return True

    def _select(self, template_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ROLE_ID) == template_id:
                self.list.setCurrentRow(i)
                return

    def duplicate(self) -> None:
        item = self.selected()
        if item is not None:
            try:
                change = self.library.duplicate(item)
            except (LibraryError, OSError) as exc:
                show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not duplicated"), str(exc),
                           QCoreApplication.translate("TemplateLibraryDialog", "Your library is unchanged."))
                return
            if self._push(change):
                self.search.clear()
                self._fill()
                copied = next((i for i in self._all if i.path == change.path), None)
                if copied is not None:
                    self._select(copied.id)

    def rename(self, title: str | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        if title is None:
            # An instance, not QInputDialog.getText: its exec() is the one tests drive like a person.
            asked = QInputDialog(self)
            asked.setWindowTitle(QCoreApplication.translate("TemplateLibraryDialog", "Rename template"))
            asked.setLabelText(QCoreApplication.translate("TemplateLibraryDialog", "New title:"))
            asked.setTextValue(item.title)
            if asked.exec() != QDialog.DialogCode.Accepted:
                return
            title = asked.textValue()
        try:
            change = self.library.rename(item, title)
        except LibraryError as exc:
            show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not renamed"), str(exc))
            return
        if self._push(change):
            self._select(item.id)

    def delete(self) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            change = self.library.delete(item)
        except LibraryError as exc:
            show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not deleted"), str(exc))
            return
        self._push(change)

    def import_file(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("TemplateLibraryDialog", "Import a template"), str(Path.home()), QCoreApplication.translate("LibraryDialog", FILE_FILTER))
            if not chosen:
                return
            path = Path(chosen)
        try:
            change, message = self.library.import_file(path)
        except LibraryError as exc:
            show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not imported"), str(exc), QCoreApplication.translate("TemplateLibraryDialog", "The file was not added to your library."))
            return
        if self._push(change):
            show_info(self, QCoreApplication.translate("TemplateLibraryDialog", "Template imported"), message)

    def pull_template(self, template: CarePlan) -> None:
        """A clinic-store template (already checked) into the personal library, as an undoable change."""
        try:
            change, message = self.library.import_template(template)
        except LibraryError as exc:
            show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not pulled"), str(exc), QCoreApplication.translate("TemplateLibraryDialog", "Your library was not changed."))
            return
        if self._push(change):
            show_info(self, QCoreApplication.translate("TemplateLibraryDialog", "Template pulled"), message.replace("Imported", "Pulled", 1))

    def export_file(self, path: Path | None = None) -> None:
        item = self.selected()
        if item is None:
            return
        if path is None:
            suggested = Path.home() / item.path.name
            chosen, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("TemplateLibraryDialog", "Export the template"), str(suggested), QCoreApplication.translate("LibraryDialog", FILE_FILTER))
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.library.export(item.id, path, force=True)
        except (LibraryError, OSError) as exc:
            show_error(self, QCoreApplication.translate("TemplateLibraryDialog", "Not exported"), str(exc))
            return
        show_info(self, QCoreApplication.translate("TemplateLibraryDialog", "Template exported"), QCoreApplication.translate("TemplateLibraryDialog", "“{0}” was written to {1}.").format(item.title, path))

    def _use(self) -> None:
        item = self.selected()
        if item is not None:
            self.chosen_id = item.id
            self.accept()
