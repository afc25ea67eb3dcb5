"""New, open, save, save as, templates and the unsaved-changes prompt: the file side of the app."""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from careplan.domain.deidentify import KIND_WORDS, IdentifiersFound
from careplan.domain.plan import CarePlan, Clinician, Patient
from careplan.storage.errors import PlanFileError
from careplan.storage.library_files import LibraryError
from careplan.storage.os_errors import describe_os_error
from careplan.storage.paths import ensure_private_dir
from careplan.storage.plan_files import PLAN_SUFFIX, load_plan, save_plan
from careplan.storage.template_index import shared_index
from careplan.storage.templates import (
    KratomCautionsRequired,
    TemplateEntry,
    TemplateLibrary,
    make_template,
    plan_from_template,
    save_new_template,
    template_file_name,
)
from careplan.ui import heap
from careplan.ui.document import PlanDocument
from careplan.ui.files.save_template_dialog import SaveTemplateDialog
from careplan.ui.files.template_picker_dialog import TemplatePickerDialog
from careplan.ui.preferences_store import PreferencesStore
from careplan.ui.prompts import ask_save_changes, show_error, show_info
from careplan.ui.translations import QT_TRANSLATE_NOOP
from careplan.ui.window_state import WindowState

FILE_FILTER = QT_TRANSLATE_NOOP("FileController", "Care plans (*.careplan.json);;All files (*)")


def with_suffix(path: Path) -> Path:
    return path if path.name.endswith(PLAN_SUFFIX) else path.with_name(path.name.removesuffix(".json") + PLAN_SUFFIX)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + "."


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "template"


