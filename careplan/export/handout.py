"""The patient handout's story: its sections in print order, each a builder ``(plan, ctx)``."""

from __future__ import annotations

from collections.abc import Callable

from careplan.domain.plan import CarePlan
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable
from careplan.export.handout_cautions import care_box
from careplan.export.handout_intro import flare, goals, intro, letterhead, next_visit, tracker
from careplan.export.handout_meds import rescue_box, schedule
from careplan.export.handout_modules import modules
from careplan.export.handout_safety import help_box, kratom_box
from careplan.export.handout_taper import progress, taper

Builder = Callable[[CarePlan, RenderContext], list[Flowable]]

# Section id (options.HANDOUT_SECTIONS) -> builder, in print order. The opening (letterhead
# and "your plan") always prints.
SECTION_BUILDERS: tuple[tuple[str, Builder], ...] = (
    ("goals", goals),
    ("schedule", schedule),
    ("taper", taper),
    ("care", care_box),
    ("rescue", rescue_box),
    ("modules", modules),
    ("kratom", kratom_box),
    ("flare", flare),
    ("tracker", tracker),
    ("progress", progress),
    ("help", help_box),
    ("next_visit", next_visit),
)


def handout_story(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    story = letterhead(plan, ctx) + intro(plan, ctx)
    for section_id, builder in SECTION_BUILDERS:
        if ctx.options.wants(section_id):
            story += builder(plan, ctx)
    return story
