"""Clinician-summary builders for the header, patient, pain, goals, flare plan, follow-up and notes."""

from __future__ import annotations

from careplan.domain.advice import ADVICE_KIND_LABELS
from careplan.domain.codes import CONDITION_LABELS, SEX_LABELS
from careplan.domain.dosing import dose_words
from careplan.domain.plan import CarePlan
from careplan.export.chart import peg_chart
from careplan.export.context import RenderContext, number
from careplan.export.flow import Flowable, bullets, para, spacer
from careplan.export.styles import DANGER
from careplan.export.summary_common import dash, kv_table, med_describe, med_label, schedule_text, table, when
from careplan.export.text import esc


def header(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = []
    if ctx.options.letterhead.name.strip():
        out.append(para(f"<b>{esc(ctx.options.letterhead.name)}</b>", s.letterhead))
    out.append(para("Clinician summary", s.title))
    if plan.title.strip():
        out.append(para(f"<b>{esc(plan.title)}</b>", s.body))
    if plan.signed_off is not None:
        so = plan.signed_off
        status = f"FINAL \u2014 signed off by {esc(so.name)} {esc(so.credentials)} at {when(so.at)}"
    else:
        status = f'<font color="#{DANGER.hexval()[2:]}"><b>DRAFT \u2014 not signed off</b></font>'
    out.append(para(f"Status: {status}", s.body))
    clinician = ", ".join(x for x in (plan.clinician.name.strip(), plan.clinician.credentials.strip()) if x)
    out.append(para(f"Clinician: {dash(clinician)}", s.body))
    if plan.supersedes is not None:
        prev = plan.supersedes
        who = f", signed off by {esc(prev.signed_off.name)} {esc(prev.signed_off.credentials)} at {when(prev.signed_off.at)}" if prev.signed_off else ""
        out.append(para(f"Replaces revision {prev.revision}{who}.", s.body))
    out.append(para(f"Revision {plan.revision} \u00b7 created {when(plan.created_at)} \u00b7 updated "
                    f"{when(plan.updated_at)} \u00b7 printed {ctx.today.isoformat()}", s.small))
    return out


def patient_line(plan: CarePlan, ctx: RenderContext) -> str:
    p = plan.patient
    if p is None:
        return "Template (no patient)"
    age = p.age_on(ctx.today)
    parts = [esc(p.name) if p.name.strip() else "Unnamed patient"]
    if age is not None:
        parts.append(f"{age} years")
    if p.sex != "unknown":
        parts.append(esc(SEX_LABELS[p.sex].lower()))
    parts.append(esc(p.jurisdiction) if p.jurisdiction else "jurisdiction not recorded")
    return ", ".join(parts)


def patient(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    out = [para("Patient", s.h1)]
    if plan.patient is None:
        return [*out, para("Template: no patient block.", s.body)]
    p = plan.patient
    age = p.age_on(ctx.today)
    place = ctx.catalog.jurisdiction(p.jurisdiction)
    where = dash(p.jurisdiction or "")
    if place is not None and plan.kratom_module() is not None:
        where += f" \u2014 kratom: {esc(place.name)}, {esc(place.status)} as of {place.as_of.isoformat()}"
        if place.code != p.jurisdiction:
            where += f" (no row for {esc(p.jurisdiction or '')}: the country row applies)"
    conditions = ", ".join(esc(CONDITION_LABELS.get(c, c)) for c in p.conditions)
    tolerant = {True: "yes (recorded)", False: "no (recorded)", None: "not recorded"}[p.opioid_tolerant]
    pairs = [
        ("Name", dash(p.name)),
        ("Date of birth", when(p.date_of_birth)),
        ("Age", str(age) + (" (65+)" if age is not None and age >= 65 else "") if age is not None else "\u2014"),
        ("Sex", esc(SEX_LABELS.get(p.sex, p.sex))),
        ("Record number", dash(p.record_number)),
        ("Jurisdiction", where),
        ("Conditions", conditions or "none recorded"),
        ("Allergies", ", ".join(esc(a) for a in p.allergies) or "none recorded"),
        ("Alcohol", f"{number(p.alcohol_drinks_per_week)} drinks/week" if p.alcohol_drinks_per_week is not None
         else "\u2014"),
        ("Kidney function", ", ".join(x for x in (
            f"CrCl {number(p.crcl)} mL/min" if p.crcl is not None else "",
            f"eGFR {number(p.egfr)} mL/min/1.73 m\u00b2" if p.egfr is not None else "") if x) or "not recorded"),
        ("Opioid tolerant", tolerant),
    ]
    if p.pregnancy_weeks is not None:
        pairs.append(("Pregnancy", f"{p.pregnancy_weeks} weeks"))
    out.append(kv_table(pairs, ctx))
    out.append(para("Current medicines", s.h2))
    if p.current_medications:
        rows = [[esc(med_label(i, ctx)), esc(dose_words(i)), esc(schedule_text(i, ctx)), esc(i.route),
                 dash(i.purpose)] for i in p.current_medications]
        out.append(table(["Medicine", "Dose", "Schedule", "Route", "Purpose"], rows, [0.3, 0.14, 0.2, 0.12, 0.24],
                         ctx))
    else:
        out.append(para("None recorded.", s.body))
    return out


def pain(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    pn = plan.pain
    base = pn.baseline
    peg = (f"{', '.join(str(v) for v in base.peg)} (pain, enjoyment, activity); mean "
           f"{number(round(base.peg_score or 0, 1))}") if base.peg else "\u2014"
    pairs = [
        ("Sites", ", ".join(esc(x) for x in pn.sites if x.strip()) or "\u2014"),
        ("Type", ", ".join(esc(x) for x in pn.types) or "\u2014"),
        ("Causes", ", ".join(esc(x) for x in pn.causes if x.strip()) or "\u2014"),
        ("Duration", f"{number(pn.duration_months)} months" if pn.duration_months is not None else "\u2014"),
        ("Baseline PEG-3", peg),
        ("Baseline NRS", f"{base.nrs}/10" if base.nrs is not None else "\u2014"),
    ]
    out: list[Flowable] = [para("Pain profile", s.h1), kv_table(pairs, ctx)]
    chart = peg_chart(plan, s, min(ctx.width, s.small_size * 40))
    if chart is not None:
        out += [spacer(s), chart]
    return out


def goals(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    out = [para("Goals", ctx.styles.h1)]
    if not plan.goals:
        return [*out, para("No goals set.", ctx.styles.body)]
    rows = [[esc(g.text), dash(g.measure), dash(g.target), when(g.due) if g.due else "\u2014"] for g in plan.goals]
    return [*out, table(["Goal", "Measure", "Target", "Due"], rows, [0.46, 0.18, 0.2, 0.16], ctx)]


def flare_and_follow_up(plan: CarePlan, ctx: RenderContext) -> list[Flowable]:
    s = ctx.styles
    fp, fu = plan.flare_plan, plan.follow_up
    out = [para("Flare plan", s.h1)]
    steps = [f"{esc(x.text)} <i>({ADVICE_KIND_LABELS[x.kind].lower()})</i>" for x in fp.steps if x.text.strip()]
    out += bullets(steps, s.bullet, numbered=True) if steps else [para("No steps recorded.", s.body)]
    by_id = {i.id: i for i in plan.all_medications()}
    chosen = [esc(med_describe(by_id[i], ctx)) if i in by_id else f"<b>missing item {esc(i)}</b> (see FLARE-UNLISTED)"
              for i in fp.may_take_items]
    out.append(kv_table([("May take (from the plan)", "<br/>".join(chosen) or "\u2014"),
                         ("May take (free text)", dash(fp.may_take)), ("Call if", dash(fp.call_if))], ctx))
    out.append(para("Follow-up", s.h1))
    interval = f"every {fu.interval_weeks} weeks" if fu.interval_weeks else "not set"
    out.append(kv_table([
        ("Interval", interval),
        ("Next visit", when(fu.next_visit) if fu.next_visit else "\u2014"),
        ("Monitoring", ", ".join(esc(m) for m in fu.monitoring if m.strip()) or "\u2014"),
    ], ctx))
    if plan.notes.strip():
        out += [para("Plan notes", s.h1), para(esc(plan.notes), s.body)]
    return out
