"""The handout's fixed wording for red flags, advice, medicine safety, naloxone, the kratom law and
dates (English, US spelling; :mod:`careplan.export.text_regional` overlays other countries' words).

Every phrase is keyed by an id; numbers, doses, dates and names are placeholders, never text
assembled from English fragments, so that another language is a table with the same keys.
"""

from __future__ import annotations

EN_SAFETY: dict[str, str] = {
    # "Get help now": one group per urgency, most urgent first.
    "help_intro": "These signs need help. Each group says what to do.",
    "urgency_emergency": "Call {emergency} now if:",
    "urgency_same_day": "Get help today if:",
    "urgency_same_day_how_line": "Call us. If we are closed, call {urgent}.",
    "urgency_same_day_how_place": "Call us. If we are closed, go to {ed}.",
    "urgency_call_us": "Call us soon if:",
    # Where the patient's country is not known: a line to write each number in.
    "numbers_blank_intro": "Write the numbers for where you live here:",
    "num_blank_emergency": "Emergency: ____________________",
    "num_blank_poison": "Poison control: ____________________",
    "num_blank_crisis": "Crisis line: ____________________",
    "num_regional_blank_poison": "Poison center for your area: ____________________",
    # Places and people, by country (text_regional has the others).
    "word_ed": "the emergency room",
    # Flare plan
    "flare_red_box": "If you have a sign from the red \u201cGet help now\u201d box, do what the box says first.",
    "flare_course_until": "Only until {date}, the last day of your course. After that, do not take it for flares "
    "unless we tell you to.",
    "flare_course_days": "Only during your {n}-day course. After that, do not take it for flares unless we tell "
    "you to.",
    # Doses in the unit the patient holds
    "dose_units_of": "{dose} ({n} {unit} of {strength})",
    "dose_unit_one": "{dose} (1 {unit})",
    "dose_gel": "{dose} of gel",
    # Keeping medicines safe
    "med_safe_title": "Keep your medicines safe",
    "naloxone_title": "Naloxone: keep it at home",
    "naloxone_why": "Naloxone can save a life if someone takes too much opioid medicine. Your plan does not have "
    "naloxone yet.",
    "naloxone_ask": "Ask us or your pharmacist how to get naloxone.",
    # Kratom law: one sentence per status; a row that needs its own words has a "kratom_law_row_" key.
    "kratom_law_banned": "{place}: kratom is against the law here.",
    "kratom_law_restricted": "{place}: kratom is allowed here only with limits.",
    "kratom_law_regulated": "{place}: kratom is legal here, but with rules.",
    "kratom_law_legal": "{place}: kratom is not banned here.",
    "kratom_law_not_known": "{place}: we could not confirm the law on kratom here.",
    "kratom_law_row_US": "{place}: federal law does not ban kratom. But the FDA says it may not be sold as a food or "
    "a supplement.",
    "kratom_law_row_US-FL": "{place}: some strong \u201c7-OH\u201d kratom products are against the law here. The rule "
    "does not cover kratom leaf.",
    "kratom_law_row_GB": "{place}: it is against the law to sell, give, make or bring in kratom (Psychoactive "
    "Substances Act 2016). Having it only for your own use is not an offense.",
    "kratom_law_row_CA": "{place}: no kratom product is approved to eat, drink or swallow. Products sold for that "
    "can be taken away.",
    "kratom_law_row_DE": "{place}: kratom is not an approved medicine, and the medicines agency warns against "
    "taking it. Whether it may be sold is not clear.",
    "kratom_law_age": "You must be at least {age} to buy it.",
    "kratom_law_dated": "Our record of this is dated {date}.",
    "kratom_law_states": "Laws change, and states, cities and towns can make their own rules. Check the law where "
    "you live.",
    "kratom_law_check": "Laws change. Check the law where you live.",
    "kratom_law_whole_country": "We have no record for your state, so this is the rule for the whole country.",
    # Dates a patient cannot misread, in the order the country writes them.
    "date_format_mdy": "{month} {day}, {year}",
    "weekday_date_dmy": "{weekday} {day} {month}",
    "weekday_date_mdy": "{weekday} {month} {day}",
    "short_date_dmy": "{weekday} {day} {month}",
    "short_date_mdy": "{weekday} {month} {day}",
}
