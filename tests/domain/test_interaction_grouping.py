"""DRUG-INTERACTION: one finding per pair of medicines, however many lines each has.

The same label statement once per line pair buried a plan's other findings and made the summary
and handout grow with the square of the lines (the scaling benchmark found 6,549 findings at 1,000
lines); lines that print under the same names now share one finding that lists every line.
"""

from __future__ import annotations

import pytest

from careplan.domain.catalog import CatalogIndex
from tests.domain.plan_factory import ack, check, med, of_rule, plan

# (medicine with two lines, partner): pairs the labels route to DRUG-INTERACTION; the second is
# named by no other test of this rule.
PAIRS = [("duloxetine", "bupropion"), ("lithium", "celecoxib")]


@pytest.mark.parametrize(("first", "partner"), PAIRS)
def test_two_lines_of_one_medicine_share_one_finding(catalog: CatalogIndex, first: str, partner: str) -> None:
    p = plan(med(first, 30, times=1, id="a1"), med(first, 60, times=1, id="a2"), med(partner, 150, times=1, id="b1"))
    found = of_rule(check(p, catalog), "DRUG-INTERACTION")
    assert len(found) == 1
    assert found[0].items == ("a1", "a2", "b1")
    assert found[0].sources, "the grouped finding keeps the label's source"


def test_different_medicines_keep_their_own_findings(catalog: CatalogIndex) -> None:
    p = plan(med("duloxetine", 30, times=1, id="d"), med("lithium", 300, times=2, id="l"),
             med("bupropion", 150, times=1, id="b"), med("celecoxib", 200, times=1, id="c"))
    titles = sorted(f.title.split(":")[0] for f in of_rule(check(p, catalog), "DRUG-INTERACTION"))
    assert "Duloxetine with Bupropion" in titles
    assert len(titles) == 2 and any(t.startswith("Lithium") and t.endswith("with Celecoxib") for t in titles), titles


def test_a_line_added_later_is_not_covered_by_the_earlier_acknowledgement(catalog: CatalogIndex) -> None:
    one = plan(med("duloxetine", 30, times=1, id="a1"), med("bupropion", 150, times=1, id="b1"),
               acks=[ack("DRUG-INTERACTION", "a1", "b1")])
    assert all(f.acknowledged for f in of_rule(check(one, catalog), "DRUG-INTERACTION"))
    two = plan(med("duloxetine", 30, times=1, id="a1"), med("duloxetine", 60, times=1, id="a2"),
               med("bupropion", 150, times=1, id="b1"), acks=[ack("DRUG-INTERACTION", "a1", "b1")])
    (grouped,) = of_rule(check(two, catalog), "DRUG-INTERACTION")
    assert not grouped.acknowledged, "the new line a2 was never seen by the acknowledgement"


def test_two_lines_of_one_medicine_alone_raise_no_interaction(catalog: CatalogIndex) -> None:
    # Clean case: lines of the same medicine never pair with each other, however many there are.
    p = plan(med("lithium", 300, times=2, id="l1"), med("lithium", 150, times=1, id="l2"), med("lithium", 300, times=1, id="l3"))
    assert of_rule(check(p, catalog), "DRUG-INTERACTION") == []
