"""Forward kinematics of the stick figure: joint angles to 3-D body points, and the camera.

Body axes: x anterior, y superior, z to the body's right; the world uses the same axes for a
person standing and facing +x, so a side view (camera on +z) sees the right side, facing right.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from careplan.domain.pose.model import SIDES, BodyModel, Pose, View

Vec = tuple[float, float, float]
Mat = tuple[Vec, Vec, Vec]  # rows

IDENTITY: Mat = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))
# The spine runs behind the hip joints and behind and above the shoulder joints (a drawing
# choice, not a measured fact): without it a figure on hands and knees slopes steeply uphill
# and the arms hang from the line of the back.
SPINE_BEHIND = 0.03
SHOULDER_FORWARD, SHOULDER_DOWN = 0.04, 0.03


def _rot(axis: int, degrees: float) -> Mat:
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    if axis == 0:
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == 1:
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def rx(degrees: float) -> Mat:
    return _rot(0, degrees)


def ry(degrees: float) -> Mat:
    return _rot(1, degrees)


def rz(degrees: float) -> Mat:
    return _rot(2, degrees)


def mul(a: Mat, b: Mat) -> Mat:
    # Written out: the catalog checks every figure's poses at load and each drawing chains many
    # rotations, so this ran tens of thousands of times per export. ``0.0 +`` first, in sum()'s
    # order, keeps every result bit for bit what sum() gave (a -0.0 product included).
    (a00, a01, a02), (a10, a11, a12), (a20, a21, a22) = a
    (b00, b01, b02), (b10, b11, b12), (b20, b21, b22) = b
    return ((0.0 + a00 * b00 + a01 * b10 + a02 * b20, 0.0 + a00 * b01 + a01 * b11 + a02 * b21,
             0.0 + a00 * b02 + a01 * b12 + a02 * b22),
            (0.0 + a10 * b00 + a11 * b10 + a12 * b20, 0.0 + a10 * b01 + a11 * b11 + a12 * b21,
             0.0 + a10 * b02 + a11 * b12 + a12 * b22),
            (0.0 + a20 * b00 + a21 * b10 + a22 * b20, 0.0 + a20 * b01 + a21 * b11 + a22 * b21,
             0.0 + a20 * b02 + a21 * b12 + a22 * b22))


def apply(m: Mat, v: Vec) -> Vec:
    return (m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
            m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2])


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def chain(*mats: Mat) -> Mat:
    out = IDENTITY
    for m in mats:
        out = mul(out, m)
    return out


def side_sign(side: str) -> float:
    """+1 for the right side (toward +z), -1 for the left."""
    return 1.0 if side == "r" else -1.0


@dataclass(frozen=True)
class Body:
    """A posed body: every named point in world coordinates, and each segment's frame."""

    points: dict[str, Vec]
    frames: dict[str, Mat]

    def moved(self, by: Vec) -> Body:
        return Body({k: add(v, by) for k, v in self.points.items()}, self.frames)


def _spine_rotation(pose: Pose, joint: str, share: float = 1.0) -> Mat:
    # Flexion tips an upward segment forward (-z rotation), lateral flexion to the right (+x),
    # rotation to the right turns the front toward +z (-y).
    return chain(rz(-share * pose.angle(joint, None, "flex")), rx(share * pose.angle(joint, None, "side")),
                 ry(-share * pose.angle(joint, None, "rot")))


def _ball_joint(pose: Pose, joint: str, side: str) -> Mat:
    sign = side_sign(side)
    return chain(rz(pose.angle(joint, side, "flex")), rx(-sign * pose.angle(joint, side, "abd")),
                 ry(-sign * pose.angle(joint, side, "rot")))


