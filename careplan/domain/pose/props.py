"""The things a patient uses (chair, wall, mat, table, step, band, towel, water, bike, doorway)
as 3-D boxes and lines, and the surfaces a body point may rest on."""

from __future__ import annotations

import math
from dataclasses import dataclass

from careplan.domain.pose.kinematics import Vec
from careplan.domain.pose.model import Prop


@dataclass(frozen=True)
class Solid:
    """A box (8 corners, drawn as its outline) or an open polyline (a chair leg, a rail)."""

    corners: tuple[Vec, ...]
    box: bool
    role: str = "prop"


@dataclass(frozen=True)
class Surface:
    """A place a body point may touch: horizontal (top at ``level``) or a vertical wall face."""

    horizontal: bool
    level: float
    x: tuple[float, float]
    z: tuple[float, float]


def _box(x0: float, x1: float, y0: float, y1: float, z0: float, z1: float, role: str = "prop") -> Solid:
    xs, ys, zs = sorted((x0, x1)), sorted((y0, y1)), sorted((z0, z1))
    return Solid(tuple((x, y, z) for x in xs for y in ys for z in zs), True, role)


def _line(*points: Vec, role: str = "prop") -> Solid:
    return Solid(tuple(points), False, role)


def _span(x: float, depth: float, facing: int) -> tuple[float, float]:
    """From the near edge ``x`` back by ``depth`` against the facing direction."""
    return (x - depth, x) if facing > 0 else (x, x + depth)


def solids(prop: Prop) -> list[Solid]:
    """The drawn parts of a prop (bands and towels are drawn between body points instead)."""
    x, z, f = prop.x, prop.z, prop.facing
    if prop.kind == "chair":
        h, d, w = prop.height or 0.27, prop.depth or 0.24, 0.13
        back_x, front_x = (x - d * f, x)
        parts = [_box(front_x, back_x, h - 0.025, h, z - w, z + w),
                 _box(back_x, back_x - 0.025 * f, h, h + 0.28, z - w, z + w)]
        for leg_x in (front_x - 0.01 * f, back_x + 0.01 * f):
            for leg_z in (z - w + 0.01, z + w - 0.01):
                parts.append(_line((leg_x, 0.0, leg_z), (leg_x, h - 0.025, leg_z)))
        return parts
    if prop.kind == "wall":
        x0, x1 = (x, x + 0.04) if f > 0 else (x - 0.04, x)
        return [_box(x0, x1, 0.0, prop.height or 1.15, z - 0.45, z + 0.45)]
    if prop.kind == "door":
        # Two door posts in a wall: the gap between them is the doorway.
        h = prop.height or 1.2
        posts = [_box(x - 0.05, x + 0.05, 0.0, h, z + side * 0.24, z + side * 0.3) for side in (-1, 1)]
        walls = [_box(x - 0.03, x + 0.03, 0.0, h, z + side * 0.3, z + side * 0.62) for side in (-1, 1)]
        return walls + posts
    if prop.kind == "mat":
        x0, x1 = _span(x, prop.depth or 1.1, -f)
        half = (prop.width or 0.4) / 2
        return [_box(x0, x1, 0.0, 0.012, z - half, z + half)]
    if prop.kind == "table":
        h, d = prop.height or 0.45, prop.depth or 0.35
        x0, x1 = _span(x, d, -f)
        parts = [_box(x0, x1, h - 0.03, h, z - 0.3, z + 0.3)]
        for leg_x in (x0 + 0.02, x1 - 0.02):
            parts.append(_line((leg_x, 0.0, z - 0.28), (leg_x, h - 0.03, z - 0.28)))
            parts.append(_line((leg_x, 0.0, z + 0.28), (leg_x, h - 0.03, z + 0.28)))
        return parts
    if prop.kind == "step":
        h, d = prop.height or 0.1, prop.depth or 0.17
        x0, x1 = _span(x, d, -f)
        far = x1 + d * f if f > 0 else x0 - d
        parts = [_box(x0, x1, 0.0, h, z - 0.3, z + 0.3),
                 _box(x1 if f > 0 else x0, far, 0.0, 2 * h, z - 0.3, z + 0.3)]
        return parts
    if prop.kind == "water":
        h = prop.height or 0.6
        return [_box(x - 0.55, x + 0.55, 0.0, h, z - 0.5, z + 0.5, role="water")]
    if prop.kind == "bike":
        return _bike(x, z, prop.height or 0.5, f)
    return []  # band, towel: between body points


def _bike(x: float, z: float, seat: float, f: int) -> list[Solid]:
    crank = (x + 0.12 * f, 0.16, z)
    ring = tuple((crank[0] + 0.085 * math.cos(a * math.pi / 8), crank[1] + 0.085 * math.sin(a * math.pi / 8), z)
                 for a in range(17))
    bar = (x + 0.42 * f, 0.66, z)
    return [
        _line((x - 0.2 * f, 0.0, z), (x + 0.55 * f, 0.0, z)),
        _line((x - 0.04 * f, 0.0, z), (x, seat - 0.02, z), crank),
        _line(crank, (x + 0.38 * f, 0.0, z)),
        _line((x + 0.38 * f, 0.0, z), bar, (bar[0] - 0.06 * f, bar[1], z)),
        _box(x - 0.08 * f, x + 0.06 * f, seat - 0.025, seat, z - 0.06, z + 0.06),
        _line(*ring),
    ]


def surfaces(prop: Prop) -> list[Surface]:
    """Where a body point can rest on this prop."""
    x, z, f = prop.x, prop.z, prop.facing
    if prop.kind == "chair":
        h, d = prop.height or 0.27, prop.depth or 0.24
        x0, x1 = sorted((x, x - d * f))
        back = x - d * f
        return [Surface(True, h, (x0, x1), (z - 0.13, z + 0.13)),
                Surface(False, back, (h, h + 0.28), (z - 0.13, z + 0.13))]
    if prop.kind == "wall":
        return [Surface(False, x, (0.0, prop.height or 1.15), (z - 0.45, z + 0.45))]
    if prop.kind == "door":
        h = prop.height or 1.2
        return [Surface(False, x - 0.05, (0.0, h), (z - 0.32, z + 0.32)),
                Surface(False, x + 0.05, (0.0, h), (z - 0.32, z + 0.32))]
    if prop.kind == "mat":
        x0, x1 = _span(x, prop.depth or 1.1, -f)
        half = (prop.width or 0.4) / 2
        return [Surface(True, 0.012, (x0, x1), (z - half, z + half))]
    if prop.kind == "table":
        x0, x1 = _span(x, prop.depth or 0.35, -f)
        return [Surface(True, prop.height or 0.45, (x0, x1), (z - 0.3, z + 0.3))]
    if prop.kind == "step":
        h, d = prop.height or 0.1, prop.depth or 0.17
        x0, x1 = _span(x, d, -f)
        second = (x1, x1 + d) if f > 0 else (x0 - d, x0)
        return [Surface(True, h, (x0, x1), (z - 0.3, z + 0.3)), Surface(True, 2 * h, second, (z - 0.3, z + 0.3))]
    if prop.kind == "bike":
        seat = prop.height or 0.5
        return [Surface(True, seat, tuple(sorted((x - 0.08 * f, x + 0.06 * f))), (z - 0.06, z + 0.06))]  # type: ignore[arg-type]
    return []
