"""Escaping of user text for reportlab markup, and the handout's fixed wording per language."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from careplan.export.text_safety import EN_SAFETY
from careplan.export.text_stewardship import EN_STEWARDSHIP

# C0 controls (other than tab and newline) and DEL: the paragraph parser rejects some and
# nothing a person typed needs them.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n|[\r\n\u2028\u2029\x85]")


def esc(s: object) -> str:
    """Escape a user string for a Paragraph: markup prints literally, newlines become breaks."""
    text = _CONTROL.sub("", str(s))
    # html.escape covers & < > " and '; reportlab's parser reads the entities it produces.
    return _NEWLINES.sub("<br/>", html.escape(text, quote=True))


# Every fixed word a patient reads. A new language is one more dict with the same keys;
# a key missing there falls back to English (see `phrase`). Placeholders are str.format fields.
EN: dict[str, str] = {
    # Header and introduction
    "doc_title": "Your care plan",
    "made_for": "Made for: {name}",
    "date_line": "Date: {date}",
    "made_by": "From: {clinician}",
    "signed_line": "Signed by {clinician} on {date}. Plan version {revision}.",
    "draft_line": "Plan version {revision}. This is a draft: your clinician has not signed it yet.",
    "phone_line": "Phone: {phone}",
    "phone_blank": "Phone: ____________________",
    "running_head": "Care plan for {name}",
    "running_head_anon": "Your care plan",
    "footer_page": "Page {page} of {pages}",
    "intro_title": "Your plan",
    "intro": "This plan shows the steps we agreed on to help you live well with pain. "
    "Keep it where you can see it. Bring it to every visit.",
    "intro_more": "Pain that lasts a long time is real. Medicine alone rarely fixes it. "
    "Small steps each day, like moving, sleep and calm breathing, can make a big difference.",
    "plan_parts": "Your plan has these parts:",
    "part_medication": "Medicines",
    "part_physiotherapy": "Exercises",
    "part_cbt": "Talking therapy for pain",
    "part_mindfulness": "Mindfulness practice",
    "part_lifestyle": "Healthy habits",
    "part_kratom": "Facts about kratom",
    # Goals
    "goals_title": "Your goals",
    "goals_intro": "These are the goals we set together.",
    "goal_measure": "How we check: {measure}",
    "goal_target": "Aim: {target}",
    "goal_due": "By: {date}",
    "peg_explain": "The PEG score shows how much pain gets in the way of your life. "
    "It goes from 0 to 10. Lower is better.",
    # Daily schedule
    "schedule_title": "Your medicines each day",
    "schedule_intro": "Take your medicines at these times. Keep taking them as shown, even on good days, "
    "unless we tell you to stop.",
    "allergies_line": "Allergies on your record: {allergies}. Tell every doctor, nurse, dentist and pharmacist.",
    "course_title": "For a set time only",
    "course_intro": "Take these at the times shown, for the time shown. Then stop.",
    "course_days": "Take it for {n} days, then stop.",
    "course_day_one": "Take it for 1 day only.",
    "course_until": "Take it until {date}, then stop.",
    "course_last_day": "Your last day is {date}.",
    "col_medicine": "Medicine",
    "col_morning": "Morning",
    "col_midday": "Midday",
    "col_evening": "Evening",
    "col_bedtime": "Bedtime",
    "spread_over_day": "{dose}, {n} times a day, spread over the day",
    "prn_title": "Only when needed",
    "prn_line": "Take {dose} only when you need it. Take it no more than {n} times a day.",
    "prn_line_one": "Take {dose} only when you need it. Take it no more than once a day.",
    "prn_gap": "Wait at least {hours} hours between doses.",
    "interval_title": "Medicines you change or take every few days",
    "interval_line": "Take {dose} {every}.",
    "interval_patch_line": "Put on {dose} {every}. Take the old patch off when you put on the new one.",
    "interval_days_patch": "Change it on {days}, and so on.",
    "interval_days": "Take it on {days}, and so on.",
    "interval_first_morning": "Start with the first one in the morning.",
    "interval_tick": "Check the box in the tracker each time.",
    "day_n": "day {n}",
    "day_n_short": "Day {n}",
    "slot_morning": "morning",
    "slot_evening": "evening",
    "slot_short_morning": "am",
    "slot_short_evening": "pm",
    "day_n_morning": "day {n} (morning)",
    "day_n_evening": "day {n} (evening)",
    "dose_rate_patch": "1 patch ({rate})",
    "dose_strength_one": "{dose} ({strength})",
    "dose_strength_each": "{dose} ({strength} each)",
    "every_day_one": "once a day",
    "every_week": "once a week, on the same day each week",
    "every_days": "every {n} days",
    "every_hours": "every {n} hours",
    "rescue_title": "For your family and caregivers: what to do if there is an emergency",
    "rescue_intro": "This medicine is not for every day. It is for an emergency. "
    "Show the people you live with where you keep it and how to use it.",
    "rescue_line": "Use it if the person cannot be woken up, or is breathing very slowly or not at all.",
    "rescue_dose": "Dose: {dose}.",
    "rescue_call": "In an emergency, call {emergency}.",
    "route_nasal": "sprayed into the nose",
    "route_injection": "as an injection",
    "start_on": "Start on {date}.",
    "other_meds": "Keep taking your other medicines as before, unless we told you to stop:",
    # About your medicines (medication module)
    "med_title": "About your medicines",
    "med_for": "What it is for:",
    "med_watch": "Watch for:",
    "med_how": "How to take it:",
    "med_ask": "Ask your pharmacist before you take any other medicine. This means ones you buy in a shop too.",
    # Take extra care: one caution per safety finding the clinician weighed, naming the medicines
    "care_title": "Take extra care with these medicines",
    "care_intro": "We chose these medicines for you on purpose. Here is how to take them safely.",
    "caution_opioid_sedative": "{names}: each of these can make you sleepy and slow your breathing. "
    "Taken together, the risk is much higher. Do not drink alcohol. Do not take any other medicine "
    "that makes you sleepy. If you are very sleepy or confused, or your breathing is slow, call {emergency} now. "
    "Tell the people you live with about these signs.",
    "caution_nsaid_bleeding": "{names}: taken together, these raise the risk of bleeding, most of all in the "
    "stomach. Take only the doses shown. Do not take any other anti-inflammatory pain pills. "
    "If you have black or bloody stools, throw up blood, or have a sudden bad headache, call {emergency} now.",
    "caution_nsaid_duplicate": "{names}: these are both anti-inflammatory pain medicines. We know you take both. "
    "Together they raise the risk of stomach bleeding. Take only the doses shown, and no other "
    "anti-inflammatory pain pills.",
    # "Your" daily limit, not "the usual" one: the limit line after it may be lower, for this patient
    # (liver, heavy drinking, weight, over the counter), and would contradict "usual".
    "caution_apap_daily_max_one": "{names}: this is more {acetaminophen} than your daily limit. We chose this on "
    "purpose. Take no more than shown. Do not take any other medicine with {acetaminophen} in it. If you take more "
    "than shown, even by mistake, call {emergency} now, even if you feel fine. You can also call {poison} for advice.",
    "caution_apap_daily_max": "{names}: each of these has {acetaminophen} in it. Together they come to more than "
    "your daily limit. We chose this on purpose. Take no more than shown. Do not take any other medicine "
    "with {acetaminophen} in it. If you take more than shown, even by mistake, call {emergency} now, "
    "even if you feel fine. You can also call {poison} for advice.",
    "caution_dose_daily_max": "{names}: this dose is more than your daily limit. We chose it on purpose, "
    "and we will check on it. Never take more than shown.",
    "caution_opioid_mme": "{names}: this is a high dose of opioid medicine. Never take more than shown. "
    "Keep naloxone at home. Show the people you live with how to use it.",
    "caution_dose_uncounted": "{names}: this plan does not say how strong each one is. Take only the number "
    "shown. Check the strength on the pharmacy label, and ask your pharmacist if you are not sure.",
    "caution_lactation": "{names}: you are breastfeeding, and this medicine can pass to your baby in your milk. "
    "It can cause serious breathing problems in a baby. Watch your baby closely. If your baby is more sleepy than "
    "usual, has trouble feeding or breathing, or is limp, call {emergency} now.",
    "caution_nsaid_triple": "{names}: taken together, these can harm your kidneys. We will check your kidneys "
    "with blood tests. Take only the doses shown, and no other anti-inflammatory pain pills.",
    "caution_opioid_cyp": "{names}: taken together, the pain medicine can build up in your body and get much "
    "stronger. This can slow your breathing. Take only the doses shown. If you are very sleepy or confused, or your "
    "breathing is slow, call {emergency} now.",
    "caution_opioid_naive_la": "{names}: this is a strong opioid that works for a long time. Use it only as shown, "
    "never more often. If you are very sleepy or confused, or your breathing is slow, call {emergency} now.",
    # QT-RISK fires for two such medicines together or a dose over an ECG level as well as for a
    # recorded rhythm problem, so the caution claims nothing about the patient's history.
    "caution_qt_risk_one": "{names}: this medicine can change your heart rhythm. We chose it on purpose, and we will "
    "check your heart. If your heartbeat feels fast or uneven, or you feel faint, call {emergency} now.",
    "caution_qt_risk": "{names}: these medicines can change your heart rhythm. We chose them on purpose, and we will "
    "check your heart. If your heartbeat feels fast or uneven, or you feel faint, call {emergency} now.",
    "caution_renal_dose": "{names}: your kidneys clear this medicine more slowly than most people's, so it can "
    "build up. We chose this dose on purpose, and we will check on you. Never take more than shown.",
    "caution_allergy": "{names}: this matches an allergy on your record. We talked about it and chose it on "
    "purpose. If you get a rash or itching, stop it and call us today. If your lips, mouth, throat or tongue swell, "
    "or you struggle to breathe, call {emergency} now.",
    "caution_hepatic_dose": "{names}: your liver clears this medicine more slowly than most people's, so it can "
    "build up. We chose this dose on purpose, and we will check on you. Never take more than shown.",
    "caution_pediatric": "{names}: this medicine needs extra care at this age or weight. We chose it on purpose, "
    "and we will check on it. Use only the dose shown, and no other medicine with the same ingredient.",
    "caution_serotonergic": "{names}: taken together, these can cause serotonin syndrome. We chose them on purpose. "
    "Get help right away if you feel agitated or confused, or have a fever, sweating, shaking or muscle jerks.",
    "caution_pregnancy_drug": "{names}: this medicine needs extra care in pregnancy. We talked about it and chose it "
    "on purpose. Take only the dose shown, and tell everyone who cares for you in pregnancy that you take it.",
    "caution_seizure_risk": "{names}: this medicine can make a seizure more likely. We chose it on purpose, knowing "
    "about your seizures. Take only the dose shown, and keep taking your seizure medicines.",
    "caution_drug_condition": "{names}: this medicine needs extra care with one of your health conditions. We "
    "talked about it and chose it on purpose. Take only the dose shown, and tell us if you feel worse.",
    "caution_drug_interaction": "{names}: taken together, one can change how the other works. We chose them on "
    "purpose. Take only the doses shown, and ask us before you start or stop any of them.",
    "caution_alcohol": "{names}: alcohol adds to the side effects and can be dangerous. The less you drink, the "
    "lower the risk. Tell us if cutting down is hard: we can help.",
    # Added to an over-limit caution: the patient's own limit, why, and the planned total.
    "caution_limit": "For you, the limit is {limit} a day of {ingredient} from all your medicines together, "
    "because of {why}. Your plan comes to {total} a day.",
    "limit_why_liver": "your liver",
    "limit_why_kidneys": "your kidneys",
    "limit_why_alcohol": "how much alcohol you drink",
    "limit_why_age": "your age",
    "limit_why_weight": "your weight",
    "limit_why_otc": "the shop label",
    "limit_why_health": "your health",
    # Exercises
    "physio_title": "Your exercises",
    "physio_intro": "Move gently. Some pain or stiffness when you start is normal. It should settle within a day.",
    "physio_sessions": "You will see your physical therapist {n} times a week.",
    "physio_sessions_one": "You will see your physical therapist once a week.",
    "ex_how": "How:",
    "ex_amount": "How much:",
    "reps_times": "{reps} times.",
    "reps_each_side": "{reps} times on each side.",
    "sets_rest": "Do {sets} sets, with a short rest between them.",
    "sets_only": "Do {sets} sets.",
    "hold_for": "Hold for {n} seconds each time.",
    "hold_for_one": "Hold for 1 second each time.",
    "for_minutes": "Keep going for {n} minutes.",
    "on_days": "Do this on {n} days a week.",
    "on_days_one": "Do this on 1 day a week.",
    # Captions under an exercise's two pictures
    "fig_start": "Start",
    "fig_end": "End",
    "fig_breathe_in": "Breathe in",
    "fig_breathe_out": "Breathe out",
    "fig_tense": "Tense",
    "fig_relax": "Relax",
    "fig_step_1": "Step",
    "fig_step_2": "Next step",
    "ex_progress": "To make it harder:",
    "ex_stop": "Stop if:",
    "pacing": "Pace yourself:",
    "walk_both": "Walk for {start} minutes at a time to start. Add a little each week, up to {target} minutes.",
    "walk_start": "Walk for {start} minutes at a time to start.",
    "walk_target": "Build up slowly to {target} minutes of walking at a time.",
    # CBT
    "cbt_title": "Talking therapy for pain (CBT)",
    "cbt_what": "CBT helps you learn skills to cope with pain, sleep better and do more of what matters to you.",
    "cbt_sessions": "You will have {n} sessions.",
    "cbt_sessions_one": "You will have 1 session.",
    "cbt_when": "Sessions are {cadence}.",
    "cadence_weekly": "once a week",
    "cadence_fortnightly": "every two weeks",
    "cadence_monthly": "once a month",
    "cbt_minutes": "Each one lasts about {n} minutes.",
    "cbt_with": "Who you will see: {provider}",
    "cbt_focus": "What you will work on:",
    "cbt_homework": "Your homework:",
    # Mindfulness
    "mind_title": "Mindfulness practice",
    "mind_what": "Mindfulness means paying calm attention to what is happening right now. "
    "It can ease stress and make pain easier to live with.",
    "mind_both": "Practice for {minutes} minutes a day, on {days} days a week.",
    "mind_minutes": "Practice for {minutes} minutes a day.",
    "mind_days": "Practice on {days} days a week.",
    "mind_track": "Check the box in the tracker each day you practice.",
    "mind_resources": "Recordings and books that can help:",
    # Lifestyle
    "life_title": "Healthy habits",
    "life_intro": "Small changes add up. Here are your targets.",
    "area_sleep": "Sleep",
    "area_activity": "Activity",
    "area_weight": "Weight",
    "area_diet": "Food",
    "area_smoking": "Smoking",
    "area_alcohol": "Alcohol",
    "team_note": "Note from your care team:",
    # Kratom caution box
    "kratom_title": "Kratom: what you need to know",
    "kratom_law": "{place}: kratom is {status} here. Our record of this is dated {date}. "
    "Laws change, and cities and states can make their own rules. Check the law where you live.",
    "law_banned": "against the law",
    "law_restricted": "allowed only with limits",
    "law_regulated": "legal, but with rules",
    "law_legal": "not banned",
    "law_unknown": "not clear",
    "kratom_law_country": "We have no record for your state, so this is the rule for the whole country "
    "({place}): kratom is {status}. Our record of this is dated {date}. States and cities can make their own rules. "
    "Check the law where you live.",
    "kratom_law_unknown": "We could not check the law where you live. Kratom is against the law in some places. "
    "Check before you buy, carry or use it.",
    "kratom_breathing": "You take {names}. With kratom, these can slow or stop your breathing.",
    "kratom_levels": "Kratom may make {names} stronger than expected.",
    "kratom_never_mix": "Never mix kratom with alcohol, opioid pain pills, or pills for sleep or worry.",
    "kratom_tell": "Tell every doctor, nurse, dentist and pharmacist that you use kratom.",
    "and": "and",
    # Flare plan
    "flare_title": "On a bad day: your flare plan",
    "flare_intro": "A flare is a time when pain is worse than usual. It will pass. Follow these steps in order.",
    "flare_may_take": "You may take:",
    "flare_also": "Also:",
    "flare_daily": "Take {dose} as shown in your schedule. Do not take extra.",
    "flare_current": "Keep taking {dose} as before. Do not take extra.",
    "flare_call": "Call us if:",
    # Tracker
    "tracker_title": "Weekly tracker",
    "tracker_intro": "Check the box each day you do it. Bring this page to your next visit.",
    "tracker_what": "What I did",
    "day_1": "Mon",
    "day_2": "Tue",
    "day_3": "Wed",
    "day_4": "Thu",
    "day_5": "Fri",
    "day_6": "Sat",
    "day_7": "Sun",
    "track_meds": "Took my medicines as planned",
    "track_exercises": "Did my exercises",
    "track_walk": "Went for a walk",
    "track_practice": "Did my mindfulness practice",
    "track_homework": "Did my CBT homework",
    "track_pain": "My pain today (0 to 10)",
    "tracker_changes": "Check the box on each day you change or take these:",
    "tracker_done": "Done",
    # Get help now
    "help_title": "Get help now if\u2026",
    "help_intro": "These signs need help right away. Each one says what to do.",
    "help_emergency": "Need help fast? Call {emergency}.",
    "numbers_title": "Phone numbers",
    "num_urgent": "Urgent, but not an emergency: {line}",
    "num_poison": "Poisoning: {line}",
    "num_crisis": "To talk to someone in a crisis: {line}",
    "num_clinic": "Your care team: {phone}",
    "num_clinic_blank": "Your care team: ____________________",
    # Phone lines, filled into sentences
    "line_plain": "{name} ({number})",
    "line_hours": "{name} ({number}, {hours})",
    "line_text": "{name} (call or text {number})",
    "emergency_unknown": "your local emergency number",
    "poison_unknown": "a poison control center",
    "crisis_unknown": "a crisis line",
    "or": "or",
    # Next visit and contact
    "next_title": "Your next visit",
    "next_date": "Your next visit is on {date}.",
    "next_weeks": "Your next visit is in about {n} weeks.",
    "next_week_one": "Your next visit is in about 1 week.",
    "next_none": "We will tell you when to come back.",
    "next_check": "At your next visit we will check:",
    "contact_title": "How to reach us",
    "contact_call": "If you have questions, call us at {phone}.",
    "contact_generic": "If you have questions, call your care team. Write their number here:",
    # Units a patient reads (singular / plural)
    "unit_tablet": "tablet",
    "unit_tablet_many": "tablets",
    "unit_capsule": "capsule",
    "unit_capsule_many": "capsules",
    "unit_patch": "patch",
    "unit_patch_many": "patches",
    "unit_application": "application",
    "unit_application_many": "applications",
    # Months, for dates written out in words
    "month_1": "January",
    "month_2": "February",
    "month_3": "March",
    "month_4": "April",
    "month_5": "May",
    "month_6": "June",
    "month_7": "July",
    "month_8": "August",
    "month_9": "September",
    "month_10": "October",
    "month_11": "November",
    "month_12": "December",
    "date_format": "{day} {month} {year}",
    "weekday_1": "Monday",
    "weekday_2": "Tuesday",
    "weekday_3": "Wednesday",
    "weekday_4": "Thursday",
    "weekday_5": "Friday",
    "weekday_6": "Saturday",
    "weekday_7": "Sunday",
    "mon_1": "Jan",
    "mon_2": "Feb",
    "mon_3": "Mar",
    "mon_4": "Apr",
    "mon_5": "May",
    "mon_6": "Jun",
    "mon_7": "Jul",
    "mon_8": "Aug",
    "mon_9": "Sep",
    "mon_10": "Oct",
    "mon_11": "Nov",
    "mon_12": "Dec",
}

EN.update(EN_SAFETY)
EN.update(EN_STEWARDSHIP)

PHRASES: dict[str, dict[str, str]] = {"en": EN}


def phrase_table(language: str, variant: str | None = None) -> Mapping[str, str]:
    """The phrase table of a handout language tag ("en", "es-MX"). English reads this module's
    table with the regional overlay of the patient's country ("en-GB": carers, physiotherapist,
    A&E); another language reads its compiled gettext catalog, which has every key or fails."""
    from careplan.domain.languages import base_language
    from careplan.export.patient_catalog import Translator
    from careplan.export.text_regional import regional_table
    from careplan.export.text_translated import TranslatedTable

    if base_language(language) != "en":
        return TranslatedTable(EN, Translator(language))
    return regional_table(EN, variant) if variant is not None else EN


def phrase_in(table: Mapping[str, str], key: str, **values: object) -> str:
    """Fixed wording from ``table`` as paragraph markup: the phrase and every value are escaped.
    A translated table picks a plural form by the ``n`` value when the phrase has one."""
    from careplan.export.text_translated import TranslatedTable

    template = table.counted(key, values.get("n")) if isinstance(table, TranslatedTable) else table.get(key, EN[key])
    return esc(template).format(**{name: esc(value) for name, value in values.items()})


def phrase(language: str, key: str, **values: object) -> str:
    """Fixed wording as paragraph markup: the phrase and every value filled into it are escaped."""
    return phrase_in(phrase_table(language), key, **values)


def raw_phrase(language: str, key: str) -> str:
    """The unescaped phrase, for places that are not paragraph markup (canvas strings, charts)."""
    return phrase_table(language)[key]