def posed_body(pose: Pose, body: BodyModel) -> Body:
    """Every body point of ``pose`` before placement (pelvis at the origin)."""
    length = body.length
    root = chain(ry(pose.turn), rz(-pose.lean), ry(pose.roll))
    points: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    frames: dict[str, Mat] = {"pelvis": root}

    def at(origin: str, frame: Mat, offset: Vec, name: str) -> Vec:
        points[name] = add(points[origin], apply(frame, offset))
        return points[name]

    # Trunk: the thoracolumbar angle is shared between the lumbar and thoracic segments, so the
    # back draws as a curve.
    at("pelvis", root, (-SPINE_BEHIND, 0.0, 0.0), "sacrum")
    at("pelvis", root, (-SPINE_BEHIND, length("pelvis"), 0.0), "l5")
    lumbar = mul(root, _spine_rotation(pose, "spine", 0.5))
    at("l5", lumbar, (0.0, length("lumbar"), 0.0), "t12")
    thorax = mul(lumbar, _spine_rotation(pose, "spine", 0.5))
    at("t12", thorax, (0.0, length("thorax"), 0.0), "neck")
    neck = mul(thorax, _spine_rotation(pose, "neck"))
    at("neck", neck, (0.0, length("neck"), 0.0), "head_base")
    head = mul(neck, rz(-pose.angle("head", None, "flex")))
    radius = length("head_radius")
    at("head_base", head, (0.0, radius, 0.0), "head")
    at("head", head, (radius * 1.08, -radius * 0.15, 0.0), "nose")
    for side in SIDES:
        at("head", head, (radius * 0.55, radius * 0.2, side_sign(side) * radius * 0.38), f"eye_{side}")
    frames.update(lumbar=lumbar, thorax=thorax, neck=neck, head=head)

    for side in SIDES:
        sign = side_sign(side)
        clavicle = mul(thorax, chain(ry(-sign * pose.angle("clavicle", side, "retract")),
                                     rx(-sign * pose.angle("clavicle", side, "elev"))))
        at("neck", clavicle, (SHOULDER_FORWARD, -SHOULDER_DOWN, sign * length("clavicle")), f"shoulder_{side}")
        # Shoulder angles are measured against the trunk, not the collarbone.
        upper = mul(thorax, _ball_joint(pose, "shoulder", side))
        at(f"shoulder_{side}", upper, (0.0, -length("upper_arm"), 0.0), f"elbow_{side}")
        fore = mul(upper, rz(pose.angle("elbow", side, "flex")))
        at(f"elbow_{side}", fore, (0.0, -length("forearm"), 0.0), f"wrist_{side}")
        hand = mul(fore, rz(pose.angle("wrist", side, "flex")))
        at(f"wrist_{side}", hand, (0.0, -length("hand"), 0.0), f"hand_{side}")

        at("pelvis", root, (0.0, 0.0, sign * length("hip_width") / 2), f"hip_{side}")
        thigh = mul(root, _ball_joint(pose, "hip", side))
        at(f"hip_{side}", thigh, (0.0, -length("thigh"), 0.0), f"knee_{side}")
        shank = mul(thigh, rz(-pose.angle("knee", side, "flex")))
        at(f"knee_{side}", shank, (0.0, -length("shank"), 0.0), f"ankle_{side}")
        foot = mul(shank, rz(pose.angle("ankle", side, "flex")))
        at(f"ankle_{side}", foot, (-length("heel"), -length("ankle_height"), 0.0), f"heel_{side}")
        at(f"ankle_{side}", foot, (length("foot"), -length("ankle_height"), 0.0), f"ball_{side}")
        toes = mul(foot, rz(-pose.angle("toes", side, "flex")))
        at(f"ball_{side}", toes, (length("toes"), 0.0, 0.0), f"toe_{side}")
        frames.update({f"clavicle_{side}": clavicle, f"upper_arm_{side}": upper, f"forearm_{side}": fore,
                       f"hand_{side}": hand, f"thigh_{side}": thigh, f"shank_{side}": shank,
                       f"foot_{side}": foot})
    return Body(points, frames)


def camera(view: View) -> Mat:
    """World -> (paper right, paper up, toward the viewer)."""
    turn = {"side": 0.0, "front": -90.0, "back": 90.0, "top": 0.0}[view.name] + view.turn
    tilt = {"side": 0.0, "front": 0.0, "back": 0.0, "top": 90.0}[view.name] + view.tilt
    return mul(rx(tilt), ry(turn))


def project(cam: Mat, point: Vec) -> tuple[float, float, float]:
    """Paper x, paper y and depth (larger is nearer the viewer)."""
    return apply(cam, point)


def iter_sides() -> Iterator[tuple[str, float]]:
    for side in SIDES:
        yield side, side_sign(side)
