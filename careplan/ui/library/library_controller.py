"""Opens the template library and starts a plan from the template chosen there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.storage.errors import PlanFileError
from careplan.storage.plan_files import load_plan
from careplan.storage.template_index import shared_index
from careplan.storage.template_library import ClinicLibrary, LibraryError
from careplan.ui.document import PlanDocument
from careplan.ui.files.file_controller import FileController
from careplan.ui.library.library_dialog import TemplateLibraryDialog
from careplan.ui.preferences_store import PreferencesStore
from careplan.ui.prompts import show_error, show_info


class LibraryController(QObject):
    status_message = Signal(str)

    def __init__(self, document: PlanDocument, files: FileController, catalog: CatalogIndex,
                 preferences: PreferencesStore, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.files = files
        self.catalog = catalog
        self.preferences = preferences
        self.window = window

    def library(self) -> ClinicLibrary:
        prefs = self.preferences.preferences
        return ClinicLibrary(self.preferences.personal_templates_dir(), prefs.shared_templates_dir,
                             catalog=self.catalog, index=shared_index())

    def open_library(self) -> bool:
        prefs = self.preferences.preferences
        store = (prefs.store_url, prefs.store_clinic_id or "default") if prefs.store_url else None
        dialog = TemplateLibraryDialog(self.library(), self.catalog, self.window, store=store)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_id is None:
            return False
        return self.new_plan_from(dialog, dialog.chosen_id)

    def new_plan_from(self, dialog: TemplateLibraryDialog, template_id: str) -> bool:
        if not self.files.maybe_save():
            return False
        try:
            template = load_plan(dialog.library.find(template_id).path)  # read afresh: it may have changed
        except (LibraryError, PlanFileError) as exc:
            show_error(self.window, QCoreApplication.translate("LibraryController", "Template not usable"), QCoreApplication.translate("LibraryController", "This template could not be read."), str(exc))
            return False
        accepted_by = ""
        if template.kratom_module() is not None:
            accepted_by = (self.files.kratom_gate() if self.files.kratom_gate is not None else None) or ""
            if not accepted_by:
                show_info(self.window, QCoreApplication.translate("LibraryController", "No plan made"), QCoreApplication.translate("LibraryController", "This template has a kratom module."),
                          QCoreApplication.translate("LibraryController", "Its cautions must be accepted for every new plan."))
                return False
        self.document.reset(self.files.fresh_plan(template, accepted_by or None), None)
        self.status_message.emit(QCoreApplication.translate("LibraryController", "New plan from “{0}”").format(template.title))
        return True
