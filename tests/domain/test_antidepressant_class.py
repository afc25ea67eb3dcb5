"""Every antidepressant carries the ``antidepressant`` class beside its own, so the class's facts
(the under-25 boxed warning, groups/antidepressant.json) reach a new SSRI or TCA the day it is
added; an MAOI that is not an antidepressant (linezolid, an antibiotic) does not."""

from careplan.domain.catalog import CatalogIndex

# Classes whose every member is an antidepressant.
ANTIDEPRESSANT_CLASSES = {"ssri", "snri", "tca"}


def test_every_member_of_an_antidepressant_class_is_an_antidepressant(catalog: CatalogIndex) -> None:
    members = [d for d in catalog.data.drugs if ANTIDEPRESSANT_CLASSES & set(d.classes)]
    assert len(members) >= 10
    assert [d.id for d in members if "antidepressant" not in d.classes] == []


def test_an_antibiotic_mao_inhibitor_is_not_an_antidepressant(catalog: CatalogIndex) -> None:
    maoi = {d.id: d for d in catalog.data.drugs if "maoi" in d.classes}
    antibiotics = [d for d in maoi.values() if "oxazolidinone" in d.classes]
    assert antibiotics and all("antidepressant" not in d.classes for d in antibiotics)
    assert any("antidepressant" in d.classes for d in maoi.values())


def test_the_boxed_warning_is_said_once_for_the_class(catalog: CatalogIndex) -> None:
    # One row for the class, not a copy in each antidepressant group or label.
    bodies = [*catalog.data.labels, *catalog.data.groups]
    boxed = [b for b in bodies if b.pediatric is not None and b.pediatric.word == "boxed_warning"
             and b.pediatric.min_age == 25]
    assert [getattr(b, "group", None) for b in boxed] == ["antidepressant"]
