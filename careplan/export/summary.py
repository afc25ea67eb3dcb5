"""The clinician summary's story: every part of the plan, then safety, sources and sign-off."""

from __future__ import annotations

from careplan.domain.plan import CarePlan
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable
from careplan.export.summary_modules import modules
from careplan.export.summary_safety import findings, mme, sign_off, sources
from careplan.export.summary_sections import at_a_glance, flare_and_follow_up, goals, header, pain, patient

# What a signing clinician checks first comes first: the status at a glance and the findings,
# then the plan in detail, the MME breakdown, the numbered sources and the sign-off.
SUMMARY_BUILDERS = (header, at_a_glance, findings, patient, pain, goals, modules, flare_and_follow_up, mme,
                    sources, sign_off)


def summary_story(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    story: list[Flowable] = []
    for builder in SUMMARY_BUILDERS:
        story += builder(plan, ctx)
    return story
