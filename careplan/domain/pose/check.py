"""Is a figure a body could take? Every angle within its sourced normal range, and every body
point the pose says rests on something (floor, seat, wall, step) actually touching it."""

from __future__ import annotations

from collections.abc import Iterator

from careplan.domain.pose.model import JOINT_MOTIONS, SIDED, SIDES, BodyModel, ExerciseFigure, Pose
from careplan.domain.pose.props import Surface, surfaces
from careplan.domain.pose.scene import half_width, placed_body

# How close (fractions of body height, about 2 cm) a resting point must be to its support.
CONTACT_TOLERANCE = 0.012
FLOOR = Surface(True, 0.0, (-9.0, 9.0), (-9.0, 9.0))


def _angles(pose: Pose) -> Iterator[tuple[str, str | None, str, float]]:
    """Every (joint, side, motion, angle) the pose sets, each side resolved."""
    for joint, motions in JOINT_MOTIONS.items():
        for side in (SIDES if joint in SIDED else (None,)):
            for motion in motions:
                yield joint, side, motion, pose.angle(joint, side, motion)


def limit_problems(pose: Pose, body: BodyModel) -> list[str]:
    """Angles outside the joint's normal range, one line each."""
    problems: list[str] = []
    values: dict[tuple[str, str | None, str], float] = {}
    for joint, side, motion, angle in _angles(pose):
        values[(joint, side, motion)] = angle
        limit = body.limit(joint, motion)
        if not limit.low <= angle <= limit.high:
            name = f"{joint}_{side}" if side else joint
            problems.append(f"{name} {motion} {angle:g} is outside {limit.low:g} to {limit.high:g}")
    for name, parts in body.combined.items():
        joint, motion = name.split(".")
        total = sum(values[(p.split(".")[0], None, p.split(".")[1])] for p in parts)
        limit = body.limit(joint, motion)
        if not limit.low <= total <= limit.high:
            problems.append(f"{' + '.join(parts)} together {total:g} is outside {limit.low:g} to {limit.high:g}")
    return problems


def _touches(point: tuple[float, float, float], reach: float, surface: Surface) -> bool:
    x, y, z = point
    if surface.horizontal:
        inside = surface.x[0] - reach <= x <= surface.x[1] + reach and surface.z[0] - reach <= z <= surface.z[1] + reach
        return inside and abs(y - reach - surface.level) <= CONTACT_TOLERANCE
    inside = surface.x[0] - reach <= y <= surface.x[1] + reach and surface.z[0] - reach <= z <= surface.z[1] + reach
    return inside and min(abs(x - reach - surface.level), abs(x + reach - surface.level)) <= CONTACT_TOLERANCE


def contact_problems(figure: ExerciseFigure, pose: Pose, body: BodyModel) -> list[str]:
    """Named resting points that touch nothing, and body points sunk below the floor."""
    placed = placed_body(pose, body)
    supports = [FLOOR] + [s for prop in figure.props for s in surfaces(prop)]
    problems = [f"{point} touches nothing it could rest on"
                for point in pose.contacts
                if not any(_touches(placed.points[point], half_width(point, body), s) for s in supports)]
    for name, (_, y, _) in placed.points.items():
        if name.startswith("eye_") or name in ("nose", "head_base"):
            continue
        if y - half_width(name, body) < -CONTACT_TOLERANCE:
            problems.append(f"{name} is below the floor")
    return problems


def figure_problems(figure: ExerciseFigure, body: BodyModel) -> list[str]:
    """Everything wrong with a figure, each line saying which pose."""
    out: list[str] = []
    for label, pose in (("start", figure.start), ("end", figure.end)):
        out += [f"{label}: {p}" for p in limit_problems(pose, body) + contact_problems(figure, pose, body)]
    return out
