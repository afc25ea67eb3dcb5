"""The export floor: plain reportlab setting the same text on the same pages, as a whole process.

``python benchmarks/floor_export.py SPEC.json`` reads what ``benchmarks/floor.py`` extracted from
Careplan's own PDFs (each page's lines, each line's font and size) and writes one PDF per
document with plain platypus: the bundled DejaVu fonts registered as Careplan does, one
Paragraph per line, a page break where Careplan's page ends. No tables, boxes, page templates,
plan loading, catalog or safety check: what reportlab alone needs to lay out and write the words.

``python benchmarks/floor_export.py SPEC.json --validate PLAN`` first reads the plan file and
validates it with the plan's own pydantic models, in the plainest way pydantic offers
(``CarePlan.model_validate_json``): the work no program that trusts nothing it reads can skip,
with the model library the product is built on (decision 0025). Still no catalog, safety check,
wording or Careplan layout.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

rl_config.useA85 = 0  # as Careplan's renderer: no ASCII85 stream encoding
FONTS = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
MARGIN = 18 * mm


def build(doc: dict, font_dir: Path) -> None:
    styles: dict[tuple[str, float, float], ParagraphStyle] = {}
    story: list[object] = []
    for page in doc["pages"]:
        leading = page["leading"]
        for font, size, text in page["lines"]:
            key = (font, size, leading)
            style = styles.get(key)
            if style is None:
                style = styles[key] = ParagraphStyle(f"s{len(styles)}", fontName=font, fontSize=size, leading=leading)
            story.append(Paragraph(escape(text), style))
        story.append(PageBreak())
    if story:
        story.pop()  # no empty page after the last one
    SimpleDocTemplate(doc["out"], pagesize=tuple(doc["pagesize"]), leftMargin=MARGIN, rightMargin=MARGIN,
                      topMargin=MARGIN, bottomMargin=MARGIN, title=doc.get("title", "")).build(story)


def main(spec_path: str, plan_path: str | None = None) -> int:
    if plan_path is not None:
        from plan_validation import validate_plan  # a sibling: this file runs as a script

        validate_plan(plan_path)
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    font_dir = Path(spec["font_dir"])
    for name in FONTS:
        pdfmetrics.registerFont(TTFont(name, str(font_dir / f"{name}.ttf")))
    for doc in spec["docs"]:
        build(doc, font_dir)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 3 and args[1] == "--validate":
        sys.exit(main(args[0], args[2]))
    if len(args) != 1:
        sys.exit("usage: floor_export.py SPEC.json [--validate PLAN]")
    sys.exit(main(args[0]))
