"""Exercise figures as data: a start and an end pose (joint angles), the view, props and arrows.

Angles are clinical: degrees from the anatomical position, positive in the named direction
(flexion, abduction, external rotation, lateral flexion or rotation to the right, elevation,
retraction, ankle dorsiflexion, toe flexion) and negative in the opposite one (extension,
adduction, internal rotation, ...). Lengths are fractions of body height. The body's limits and
proportions are catalog facts with sources (``BodyModel``); a pose outside them is refused.
"""

# Annotations are evaluated as the class is defined (no `from __future__ import annotations`):
# pydantic then reads types instead of compiling strings, in every process (decision 0025).

from typing import Literal, Self

from pydantic import BaseModel, Field, field_validator, model_validator

from careplan.domain.sourced import CATALOG_CONFIG, Sourced

# Every joint a pose may bend and the motions it has. Sided joints take "_r" / "_l"; a key
# without a side ("hip") sets both sides at once and a sided key overrides it.
JOINT_MOTIONS: dict[str, tuple[str, ...]] = {
    "spine": ("flex", "side", "rot"),
    "neck": ("flex", "side", "rot"),
    "head": ("flex",),
    "clavicle": ("elev", "retract"),
    "shoulder": ("flex", "abd", "rot"),
    "elbow": ("flex",),
    "wrist": ("flex",),
    "hip": ("flex", "abd", "rot"),
    "knee": ("flex",),
    "ankle": ("flex",),
    "toes": ("flex",),
}
SIDED = frozenset({"clavicle", "shoulder", "elbow", "wrist", "hip", "knee", "ankle", "toes"})
SIDES = ("r", "l")

# Named points of the body a pose can be placed by, an arrow can follow or a contact names.
POINTS: tuple[str, ...] = (
    "pelvis", "sacrum", "l5", "t12", "neck", "head", "nose",
    *(f"{p}_{s}" for p in ("hip", "knee", "ankle", "heel", "ball", "toe",
                           "shoulder", "elbow", "wrist", "hand") for s in SIDES),
)
# Body parts a figure can highlight ("you should feel it here"), optionally on one face.
SEGMENTS: tuple[str, ...] = (
    "lower_back", "upper_back", "neck", "belly", "chest",
    *(f"{p}_{s}" for p in ("thigh", "shin", "calf", "foot", "upper_arm", "forearm", "shoulder",
                           "buttock", "hip") for s in SIDES),
)
Face = Literal["front", "back", "out", "in", "whole"]

ViewName = Literal["side", "front", "back", "top"]
Phase = Literal["start", "end", "breathe_in", "breathe_out", "tense", "relax", "step_1", "step_2"]


class _Strict(BaseModel):
    model_config = CATALOG_CONFIG  # validators built on first use (see careplan/domain/sourced.py)


def joint_key_problem(key: str) -> str | None:
    """Why ``key`` ("hip_r", "spine") does not name a joint, or None."""
    base, _, side = key.partition("_")
    if base not in JOINT_MOTIONS:
        return f"unknown joint {key!r}"
    if side and (base not in SIDED or side not in SIDES):
        return f"unknown joint {key!r}"
    return None


class Placement(_Strict):
    """Where the figure stands: the named body point goes to (x, y[, z]); with no ``y`` the lowest
    part of the body rests on the floor."""

    point: str = "pelvis"
    x: float = 0.0
    y: float | None = None
    z: float = 0.0

    @field_validator("point")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in POINTS:
            raise ValueError(f"unknown body point {value!r}")
        return value


