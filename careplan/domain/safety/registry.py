"""The ordered list of safety rules; adding a rule means adding one line here."""

from __future__ import annotations

from collections.abc import Callable

from careplan.domain.findings import Finding
from careplan.domain.safety import (
    rules_advice,
    rules_alcohol,
    rules_allergy,
    rules_combinations,
    rules_conditions,
    rules_flare,
    rules_interactions,
    rules_kratom,
    rules_limits,
    rules_locale,
    rules_measures,
    rules_opioid,
    rules_plan,
    rules_population,
    rules_qt,
    rules_stewardship,
    rules_unchecked,
)
from careplan.domain.safety.context import SafetyContext

Rule = Callable[[SafetyContext], list[Finding]]

# (rule id, function). Rule ids are a file-format contract (acknowledgements store them).
RULES: tuple[tuple[str, Rule], ...] = (
    ("DOSE-DAILY-MAX", rules_limits.dose_daily_max),
    ("APAP-DAILY-MAX", rules_limits.apap_daily_max),
    ("NSAID-DUPLICATE", rules_combinations.nsaid_duplicate),
    ("NSAID-BLEEDING", rules_interactions.nsaid_bleeding),
    ("NSAID-CONDITION", rules_conditions.nsaid_condition),
    ("OPIOID-MME", rules_opioid.opioid_mme),
    ("OPIOID-SEDATIVE", rules_opioid.opioid_sedative),
    ("OPIOID-NALOXONE", rules_opioid.opioid_naloxone),
    ("SEROTONERGIC", rules_interactions.serotonergic),
    ("ALLERGY", rules_allergy.allergy),
    ("KRATOM-JURISDICTION", rules_kratom.kratom_jurisdiction),
    ("KRATOM-CNS-DEPRESSANT", rules_kratom.kratom_cns_depressant),
    ("KRATOM-CYP", rules_kratom.kratom_cyp),
    ("KRATOM-CONCENTRATE", rules_kratom.kratom_concentrate),
    ("KRATOM-CONDITION", rules_kratom.kratom_condition),
    ("FOLLOWUP-MISSING", rules_plan.followup_missing),
    ("PLAN-INCOMPLETE", rules_plan.plan_incomplete),
    ("DOSE-UNCOUNTED", rules_unchecked.dose_uncounted),
    ("FLARE-UNLISTED", rules_flare.flare_unlisted),
    # Second set (issue 9).
    ("MED-UNCHECKED", rules_unchecked.med_unchecked),
    ("OPIOID-NAIVE-LA", rules_opioid.opioid_naive_la),
    ("RENAL-DOSE", rules_limits.renal_dose),
    ("QT-RISK", rules_qt.qt_risk),
    ("OLDER-ADULT", rules_population.older_adult),
    ("NSAID-TRIPLE", rules_combinations.nsaid_triple),
    ("OPIOID-CYP", rules_interactions.opioid_cyp),
    ("LACTATION", rules_population.lactation),
    ("CLASS-DUPLICATE", rules_combinations.class_duplicate),
    # Third set (issue 16): rules over label and group facts.
    ("PEDIATRIC", rules_population.pediatric),
    ("PREGNANCY-DRUG", rules_population.pregnancy_drug),
    ("RESPIRATORY", rules_conditions.respiratory),
    ("SEIZURE-RISK", rules_conditions.seizure_risk),
    ("HEPATIC-DOSE", rules_limits.hepatic_dose),
    ("AGONIST-ANTAGONIST", rules_interactions.agonist_antagonist),
    ("BLEEDING-RISK", rules_interactions.bleeding_risk),
    ("PRN-NO-GAP", rules_plan.prn_no_gap),
    # Label rows no named rule reads (every row is read by some rule).
    ("DRUG-INTERACTION", rules_interactions.drug_interaction),
    ("DRUG-CONDITION", rules_conditions.drug_condition),
    # Handout coherence and country (issue 17).
    ("ADVICE-CONFLICT", rules_advice.advice_conflict),
    ("COURSE-IN-FLARE", rules_advice.course_in_flare),
    ("PRODUCT-NOT-LOCAL", rules_locale.product_not_local),
    ("JURISDICTION-UNKNOWN", rules_locale.jurisdiction_unknown),
    # Stewardship and measures over time (issue 19).
    ("TAPER-RATE", rules_stewardship.taper_rate),
    ("MONITORING-DUE", rules_stewardship.monitoring_due),
    ("PHQ9-ITEM9", rules_measures.phq9_item9),
    # A heavy drinker on a medicine that must not be mixed with alcohol (an opioid's is OPIOID-SEDATIVE).
    ("ALCOHOL-INTERACTION", rules_alcohol.alcohol_interaction),
)

RULE_IDS: frozenset[str] = frozenset(rule_id for rule_id, _ in RULES)
