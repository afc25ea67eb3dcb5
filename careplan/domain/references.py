"""Check that a plan's catalog references (drug, exercise, practice ids...) exist in the catalog."""

from __future__ import annotations

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import (
    CarePlan,
    CbtModule,
    KratomModule,
    LifestyleModule,
    MedicationItem,
    MedicationModule,
    MindfulnessModule,
    PhysiotherapyModule,
)


def _drug_problem(where: str, item: MedicationItem, catalog: CatalogIndex) -> str | None:
    if item.drug is not None and item.drug not in catalog.drugs:
        return f"{where}.drug: unknown drug id {item.drug!r} (not in the catalog; use 'name' for a free-text medicine)"
    drug = catalog.drugs.get(item.drug) if item.drug else None
    rescue = drug is not None and drug.rescue
    # Only a rescue medicine (naloxone) may come without a way of taking it: it is given in an
    # emergency, never on a schedule. Anything else without one would drop out of every total.
    if not rescue and not item.has_frequency:
        return (
            f"{where}: {item.label} needs 'times_per_day', 'interval_hours', or 'prn' with 'max_per_day' "
            "(only a rescue medicine such as naloxone may have none)"
        )
    return None


def catalog_problems(plan: CarePlan, catalog: CatalogIndex) -> list[str]:
    """Every reference to a catalog id that the catalog does not hold, one line each."""
    problems: list[str] = []
    if plan.patient is not None:
        for i, item in enumerate(plan.patient.current_medications):
            if (p := _drug_problem(f"patient.current_medications[{i}]", item, catalog)) is not None:
                problems.append(p)
    for m, module in enumerate(plan.modules):
        where = f"modules[{m}]"
        if isinstance(module, MedicationModule):
            for i, item in enumerate(module.items):
                if (p := _drug_problem(f"{where}.items[{i}]", item, catalog)) is not None:
                    problems.append(p)
        elif isinstance(module, PhysiotherapyModule):
            for i, ex in enumerate(module.exercises):
                if ex.exercise is not None and ex.exercise not in catalog.exercises:
                    problems.append(f"{where}.exercises[{i}].exercise: unknown exercise id {ex.exercise!r}")
        elif isinstance(module, CbtModule):
            for focus in module.focus_areas:
                if focus not in catalog.cbt_components:
                    problems.append(f"{where}.focus_areas: unknown CBT focus area {focus!r}")
        elif isinstance(module, MindfulnessModule):
            if module.practice is not None and module.practice not in catalog.mindfulness_practices:
                problems.append(f"{where}.practice: unknown mindfulness practice {module.practice!r}")
        elif isinstance(module, LifestyleModule):
            for i, target in enumerate(module.targets):
                if target.catalog_id is not None and target.catalog_id not in catalog.lifestyle_targets:
                    problems.append(f"{where}.targets[{i}].catalog_id: unknown lifestyle target {target.catalog_id!r}")
        elif isinstance(module, KratomModule):
            for caution in module.cautions_discussed:
                if caution not in catalog.kratom_cautions:
                    problems.append(f"{where}.cautions_discussed: unknown kratom caution {caution!r}")
    kinds = [m.kind for m in plan.modules]
    if kinds.count("kratom") > 1:
        problems.append("modules: a plan holds at most one kratom module")
    return problems
