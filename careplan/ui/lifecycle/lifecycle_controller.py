"""Sign-off, revise and compare in the GUI; a signed plan is shown read-only with a banner.

Signing writes the signed plan over its own file (the draft is kept as ``.bak``); revising writes
revision n+1 to a *new* file and opens it, so revision n stays on disk exactly as it was signed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.lifecycle import LifecycleError, is_read_only, revise, sign, signed_words
from careplan.domain.plan import CarePlan
from careplan.domain.plan_diff import diff_plans
from careplan.domain.safety import check_plan
from careplan.storage.errors import PlanFileError
from careplan.storage.os_errors import describe_os_error
from careplan.storage.paths import same_file
from careplan.storage.plan_files import PLAN_SUFFIX, load_plan, save_plan
from careplan.ui.document import PlanDocument
from careplan.ui.findings.findings_view import FindingsView
from careplan.ui.lifecycle.compare_dialog import CompareDialog
from careplan.ui.lifecycle.sign_off_dialog import SignOffDialog
from careplan.ui.preferences_store import PreferencesStore
from careplan.ui.prompts import show_error, show_info
from careplan.ui.translations import QT_TRANSLATE_NOOP

FILE_FILTER = QT_TRANSLATE_NOOP("LifecycleController", "Care plans (*.careplan.json)")


class SignedBanner(QFrame):
    """ "Signed off by …: read-only. [Revise…]" above the editor of a final plan."""

    revise_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signed_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#signed_banner { background: #e8f1e4; border: 1px solid #8fb38a; border-radius: 4px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(QCoreApplication.translate("SignedBanner", "Revise\u2026"))
        self.button.setToolTip(QCoreApplication.translate("SignedBanner", "Start revision n+1 as a draft in a new file; this revision stays as signed"))
        self.button.clicked.connect(self.revise_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()


class LifecycleController(QObject):
    status_message = Signal(str)
    opened = Signal(object)  # the path of a plan this controller wrote and opened

    def __init__(self, document: PlanDocument, catalog: CatalogIndex, preferences: PreferencesStore,
                 window: QWidget, read_only_parts: Sequence[QWidget | QAction], set_editor_read_only: Callable[[bool], None],
                 banner_host: QWidget | None = None, findings: FindingsView | None = None) -> None:
        super().__init__(window)
        self.document = document
        self.catalog = catalog
        self.preferences = preferences
        self.window = window
        self.read_only_parts = read_only_parts
        self.set_editor_read_only = set_editor_read_only
        self.banner = SignedBanner()
        self.banner.revise_requested.connect(self.start_revision)
        host_layout = banner_host.layout() if banner_host is not None else None
        if isinstance(host_layout, QBoxLayout):
            host_layout.insertWidget(0, self.banner)  # above the editor it explains
        self.findings = findings
        if findings is not None:
            # The findings view enables its buttons per selection; a signed plan's acknowledgements are part of the record.
            findings.finding_selected.connect(self._lock_acknowledgements)
        document.plan_changed.connect(self._update)
        document.document_reset.connect(self._update)

    # --- read-only state ----------------------------------------------------------------------

    def _update(self) -> None:
        plan = self.document.plan
        final = is_read_only(plan)
        for part in self.read_only_parts:
            part.setEnabled(not final)
        self.set_editor_read_only(final)
        self._lock_acknowledgements()
        if final and plan.signed_off is not None:
            so = plan.signed_off
            who = ", ".join(x for x in (so.name, so.credentials) if x)
            self.banner.label.setText(QCoreApplication.translate("LifecycleController", "<b>Signed off</b> by {0}, {1:%Y-%m-%d %H:%M} UTC · revision {2} · read-only").format(escape(who), so.at, plan.revision))
            self.banner.setToolTip(QCoreApplication.translate("LifecycleController", "Revision {0} is signed off ({1}) and cannot be changed. Revise starts the next revision in a new file; this one stays as signed.").format(plan.revision, signed_words(so)))
            self.banner.show()
        else:
            self.banner.hide()

    def _lock_acknowledgements(self) -> None:
        if self.findings is not None and is_read_only(self.document.plan):
            self.findings.acknowledge.setEnabled(False)
            self.findings.withdraw.setEnabled(False)

    # --- sign off -----------------------------------------------------------------------------

    def sign_off(self) -> bool:
        plan = self.document.plan
        if plan.is_template:
            show_info(self.window, QCoreApplication.translate("LifecycleController", "Not signed"), QCoreApplication.translate("LifecycleController", "A template is not signed off."), QCoreApplication.translate("LifecycleController", "Make a plan from it, then sign that plan."))
            return False
        if is_read_only(plan) and plan.signed_off is not None:
            show_info(self.window, QCoreApplication.translate("LifecycleController", "Already signed off"), QCoreApplication.translate("LifecycleController", "Revision {0} was signed off by {1}.").format(plan.revision, signed_words(plan.signed_off)),
                      QCoreApplication.translate("LifecycleController", "To change it, choose Plan \u25b8 Revise."))
            return False
        report = check_plan(plan, self.catalog)
        if report.blocking:
            lines = "\n".join(f"\u2022 {f.title} ({f.rule})" for f in report.blocking)
            show_error(self.window, QCoreApplication.translate("LifecycleController", "Cannot sign off yet"),
                       QCoreApplication.translate("LifecycleController", "%n critical finding(s) not acknowledged.", "", len(report.blocking)),
                       QCoreApplication.translate("LifecycleController", "{0}\n\nAcknowledge each with a reason in the Findings panel, or change the plan.").format(lines))
            return False
        prefs = self.preferences.preferences
        dialog = SignOffDialog(plan, report, plan.clinician.name or prefs.clinician_name,
                               plan.clinician.credentials or prefs.clinician_credentials, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        name, credentials = dialog.signer()
        try:
            signed = sign(plan, name, credentials, catalog=self.catalog)
        except LifecycleError as exc:
            show_error(self.window, QCoreApplication.translate("LifecycleController", "Not signed off"), str(exc))
            return False
        path = self.document.path or self._ask_path(QCoreApplication.translate("LifecycleController", "Save the signed plan"), self._suggest(plan.title, plan.revision))
        if path is None:
            return False
        if not self._write(signed, path):
            return False
        self.status_message.emit(QCoreApplication.translate("LifecycleController", "Signed off revision {0}; {1} is now read-only").format(signed.revision, path.name))
        if prefs.store_url:  # the file first, then a copy to the clinic store, off the GUI thread
            from careplan.ui.store.store_signing import send_signed

            self._store_job = send_signed(self.window, signed, path, prefs, self.status_message.emit)
        return True

    # --- revise -------------------------------------------------------------------------------

    def start_revision(self) -> bool:
        plan = self.document.plan
        try:
            revision = revise(plan)
        except LifecycleError as exc:
            show_info(self.window, QCoreApplication.translate("LifecycleController", "Nothing to revise"), str(exc))
            return False
        current = self.document.path
        suggested = self._suggest(plan.title, revision.revision, next_to=current)
        path = self._ask_path(QCoreApplication.translate("LifecycleController", "Save revision {0} as").format(revision.revision), suggested)
        if path is None:
            return False
        if current is not None and same_file(path, current):
            show_error(self.window, QCoreApplication.translate("LifecycleController", "Choose another file"), QCoreApplication.translate("LifecycleController", "Revision {0} is in {1}.").format(plan.revision, current.name),
                       QCoreApplication.translate("LifecycleController", "A new revision needs its own file, so that the signed one stays as it was."))
            return False
        if not self._write(revision, path):
            return False
        self.status_message.emit(QCoreApplication.translate("LifecycleController", "Revision {0} started in {1}; revision {2} is unchanged").format(revision.revision, path.name, plan.revision))
        return True

    # --- compare ------------------------------------------------------------------------------

    def compare_with(self, path: Path | None = None) -> CompareDialog | None:
        """Compare another plan file (usually an earlier revision) with the open plan."""
        if path is None:
            start = str(self.document.path.parent) if self.document.path else str(Path.home())
            chosen, _ = QFileDialog.getOpenFileName(self.window, QCoreApplication.translate("LifecycleController", "Compare with\u2026"), start, QCoreApplication.translate("LifecycleController", FILE_FILTER))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            other = load_plan(path)
        except PlanFileError as exc:
            show_error(self.window, QCoreApplication.translate("LifecycleController", "Could not compare"), QCoreApplication.translate("LifecycleController", "“{0}” could not be read: {1}").format(path.name, exc))
            return None
        current = self.document.plan
        older, newer = (current, other) if other.revision > current.revision else (other, current)
        heading = QCoreApplication.translate(
            "LifecycleController", "<b>From</b> revision {0} ({1}) <b>to</b> revision {2} ({3}) of \u201c{4}\u201d").format(
            older.revision, older.status, newer.revision, newer.status,
            escape(newer.title or QCoreApplication.translate("LifecycleController", "Care plan")))
        dialog = CompareDialog(heading, diff_plans(older, newer, self.catalog), self.window)
        dialog.show()
        return dialog

    # --- helpers ------------------------------------------------------------------------------

    def _suggest(self, title: str, revision: int, next_to: Path | None = None) -> Path:
        folder = next_to.parent if next_to is not None else Path.home()
        stem = next_to.name.removesuffix(PLAN_SUFFIX) if next_to is not None else (title or "care-plan")
        stem = stem.rsplit("-rev", 1)[0] if "-rev" in stem else stem
        return folder / f"{stem}-rev{revision}{PLAN_SUFFIX}"

    def _ask_path(self, caption: str, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, caption, str(suggested), QCoreApplication.translate("LifecycleController", FILE_FILTER))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.name.endswith(PLAN_SUFFIX) else path.with_name(path.name + PLAN_SUFFIX)

    def _write(self, plan: CarePlan, path: Path) -> bool:
        try:
            written = save_plan(plan, path, touch=False)
        except (OSError, PlanFileError) as exc:
            reason = (describe_os_error(exc, "save", path) if isinstance(exc, OSError) else
                      QCoreApplication.translate("LifecycleController", "\u201c{0}\u201d was not saved: {1}").format(
                          path.name, str(exc).removeprefix("not saved: ")))
            show_error(self.window, QCoreApplication.translate("LifecycleController", "Could not save"), reason,
                       QCoreApplication.translate("LifecycleController", "Nothing was signed or changed on disk; your plan is still open."))
            return False
        self.document.reset(written, path)
        self.opened.emit(path)
        return True