class Pose(_Strict):
    """One moment of the movement: how the whole body is turned and every joint angle."""

    # Whole-body orientation: lean forward (+) or back (-) about the left-right axis (-90 lies on
    # the back, head to the left of a side view), roll about the body's long axis (+90: lying on
    # the left side), turn about the vertical.
    lean: float = Field(default=0, ge=-180, le=180)
    roll: float = Field(default=0, ge=-180, le=180)
    turn: float = Field(default=0, ge=-180, le=180)
    at: Placement = Field(default_factory=Placement)
    joints: dict[str, dict[str, float]] = Field(default_factory=dict)
    # Body points that touch a support (floor, seat, wall, step, table): checked, never moved.
    contacts: tuple[str, ...] = ()

    @field_validator("joints")
    @classmethod
    def _known_joints(cls, value: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        for key, motions in value.items():
            if (problem := joint_key_problem(key)) is not None:
                raise ValueError(problem)
            allowed = JOINT_MOTIONS[key.partition("_")[0]]
            for motion in motions:
                if motion not in allowed:
                    raise ValueError(f"joint {key!r} has no motion {motion!r} (it has {', '.join(allowed)})")
        return value

    @field_validator("contacts")
    @classmethod
    def _known_points(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for point in value:
            if point not in POINTS:
                raise ValueError(f"unknown body point {point!r}")
        return value

    def angle(self, joint: str, side: str | None, motion: str) -> float:
        """The angle of ``motion`` at a joint on one side: the sided key wins over the both-sides key."""
        if side is not None and (value := self.joints.get(f"{joint}_{side}", {}).get(motion)) is not None:
            return value
        return self.joints.get(joint, {}).get(motion, 0.0)


PropKind = Literal["chair", "wall", "mat", "table", "step", "band", "towel", "water", "bike", "door"]


class Prop(_Strict):
    """Something the patient uses. Boxes and planes sit at ``x`` (their near edge or face) on the
    floor; bands and towels run between two body points (``ends``)."""

    kind: PropKind
    x: float = 0.0
    z: float = 0.0
    # Height of a seat, table, step or the water; facing +1 / -1 says which way a chair faces.
    height: float | None = Field(default=None, gt=0, le=1.5)
    depth: float | None = Field(default=None, gt=0, le=3)
    width: float | None = Field(default=None, gt=0, le=3)
    facing: Literal[1, -1] = 1
    ends: tuple[str, str] | None = None

    @model_validator(mode="after")
    def _ends(self) -> Self:
        needs_ends = self.kind in ("band", "towel")
        if needs_ends != (self.ends is not None):
            raise ValueError(f"a {self.kind} {'needs' if needs_ends else 'takes no'} 'ends'")
        for point in self.ends or ():
            if point not in POINTS:
                raise ValueError(f"unknown body point {point!r}")
        return self


class Arrow(_Strict):
    """Where a body point goes from the start pose to the end pose: an arc around ``pivot``, a
    straight arrow, or a small circle (``circle``: its radius) for a swinging movement."""

    point: str
    pivot: str | None = None
    circle: float | None = Field(default=None, gt=0, le=0.3)
    # Push the arrow off the body (fractions of body height, on paper: right, up).
    offset: tuple[float, float] = (0.0, 0.0)
    two_way: bool = False
    # Drawn on the first panel (start -> end) or on the second (the way back, end -> start);
    # ``reverse`` turns it round: it then shows the move that led into the pose it is drawn on.
    panel: Literal["start", "end"] = "start"
    reverse: bool = False
    # A fixed straight arrow from the point (plus offset) this far and this way, on paper, for
    # a push or a hump that the point's own path does not show well.
    direction: tuple[float, float] | None = None

    @model_validator(mode="after")
    def _points(self) -> Self:
        for point in (self.point, self.pivot):
            if point is not None and point not in POINTS:
                raise ValueError(f"unknown body point {point!r}")
        return self


class Focus(_Strict):
    """A body part to highlight: where the patient should feel the exercise."""

    segment: str
    face: Face = "whole"

    @field_validator("segment")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in SEGMENTS:
            raise ValueError(f"unknown body part {value!r}")
        return value


class View(_Strict):
    """The camera: a side, front, back or top view, optionally turned about the vertical and
    tilted down (degrees) so that a movement toward the viewer still shows."""

    name: ViewName = "side"
    turn: float = Field(default=0, ge=-90, le=90)
    tilt: float = Field(default=0, ge=-90, le=90)


class ExerciseFigure(_Strict):
    """The drawing of one exercise: a start and an end pose seen from one view."""

    view: View = Field(default_factory=View)
    start: Pose
    end: Pose
    props: tuple[Prop, ...] = ()
    arrows: tuple[Arrow, ...] = Field(default=(), max_length=3)
    focus: tuple[Focus, ...] = ()
    phases: tuple[Phase, Phase] = ("start", "end")
    # Body points the picture must show, to zoom in on a small movement (a chin tuck); empty
    # shows the whole body and its props.
    frame: tuple[str, ...] = ()

    @field_validator("frame")
    @classmethod
    def _frame_points(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for point in value:
            if point not in POINTS:
                raise ValueError(f"unknown body point {point!r}")
        return value


class MotionLimit(Sourced):
    """The normal range of one motion of one joint, in degrees from the anatomical position."""

    joint: str
    motion: str
    low: float = Field(ge=-180, le=0)
    high: float = Field(ge=0, le=180)

    @model_validator(mode="after")
    def _known(self) -> Self:
        if self.joint not in JOINT_MOTIONS or self.motion not in JOINT_MOTIONS[self.joint]:
            raise ValueError(f"unknown joint motion {self.joint}.{self.motion}")
        return self


class Proportions(Sourced):
    """Segment lengths and widths of the drawn body, as fractions of its height."""

    lengths: dict[str, float]


SEGMENT_LENGTHS = (
    "hip_width", "pelvis", "lumbar", "thorax", "neck", "head_radius", "clavicle", "upper_arm", "forearm",
    "hand", "thigh", "shank", "ankle_height", "heel", "foot", "toes",
)


class BodyModel(_Strict):
    """The stick figure's proportions and every joint's normal range (resources/catalog/body.json)."""

    proportions: Proportions
    limits: tuple[MotionLimit, ...]
    # Joint motions whose angles add up along one region of the spine and share its limit.
    combined: dict[str, tuple[str, ...]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _complete(self) -> Self:
        missing = [name for name in SEGMENT_LENGTHS if name not in self.proportions.lengths]
        if missing:
            raise ValueError(f"body proportions lack {', '.join(missing)}")
        have = {(limit.joint, limit.motion) for limit in self.limits}
        need = {(joint, motion) for joint, motions in JOINT_MOTIONS.items() for motion in motions}
        if need - have:
            raise ValueError("no normal range for " + ", ".join(f"{j}.{m}" for j, m in sorted(need - have)))
        for name, parts in self.combined.items():
            if (name.split(".")[0], name.split(".")[-1]) not in have:
                raise ValueError(f"combined limit {name!r} names no limit")
            for part in parts:
                if tuple(part.split(".")) not in have:
                    raise ValueError(f"combined limit {name!r}: unknown joint motion {part!r}")
        return self

    def limit(self, joint: str, motion: str) -> MotionLimit:
        for limit in self.limits:
            if limit.joint == joint and limit.motion == motion:
                return limit
        raise KeyError(f"{joint}.{motion}")

    def length(self, name: str) -> float:
        return self.proportions.lengths[name]
