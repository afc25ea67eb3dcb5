"""The handout's fixed wording for a taper calendar, withdrawal signs and the patient's own PEG
trend (English; keys as in :mod:`careplan.export.text`, placeholders for every number, date and
name). Spelling that differs by country is avoided rather than overlaid."""

from __future__ import annotations

EN_STEWARDSHIP: dict[str, str] = {
    # The taper calendar.
    "taper_title": "Lowering your {name} step by step",
    "taper_intro": "We agreed to lower your {name} slowly. Each new dose starts on the day shown. "
    "Keep to the dates, and tick each step when you start it.",
    "taper_col_from": "From",
    "taper_col_take": "What to take",
    "taper_col_tick": "Started",
    "taper_now": "Now",
    "taper_now_until": "Now, until {date}",
    "taper_pause": "Stay on the same dose: {doses}. This is a pause, to let your body settle.",
    "taper_stop": "Stop taking {name}.",
    "taper_rate_row": "{doses}",
    "taper_and": "and",
    "taper_at_morning": "{dose} in the morning",
    "taper_at_midday": "{dose} at midday",
    "taper_at_evening": "{dose} in the evening",
    "taper_at_bedtime": "{dose} at night",
    "taper_times_a_day": "{dose} {n} times a day",
    "taper_once_a_day": "{dose} once a day",
    "taper_every": "{dose} {every}",
    "taper_schedule_note": "This dose changes from {date}: see \u201cLowering your {name} step by step\u201d.",
    "taper_ends_done": "After the last step you are done with {name}. Bring back any you have left, or ask the "
    "pharmacy how to get rid of it safely.",
    "taper_ends_dose": "After the last step, stay on that dose until we see you.",
    "taper_not_worked_out": "Your care team will give you the dates for lowering {name}.",
    # Withdrawal signs and who to call.
    "withdrawal_title": "While you lower {names}",
    "withdrawal_intro": "Some people feel unwell for a few days after a step down. Signs to watch for:",
    "withdrawal_call": "Your care team: {phone}",
    "withdrawal_call_blank": "Your care team: ____________________",
    # The patient's own PEG trend.
    "progress_title": "How you are doing",
    "progress_peg_intro": "Your PEG score shows how much pain gets in the way of your life. It goes from 0 to 10. "
    "Lower is better.",
    "progress_peg_visit": "{date}: {score}",
    "progress_lower": "Your latest score is {percent}% lower than at your first visit. That is real progress.",
    "progress_lower_small": "Your latest score is a little lower than at your first visit.",
    "progress_same": "Your score is about the same as at your first visit. We will keep working on it together.",
    "progress_higher": "Your score is higher than at your first visit. Let us talk about it at your next visit.",
}
