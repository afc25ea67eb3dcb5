"""A few words on what each module holds, for the outline, the modules overview and the template picker."""

from __future__ import annotations

from careplan.domain.numbers import counted
from careplan.domain.plan import (
    CbtModule,
    KratomModule,
    LifestyleModule,
    MedicationModule,
    MindfulnessModule,
    Module,
    PhysiotherapyModule,
)


def module_summary(module: Module) -> str:
    """"3 medicines", "no exercises yet", "10 min a day"."""
    if isinstance(module, MedicationModule):
        return counted(len(module.items), "medicine") if module.items else "no medicines yet"
    if isinstance(module, PhysiotherapyModule):
        return counted(len(module.exercises), "exercise") if module.exercises else "no exercises yet"
    if isinstance(module, CbtModule):
        return counted(module.sessions, "session") if module.sessions else "sessions not set"
    if isinstance(module, MindfulnessModule):
        return f"{module.minutes_per_day} min a day" if module.minutes_per_day else "practice not set"
    if isinstance(module, LifestyleModule):
        return counted(len(module.targets), "target") if module.targets else "no targets yet"
    if isinstance(module, KratomModule):
        return module.status.replace("_", " ")
    return ""
