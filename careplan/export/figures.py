"""Exercise pictures in the handout: the start and end drawings as vector graphics (reportlab
shapes built from the catalog's pose data, scaled with the print size), or the clinic's photo."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Group, Polygon, PolyLine, String
from reportlab.graphics.shapes import Drawing as RlDrawing
from reportlab.graphics.shapes import Path as ShapePath
from reportlab.lib import colors
from reportlab.platypus import Image, Spacer, Table, TableStyle

from careplan.domain.catalog_model import Exercise
from careplan.domain.image_header import HEADER_BYTES, ImageHeaderError, read_header
from careplan.domain.pose import cached_drawing
from careplan.domain.pose.scene import Drawing, Mark, Scene
from careplan.domain.pose.style import LOOKS
from careplan.export.context import RenderContext
from careplan.export.flow import Flowable

PANEL_GAP = 8.0
# The tallest a drawing may be, in points at normal print; large print scales it up (and gives
# it the whole width of the page, see handout_modules).
PANEL_HEIGHT = 118.0
LARGE_PRINT_SCALE = 1.45
INK = colors.HexColor("#111111")


def _colour(hex_code: str | None) -> Any:
    return colors.HexColor(hex_code) if hex_code is not None else None


def _shape(mark: Mark) -> Any:
    look = LOOKS[mark.role]
    flat = [c for point in mark.points for c in point]
    if mark.kind == "line":
        return PolyLine(flat, strokeColor=_colour(look.stroke), strokeWidth=mark.width, strokeLineCap=1,
                        strokeLineJoin=1, strokeOpacity=look.alpha)
    if mark.kind == "polygon":
        return Polygon(flat, fillColor=_colour(look.fill), fillOpacity=look.alpha, strokeColor=_colour(look.stroke),
                       strokeWidth=mark.width, strokeLineJoin=1, strokeOpacity=look.alpha)
    (cx, cy), = mark.points
    return Circle(cx, cy, mark.width, fillColor=_colour(look.fill), strokeColor=None, fillOpacity=look.alpha)


def _panel(scene: Scene, bounds: tuple[float, float, float, float], clipped: bool, left: float, bottom: float,
           width: float, height: float) -> Group:
    """One pose in a ``width`` x ``height`` box, the figure's units mapped to points."""
    x0, y0, x1, y1 = bounds
    scale = min(width / (x1 - x0), height / (y1 - y0))
    dx = left + (width - (x1 - x0) * scale) / 2 - x0 * scale
    dy = bottom + (height - (y1 - y0) * scale) / 2 - y0 * scale
    group = Group(transform=(scale, 0, 0, scale, dx, dy))
    if clipped:
        # A close-up: whatever reaches past the frame (the rest of the body) is cut off.
        clip = ShapePath(isClipPath=1, strokeColor=None, fillColor=None)
        clip.moveTo(x0, y0)
        for x, y in ((x1, y0), (x1, y1), (x0, y1)):
            clip.lineTo(x, y)
        clip.closePath()
        group.add(clip)
    for mark in scene.marks:
        group.add(_shape(mark))
    return group


# Built shapes by pose drawing (held, so its id is not reused) and by size, font and captions.
# reportlab checks every attribute of every shape it builds, which made the drawings a quarter
# of each preview render; the shapes are only read when drawn, so every document can share them.
_SHAPES: dict[int, tuple[Drawing, dict[tuple[Any, ...], tuple[float, float, tuple[Any, ...]]]]] = {}
_SHAPES_LOCK = threading.Lock()


def _shapes(drawing: Drawing, width: float, max_height: float, captions: tuple[str, str], font: str,
            caption_size: float, stacked: bool) -> tuple[float, float, tuple[Any, ...]]:
    """The drawing's size and its panels and captions as reportlab shapes (built once per key)."""
    key = (width, max_height, captions, font, caption_size, stacked)
    with _SHAPES_LOCK:
        held = _SHAPES.get(id(drawing))
        if held is not None and held[0] is drawing and key in held[1]:
            return held[1][key]
    x0, y0, x1, y1 = drawing.bounds
    panel_w = width if stacked else (width - PANEL_GAP) / 2
    panel_h = min(max_height, panel_w * (y1 - y0) / (x1 - x0))
    caption_h = caption_size * 1.5
    row_h = panel_h + caption_h
    nodes: list[Any] = []
    for index, (scene, caption) in enumerate(((drawing.start, captions[0]), (drawing.end, captions[1]))):
        left = 0.0 if stacked else index * (panel_w + PANEL_GAP)
        bottom = (1 - index) * (row_h + PANEL_GAP) if stacked else 0.0
        nodes.append(_panel(scene, drawing.bounds, drawing.clipped, left, bottom + caption_h, panel_w, panel_h))
        nodes.append(String(left + panel_w / 2, bottom + caption_size * 0.35, f"{index + 1}  {caption}", fontName=font,
                            fontSize=caption_size, fillColor=INK, textAnchor="middle"))
    built = (width, 2 * row_h + PANEL_GAP if stacked else row_h, tuple(nodes))
    with _SHAPES_LOCK:
        held = _SHAPES.get(id(drawing))
        if held is None or held[0] is not drawing:
            held = _SHAPES[id(drawing)] = (drawing, {})
        held[1][key] = built
    return built


