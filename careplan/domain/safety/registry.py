"""The ordered list of safety rules; adding a rule means adding one line here."""

from __future__ import annotations

from collections.abc import Callable

from careplan.domain.findings import Finding
from careplan.domain.safety import (
    rules_advice,
    rules_allergy,
    rules_catalog,
    rules_dose,
    rules_flare,
    rules_interactions,
    rules_kratom,
    rules_locale,
    rules_nsaid,
    rules_opioid,
    rules_patient,
    rules_plan,
    rules_renal,
)
from careplan.domain.safety.context import SafetyContext

Rule = Callable[[SafetyContext], list[Finding]]

# (rule id, function). Rule ids are a file-format contract (acknowledgements store them).
RULES: tuple[tuple[str, Rule], ...] = (
    ("DOSE-DAILY-MAX", rules_dose.dose_daily_max),
    ("APAP-DAILY-MAX", rules_dose.apap_daily_max),
    ("NSAID-DUPLICATE", rules_nsaid.nsaid_duplicate),
    ("NSAID-BLEEDING", rules_nsaid.nsaid_bleeding),
    ("NSAID-CONDITION", rules_nsaid.nsaid_condition),
    ("OPIOID-MME", rules_opioid.opioid_mme),
    ("OPIOID-SEDATIVE", rules_opioid.opioid_sedative),
    ("OPIOID-NALOXONE", rules_opioid.opioid_naloxone),
    ("SEROTONERGIC", rules_opioid.serotonergic),
    ("ALLERGY", rules_allergy.allergy),
    ("KRATOM-JURISDICTION", rules_kratom.kratom_jurisdiction),
    ("KRATOM-CNS-DEPRESSANT", rules_kratom.kratom_cns_depressant),
    ("KRATOM-CYP", rules_kratom.kratom_cyp),
    ("KRATOM-CONCENTRATE", rules_kratom.kratom_concentrate),
    ("KRATOM-CONDITION", rules_kratom.kratom_condition),
    ("FOLLOWUP-MISSING", rules_plan.followup_missing),
    ("PLAN-INCOMPLETE", rules_plan.plan_incomplete),
    ("DOSE-UNCOUNTED", rules_dose.dose_uncounted),
    ("FLARE-UNLISTED", rules_flare.flare_unlisted),
    # Second set (issue 9).
    ("MED-UNCHECKED", rules_catalog.med_unchecked),
    ("OPIOID-NAIVE-LA", rules_patient.opioid_naive_la),
    ("RENAL-DOSE", rules_renal.renal_dose),
    ("QT-RISK", rules_interactions.qt_risk),
    ("OLDER-ADULT", rules_patient.older_adult),
    ("NSAID-TRIPLE", rules_interactions.nsaid_triple),
    ("OPIOID-CYP", rules_interactions.opioid_cyp),
    ("LACTATION", rules_patient.lactation),
    ("CLASS-DUPLICATE", rules_catalog.class_duplicate),
    # Handout coherence and country (issue 17).
    ("ADVICE-CONFLICT", rules_advice.advice_conflict),
    ("COURSE-IN-FLARE", rules_advice.course_in_flare),
    ("PRODUCT-NOT-LOCAL", rules_locale.product_not_local),
    ("JURISDICTION-UNKNOWN", rules_locale.jurisdiction_unknown),
)

RULE_IDS: frozenset[str] = frozenset(rule_id for rule_id, _ in RULES)
