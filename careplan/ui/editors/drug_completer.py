"""Completion over the catalog's medicines: "Ibuprofen (Advil, Motrin)", matched anywhere in the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QWidget

from careplan.domain.catalog import CatalogIndex
from careplan.domain.catalog_choices import drug_choices


def drug_completer(catalog: CatalogIndex, parent: QWidget, jurisdiction: str | None = None) -> QCompleter:
    """Completion that matches anywhere in "Name (Brand, Brand)", case-insensitively; brands of the
    patient's country (``jurisdiction``) when known."""
    completer = QCompleter([label for label, _id in drug_choices(catalog, jurisdiction)], parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer
