"""Exercise figures: a stick figure posed by joint angles, seen from one view, with props and
arrows; a start and an end pose per exercise, drawn the same way on paper and on screen."""

from __future__ import annotations

from careplan.domain.pose.check import figure_problems
from careplan.domain.pose.model import BodyModel, ExerciseFigure, Pose
from careplan.domain.pose.scene import Drawing, Mark, Scene, drawing

__all__ = ["BodyModel", "Drawing", "ExerciseFigure", "Mark", "Pose", "Scene", "cached_drawing", "drawing", "figure_problems"]

_CACHE: dict[int, tuple[ExerciseFigure, BodyModel, Drawing]] = {}


def cached_drawing(figure: ExerciseFigure, body: BodyModel) -> Drawing:
    """The drawing of a catalog figure, built once per process (the catalog is loaded once)."""
    hit = _CACHE.get(id(figure))
    if hit is not None and hit[0] is figure and hit[1] is body:
        return hit[2]
    made = drawing(figure, body)
    _CACHE[id(figure)] = (figure, body, made)
    return made
