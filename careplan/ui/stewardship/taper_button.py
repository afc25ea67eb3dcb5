"""The "Taper…" button of a medicine in the medication editor: shown for medicines of a class the
stewardship facts say must not stop abruptly (or that already have a taper); it opens the taper
window for that medicine."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.edits import FieldPath
from careplan.domain.handout_catalog import drug_classes
from careplan.domain.plan import MedicationItem
from careplan.domain.stewardship_catalog import load_stewardship_facts
from careplan.domain.taper import TaperError, taper_levels
from careplan.ui.edit_controller import EditController
from careplan.ui.stewardship.controls import named
from careplan.ui.stewardship.taper_dialog import TaperDialog


def taper_applies(item: MedicationItem, catalog: CatalogIndex) -> bool:
    """A taper is offered for opioids and benzodiazepines (by the facts' classes), or kept when one exists."""
    if item.taper is not None:
        return True
    drug = catalog.drugs.get(item.drug) if item.drug else None
    if drug is None or drug.rescue:
        return False
    facts = load_stewardship_facts()
    classes = drug_classes(drug, catalog)
    return facts.no_abrupt_stop(classes) is not None or facts.guidance_for(classes, None) is not None


def taper_summary(item: MedicationItem, catalog: CatalogIndex) -> str:
    """ "taper: 5 steps, stop on 2027-05-03" for the medicine's summary line ("" without a taper)."""
    if item.taper is None:
        return ""
    try:
        levels = taper_levels(item, catalog)
    except TaperError:
        return QCoreApplication.translate("TaperButton", "taper: cannot be worked out")
    steps = levels[1:]
    last = steps[-1] if steps else None
    end = QCoreApplication.translate("TaperButton", ", stop on {0}").format(last.begins.isoformat()) if last is not None and last.kind == "stop" and last.begins else ""
    return QCoreApplication.translate("TaperButton", "taper: %n step(s)", "", len(steps)) + end


class TaperButton(QPushButton):
    """Opens (or raises) the medicine's taper window."""

    def __init__(self, controller: EditController, catalog: CatalogIndex, item_path: FieldPath,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TaperButton", "Taper\u2026"), parent)
        named(self, QCoreApplication.translate("TaperButton", "Taper this medicine"), QCoreApplication.translate("TaperButton", "Plan how this medicine is lowered: dated steps with their MME, or a rate"))
        self.controller = controller
        self.catalog = catalog
        self.item_path = item_path
        self.dialog: TaperDialog | None = None
        self.name = QCoreApplication.translate("TaperButton", "medicine")
        self.clicked.connect(self.open_editor)

    def show_for(self, item: MedicationItem, name: str) -> None:
        self.name = name
        self.setVisible(taper_applies(item, self.catalog))
        self.setText(QCoreApplication.translate("TaperButton", "Taper\u2026 \u2713") if item.taper is not None else QCoreApplication.translate("TaperButton", "Taper\u2026"))

    def open_editor(self) -> TaperDialog:
        if self.dialog is None:
            self.dialog = TaperDialog(self.controller, self.catalog, self.item_path, self.name, self.window())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog
