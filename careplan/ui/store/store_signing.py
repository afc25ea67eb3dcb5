"""After signing in the app: send the signed version to the clinic store off the GUI thread and say where it went.

The plan file is already written when this starts; a store that cannot be reached gets a dialog
saying so and that nothing is lost (the version waits on this computer and goes with the next
signing that reaches the store).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from careplan.domain.plan import CarePlan
from careplan.storage.preferences import Preferences
from careplan.ui.prompts import show_error
from careplan.ui.store.store_worker import run_in_background


def send_signed(window: QWidget, signed: CarePlan, path: Path, preferences: Preferences,
                say: Callable[[str], None]) -> Any:
    """Start the store write; ``say`` gets a status line, a failure also a dialog. Returns the job's signals."""
    from careplan.storage.store.identity import Actor
    from careplan.storage.store.signing import store_signed

    url, clinic = preferences.store_url, preferences.store_clinic_id or "default"
    actor = Actor.here(signed.signed_off.name if signed.signed_off else preferences.clinician_name)
    say(QCoreApplication.translate("StoreSigning", "Signed off revision {0}, saved in {1}; sending it to the clinic store…").format(signed.revision, path.name))

    def done(outcome: Any) -> None:
        if outcome.stored:
            say(QCoreApplication.translate("StoreSigning", "Signed off revision {0}, saved in {1}; {2}").format(signed.revision, path.name, outcome.message))
            return
        say(QCoreApplication.translate("StoreSigning", "Signed off revision {0}, saved in {1}; NOT in the clinic store (it waits on this computer)").format(signed.revision, path.name))
        show_error(window, QCoreApplication.translate("StoreSigning", "Signed version not in the clinic store"),
                   QCoreApplication.translate("StoreSigning", "Revision {0} is signed and saved in {1}, but the clinic store did not get it.").format(signed.revision, path.name),
                   outcome.message[0].upper() + outcome.message[1:])

    def failed(message: str) -> None:  # store_signed reports store failures itself; this is anything else
        show_error(window, QCoreApplication.translate("StoreSigning", "Signed version not in the clinic store"),
                   QCoreApplication.translate("StoreSigning", "Revision {0} is signed and saved in {1}, but the clinic store did not get it.").format(signed.revision, path.name),
                   message)

    return run_in_background(window, lambda: store_signed(signed, url, clinic, actor, path), done, failed)
