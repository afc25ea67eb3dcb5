"""What printing needs from the preferences, as plain data (Qt-free: the render process imports it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careplan.export.options import ExportOptions


@dataclass(frozen=True)
class PrintSettings:
    """The letterhead and print size; plain data so a render thread or process can hold a copy."""

    clinic_name: str = ""
    clinic_address: str = ""
    clinic_phone: str = ""
    clinic_logo: Path | None = None
    large_print: bool = False
    # Who signs the clinician summary (its front sheet's signature block).
    clinician_name: str = ""
    clinician_credentials: str = ""
    clinician_licence: str = ""

    def export_options(self, *, sections: frozenset[str] | None = None, large_print: bool | None = None,
                       page_size: str | None = None) -> ExportOptions:
        from careplan.export.options import ExportOptions, Letterhead, Signer

        logo = self.clinic_logo if self.clinic_logo and self.clinic_logo.is_file() else None
        letterhead = Letterhead(name=self.clinic_name, address=self.clinic_address, phone=self.clinic_phone, logo=logo)
        return ExportOptions(large_print=self.large_print if large_print is None else large_print,
                             sections=sections, letterhead=letterhead,
                             signer=Signer(name=self.clinician_name, credentials=self.clinician_credentials,
                                           licence=self.clinician_licence),
                             page_size="letter" if page_size == "letter" else "a4" if page_size == "a4" else None)
