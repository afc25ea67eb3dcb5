"""A catalog built in a test: the bundled one plus drugs, label files or groups a test adds, for
facts that no catalog file holds yet (a drug another helper adds later) or that a test invents to
show a rule reads facts, not drug names."""

from __future__ import annotations

from typing import Any

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_model import Catalog

REVIEWED = "2026-12-03"
SOURCE = [{"citation": "Synthetic fact for a test (not shipped)", "grade": "S"}]


def sourced(**fields: Any) -> dict[str, Any]:
    """A fact row with the test's source and date."""
    return {**fields, "sources": SOURCE, "reviewed": REVIEWED}


def drug(drug_id: str, classes: list[str], **fields: Any) -> dict[str, Any]:
    """A minimal catalog drug (oral, dosed in mg)."""
    return {"id": drug_id, "name": drug_id.replace("-", " ").capitalize(), "classes": classes, "routes": ["oral"],
            "sources": SOURCE, "reviewed": REVIEWED, **fields}


def catalog_with(base: CatalogIndex, *, drugs: list[dict[str, Any]] = (), labels: list[dict[str, Any]] = (),
                 groups: list[dict[str, Any]] = ()) -> CatalogIndex:
    """The bundled catalog with these drugs, label files and groups added (a label for a drug that
    has one replaces it)."""
    data = base.data.model_dump(by_alias=True, mode="json", exclude_defaults=False)
    data["drugs"] = [*data["drugs"], *drugs]
    replaced = {label["drug"] for label in labels}
    data["labels"] = [*(x for x in data["labels"] if x["drug"] not in replaced), *labels]
    data["groups"] = [*data["groups"], *groups]
    return CatalogIndex(Catalog.model_validate(data))
