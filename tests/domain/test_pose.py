"""Exercise figures: every catalog exercise drawn within sourced joint limits, the kinematics'
sign conventions, and a figure a body cannot take refused at catalog load."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping

import pytest
import textstat

from careplan.domain.catalog import CatalogError, CatalogIndex, read_catalog
from careplan.domain.pose.check import contact_problems, figure_problems, limit_problems
from careplan.domain.pose.kinematics import camera, posed_body
from careplan.domain.pose.model import JOINT_MOTIONS, BodyModel, ExerciseFigure, Pose, View
from careplan.domain.pose.scene import drawing, placed_body
from careplan.resources import catalog_dir


@pytest.fixture(scope="module")
def body(catalog: CatalogIndex) -> BodyModel:
    assert catalog.data.body is not None
    return catalog.data.body


def test_every_exercise_has_start_and_end_poses_within_the_joint_limits(catalog: CatalogIndex, body: BodyModel) -> None:
    exercises = catalog.data.exercises
    assert len(exercises) == 37
    for exercise in exercises:
        figure = exercise.figure
        assert figure is not None, exercise.id
        for label, pose in (("start", figure.start), ("end", figure.end)):
            assert limit_problems(pose, body) == [], f"{exercise.id} {label}"
            # Hands and feet the pose rests on touch something; nothing sinks into the floor.
            assert contact_problems(figure, pose, body) == [], f"{exercise.id} {label}"


def test_every_figure_shows_a_movement(catalog: CatalogIndex, body: BodyModel) -> None:
    # Two identical panels teach nothing: some body point moves at least 1.5 % of body height.
    for exercise in catalog.data.exercises:
        assert exercise.figure is not None
        start = placed_body(exercise.figure.start, body).points
        end = placed_body(exercise.figure.end, body).points
        moved = max(math.dist(start[name], end[name]) for name in start)
        assert moved > 0.015, exercise.id


def test_every_joint_motion_has_a_sourced_normal_range(body: BodyModel) -> None:
    for joint, motions in JOINT_MOTIONS.items():
        for motion in motions:
            limit = body.limit(joint, motion)
            assert limit.low <= 0 <= limit.high
            assert limit.sources and all(len(s.citation) > 20 for s in limit.sources)
    assert body.proportions.sources


def _pose(**joints: Mapping[str, float]) -> Pose:
    return Pose.model_validate({"joints": joints})


def test_standing_proportions(body: BodyModel) -> None:
    points = placed_body(Pose(), body).points
    top_of_head = points["head"][1] + body.length("head_radius")
    assert top_of_head == pytest.approx(1.0, abs=0.03)
    # Knee and hip heights of the standing figure (Winter 2009, fractions of height).
    assert points["knee_r"][1] == pytest.approx(0.285 + 0.013, abs=0.02)
    assert points["hip_r"][1] == pytest.approx(0.530 + 0.013, abs=0.02)


@pytest.mark.parametrize("side, sign", [("r", 1.0), ("l", -1.0)])
def test_sign_conventions(body: BodyModel, side: str, sign: float) -> None:
    rest = posed_body(Pose(), body).points
    # Hip flexion brings the knee forward (+x); abduction moves it out to its own side.
    flexed = posed_body(_pose(**{f"hip_{side}": {"flex": 90}}), body).points
    assert flexed[f"knee_{side}"][0] > rest[f"knee_{side}"][0] + 0.2
    abducted = posed_body(_pose(**{f"hip_{side}": {"abd": 30}}), body).points
    assert sign * (abducted[f"ankle_{side}"][2] - rest[f"ankle_{side}"][2]) > 0.1
    # External rotation turns the toes outward; dorsiflexion lifts them.
    turned = posed_body(_pose(**{f"hip_{side}": {"rot": 30}}), body).points
    assert sign * (turned[f"toe_{side}"][2] - rest[f"toe_{side}"][2]) > 0.03
    lifted = posed_body(_pose(**{f"ankle_{side}": {"flex": 20}}), body).points
    assert lifted[f"toe_{side}"][1] > rest[f"toe_{side}"][1] + 0.02
    # Shoulder flexion raises the arm in front; elbow flexion brings the hand forward.
    raised = posed_body(_pose(**{f"shoulder_{side}": {"flex": 180}}), body).points
    assert raised[f"hand_{side}"][1] > rest["head"][1]
    bent = posed_body(_pose(**{f"elbow_{side}": {"flex": 90}}), body).points
    assert bent[f"hand_{side}"][0] > rest[f"hand_{side}"][0] + 0.1


def test_spine_and_neck_directions(body: BodyModel) -> None:
    rest = posed_body(Pose(), body).points
    bowed = posed_body(_pose(spine={"flex": 60}), body).points
    assert bowed["neck"][0] > rest["neck"][0] + 0.1
    turned = posed_body(_pose(neck={"rot": 60}), body).points
    assert turned["nose"][2] > rest["nose"][2] + 0.03  # looking over the right shoulder
    tipped = posed_body(_pose(neck={"side": 30}), body).points
    assert tipped["head"][2] > rest["head"][2] + 0.03  # ear toward the right shoulder
    shrug = posed_body(_pose(clavicle={"elev": 30}), body).points
    assert shrug["shoulder_l"][1] > rest["shoulder_l"][1] + 0.03


def test_views_project_the_same_body(body: BodyModel) -> None:
    point = placed_body(_pose(shoulder_r={"abd": 90}), body).points["hand_r"]
    # Seen from the side the outstretched arm comes at the viewer; from the front it reaches to
    # the viewer's left (the patient's right); from the back to the right.
    assert camera(View(name="side"))[2][2] == pytest.approx(1.0)
    side = [sum(row[i] * point[i] for i in range(3)) for row in camera(View(name="side"))]
    front = [sum(row[i] * point[i] for i in range(3)) for row in camera(View(name="front"))]
    back = [sum(row[i] * point[i] for i in range(3)) for row in camera(View(name="back"))]
    assert side[2] > 0.4 and front[0] < -0.4 and back[0] > 0.4


def test_a_pose_outside_the_normal_range_is_named() -> None:
    raw = json.loads((catalog_dir() / "body.json").read_text(encoding="utf-8"))
    body = BodyModel.model_validate(raw)
    pose = _pose(knee_l={"flex": 170}, spine={"rot": -60})
    problems = limit_problems(pose, body)
    assert problems == ["spine rot -60 is outside -45 to 45", "knee_l flex 170 is outside 0 to 130"]
    # The head's nod adds to the neck's: a chin tuck within range, a head thrown back is not.
    assert limit_problems(_pose(neck={"flex": -25}, head={"flex": 25}), body) == []
    assert limit_problems(_pose(neck={"flex": -45}, head={"flex": -30}), body) == [
        "neck.flex + head.flex together -75 is outside -60 to 50"]


def test_catalog_refuses_a_figure_a_body_cannot_take(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    for path in catalog_dir().glob("*.json"):
        (folder / path.name).write_bytes(path.read_bytes())
    exercises = json.loads((folder / "exercises.json").read_text(encoding="utf-8"))
    bridge = next(e for e in exercises if e["id"] == "bridge")
    bridge["figure"]["end"]["joints"]["knee_r"] = {"flex": 175}
    (folder / "exercises.json").write_text(json.dumps(exercises), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"exercise 'bridge' figure: end: knee_r flex 175 is outside 0 to 130"):
        read_catalog(folder)


def test_floating_hands_are_caught(catalog: CatalogIndex, body: BodyModel) -> None:
    wall_walk = catalog.exercises["wall-walk"].figure
    assert wall_walk is not None
    away = wall_walk.end.model_copy(update={"at": wall_walk.end.at.model_copy(update={"x": wall_walk.end.at.x - 0.2})})
    assert contact_problems(wall_walk, away, body) == ["hand_r touches nothing it could rest on"]
    sunk = wall_walk.end.model_copy(update={"at": wall_walk.end.at.model_copy(update={"y": -0.05})})
    assert any("below the floor" in p for p in contact_problems(wall_walk, sunk, body))


def test_unknown_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown joint 'elbow_x'"):
        _pose(elbow_x={"flex": 10})
    with pytest.raises(ValueError, match="has no motion 'abd'"):
        _pose(knee_r={"abd": 10})
    with pytest.raises(ValueError, match="unknown body point 'tail'"):
        ExerciseFigure.model_validate({"start": {}, "end": {}, "arrows": [{"point": "tail"}]})


def test_drawing_shares_one_frame_arrows_first_panel_focus_last(catalog: CatalogIndex, body: BodyModel) -> None:
    figure = catalog.exercises["knee-to-chest"].figure
    assert figure is not None
    made = drawing(figure, body)
    x0, y0, x1, y1 = made.bounds
    for scene in (made.start, made.end):
        for mark in scene.marks:
            if mark.role != "floor":
                assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in mark.points), mark
    assert any(m.role == "arrow" for m in made.start.marks)
    assert not any(m.role == "arrow" for m in made.end.marks)
    assert any(m.role == "focus" for m in made.end.marks) and not any(m.role == "focus" for m in made.start.marks)
    # A close-up (chin tuck) says so, so that renderers clip what reaches past its frame.
    chin = catalog.exercises["chin-tuck"].figure
    assert chin is not None and drawing(chin, body).clipped and not made.clipped


def test_exercise_words_match_the_figure_and_the_dose(catalog: CatalogIndex) -> None:
    for exercise in catalog.data.exercises:
        how = exercise.instructions["en"].lower()
        # "Switch legs", "the other side": reps are counted per side, and the data says so.
        assert exercise.each_side == any(w in how for w in ("switch", "other side")), exercise.id
        # An exercise that holds has a hold time, and only those.
        assert ("hold," in how or "hold then" in how) == (exercise.default_hold_seconds is not None), exercise.id
        feel = exercise.feel["en"]
        assert feel.endswith(".") and "\n" not in feel and len(feel) <= 110, exercise.id
        assert textstat.flesch_kincaid_grade(feel) <= 6, (exercise.id, feel)


def test_every_figure_problem_is_reported_per_pose(body: BodyModel) -> None:
    figure = ExerciseFigure.model_validate({"start": {"joints": {"elbow": {"flex": 160}}}, "end": {}})
    assert figure_problems(figure, body) == ["start: elbow_r flex 160 is outside 0 to 150",
                                             "start: elbow_l flex 160 is outside 0 to 150"]


def test_arrows_follow_the_point_or_a_given_direction(catalog: CatalogIndex, body: BodyModel) -> None:
    def arrow_shaft(figure: ExerciseFigure, panel: str) -> tuple[tuple[float, float], ...]:
        made = drawing(figure, body)
        scene = made.start if panel == "start" else made.end
        return next(m.points for m in scene.marks if m.role == "arrow" and m.kind == "line")

    bridge = catalog.exercises["bridge"].figure
    assert bridge is not None
    # The hips lift: the first panel's arrow points up; turned round, it points down.
    (_, y0), (_, y1) = arrow_shaft(bridge, "start")
    assert y1 > y0 + 0.1
    turned = bridge.model_copy(update={"arrows": (bridge.arrows[0].model_copy(update={"reverse": True}),)})
    (_, y0), (_, y1) = arrow_shaft(turned, "start")
    assert y1 < y0 - 0.1
    # On the second panel the arrow shows the way back.
    back = bridge.model_copy(update={"arrows": (bridge.arrows[0].model_copy(update={"panel": "end"}),)})
    (_, y0), (_, y1) = arrow_shaft(back, "end")
    assert y1 < y0 - 0.1
    # Cat-camel: "round up" on the first panel, "let it sag" on the second.
    cat = catalog.exercises["cat-camel"].figure
    assert cat is not None
    (_, y0), (_, y1) = arrow_shaft(cat, "start")
    assert y1 > y0
    (_, y0), (_, y1) = arrow_shaft(cat, "end")
    assert y1 < y0


def test_a_close_up_keeps_its_arrows_in_the_frame(catalog: CatalogIndex, body: BodyModel) -> None:
    for exercise in catalog.data.exercises:
        assert exercise.figure is not None
        made = drawing(exercise.figure, body)
        x0, y0, x1, y1 = made.bounds
        for scene in (made.start, made.end):
            for mark in scene.marks:
                if mark.role == "arrow":
                    assert all(x0 <= x <= x1 and y0 <= y <= y1 for x, y in mark.points), exercise.id
