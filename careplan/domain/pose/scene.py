"""From an exercise figure to flat drawing marks: the posed body, its props, the movement
arrows and the highlighted body parts, in body-height units with y up.

Renderers (reportlab for the handout, QPainter on screen) only map marks to their canvas: a
mark's ``role`` picks the colour, so both surfaces draw the same picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from careplan.domain.pose.kinematics import Body, Mat, Vec, add, apply, camera, posed_body, project, side_sign
from careplan.domain.pose.model import SIDES, Arrow, BodyModel, ExerciseFigure, Focus, Placement, Pose, Prop
from careplan.domain.pose.props import solids

Point = tuple[float, float]
Role = Literal["near", "far", "face", "prop", "water", "band", "towel", "floor", "arrow", "focus"]

# Drawn thickness of each part (fractions of body height): a pictogram, not an anatomy chart.
WIDTHS: dict[str, float] = {
    "trunk": 0.085, "hips": 0.07, "neck": 0.04, "clavicle": 0.045, "upper_arm": 0.042, "forearm": 0.036,
    "hand": 0.032, "thigh": 0.055, "shank": 0.044, "foot": 0.026, "toes": 0.022,
}
ARROW_WIDTH = 0.016
ARROW_HEAD = 0.05
FOCUS_EXTRA = 0.05


@dataclass(frozen=True)
class Mark:
    """One thing to draw: a stroked polyline, a filled polygon or a disc (``points`` = its centre,
    ``width`` = its radius)."""

    kind: Literal["line", "polygon", "disc"]
    points: tuple[Point, ...]
    width: float
    role: Role
    depth: float = 0.0


@dataclass(frozen=True)
class Scene:
    """One pose, ready to draw in order."""

    marks: tuple[Mark, ...]
    points: dict[str, Point]


@dataclass(frozen=True)
class Drawing:
    """The start and end scenes of one exercise, sharing one frame so the movement reads."""

    start: Scene
    end: Scene
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1
    phases: tuple[str, str]
    # A zoomed picture: marks may reach past the bounds and renderers clip them.
    clipped: bool = False

    @property
    def aspect(self) -> float:
        x0, y0, x1, y1 = self.bounds
        return (x1 - x0) / max(y1 - y0, 1e-6)


# Body part -> (from point, to point, width key, frame for the "face" offsets).
_SEGMENT_POINTS: dict[str, tuple[str, str, str]] = {
    "lower_back": ("sacrum", "t12", "trunk"), "upper_back": ("t12", "neck", "trunk"), "belly": ("sacrum", "t12", "trunk"),
    "chest": ("t12", "neck", "trunk"), "neck": ("neck", "head_base", "neck"),
}
for _s in SIDES:
    _SEGMENT_POINTS.update({
        f"thigh_{_s}": (f"hip_{_s}", f"knee_{_s}", "thigh"), f"shin_{_s}": (f"knee_{_s}", f"ankle_{_s}", "shank"),
        f"calf_{_s}": (f"knee_{_s}", f"ankle_{_s}", "shank"), f"foot_{_s}": (f"heel_{_s}", f"toe_{_s}", "foot"),
        f"upper_arm_{_s}": (f"shoulder_{_s}", f"elbow_{_s}", "upper_arm"),
        f"forearm_{_s}": (f"elbow_{_s}", f"wrist_{_s}", "forearm"), f"shoulder_{_s}": ("neck", f"shoulder_{_s}", "clavicle"),
        f"buttock_{_s}": ("pelvis", f"hip_{_s}", "hips"), f"hip_{_s}": ("pelvis", f"hip_{_s}", "hips"),
    })
# Which way each face of a part points, in its segment frame (x front, z the body's right).
_FACES: dict[str, Vec] = {"front": (1.0, 0.0, 0.0), "back": (-1.0, 0.0, 0.0), "out": (0.0, 0.0, 1.0), "in": (0.0, 0.0, -1.0)}
_FRAME_OF: dict[str, str] = {"lower_back": "lumbar", "belly": "lumbar", "upper_back": "thorax", "chest": "thorax",
                             "neck": "neck"}


def _frame_for(segment: str) -> str:
    if segment in _FRAME_OF:
        return _FRAME_OF[segment]
    base, _, side = segment.rpartition("_")
    name = {"thigh": "thigh", "shin": "shank", "calf": "shank", "foot": "foot", "upper_arm": "upper_arm",
            "forearm": "forearm", "shoulder": "clavicle", "buttock": "thigh", "hip": "thigh"}[base]
    return f"{name}_{side}"


def placed_body(pose: Pose, body: BodyModel) -> Body:
    """The posed body moved to its place: the named point at (x, y, z), or resting on the floor."""
    posed = posed_body(pose, body)
    at: Placement = pose.at
    anchor = posed.points[at.point]
    dy = -anchor[1] + at.y if at.y is not None else -_lowest(posed, body)
    return posed.moved((at.x - anchor[0], dy, at.z - anchor[2]))


def _lowest(posed: Body, body: BodyModel) -> float:
    """The lowest drawn edge of the body (points less their drawn half-thickness)."""
    half = {name: WIDTHS["trunk"] / 2 for name in ("sacrum", "l5", "t12", "neck")}
    half["pelvis"] = WIDTHS["hips"] / 2
    half["head"] = body.length("head_radius")
    for side in SIDES:
        half.update({f"hip_{side}": WIDTHS["thigh"] / 2, f"knee_{side}": WIDTHS["thigh"] / 2,
                     f"ankle_{side}": WIDTHS["shank"] / 2, f"heel_{side}": WIDTHS["foot"] / 2,
                     f"ball_{side}": WIDTHS["foot"] / 2, f"toe_{side}": WIDTHS["toes"] / 2,
                     f"elbow_{side}": WIDTHS["upper_arm"] / 2, f"wrist_{side}": WIDTHS["forearm"] / 2,
                     f"hand_{side}": WIDTHS["hand"] / 2, f"shoulder_{side}": WIDTHS["upper_arm"] / 2})
    return min(posed.points[name][1] - r for name, r in half.items())


def half_width(point: str, body: BodyModel) -> float:
    """How far the drawn body reaches around a named point (for contact checks)."""
    base = point.rpartition("_")[0] or point
    return {"pelvis": WIDTHS["hips"], "sacrum": WIDTHS["trunk"], "l5": WIDTHS["trunk"], "t12": WIDTHS["trunk"], "neck": WIDTHS["trunk"],
            "head": 2 * body.length("head_radius"), "nose": 0.0, "hip": WIDTHS["thigh"], "knee": WIDTHS["thigh"],
            "ankle": WIDTHS["shank"], "heel": WIDTHS["foot"], "ball": WIDTHS["foot"], "toe": WIDTHS["toes"],
            "shoulder": WIDTHS["upper_arm"], "elbow": WIDTHS["upper_arm"], "wrist": WIDTHS["forearm"],
            "hand": WIDTHS["hand"]}[base] / 2


class _Builder:
    def __init__(self, placed: Body, cam: Mat) -> None:
        self.body = placed
        self.cam = cam
        self.flat = {name: project(cam, p) for name, p in placed.points.items()}
        self.marks: list[Mark] = []

    def p2(self, name: str) -> Point:
        x, y, _ = self.flat[name]
        return (x, y)

    def depth(self, *names: str) -> float:
        return sum(self.flat[n][2] for n in names) / len(names)

    def line(self, names: tuple[str, ...], width: str, role: Role, bias: float = 0.0) -> None:
        self.marks.append(Mark("line", tuple(self.p2(n) for n in names), WIDTHS[width], role, self.depth(*names) + bias))


def _limb_roles(b: _Builder, joint: str) -> dict[str, Role]:
    # Of a pair of limbs, the one clearly farther from the viewer is drawn paler (and first);
    # seen from the front or the back both are near.
    right, left = b.depth(f"{joint}_r"), b.depth(f"{joint}_l")
    if abs(right - left) < 0.05:
        return {"r": "near", "l": "near"}
    return {"r": "near", "l": "far"} if right > left else {"r": "far", "l": "near"}


def _body_marks(b: _Builder, body: BodyModel) -> None:
    legs, arms = _limb_roles(b, "hip"), _limb_roles(b, "shoulder")
    for side in SIDES:
        leg = legs[side]
        b.line((f"hip_{side}", f"knee_{side}"), "thigh", leg)
        b.line((f"knee_{side}", f"ankle_{side}"), "shank", leg)
        foot = (f"ankle_{side}", f"heel_{side}", f"ball_{side}")
        b.marks.append(Mark("polygon", tuple(b.p2(n) for n in foot), WIDTHS["foot"], leg, b.depth(*foot)))
        b.line((f"ball_{side}", f"toe_{side}"), "toes", leg)
        arm = arms[side]
        b.line(("neck", f"shoulder_{side}"), "clavicle", arm, bias=-0.01)
        b.line((f"shoulder_{side}", f"elbow_{side}"), "upper_arm", arm)
        b.line((f"elbow_{side}", f"wrist_{side}"), "forearm", arm)
        b.line((f"wrist_{side}", f"hand_{side}"), "hand", arm)
    b.line(("hip_l", "hip_r"), "hips", "near")
    b.line(("sacrum", "l5", "t12", "neck"), "trunk", "near")
    b.line(("neck", "head_base"), "neck", "near")
    radius = body.length("head_radius")
    head_depth = b.depth("head")
    b.marks.append(Mark("disc", (b.p2("head"),), radius, "near", head_depth))
    # The face shows which way the head points: a nose beyond the outline in a side view, the
    # eyes when it faces the viewer.
    b.marks.append(Mark("line", (b.p2("head"), b.p2("nose")), WIDTHS["neck"] * 0.8, "near", head_depth + 0.001))
    for side in SIDES:
        eye = f"eye_{side}"
        if b.flat[eye][2] > head_depth + radius * 0.2:
            b.marks.append(Mark("disc", (b.p2(eye),), radius * 0.13, "face", head_depth + 0.002))


def _focus_marks(b: _Builder, focus: tuple[Focus, ...]) -> None:
    for item in focus:
        start, end, width = _SEGMENT_POINTS[item.segment]
        frame = b.body.frames.get(_frame_for(item.segment))
        shift: Vec = (0.0, 0.0, 0.0)
        if item.face != "whole" and frame is not None:
            direction = _FACES[item.face]
            if item.face in ("out", "in"):
                side = side_sign(item.segment[-1]) if item.segment[-2:] in ("_r", "_l") else 1.0
                direction = (0.0, 0.0, direction[2] * side)
            shift = tuple(c * WIDTHS[width] * 0.45 for c in apply(frame, direction))  # type: ignore[assignment]
        ends = [project(b.cam, add(b.body.points[n], shift)) for n in (start, end)]
        # A glow around the part, drawn just under it.
        b.marks.append(Mark("line", tuple((p[0], p[1]) for p in ends), WIDTHS[width] + FOCUS_EXTRA, "focus",
                            min(p[2] for p in ends) - 0.05))


def _prop_marks(b: _Builder, props: tuple[Prop, ...]) -> tuple[list[Mark], list[Mark]]:
    behind: list[Mark] = []
    over: list[Mark] = []
    for prop in props:
        if prop.ends is not None:
            a, c = prop.ends
            role: Role = "band" if prop.kind == "band" else "towel"
            over.append(Mark("line", (b.p2(a), b.p2(c)), 0.012 if role == "band" else 0.02, role, b.depth(a, c)))
            continue
        for solid in solids(prop):
            flat = [project(b.cam, corner) for corner in solid.corners]
            role = "water" if solid.role == "water" else "prop"
            if solid.box:
                mark = Mark("polygon", _hull([(p[0], p[1]) for p in flat]), 0.006, role)
            else:
                mark = Mark("line", tuple((p[0], p[1]) for p in flat), 0.012, role)
            (over if role == "water" else behind).append(mark)
    return behind, over


def _hull(points: list[Point]) -> tuple[Point, ...]:
    """Convex outline of projected box corners (monotone chain)."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return tuple(pts)

    def cross(o: Point, a: Point, c: Point) -> float:
        return (a[0] - o[0]) * (c[1] - o[1]) - (a[1] - o[1]) * (c[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


def scene(figure: ExerciseFigure, pose: Pose, body: BodyModel, focus: bool) -> Scene:
    """One pose of a figure as ordered marks (far things first)."""
    b = _Builder(placed_body(pose, body), camera(figure.view))
    _body_marks(b, body)
    if focus:
        _focus_marks(b, figure.focus)
    behind, over = _prop_marks(b, figure.props)
    body_marks = sorted(b.marks, key=lambda m: m.depth)
    points = {name: (p[0], p[1]) for name, p in b.flat.items()}
    return Scene(tuple(behind + body_marks + over), points)


def _arrow_marks(arrow: Arrow, start: Scene, end: Scene) -> list[Mark]:
    shown = start if arrow.panel == "start" else end
    first, second = (start, end) if arrow.panel == "start" else (end, start)
    if arrow.reverse:
        first, second = second, first
    p0, p1 = first.points[arrow.point], second.points[arrow.point]
    ox, oy = arrow.offset
    if arrow.direction is not None:
        start_at = shown.points[arrow.point]
        x, y = start_at[0] + ox, start_at[1] + oy
        path = [(x, y), (x + arrow.direction[0], y + arrow.direction[1])]
    elif arrow.circle is not None:
        r = arrow.circle
        path = [(p0[0] + ox + r * math.cos(math.radians(a)), p0[1] + oy + r * math.sin(math.radians(a)))
                for a in range(-60, 241, 15)]
    elif arrow.pivot is not None:
        c = shown.points[arrow.pivot]
        r0, r1 = math.dist(p0, c), math.dist(p1, c)
        a0 = math.atan2(p0[1] - c[1], p0[0] - c[0])
        a1 = math.atan2(p1[1] - c[1], p1[0] - c[0])
        sweep = (a1 - a0 + math.pi) % (2 * math.pi) - math.pi
        steps = max(4, int(abs(math.degrees(sweep)) / 6))
        path = []
        for i in range(steps + 1):
            t = i / steps
            r = (r0 + (r1 - r0) * t) + 0.06
            a = a0 + sweep * t
            path.append((c[0] + ox + r * math.cos(a), c[1] + oy + r * math.sin(a)))
    else:
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        length = math.hypot(dx, dy)
        shortest = 0.14 if arrow.two_way else 0.09
        if length < shortest:  # a small movement still gets an arrow a patient can see
            ux, uy = (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)
            mid = ((p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2)
            half = shortest / 2
            p0, p1 = (mid[0] - ux * half, mid[1] - uy * half), (mid[0] + ux * half, mid[1] + uy * half)
        path = [(p0[0] + ox, p0[1] + oy), (p1[0] + ox, p1[1] + oy)]
    marks = [Mark("line", tuple(path), ARROW_WIDTH, "arrow", 10.0), Mark("polygon", _head(path[-2], path[-1]), 0.0, "arrow", 10.0)]
    if arrow.two_way:
        marks.append(Mark("polygon", _head(path[1], path[0]), 0.0, "arrow", 10.0))
    return marks


def _head(before: Point, tip: Point) -> tuple[Point, ...]:
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    back = (tip[0] - ux * ARROW_HEAD, tip[1] - uy * ARROW_HEAD)
    w = ARROW_HEAD * 0.55
    return ((tip[0] + ux * 0.01, tip[1] + uy * 0.01), (back[0] - uy * w, back[1] + ux * w), (back[0] + uy * w, back[1] - ux * w))


def _bounds(marks: list[Mark]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for m in marks:
        if m.role == "floor":
            continue
        pad = m.width if m.kind == "disc" else m.width / 2
        for x, y in m.points:
            xs += [x - pad, x + pad]
            ys += [y - pad, y + pad]
    return min(xs), min(ys), max(xs), max(ys)


def _frame_bounds(figure: ExerciseFigure, scenes: tuple[Scene, Scene], body: BodyModel) -> tuple[float, float, float, float]:
    """The zoomed frame: the named points of both poses, with room for the head and limbs."""
    xs = [s.points[p][0] for s in scenes for p in figure.frame]
    ys = [s.points[p][1] for s in scenes for p in figure.frame]
    pad = body.length("head_radius") * 1.6
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def drawing(figure: ExerciseFigure, body: BodyModel) -> Drawing:
    """Both poses of a figure, with the arrows on their panels and the highlight on the end."""
    start = scene(figure, figure.start, body, focus=False)
    end = scene(figure, figure.end, body, focus=True)
    arrows = {panel: [m for a in figure.arrows if a.panel == panel for m in _arrow_marks(a, start, end)]
              for panel in ("start", "end")}
    if figure.frame:
        # The close-up holds the named points and every arrow (an arrow cut off says nothing).
        x0, y0, x1, y1 = _frame_bounds(figure, (start, end), body)
        if arrow_marks := arrows["start"] + arrows["end"]:
            ax0, ay0, ax1, ay1 = _bounds(arrow_marks)
            x0, y0, x1, y1 = min(x0, ax0 - 0.02), min(y0, ay0 - 0.02), max(x1, ax1 + 0.02), max(y1, ay1 + 0.02)
    else:
        x0, y0, x1, y1 = _bounds(list(start.marks) + list(end.marks) + arrows["start"] + arrows["end"])
        pad = 0.04
        x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad / 2, y1 + pad
    floor: list[Mark] = []
    # The floor shows as a line in level views only (a tilted view looks down on it).
    if figure.view.name != "top" and figure.view.tilt == 0 and y0 < 0.05:
        y0 = min(y0, -0.02)
        floor = [Mark("line", ((x0, 0.0), (x1, 0.0)), 0.008, "floor", -10.0)]
    start = Scene(tuple(floor) + start.marks + tuple(arrows["start"]), start.points)
    end = Scene(tuple(floor) + end.marks + tuple(arrows["end"]), end.points)
    return Drawing(start, end, (x0, y0, x1, y1), figure.phases, bool(figure.frame))
