"""The clinician summary's numbered source list: one number per source, cited from each finding.

Sources come in two groups, each source once: first those of the findings present (numbered in
the order the findings cite them, so a finding reads "[1], [3]"), then those behind the facts the
handout gives this patient (the red flags it prints, the phone lines of the patient's country,
the kratom row and cautions, the daily limits, default timings and MME factors of the plan's
medicines, and the exercises and programmes it describes). A drug's whole entry is not cited:
a pregnancy warning has no place in a 70-year-old man's summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from careplan.domain.catalog_model import Source
from careplan.domain.dosing import dose_slots, frequency, timing_source
from careplan.domain.findings import Finding
from careplan.domain.plan import CarePlan, CbtModule, LifestyleModule, MindfulnessModule, PhysiotherapyModule
from careplan.export.context import RenderContext
from careplan.export.handout_safety import relevant_red_flags

SourceKey = tuple[str, str | None]


def source_key(source: Source) -> SourceKey:
    return (" ".join(source.citation.split()), source.url)


@dataclass
class SourceList:
    """Sources in print order with their numbers (1-based)."""

    cited: list[Source] = field(default_factory=list)
    other: list[Source] = field(default_factory=list)
    numbers: dict[SourceKey, int] = field(default_factory=dict)

    def add(self, sources: Iterable[Source], cited: bool) -> None:
        for source in sources:
            key = source_key(source)
            if key not in self.numbers:
                self.numbers[key] = len(self.numbers) + 1
                (self.cited if cited else self.other).append(source)

    def refs(self, finding: Finding) -> list[int]:
        """The numbers a finding cites, in ascending order, each once."""
        return sorted({self.numbers[source_key(s)] for s in finding.sources if source_key(s) in self.numbers})


def _handout_fact_sources(plan: CarePlan, ctx: RenderContext) -> list[tuple[Source, ...]]:
    cat = ctx.catalog
    groups: list[tuple[Source, ...]] = [flag.sources for flag in relevant_red_flags(plan, cat)]
    if (lines := ctx.local.lines) is not None:
        groups += [line.sources for line in lines.lines]
    for item in plan.all_medications():
        drug = ctx.drug(item)
        if drug is None:
            continue
        if (row := cat.country_names(drug.id, ctx.jurisdiction)) is not None:
            groups.append(row.sources)
        kind = frequency(item, drug)
        if kind == "rescue":
            continue
        facts = cat.facts.of(drug.id)
        limit = (facts.plain_maximum(otc=True) if item.otc else None) or facts.plain_maximum(otc=False) if facts else None
        if limit is not None:
            groups.append(limit.sources)
        if drug.default_timing is not None and dose_slots(item, drug) and timing_source(item, drug) == "catalog":
            groups.append(drug.default_timing.sources)
        if drug.mme is not None:
            groups.append(drug.mme.sources)
    if plan.kratom_module() is not None:
        if (place := cat.jurisdiction(plan.patient_or_empty.jurisdiction)) is not None:
            groups.append(place.sources)
        groups += [c.sources for c in cat.data.kratom_cautions]
    for module in plan.modules:
        if isinstance(module, PhysiotherapyModule):
            groups += [cat.exercises[e.exercise].sources for e in module.exercises if e.exercise in cat.exercises]
        elif isinstance(module, CbtModule):
            groups += [cat.cbt_components[f].sources for f in module.focus_areas if f in cat.cbt_components]
        elif isinstance(module, MindfulnessModule) and module.practice in cat.mindfulness_practices:
            groups.append(cat.mindfulness_practices[module.practice].sources)
        elif isinstance(module, LifestyleModule):
            groups += [cat.lifestyle_targets[t.catalog_id].sources for t in module.targets
                       if t.catalog_id in cat.lifestyle_targets]
    return groups


def source_list(plan: CarePlan, ctx: RenderContext) -> SourceList:
    """The numbered sources of this summary (the same numbers on every call for one render)."""
    out = SourceList()
    for finding in ctx.report.findings:
        out.add(finding.sources, cited=True)
    for group in _handout_fact_sources(plan, ctx):
        out.add(group, cited=False)
    return out
