"""FLARE-UNLISTED: the flare plan lets the patient take a medicine the plan does not hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careplan.domain.catalog import CatalogIndex
from careplan.domain.plan import CarePlan, FlarePlan
from careplan.domain.safety.rules_flare import named_drugs
from careplan.storage.migrations import migrate
from tests.domain.plan_factory import check, med, of_rule, one, plan, template

IBU = med("ibuprofen", 400, times=3, id="ibu")
GEL = med("diclofenac-topical", 4, "g", times=4, id="gel", route="topical")
NORCO = med("hydrocodone-acetaminophen-5-325", 1, "tablet", prn_max=4, id="norco")


def _with_flare(p: CarePlan, may_take: str = "", items: list[str] | None = None) -> CarePlan:
    return p.model_copy(update={"flare_plan": FlarePlan(steps=["Rest"], may_take=may_take,
                                                        may_take_items=items or [])})


@pytest.mark.parametrize("text", ["Your usual ibuprofen dose", "an extra Advil", "IBUPROFEN 200 mg",
                                  "ibuprofen, no more than the daily limit"])
def test_text_naming_a_medicine_outside_the_plan_is_a_warning(catalog: CatalogIndex, text: str) -> None:
    finding = one(check(_with_flare(plan(GEL), text), catalog), "FLARE-UNLISTED")
    assert finding.severity == "warning"
    assert "neither planned nor among the current medicines" in finding.detail
    assert finding.items == ()


def test_the_finding_quotes_the_words_it_found(catalog: CatalogIndex) -> None:
    finding = one(check(_with_flare(plan(GEL), "Advil or Tylenol, and rest"), catalog), "FLARE-UNLISTED")
    assert '"Advil" and "Tylenol"' in finding.detail


@pytest.mark.parametrize("text", ["Your usual ibuprofen dose", "Advil as on your schedule", "The gel up to four times",
                                  "Rest and heat", "diclofenac gel as usual", ""])
def test_medicines_in_the_plan_and_plain_words_are_quiet(catalog: CatalogIndex, text: str) -> None:
    assert of_rule(check(_with_flare(plan(IBU, GEL), text), catalog), "FLARE-UNLISTED") == []


def test_current_medicines_count_as_listed(catalog: CatalogIndex) -> None:
    p = _with_flare(plan(GEL, current=[med("duloxetine", 60, times=1, id="dul")]), "your usual duloxetine")
    assert of_rule(check(p, catalog), "FLARE-UNLISTED") == []


def test_an_ingredient_of_a_combination_is_not_the_same_medicine(catalog: CatalogIndex) -> None:
    # Extra acetaminophen on a bad day is not counted in the plan's totals, even with Norco planned.
    finding = one(check(_with_flare(plan(NORCO), "extra acetaminophen (paracetamol)"), catalog), "FLARE-UNLISTED")
    assert '"acetaminophen (paracetamol)"' in finding.detail


def test_chosen_items_that_no_longer_exist_are_reported(catalog: CatalogIndex) -> None:
    report = check(_with_flare(plan(IBU), items=["ibu", "gone"]), catalog)
    finding = one(report, "FLARE-UNLISTED")
    assert finding.items == ("gone",) and "no longer in the plan" in finding.title
    assert of_rule(check(_with_flare(plan(IBU), items=["ibu"]), catalog), "FLARE-UNLISTED") == []


def test_templates_are_checked_too(catalog: CatalogIndex) -> None:
    assert of_rule(check(_with_flare(template(GEL), "ibuprofen"), catalog), "FLARE-UNLISTED")


def test_longer_names_win_over_shorter_ones_inside_them(catalog: CatalogIndex) -> None:
    found = named_drugs("Take Tylenol with Codeine #3 only", catalog)
    assert [words for words, _ in found] == ["Tylenol with Codeine #3"]
    assert named_drugs("rest, heat and a gentle walk", catalog) == []


def test_version_1_free_text_stays_text_with_nothing_chosen() -> None:
    v1 = Path(__file__).resolve().parents[1] / "data" / "v1_examples" / "kratom-counselling.careplan.json"
    doc = migrate(json.loads(v1.read_text(encoding="utf-8")))
    assert doc["flare_plan"]["may_take"] == "Your usual ibuprofen dose, no more than the daily limit on your schedule"
    assert doc["flare_plan"]["may_take_items"] == []
