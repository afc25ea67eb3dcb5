"""How each kind of mark looks, shared by the handout and the screen so both show one picture.

Dark body on light props, the far limbs paler, an orange arrow: it reads in colour and still
reads when printed in greyscale (the arrow keeps its shape, the far limbs stay lighter).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Look:
    stroke: str | None
    fill: str | None
    alpha: float = 1.0


LOOKS: dict[str, Look] = {
    "near": Look("#1F4E79", "#1F4E79"),
    "far": Look("#8FB1D3", "#8FB1D3"),
    "face": Look(None, "#FFFFFF"),
    "prop": Look("#8A8A8A", "#E4E4E4"),
    "water": Look(None, "#7FB8E0", 0.35),
    "band": Look("#2E8B57", None),
    "towel": Look("#B07D2B", None),
    "floor": Look("#9A9A9A", None),
    "arrow": Look("#D35400", "#D35400"),
    "focus": Look("#F39C12", None, 0.55),
}
