"""Decides what the findings panel's actions do: jump to an item, acknowledge with a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import medicine_name
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.edits import find_owner
from careplan.domain.plan import CarePlan
from careplan.ui.code_words import code_word
from careplan.ui.edit_controller import EditController
from careplan.ui.findings.acknowledge_dialog import AcknowledgeDialog
from careplan.ui.findings.findings_view import FindingsView, detail_html


def item_names(plan: CarePlan, catalog: CatalogIndex) -> dict[str, str]:
    """Readable names for the ids findings point at (medicines, exercises, modules)."""
    names: dict[str, str] = {}
    for module in plan.modules:
        names[module.id] = QCoreApplication.translate("FindingsController", "{0} module").format(code_word(MODULE_LABELS[module.kind]))
        for item in getattr(module, "items", []):
            names[item.id] = medicine_name(catalog, item)
    for med in plan.patient_or_empty.current_medications:
        names[med.id] = QCoreApplication.translate("FindingsController", "{0} (already taking)").format(medicine_name(catalog, med))
    return names


class FindingsController(QObject):
    item_requested = Signal(str)

    def __init__(
        self,
        view: FindingsView,
        edits: EditController,
        catalog: CatalogIndex,
        clinician_name: Callable[[], str],
        dialog_parent: QWidget | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.edits = edits
        self.catalog = catalog
        self._clinician_name = clinician_name
        self._dialog_parent = dialog_parent
        view.finding_selected.connect(self._on_selected)
        view.list.clicked.connect(self._on_clicked)
        view.list.activated.connect(self._on_clicked)
        view.go_to.clicked.connect(self.go_to_current)
        view.acknowledge.clicked.connect(self.acknowledge_current)
        view.withdraw.clicked.connect(self._on_withdraw)
        self._on_selected()

    def _on_selected(self) -> None:
        finding = self.view.current_finding()
        if finding is not None:
            self.view.show_detail(detail_html(finding, item_names(self.edits.plan, self.catalog)))

    def _on_clicked(self, _index: QModelIndex) -> None:
        self.go_to_current()

    def go_to_current(self) -> None:
        """Show the part of the plan the selected finding concerns, with the cursor on it."""
        finding = self.view.current_finding()
        if finding is None or not finding.items:
            return
        # Prefer what the plan adds (a module's medicine) over what the patient already takes:
        # that is the part the clinician can change.
        owners = {item: find_owner(self.edits.plan, item) for item in finding.items}
        planned = [item for item, owner in owners.items() if owner and owner[0] == "modules"]
        self.item_requested.emit((planned or list(finding.items))[0])

    def acknowledge_current(self) -> bool:
        """Ask for a reason and record the acknowledgement in the plan (undoable)."""
        finding = self.view.current_finding()
        if finding is None:
            return False
        previous = finding.acknowledgement
        dialog = AcknowledgeDialog(
            finding,
            by=previous.by if previous else self._clinician_name(),
            reason=previous.reason if previous else "",
            parent=self._dialog_parent or self.view,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.edits.acknowledge(finding.rule, list(finding.items), dialog.reason(), dialog.by(), finding.title)

    def _on_withdraw(self) -> None:
        finding = self.view.current_finding()
        if finding is not None and finding.acknowledgement is not None:
            ack = finding.acknowledgement
            self.edits.withdraw_acknowledgement(ack.rule, list(ack.items), finding.title)