class FileController(QObject):
    status_message = Signal(str)
    recent_changed = Signal()
    # A field the clinician must edit (e.g. free text that holds a patient identifier).
    field_requested = Signal(object)
    # The template index is up to date (emitted from the indexing thread; delivered queued).
    _library_warmed = Signal(list, list)

    def __init__(self, document: PlanDocument, preferences: PreferencesStore, state: WindowState, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.preferences = preferences
        self.state = state
        self.window = window
        # Shows the kratom cautions and returns who accepted them (None: not accepted); set by the workspace.
        self.kratom_gate: Callable[[], str | None] | None = None
        # "New from template" keeps one picker, built ahead of use and shown again each time.
        self._picker: TemplatePickerDialog | None = None
        self._library_warmed.connect(self._prepare_picker)

    # --- new -------------------------------------------------------------------------------

    def fresh_plan(self, template: CarePlan | None = None, kratom_accepted_by: str | None = None) -> CarePlan:
        """A new draft with this clinician's name and usual jurisdiction filled in."""
        prefs = self.preferences.preferences
        patient = Patient(jurisdiction=prefs.default_jurisdiction or None)
        plan = (plan_from_template(template, patient, kratom_accepted_by=kratom_accepted_by) if template
                else CarePlan(title=QCoreApplication.translate("FileController", "New care plan"), patient=patient))
        if prefs.clinician_name:
            plan = plan.model_copy(update={"clinician": Clinician(name=prefs.clinician_name, credentials=prefs.clinician_credentials)})
        return plan

    def new_blank(self) -> bool:
        if not self.maybe_save():
            return False
        self.document.reset(self.fresh_plan(), None)
        return True

    def library(self) -> TemplateLibrary:
        return TemplateLibrary(self.preferences.template_folders(), index=shared_index())

    def warm_library(self) -> None:
        """Bring the template index up to date on a worker thread, so the picker opens without
        parsing; then, back on the GUI thread, build the picker ahead of its first use."""
        def index() -> None:
            library = self.library()
            entries = library.entries()
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nothing to prepare
                self._library_warmed.emit(entries, list(library.problems))

        threading.Thread(target=index, name="careplan-template-index", daemon=True).start()

    def _prepare_picker(self, entries: list[TemplateEntry], problems: list[str]) -> None:
        # Hidden and without a template parsed: opening it then only checks the files for changes
        # and shows it (docs/performance.md, "Template library").
        if self._picker is None:
            self._picker = TemplatePickerDialog(entries, problems, self.window, ahead=True)
        # The last of start-up's background work: a good moment for the one full collection.
        QTimer.singleShot(0, heap.settle)

    def new_from_template(self) -> bool:
        if not self.maybe_save():
            return False
        library = self.library()
        entries = library.entries()  # each file's size and time checked: the listing is current
        if self._picker is None:
            self._picker = TemplatePickerDialog(entries, library.problems, self.window)
        else:
            self._picker.reopen(entries, library.problems)
        dialog = self._picker
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            return self.start_from_template(dialog.selected_id(), dialog.loaded, library, ask=False)
        finally:
            dialog.release()

    def start_from_template(self, template_id: str | None, loaded: dict[str, CarePlan] | None = None,
                            library: TemplateLibrary | None = None, *, ask: bool = True) -> bool:
        """A new plan from template ``template_id`` (None: blank), e.g. chosen on the start page."""
        if ask and not self.maybe_save():
            return False
        library = library or self.library()
        template = None
        if template_id is not None:
            try:
                # The template the picker previewed, parsed once; else read it now.
                template = (loaded or {}).get(template_id) or library.load(template_id)
            except PlanFileError as exc:
                show_error(self.window, QCoreApplication.translate("FileController", "Template not usable"), QCoreApplication.translate("FileController", "This template could not be read."), str(exc))
                return False
        accepted_by = self._kratom_acceptance(template)
        if accepted_by is None:
            return False
        self.document.reset(self.fresh_plan(template, accepted_by or None), None)
        self.status_message.emit(QCoreApplication.translate("FileController", "New plan from “{0}”").format(template.title) if template else QCoreApplication.translate("FileController", "New blank plan"))
        return True

    def new_from_open_template(self) -> bool:
        """A patient plan from the template that is open (the template file is left as it is)."""
        template = self.document.plan
        if not template.is_template or not self.maybe_save():
            return False
        accepted_by = self._kratom_acceptance(template)
        if accepted_by is None:
            return False
        self.document.reset(self.fresh_plan(template, accepted_by or None), None)
        self.status_message.emit(QCoreApplication.translate("FileController", "New plan from “{0}”: fill in the patient").format(template.title))
        return True

    def _kratom_acceptance(self, template: CarePlan | None) -> str | None:
        """Who accepted the kratom cautions for a plan from ``template`` ("" when it has no kratom
        module), or None when they were not accepted (then no plan is made)."""
        if template is None or template.kratom_module() is None:
            return ""
        accepted_by = self.kratom_gate() if self.kratom_gate is not None else None
        if not accepted_by:
            show_info(self.window, QCoreApplication.translate("FileController", "No plan made"), QCoreApplication.translate("FileController", "This template has a kratom module."),
                      QCoreApplication.translate("FileController", "Its cautions must be accepted for every new plan. Turn the kratom module on in "
                      "Preferences if needed, then try again and accept the cautions."))
            return None
        return accepted_by

    # --- open ------------------------------------------------------------------------------

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("FileController", "Open a care plan"), start, QCoreApplication.translate("FileController", FILE_FILTER))
        return self.open_path(Path(chosen), ask=False) if chosen else False

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open ``path``; a bad file gets a clear message and leaves the open plan (and the file) alone."""
        if ask and not self.maybe_save():
            return False
        try:
            plan = load_plan(path)
        except PlanFileError as exc:
            show_error(self.window, QCoreApplication.translate("FileController", "Could not open the plan"),
                       QCoreApplication.translate("FileController", "“{0}” could not be opened: {1}").format(path.name, exc),
                       QCoreApplication.translate("FileController", "The file has not been changed, and your current plan is still open."))
            return False
        self.document.reset(plan, path)
        self.state.add_recent(path)
        self.recent_changed.emit()
        self.status_message.emit(QCoreApplication.translate("FileController", "Opened {0}").format(path.name))
        return True

    # --- save ------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.document.path is None or self.document.plan.is_template:
            return self.save_as()
        return self._write(self.document.path)

    def save_as(self) -> bool:
        name = self.document.path or Path.home() / f"{slug(self.document.display_name)}{PLAN_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("FileController", "Save the care plan"), str(name), QCoreApplication.translate("FileController", FILE_FILTER))
        return self._write(with_suffix(Path(chosen))) if chosen else False

    def _write(self, path: Path) -> bool:
        plan = self.document.plan
        if plan.is_template and path != self.document.path:
            # Saving a template under a new name as a plan turns it into a patient plan.
            accepted_by = self._kratom_acceptance(plan)
            if accepted_by is None:
                return False
            try:
                plan = plan_from_template(plan, kratom_accepted_by=accepted_by or None)
            except KratomCautionsRequired as exc:
                show_error(self.window, QCoreApplication.translate("FileController", "Could not save"), QCoreApplication.translate("FileController", "The plan was not saved."), str(exc))
                return False
        try:
            written = save_plan(plan, path)
        except (OSError, PlanFileError) as exc:
            # The storage layer's one-line reason (a full disk, a refused target, a plan over the
            # size cap or one that would not open again); the edits stay open and unsaved.
            reason = (_sentence(describe_os_error(exc, "save", path)) if isinstance(exc, OSError) else
                      QCoreApplication.translate("FileController", "\u201c{0}\u201d was not saved: {1}.").format(
                          path.name, str(exc).removeprefix("not saved: ")))
            show_error(self.window, QCoreApplication.translate("FileController", "Could not save"), reason,
                       QCoreApplication.translate("FileController", "Your plan is still open with its changes unsaved; "
                                                  "choose File \u25b8 Save As to save it elsewhere."))
            return False
        self.document.mark_saved(written, path)
        self.state.add_recent(path)
        self.recent_changed.emit()
        self.status_message.emit(QCoreApplication.translate("FileController", "Saved {0}").format(path.name))
        return True

    def save_as_template(self) -> bool:
        plan = self.document.plan
        prefs = self.preferences.preferences
        dialog = SaveTemplateDialog(plan.title, prefs.clinician_name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            template = make_template(plan, dialog.info(), title=dialog.title())
        except IdentifiersFound as exc:
            self._refuse_identifiers(exc, dialog.title())
            return False
        folder = self.preferences.personal_templates_dir()
        # The file name comes from the de-identified title, never from the plan's; it is chosen
        # free under the library folder's lock, so no other template is ever overwritten.
        path = folder / template_file_name(template)
        try:
            ensure_private_dir(folder)
            path = save_new_template(folder, template)
        except LibraryError as exc:
            show_error(self.window, QCoreApplication.translate("FileController", "Could not save the template"), str(exc))
            return False
        except OSError as exc:
            show_error(self.window, QCoreApplication.translate("FileController", "Could not save the template"), _sentence(describe_os_error(exc, "save", path)))
            return False
        show_info(self.window, QCoreApplication.translate("FileController", "Template saved"), QCoreApplication.translate("FileController", "“{0}” is now in your templates.").format(dialog.title()),
                  QCoreApplication.translate("FileController", "Patient details were removed. Choose File \u25b8 New from template to use it."))
        return True

    def _refuse_identifiers(self, exc: IdentifiersFound, template_title: str) -> None:
        """Say what was found and where, and take the clinician to that field to edit it."""
        hit = exc.hits[0]
        more = QCoreApplication.translate("FileController", " %n more to edit after it.", "", len(exc.hits) - 1) if len(exc.hits) > 1 else ""
        in_dialog = hit.path[:1] == ("template",) or (hit.path == ("title",) and template_title != self.document.plan.title)
        where = QCoreApplication.translate("FileController", "The template's title or description") if in_dialog else QCoreApplication.translate("FileController", "The highlighted field")
        show_error(self.window, QCoreApplication.translate("FileController", "Not saved as a template"),
                   QCoreApplication.translate("FileController", "{0} contains {1}: “{2}”.").format(where, KIND_WORDS[hit.kind], hit.found),
                   QCoreApplication.translate("FileController", "Templates carry no patient identifiers. Edit it, then choose Save as Template again.{0}").format(more))
        if not in_dialog:
            self.field_requested.emit(hit.path)

    # --- close -----------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open plan (saved, discarded, or nothing to lose)."""
        if not self.document.is_modified:
            return True
        answer = ask_save_changes(self.window, self.document.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"
