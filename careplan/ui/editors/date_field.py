"""A date typed in the clinician's own format or as 1955-12-03, or picked from a calendar.

The field may be empty (dates in a plan are optional). It commits when editing finishes, never
while the date is half typed, and a date it cannot read stays on screen with the reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from careplan.ui.icons import icon


def _four_digit_year(fmt: str) -> str:
    """The locale's short format with a full year: "M/d/yy" -> "M/d/yyyy"."""
    if "yyyy" in fmt:
        return fmt
    return fmt.replace("yy", "yyyy")


ISO_FORMAT = "yyyy-MM-dd"
_HINT_TOKENS = {"d": "DD", "dd": "DD", "M": "MM", "MM": "MM", "yyyy": "YYYY"}


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a full year; ISO where the locale has none ("C")."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return ISO_FORMAT
    return _four_digit_year(locale.dateFormat(QLocale.FormatType.ShortFormat))


def format_hint(locale: QLocale | None = None) -> str:
    """The display format as people write it: "M/d/yyyy" -> "MM/DD/YYYY"."""
    return "".join(_HINT_TOKENS.get(token, token) for token in _split_tokens(display_format(locale)))


def _split_tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for ch in text:
        if tokens and tokens[-1][0] == ch and ch.isalpha():
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """ISO (1955-12-03) or the locale's short/long format with a four-digit year; None when empty.

    Raises ValueError in plain words. Two-digit years are refused: "55" may be 1955 or 2055,
    and a wrong century changes an age-based safety check.
    """
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    formats = [_four_digit_year(short), locale.dateFormat(QLocale.FormatType.LongFormat), "d MMM yyyy", "d MMMM yyyy"]
    for fmt in formats:
        parsed = locale.toDate(text, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    if "yyyy" not in short and locale.toDate(text, short).isValid():
        raise ValueError(QCoreApplication.translate("DateField", "write the year in full, e.g. 1955 rather than 55."))
    example = QDate(1960, 12, 31).toString(display_format(locale))
    iso = "1960-12-31"
    raise ValueError(QCoreApplication.translate("DateField", "write the date like {0}").format(example) + (QCoreApplication.translate("DateField", " or {0}.").format(iso) if example != iso else "."))


class DateField(QWidget):
    """A line edit with a calendar button; ``date_value()`` is what the plan stores."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        hint = format_hint()
        # The short form fits a narrow field; the tooltip says ISO dates work too.
        self.edit.setPlaceholderText(hint)
        self.edit.setToolTip(QCoreApplication.translate("DateField", "Type the date as {0}").format(hint) + ("" if hint == "YYYY-MM-DD" else QCoreApplication.translate("DateField", " or YYYY-MM-DD"))
                             + QCoreApplication.translate("DateField", ", or pick it from the calendar"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 12)
        self.button = QToolButton()
        self.button.setIcon(icon("follow-up"))  # the calendar icon the outline uses for follow-up
        self.button.setToolTip(QCoreApplication.translate("DateField", "Pick the date from a calendar"))
        self.button.setAccessibleName(QCoreApplication.translate("DateField", "Pick from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # The calendar is built when first opened: a form has many dates, most never picked.
        self.menu = QMenu(self.button)
        self.menu.aboutToShow.connect(self._on_menu)
        self.button.setMenu(self.menu)
        self.calendar: QCalendarWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self._on_finished)

    def date_value(self) -> date | None:
        return parse_date(self.edit.text())

    def set_date(self, value: date | None) -> None:
        self.edit.setText(QDate(value.year, value.month, value.day).toString(display_format()) if value else "")

    def text(self) -> str:
        return self.edit.text()

    def _on_finished(self) -> None:
        try:
            value = self.date_value()
        except ValueError:
            pass
        else:
            self.set_date(value)  # shown back in one unambiguous, full-year form
        self.committed.emit()

    def _on_menu(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(True)
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(self.calendar)
            self.menu.addAction(action)
            self.calendar.clicked.connect(self._on_picked)
            self.calendar.activated.connect(self._on_picked)
        try:
            current = self.date_value()
        except ValueError:
            current = None
        shown = current or date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))

    def _on_picked(self, picked: QDate) -> None:
        self.menu.close()
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        self.committed.emit()
