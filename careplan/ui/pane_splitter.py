"""The three panes of the plan (outline, editor, findings and preview): the editor keeps its room.

QSplitter takes every pixel lost in a narrower window from the pane that stretches (the editor),
so the form was squeezed first while the outline and findings kept their width. Here a narrower
window takes from the side panes first, down to their minimum widths; either side pane can be
hidden (View menu, or dragging its edge) to give the editor the whole width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# The editor needs about this much width for a medicine's fields to sit on four lines.
EDITOR_MIN = 480
SIDE_MIN = {0: 150, 2: 220}  # outline; findings and preview


def column_widths(total: int) -> list[int]:
    """Outline, editor, findings/preview: about 17 / 57 / 26 %, the side panes within sensible bounds."""
    outline = max(SIDE_MIN[0], min(260, total * 17 // 100))
    side = max(SIDE_MIN[2], min(440, total * 26 // 100))
    return [outline, max(EDITOR_MIN // 2, total - outline - side), side]


def rebalanced(sizes: list[int], editor_min: int = EDITOR_MIN) -> list[int]:
    """``sizes`` with width moved from the side panes (findings first) to an editor narrower than
    ``editor_min``; a hidden pane (0) stays hidden, and no side pane goes below its minimum."""
    sizes = list(sizes)
    need = editor_min - sizes[1]
    for index in (2, 0):
        if need <= 0:
            break
        if sizes[index] == 0:
            continue
        give = min(need, max(0, sizes[index] - SIDE_MIN[index]))
        sizes[index] -= give
        sizes[1] += give
        need -= give
    return sizes


class PaneSplitter(QSplitter):
    """Outline | editor | findings and preview, with the editor's width protected."""

    def __init__(self, outline: QWidget, editor: QWidget, side: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("main_splitter")
        for widget in (outline, editor, side):
            self.addWidget(widget)
        # The editor is where the work is: it takes the extra width; the side panes may be hidden.
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setStretchFactor(2, 0)
        self.setCollapsible(0, True)
        self.setCollapsible(1, False)
        self.setCollapsible(2, True)
        outline.setMinimumWidth(SIDE_MIN[0])
        side.setMinimumWidth(SIDE_MIN[2])
        self._shown_sizes = [SIDE_MIN[0], 0, SIDE_MIN[2]]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        sizes = self.sizes()
        if len(sizes) == 3 and sizes[1] < EDITOR_MIN:
            fixed = rebalanced(sizes)
            if fixed != sizes:
                self.setSizes(fixed)

    def pane_shown(self, index: int) -> bool:
        return self.sizes()[index] > 0

    def show_pane(self, index: int, shown: bool) -> None:
        """Show or hide a side pane (0: outline, 2: findings and preview), giving its width to the editor."""
        sizes = self.sizes()
        if shown == (sizes[index] > 0):
            return
        if shown:
            width = max(self._shown_sizes[index], SIDE_MIN[index])
            sizes[1] = max(EDITOR_MIN // 2, sizes[1] - width)
            sizes[index] = width
        else:
            self._shown_sizes[index] = sizes[index]
            sizes[1] += sizes[index]
            sizes[index] = 0
        self.setSizes(sizes)
