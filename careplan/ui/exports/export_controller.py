"""Export the handout or summary to PDF, and print the handout exactly as previewed."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.ui.busy import run_busy
from careplan.ui.code_words import code_word
from careplan.ui.document import PlanDocument
from careplan.ui.exports.blocked_dialog import BlockedDialog
from careplan.ui.exports.export_dialog import ExportDialog
from careplan.ui.findings.safety_monitor import SafetyMonitor
from careplan.ui.preferences_store import PreferencesStore
from careplan.ui.preview.preview_controller import PreviewController
from careplan.ui.prompts import show_error


class ExportController(QObject):
    status_message = Signal(str)
    exported = Signal(Path)
    # "Go to" in the refusal: the workspace shows this finding in the Findings panel.
    finding_requested = Signal(object)

    def __init__(self, document: PlanDocument, catalog: CatalogIndex, monitor: SafetyMonitor, preferences: PreferencesStore,
                 preview: PreviewController, window: QWidget) -> None:
        super().__init__(window)
        self.document = document
        self.catalog = catalog
        self.monitor = monitor
        self.preferences = preferences
        self.preview = preview
        self.window = window

    def _allowed(self, what: str) -> bool:
        blocking = list(self.monitor.report.blocking)
        if not blocking:
            return True
        dialog = BlockedDialog(blocking, what, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.finding_requested.emit(dialog.chosen)
        return False

    def _default_name(self, kind: str) -> Path:
        plan = self.document.plan
        who = plan.patient.name if plan.patient and plan.patient.name.strip() else plan.title or "care-plan"
        stem = re.sub(r"[^\w]+", "-", who, flags=re.UNICODE).strip("-").lower() or "care-plan"
        folder = self.document.path.parent if self.document.path else Path.home()
        return folder / f"{stem}-{kind}.pdf"

    def export(self, kind: str = "handout") -> Path | None:
        """Ask what to export and where, then write the PDF; returns its path (None if cancelled)."""
        if not self._allowed("export"):
            return None
        from careplan.export.options import HANDOUT_SECTIONS

        sections = [(s.id, code_word(s.label), s.required) for s in HANDOUT_SECTIONS]
        prefs = self.preferences.preferences
        dialog = ExportDialog(sections, prefs.large_print, kind, self.window, clinic_phone=prefs.clinic_phone)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        kind = dialog.kind()
        chosen, _ = QFileDialog.getSaveFileName(self.window, QCoreApplication.translate("ExportController", "Export to PDF"), str(self._default_name(kind)), QCoreApplication.translate("ExportController", "PDF (*.pdf)"))
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        if kind == "handout" and not self._language_reviewed():
            return None
        try:
            data = self.render(kind, dialog.sections(), dialog.large_print.isChecked())
            from careplan.storage.atomic import atomic_write_bytes

            atomic_write_bytes(path, data, keep_backup=False)
        except OSError as exc:
            show_error(self.window, QCoreApplication.translate("ExportController", "Could not export"), QCoreApplication.translate("ExportController", "The PDF could not be written to {0}.").format(path), exc.strerror or str(exc))
            return None
        except ValueError as exc:  # MissingPhrase, PlanLanguageError, MissingLanguage: the handout's language
            show_error(self.window, self.tr("Could not make the handout"),
                       self.tr("The handout would mix two languages, so nothing was written."), str(exc))
            return None
        self.status_message.emit(QCoreApplication.translate("ExportController", "Exported {0}").format(path.name))
        self.exported.emit(path)
        return path

    def _language_reviewed(self) -> bool:
        """Warn (and let the clinician go on or stop) while the handout's translated wording has
        no review recorded in Preferences; True to go on."""
        from careplan.export import ExportOptions, handout_language
        from careplan.export.language_review import review_warning

        prefs = self.preferences.preferences
        try:
            language = handout_language(self.document.plan, ExportOptions())
        except ValueError:
            return True  # the render says what is wrong
        warning = review_warning(language, prefs.language_reviews)
        if warning is None:
            return True
        answer = QMessageBox.warning(self.window, self.tr("Handout wording not reviewed"),
                                     warning[:1].upper() + warning[1:] + ".",
                                     QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Ok

    def render(self, kind: str, sections: frozenset[str] | None = None, large_print: bool | None = None,
               page_size: str | None = None) -> bytes:
        from careplan.export import render_handout, render_summary

        options = self.preferences.print_settings().export_options(sections=sections, large_print=large_print,
                                                                   page_size=page_size)
        renderer = render_handout if kind == "handout" else render_summary
        # Read on this thread: the report may owe a check, which the monitor runs here.
        plan, report = self.document.plan, self.monitor.report
        label = self.tr("Making the handout…") if kind == "handout" else self.tr("Making the summary…")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # A long plan takes a second or more: the window keeps painting meanwhile.
            return run_busy(self.window, label, lambda: renderer(plan, self.catalog, report, options))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def handout_bytes(self) -> bytes:
        """The bytes the preview shows; rendered now if the preview is not up to date."""
        if self.preview.is_current and self.preview.latest is not None:
            return self.preview.latest
        return self.render("handout")

    def print_handout(self) -> bool:
        """Print the exported handout PDF at the paper chosen in the print dialog (to paper or a file)."""
        if not self._allowed("print"):
            return False
        from careplan.ui.exports.printing import default_paper, print_handout

        plan = self.document.plan
        paper = default_paper(plan.patient_or_empty.jurisdiction)
        previewed = self.preview.latest if self.preview.is_current else None
        title = QCoreApplication.translate("ExportController", "Care plan handout – {0}").format(self.document.display_name)
        try:
            result = print_handout(lambda size: self.render("handout", page_size=size), paper, self.window, title, previewed)
        except OSError as exc:
            show_error(self.window, QCoreApplication.translate("ExportController", "Could not print to the file"), QCoreApplication.translate("ExportController", "The PDF could not be written."), exc.strerror or str(exc))
            return False
        if result.to_file is not None:
            self.status_message.emit(QCoreApplication.translate("ExportController", "Printed to {0} ({1}). {2}").format(result.to_file.name, result.paper.upper(), result.note).strip())
        return result.printed
