"""Which editor shows which part of the plan (outline keys -> editor classes)."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan
from careplan.ui.edit_controller import EditController
from careplan.ui.editors.base import PartEditor
from careplan.ui.editors.cbt_editor import CbtEditor
from careplan.ui.editors.flare_followup_editor import FlarePlanEditor, FollowUpEditor
from careplan.ui.editors.goals_editor import GoalsEditor
from careplan.ui.editors.kratom_editor import KratomEditor
from careplan.ui.editors.lifestyle_editor import LifestyleEditor
from careplan.ui.editors.medication_editor import MedicationEditor
from careplan.ui.editors.mindfulness_editor import MindfulnessEditor
from careplan.ui.editors.modules_overview import ModulesOverview
from careplan.ui.editors.over_time_editor import OverTimeEditor
from careplan.ui.editors.pain_editor import PainEditor
from careplan.ui.editors.patient_editor import PatientEditor
from careplan.ui.editors.physiotherapy_editor import PhysiotherapyEditor
from careplan.ui.part_keys import PartKey

SECTION_EDITORS: dict[str, type[PartEditor]] = {
    "patient": PatientEditor,
    "pain": PainEditor,
    "goals": GoalsEditor,
    "modules": ModulesOverview,
    "flare": FlarePlanEditor,
    "follow_up": FollowUpEditor,
    "over_time": OverTimeEditor,
}
MODULE_EDITORS = {
    "medication": MedicationEditor,
    "physiotherapy": PhysiotherapyEditor,
    "cbt": CbtEditor,
    "mindfulness": MindfulnessEditor,
    "lifestyle": LifestyleEditor,
    "kratom": KratomEditor,
}


def make_editor(key: PartKey, controller: EditController, catalog: CatalogIndex, plan: CarePlan) -> PartEditor | None:
    """The editor for an outline key, or None when the key names nothing in this plan."""
    if key[0] == "module":
        module = next((m for m in plan.modules if m.id == key[1]), None)
        if module is None:
            return None
        return MODULE_EDITORS[module.kind](controller, catalog, module.id)
    editor_class = SECTION_EDITORS.get(key[0])
    return editor_class(controller, catalog) if editor_class else None