def drawing_flowable(drawing: Drawing, width: float, max_height: float, captions: tuple[str, str],
                     font: str, caption_size: float, stacked: bool = False) -> Flowable:
    """Both panels, captioned: side by side in ``width`` points, or one above the other (each
    then as wide as ``width``); each panel at most ``max_height`` tall."""
    out_w, out_h, nodes = _shapes(drawing, width, max_height, captions, font, caption_size, stacked)
    # The drawing's default font is Helvetica, which the PDF would list unembedded: start it in ours.
    out = RlDrawing(out_w, out_h, initialFontName=font, initialFontSize=caption_size)
    for node in nodes:
        out.add(node)
    flowable: Flowable = out
    return flowable


def photo_flowable(path: Path, width: float, max_height: float) -> Flowable | None:
    """The clinic's photo scaled into the picture's place, or None when it cannot be read now
    (it was checked when it was attached; the drawing prints instead)."""
    try:
        with path.open("rb") as handle:
            header = read_header(handle.read(HEADER_BYTES))
    except (OSError, ImageHeaderError):
        return None
    scale = min(width / header.width, max_height / header.height)
    image: Flowable = Image(str(path), width=header.width * scale, height=header.height * scale)
    return image


def exercise_picture(exercise: Exercise | None, width: float, ctx: RenderContext) -> Flowable | None:
    """The picture printed with an exercise: the clinic's photo if it has one, else the drawing."""
    if exercise is None:
        return None
    max_height = PANEL_HEIGHT * (LARGE_PRINT_SCALE if ctx.styles.large_print else 1.0)
    photo = ctx.options.exercise_photos.get(exercise.id)
    if photo is not None and (picture := photo_flowable(photo, width, max_height * 1.2)) is not None:
        return picture
    body = ctx.catalog.data.body
    if exercise.figure is None or body is None:
        return None
    drawing = cached_drawing(exercise.figure, body)
    captions = (ctx.raw(f"fig_{drawing.phases[0]}"), ctx.raw(f"fig_{drawing.phases[1]}"))
    # In large print a wide drawing (lying down) gets a row per panel, so it grows too (a little
    # less tall, so that the exercise still fits on one page with its words).
    stacked = ctx.styles.large_print and drawing.aspect > WIDE
    if stacked:
        max_height = PANEL_HEIGHT * 1.2
    return drawing_flowable(drawing, width, max_height, captions, ctx.styles.font, ctx.styles.small_size, stacked)


# Share of the text width a tall picture (standing, sitting) takes beside the words at normal
# print; a wide one (lying down) would shrink there, so it takes the full width above them.
PICTURE_SHARE = 0.46
WIDE = 1.3


def _is_wide(exercise: Exercise | None, ctx: RenderContext) -> bool:
    body = ctx.catalog.data.body
    if exercise is None or exercise.figure is None or body is None or exercise.id in ctx.options.exercise_photos:
        return False
    return cached_drawing(exercise.figure, body).aspect > WIDE


def exercise_layout(exercise: Exercise | None, words: list[Flowable], ctx: RenderContext) -> list[Flowable]:
    """The exercise's words with its picture: beside them when the picture is tall, above them
    when it is wide, and above them, scaled up, in large print (so the bigger text keeps a
    readable line length)."""
    if ctx.styles.large_print or _is_wide(exercise, ctx):
        picture = exercise_picture(exercise, ctx.width, ctx)
        return words if picture is None else [picture, Spacer(1, ctx.styles.gap), *words]
    gap = ctx.styles.body_size
    picture_w = ctx.width * PICTURE_SHARE
    picture = exercise_picture(exercise, picture_w, ctx)
    if picture is None:
        return words
    table = Table([[words, picture]], colWidths=[ctx.width - picture_w - gap, picture_w + gap])
    table.setStyle(TableStyle([
        # A table cell otherwise selects Helvetica, which the PDF would list unembedded.
        ("FONTNAME", (0, 0), (-1, -1), ctx.styles.font),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LEFTPADDING", (1, 0), (1, 0), gap),
    ]))
    laid: Flowable = table
    return [laid]
