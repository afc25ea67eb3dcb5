"""The one road for edits: turns a request from a widget into an undo command on the document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QObject, Signal

from careplan.domain import edits
from careplan.domain.catalog import CatalogIndex
from careplan.domain.codes import MODULE_LABELS
from careplan.domain.edits import EditRejected, FieldPath
from careplan.domain.entry_checks import reason_problem
from careplan.domain.errors import plain_message, with_label
from careplan.domain.plan import Acknowledgement, CarePlan, utc_now
from careplan.ui.code_words import code_word
from careplan.ui.commands import PlanEditCommand, push_field_edit
from careplan.ui.document import PlanDocument

# Asked before a kratom module is added; returns the name of the clinician who accepted, or None.
KratomGate = Callable[[], str | None]


class EditController(QObject):
    """Decides whether an edit is allowed and names it for the Edit menu ("Change ibuprofen dose")."""

    edit_rejected = Signal(str)
    module_added = Signal(str)

    def __init__(self, document: PlanDocument, kratom_gate: KratomGate | None = None, parent: QObject | None = None,
                 catalog: CatalogIndex | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kratom_gate = kratom_gate
        # With the catalog, an acknowledgement records the figures it saw (amounts a day, MME).
        self.catalog = catalog
        # Why the last edit was refused, in plain words (None when it was accepted).
        self.last_problem: str | None = None

    @property
    def plan(self) -> CarePlan:
        return self.document.plan

    def _push(self, after: CarePlan | Callable[[], CarePlan], text: str, path: FieldPath | None = None, *,
              label: str = "", announce: bool = True) -> bool:
        before = self.document.plan
        self.last_problem = None
        try:
            new_plan = after() if callable(after) else after
        except EditRejected as exc:
            if exc.errors:
                self.last_problem = plain_message(exc.errors, label)
            else:
                message = str(exc)
                self.last_problem = message[:1].upper() + message[1:]
        except KeyError:
            # The part being edited was removed (e.g. by undo) while its editor was still open.
            self.last_problem = QCoreApplication.translate("EditController", "That part of the plan no longer exists.")
        if self.last_problem is not None:
            if announce:
                self.edit_rejected.emit(self.last_problem)
            return False
        if new_plan == before:
            return True
        if path is None:
            self.document.undo_stack.push(PlanEditCommand(self.document, before, new_plan, text))
        else:
            push_field_edit(self.document, before, new_plan, text, path)
        return True

    def set_field(self, path: FieldPath, value: Any, label: str, *, announce: bool = True, merge: bool = True) -> bool:
        """Change one value; ``label`` names it for the undo menu ("ibuprofen dose").

        Typing into one field merges into one undo step (``merge``); a choice from a list or a
        tick is a step of its own. A refused value leaves the plan as it was; ``last_problem``
        says why in plain words, and unless ``announce`` is False (the form shows it beside the
        field) so does ``edit_rejected``.
        """
        return self._push(lambda: edits.set_field(self.plan, path, value), QCoreApplication.translate("EditController", "Change {0}").format(label), path if merge else None,
                          label=label, announce=announce)

    def set_fields(self, changes: dict[FieldPath, Any], label: str, *, announce: bool = True, merge: bool = False) -> bool:
        """Several values as one step (switching a medicine to as-needed sets its daily cap too)."""
        first = next(iter(changes))
        return self._push(lambda: edits.set_fields(self.plan, changes), QCoreApplication.translate("EditController", "Change {0}").format(label), first if merge else None,
                          label=label, announce=announce)

    def add_module(self, kind: str, index: int | None = None) -> bool:
        accepted_by = ""
        if kind == "kratom":
            if self.plan.kratom_module() is not None:
                self.edit_rejected.emit(QCoreApplication.translate("EditController", "This plan already has a kratom module."))
                return False
            who = self.kratom_gate() if self.kratom_gate is not None else None
            if who is None:
                return False
            accepted_by = who
        module = edits.new_module(kind, accepted_by=accepted_by, accepted_at=utc_now())
        if self._push(lambda: edits.add_module(self.plan, module, index), QCoreApplication.translate("EditController", "Add {0} module").format(code_word(MODULE_LABELS[kind]))):
            self.module_added.emit(module.id)
            return True
        return False

    def remove_module(self, module_id: str) -> bool:
        kind = self._module_label(module_id)
        return self._push(lambda: edits.remove_module(self.plan, module_id), QCoreApplication.translate("EditController", "Remove {0} module").format(kind))

    def move_module(self, module_id: str, index: int) -> bool:
        kind = self._module_label(module_id)
        return self._push(lambda: edits.move_module(self.plan, module_id, index), QCoreApplication.translate("EditController", "Move {0} module").format(kind))

    def add_item(self, list_path: FieldPath, item: BaseModel | str, label: str) -> bool:
        return self._push(lambda: edits.add_item(self.plan, list_path, item), QCoreApplication.translate("EditController", "Add {0}").format(label), label=label)

    def remove_item(self, list_path: FieldPath, item: str | int, label: str) -> bool:
        return self._push(lambda: edits.remove_item(self.plan, list_path, item), QCoreApplication.translate("EditController", "Remove {0}").format(label), label=label)

    def acknowledge(self, rule: str, items: list[str], reason: str, by: str, title: str) -> bool:
        reason, by = reason.strip(), by.strip()
        if not reason or not by:
            self.edit_rejected.emit(QCoreApplication.translate("EditController", "An acknowledgement needs a reason and the name of who acknowledges it."))
            return False
        if (thin := reason_problem(reason)) is not None:
            self.edit_rejected.emit(with_label(QCoreApplication.translate("EditController", "Reason"), thin))
            return False
        if self.catalog is not None:
            from careplan.domain.safety.acknowledgements import new_acknowledgement

            ack = new_acknowledgement(self.plan, self.catalog, rule, items, reason, by, utc_now())
        else:
            ack = Acknowledgement(rule=rule, items=items, reason=reason, by=by, at=utc_now())
        return self._push(lambda: edits.acknowledge(self.plan, ack), QCoreApplication.translate("EditController", "Acknowledge “{0}”").format(title))

    def withdraw_acknowledgement(self, rule: str, items: list[str], title: str) -> bool:
        return self._push(
            lambda: edits.withdraw_acknowledgement(self.plan, rule, items), QCoreApplication.translate("EditController", "Withdraw acknowledgement of “{0}”").format(title)
        )

    def _module_label(self, module_id: str) -> str:
        for module in self.plan.modules:
            if module.id == module_id:
                return code_word(MODULE_LABELS[module.kind])
        return "a"
