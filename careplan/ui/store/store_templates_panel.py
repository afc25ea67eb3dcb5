"""The clinic store's templates inside the template library: listed off the GUI thread, pulled on request.

Pulling fetches the newest version (checked for identifiers again) and hands it to the library
dialog, which puts it in the personal library as an undoable change.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from careplan.ui.store.store_worker import run_in_background

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_DETAILS = Qt.ItemDataRole.UserRole + 1


class StoreTemplatesPanel(QWidget):
    """ "Clinic store" list under the library's own; ``pulled`` carries a checked template (a CarePlan)."""

    pulled = Signal(object)
    failed = Signal(str)
    described = Signal(str)  # rich text about the store template picked, for the library's details pane

    def __init__(self, url: str, clinic_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.clinic_id = clinic_id
        self.caption = QLabel(QCoreApplication.translate("StoreTemplatesPanel", "<b>Clinic store</b>"))
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel(QCoreApplication.translate("StoreTemplatesPanel", "Loading the clinic's templates\u2026"))
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("StoreTemplatesPanel", "Clinic store templates"))
        # About four rows: the library's own list keeps the room.
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 12)
        self.refresh_button = QPushButton(QCoreApplication.translate("StoreTemplatesPanel", "Refresh"))
        self.pull_button = QPushButton(QCoreApplication.translate("StoreTemplatesPanel", "Pull into my templates"))
        self.pull_button.setToolTip(QCoreApplication.translate("StoreTemplatesPanel", "Copy the newest version of this template into your own library (undoable)"))
        self.pull_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pull_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.status)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.pull_button.clicked.connect(self.pull_selected)
        self.list.currentItemChanged.connect(self._on_current)
        self._jobs: list[Any] = []
        self.refresh()

    def refresh(self) -> None:
        from careplan.storage.store.library import list_store_templates

        url, clinic = self.url, self.clinic_id
        self.refresh_button.setEnabled(False)
        self._jobs.append(run_in_background(self, lambda: list_store_templates(url, clinic), self._on_listed, self._on_failed))

    def _on_listed(self, rows: Any) -> None:
        self.refresh_button.setEnabled(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(QCoreApplication.translate("StoreTemplatesPanel", "{0}  ·  version {1}, {2}").format(row.title, row.version, row.pushed_by))
            item.setData(ROLE_ID, row.template_id)
            item.setToolTip(QCoreApplication.translate("StoreTemplatesPanel", "{0}, pushed {1}").format(row.template_id, row.pushed_at))
            item.setData(ROLE_DETAILS, QCoreApplication.translate(
                "StoreTemplatesPanel", "<p><b>{0}</b> <i>(clinic store, version {1})</i></p><p>Shared in clinic {2} by {3} "
                "on {4}.</p><p>Choose \u201cPull into my templates\u201d to copy it into your own library; then you can "
                "preview it and make plans from it.</p>").format(escape(row.title), row.version, escape(self.clinic_id),
                                                                 escape(row.pushed_by), escape(str(row.pushed_at)[:10])))
            self.list.addItem(item)
        count = len(rows)
        self.status.setText(QCoreApplication.translate("StoreTemplatesPanel", "%n template(s) shared in clinic {0}.", "", count).format(self.clinic_id)
                            if count else QCoreApplication.translate("StoreTemplatesPanel", "No templates shared in clinic {0} yet.").format(self.clinic_id))

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.pull_button.setEnabled(current is not None)
        if current is not None:
            self.described.emit(current.data(ROLE_DETAILS))

    def _on_failed(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("StoreTemplatesPanel", "⚠ {0}{1}. Your own and built-in templates are unaffected.").format(message[0].upper(), message[1:]))
        self.failed.emit(message)

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ROLE_ID)) if item is not None else None

    def pull_selected(self) -> None:
        template_id = self.selected_id()
        if template_id is None:
            return
        from careplan.storage.store.store import ClinicStore

        url, clinic = self.url, self.clinic_id

        def fetch() -> Any:
            with ClinicStore.open(url, clinic) as store:
                return store.fetch_template(template_id)

        self.pull_button.setEnabled(False)
        self._jobs.append(run_in_background(self, fetch, self._on_fetched, self._on_failed))

    def _on_fetched(self, template: Any) -> None:
        self.pull_button.setEnabled(self.list.currentItem() is not None)
        self.pulled.emit(template)
