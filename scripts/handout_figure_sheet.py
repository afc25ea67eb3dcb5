"""Every exercise's picture as the handout prints it, cut from pages rendered at 80 dpi, on one sheet.

    python scripts/handout_figure_sheet.py sheet.png [--large-print]

Needs pdftoppm (poppler-utils). Renders a plan holding every catalog exercise, finds each
exercise's heading and the vector paths under it, and crops the page image down to its captions.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pdfplumber
from PIL import Image, ImageDraw

from careplan.domain.catalog import load_catalog
from careplan.domain.plan import CarePlan, ExercisePrescription, Patient, PhysiotherapyModule
from careplan.domain.safety import check_plan
from careplan.export import ExportOptions, render_handout

DPI = 80
CELL_W, COLUMNS, TITLE_H = 560, 3, 18
CAPTION_WORDS = {"Start", "End", "Tense", "Relax", "Breathe", "Step", "Next", "step", "in", "out"}


def _handout(large_print: bool) -> bytes:
    catalog = load_catalog()
    items = [ExercisePrescription(exercise=e.id, sets=e.default_sets, reps=e.default_reps, hold_seconds=e.default_hold_seconds,
                                  minutes=e.default_minutes, days_per_week=e.default_days_per_week)
             for e in catalog.data.exercises]
    plan = CarePlan(patient=Patient(name="Sheet"), modules=[PhysiotherapyModule(exercises=items)])
    options = ExportOptions(large_print=large_print, sections=frozenset({"modules"}))
    return render_handout(plan, catalog, check_plan(plan, catalog), options)


def _crops(pdf_bytes: bytes, names: set[str], pages: list[Image.Image]) -> list[tuple[str, Image.Image]]:
    out: list[tuple[str, Image.Image]] = []
    scale = DPI / 72
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page, image in zip(pdf.pages, pages, strict=True):
            heads = [(line["text"].strip(), line["top"]) for line in page.extract_text_lines() if line["text"].strip() in names]
            for index, (name, top) in enumerate(heads):
                bottom = heads[index + 1][1] if index + 1 < len(heads) else page.height

                def drawn(o: dict[str, Any], top: float = top, bottom: float = bottom, width: float = page.width) -> bool:
                    rule = o["x1"] - o["x0"] > width * 0.6 or (o["x1"] - o["x0"] < 1 and o["bottom"] - o["top"] > 60)
                    return bool(o.get("stroke") or o.get("fill")) and top <= o["top"] and o["bottom"] <= bottom and not rule

                marks = [o for o in page.curves + page.lines if drawn(o)]
                if not marks:
                    continue
                x0, x1 = min(o["x0"] for o in marks) - 4, max(o["x1"] for o in marks) + 4
                y0, y1 = min(o["top"] for o in marks) - 4, max(o["bottom"] for o in marks) + 16
                captions = [w for w in page.extract_words()
                            if w["text"] in CAPTION_WORDS and x0 <= w["x0"] and w["x1"] <= x1 and top <= w["top"] <= bottom]
                if captions:  # a close-up's clipped body reaches further down than its picture
                    y1 = min(y1, min(w["bottom"] for w in captions) + 6)
                out.append((name, image.crop((int(x0 * scale), int(y0 * scale), int(x1 * scale), int(y1 * scale)))))
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    pdf_bytes = _handout("--large-print" in argv)
    with tempfile.TemporaryDirectory() as folder:
        pdf_path = Path(folder) / "handout.pdf"
        pdf_path.write_bytes(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf_path), str(Path(folder) / "page")], check=True)
        pages = [Image.open(p).convert("RGB") for p in sorted(Path(folder).glob("page-*.png"))]
        crops = _crops(pdf_bytes, {e.name for e in load_catalog().data.exercises}, pages)
    cells = []
    for name, crop in crops:
        factor = min(1.0, (CELL_W - 10) / crop.width)
        cells.append((name, crop.resize((int(crop.width * factor), int(crop.height * factor)))))
    rows = [cells[i:i + COLUMNS] for i in range(0, len(cells), COLUMNS)]
    heights = [max(c.height for _, c in row) + TITLE_H for row in rows]
    sheet = Image.new("RGB", (CELL_W * COLUMNS, sum(heights)), "white")
    pen = ImageDraw.Draw(sheet)
    top = 0
    for row, height in zip(rows, heights, strict=True):
        for column, (name, crop) in enumerate(row):
            pen.text((column * CELL_W + 4, top + 2), name, fill="black")
            sheet.paste(crop, (column * CELL_W + 4, top + TITLE_H))
        top += height
    sheet.save(argv[0])
    print(f"wrote {argv[0]} ({len(crops)} exercises)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
