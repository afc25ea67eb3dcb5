"""Where the patient lives: any ISO code (US-TX, GB, TH), with completion from the catalog's table."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from careplan.domain.catalog import CatalogIndex

_CODE_IN_LABEL = re.compile(r"\(([A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?)\)\s*$")


def jurisdiction_choices(catalog: CatalogIndex) -> list[str]:
    return sorted(f"{j.name} ({j.code})" for j in catalog.data.jurisdictions.entries)


def parse_jurisdiction(text: str) -> str | None:
    """"Alabama (US-AL)" or "us-al" -> "US-AL"; empty -> None."""
    text = text.strip()
    match = _CODE_IN_LABEL.search(text)
    code = match.group(1) if match else text
    return code.upper() or None


class JurisdictionEdit(QLineEdit):
    """A code field: the table only lists places with specific rules, so any valid code is allowed."""

    def __init__(self, catalog: CatalogIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Country or state code, e.g. US-TX, GB, TH")
        completer = QCompleter(jurisdiction_choices(catalog), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def code(self) -> str | None:
        return parse_jurisdiction(self.text())
