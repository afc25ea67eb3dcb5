"""Rules see only facts: renaming every drug id throughout the catalog and the plans changes no finding.

A rule that knew a drug by its id ("methadone") would stop firing once the id changes; a rule that
reads roles, classes and label rows finds the same hazards under any name.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Catalog
from careplan.domain.codes import DRUG_CLASSES
from careplan.domain.findings import Finding
from careplan.domain.handout_catalog import HandoutFacts, load_handout_facts
from careplan.domain.handout_catalog import _check_references as check_references
from careplan.domain.handout_model import HandoutCatalog
from careplan.domain.plan import CarePlan
from careplan.domain.safety import check_plan, rules_advice, rules_locale
from tests.domain.plan_factory import TODAY, get_catalog, med, plan
from tests.domain.test_safety_properties import plans

CATALOG = get_catalog()
NEW = {d: "x" + hashlib.sha1(d.encode()).hexdigest()[:10] for d in CATALOG.drugs}
OLD = {v: k for k, v in NEW.items()}
_PLACEHOLDER = re.compile(r"\{(drug|generic):([a-z0-9-]+)\}")


def _id(value: str) -> str:
    return NEW.get(value, value)


def _allergy(value: str) -> str:
    # An allergy term that is a class id names the class (acetaminophen is both): keep it.
    return value if value in DRUG_CLASSES else _id(value)


def _walk_text(node: Any) -> Any:
    """Placeholders {drug:ID} in every string of the catalog name drugs too."""
    if isinstance(node, str):
        return _PLACEHOLDER.sub(lambda m: f"{{{m.group(1)}:{_id(m.group(2))}}}", node)
    if isinstance(node, list):
        return [_walk_text(v) for v in node]
    if isinstance(node, dict):
        return {k: _walk_text(v) for k, v in node.items()}
    return node


def _facts(body: dict[str, Any]) -> None:
    if "drug" in body:
        body["drug"] = _id(body["drug"])
    if body.get("salt_of"):
        body["salt_of"]["drug"] = _id(body["salt_of"]["drug"])
    for row in body.get("interactions", []):
        target = row["with"]
        if target.get("drug"):
            target["drug"] = _id(target["drug"])
        if target.get("allergy"):
            target["allergy"] = _allergy(target["allergy"])


def renamed_catalog(catalog: CatalogIndex) -> CatalogIndex:
    """The same catalog with every drug id replaced, wherever a field names one."""
    data = _walk_text(catalog.data.model_dump(by_alias=True, mode="json"))
    for drug in data["drugs"]:
        drug["id"] = _id(drug["id"])
        for ingredient in drug["ingredients"]:
            ingredient["drug"] = _id(ingredient["drug"])
    for row in data["drug_codes"]:
        row["drug"] = _id(row["drug"])
    for row in data["brands"]["entries"]:
        row["drug"] = _id(row["drug"])
    for row in data["cyp"]:
        row["drugs"] = [_id(d) for d in row["drugs"]]
    for row in data["beers"]["avoid"]:
        row["drugs"] = [_id(d) for d in row["drugs"]]
        row["except_drugs"] = [_id(d) for d in row["except_drugs"]]
    for body in (*data["labels"], *data["groups"]):
        _facts(body)
    return CatalogIndex(Catalog.model_validate(data))


RENAMED = renamed_catalog(CATALOG)


def _rename_drugs(node: Any) -> Any:
    """Every ``drug`` and ``drugs`` field of the handout facts (products not sold, advice selectors)."""
    if isinstance(node, list):
        return [_rename_drugs(v) for v in node]
    if isinstance(node, dict):
        return {k: (_id(v) if k == "drug" and isinstance(v, str) else
                    [_id(d) for d in v] if k == "drugs" and isinstance(v, list) else _rename_drugs(v))
                for k, v in node.items()}
    return node


def renamed_handout_facts() -> HandoutFacts:
    """The handout facts some rules read (PRODUCT-NOT-LOCAL, ADVICE-CONFLICT), renamed the same way."""
    data = _rename_drugs(_walk_text(load_handout_facts().data.model_dump(by_alias=True, mode="json")))
    for table in data["generic_names"]:  # keyed by drug id
        table["names"] = {_id(drug): name for drug, name in table["names"].items()}
    facts = HandoutCatalog.model_validate(data)
    check_references(facts, RENAMED)  # every renamed id names a drug of the renamed catalog
    return HandoutFacts(facts)


RENAMED_FACTS = renamed_handout_facts()


def renamed_plan(p: CarePlan) -> CarePlan:
    data = p.model_dump(mode="json")
    items = [i for m in data["modules"] if m["kind"] == "medication" for i in m["items"]]
    if data.get("patient"):
        items += data["patient"]["current_medications"]
        data["patient"]["allergies"] = [_allergy(a) for a in data["patient"]["allergies"]]
    for item in items:
        if item.get("drug"):
            item["drug"] = _id(item["drug"])
    return CarePlan.model_validate(data)


def _back(text: str) -> str:
    return re.sub(r"x[0-9a-f]{10}", lambda m: OLD.get(m.group(0), m.group(0)), text)


def _seen(findings: tuple[Finding, ...]) -> list[tuple[str, str, tuple[str, ...], str, str]]:
    return [(f.rule, f.severity, f.items, _back(f.title), _back(f.detail)) for f in findings]


# Ids that are also class ids: a recorded allergy "acetaminophen" means the class as well as the
# drug, so it is not renamed, and its finding says "class" instead of naming the drug.
AMBIGUOUS = set(CATALOG.drugs) & set(DRUG_CLASSES)


def _same(p: CarePlan) -> None:
    if p.patient is not None and AMBIGUOUS & set(p.patient.allergies):
        kept = [a for a in p.patient.allergies if a not in AMBIGUOUS]
        p = p.model_copy(update={"patient": p.patient.model_copy(update={"allergies": kept})})
    before = check_plan(p, CATALOG, today=TODAY)
    with (patch.object(rules_locale, "load_handout_facts", lambda: RENAMED_FACTS),
          patch.object(rules_advice, "load_handout_facts", lambda: RENAMED_FACTS)):
        after = check_plan(renamed_plan(p), RENAMED, today=TODAY)
    # Findings that tie on rule, severity and items are ordered by their wording, which holds the
    # id (a recorded allergy to the drug's id): compare them as sets of findings, not as lists.
    assert sorted(_seen(after.findings)) == sorted(_seen(before.findings))
    assert after.mme.total == before.mme.total


def test_renamed_catalog_holds_no_old_id() -> None:
    assert not set(CATALOG.drugs) & set(RENAMED.drugs)
    assert {_id(d) for d in CATALOG.drugs} == set(RENAMED.drugs)
    not_sold = {n.drug for row in RENAMED_FACTS.data.locales for n in row.not_sold}
    assert not_sold and not not_sold & set(CATALOG.drugs)


def test_hand_picked_hazards_survive_renaming() -> None:
    # Label rows (tramadol with an MAOI), roles (serotonergic), groups (NSAID + anticoagulant),
    # salts (naproxen sodium), tolerance doses and the limits per population.
    cases = [
        plan(med("tramadol", 50, times=3), med("phenelzine", 15, times=3), age=80),
        plan(med("naproxen", 500, times=2), med("naproxen-sodium", 220, times=3, otc=True, id="ns"), med("warfarin", 5, times=1)),
        plan(med("fentanyl-transdermal", 25, "mcg/h", every_hours=72, route="transdermal"),
             current=[med("oxycodone", 10, times=2, id="cur")], allergies=["aspirin", "nsaid"]),
        plan(med("acetaminophen-codeine-300-30", 2, "tablet", times=4), age=10, weight_kg=30, conditions=["breastfeeding"]),
    ]
    for case in cases:
        _same(case)
        assert check_plan(case, CATALOG, today=TODAY).findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_renaming_every_drug_id_changes_no_finding(p: CarePlan) -> None:
    _same(p)
