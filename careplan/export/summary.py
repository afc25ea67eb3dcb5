"""The clinician summary's story: every part of the plan, then safety, sources and sign-off."""

from __future__ import annotations

from careplan.domain.plan import CarePlan
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable
from careplan.export.summary_front import front_sheet
from careplan.export.summary_modules import modules
from careplan.export.summary_safety import findings, mme, record, sources
from careplan.export.summary_sections import flare_and_follow_up, goals, pain, patient
from careplan.export.summary_stewardship import measures, monitoring, tapers

# Page 1 is the front sheet a signing clinician checks and signs (patient, medicines with amount a
# day and MME, findings, signature block); then the findings in full, the plan in detail, the MME
# breakdown, the numbered sources and the plan's record (id, schema, revision).
SUMMARY_BUILDERS = (front_sheet, findings, patient, pain, goals, modules, tapers, flare_and_follow_up, monitoring, measures,
                    mme, sources, record)


def summary_story(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    story: list[Flowable] = []
    for builder in SUMMARY_BUILDERS:
        story += builder(plan, ctx)
    return story
