"""The app's message boxes, built as instances so that tests can stub ``QMessageBox.exec``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """"save", "discard" or "cancel" for a plan with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Unsaved changes"))
    box.setText(QCoreApplication.translate("Prompts", "Save the changes to “{0}”?").format(name))
    box.setInformativeText(QCoreApplication.translate("Prompts", "If you don't save, your changes since the last save will be lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def ask_add_unlisted(parent: QWidget | None, what: str, text: str) -> bool:
    """True when the clinician wants ``text``, which the catalog does not know, added anyway.

    A name the catalog does not know is not checked: no MME, no interactions, no dose limits for
    a medicine; no instructions for an exercise. So it is never added by a slip of the Enter key.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Not in the catalog"))
    box.setText(QCoreApplication.translate("Prompts", "“{0}” is not in the catalog.").format(text))
    checks = (QCoreApplication.translate("Prompts", "The safety checks cannot count or check it (no MME, interactions or dose limits).")
              if what == "medicine" else QCoreApplication.translate("Prompts", "The handout will have no instructions or picture for it."))
    box.setInformativeText(QCoreApplication.translate("Prompts", "{0} Add it anyway, or go back and pick one from the list?").format(checks))
    add = box.addButton(QCoreApplication.translate("Prompts", "Add “{0}”").format(text), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(QCoreApplication.translate("Prompts", "Back to the list"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is add
