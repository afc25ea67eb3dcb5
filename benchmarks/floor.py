"""Derive the export floor from Careplan's own PDFs: the same lines, fonts and sizes, page by page.

pdfplumber reads each page's text lines with the font of most of their characters. The floor
keeps each line's font and size where the page has room for them at Careplan's line spacing;
on a page denser than that (tables set rows tighter than plain paragraphs) the floor shrinks
that page's lines until they fit, so its page count always equals Careplan's (checked).
"""

from __future__ import annotations

import collections
import json
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT

FONT_DIR = ROOT / "resources" / "fonts"
KNOWN = ("DejaVuSans-BoldOblique", "DejaVuSans-Oblique", "DejaVuSans-Bold", "DejaVuSans")
MARGIN_PT = 18 * 72 / 25.4
PADDING_PT = 12  # platypus Frame padding, top and bottom together


def _font(name: str) -> str:
    base = name.split("+", 1)[-1]
    for known in KNOWN:
        if base.startswith(known):
            return known
    return "DejaVuSans"


def extract(pdf: Path) -> dict[str, Any]:
    """Pages of (font, size, text) lines and the page size, from one of Careplan's PDFs."""
    import pdfplumber

    pages = []
    with pdfplumber.open(pdf) as doc:
        size = (float(doc.pages[0].width), float(doc.pages[0].height))
        for page in doc.pages:
            lines = []
            for line in page.extract_text_lines(return_chars=True, strip=True):
                chars = line.get("chars", [])
                fonts = collections.Counter(_font(c["fontname"]) for c in chars)
                sizes = collections.Counter(round(float(c["size"]), 1) for c in chars)
                font = fonts.most_common(1)[0][0] if fonts else "DejaVuSans"
                font_size = sizes.most_common(1)[0][0] if sizes else 10.0
                lines.append([font, font_size, line["text"]])
            pages.append(lines)
    return {"pagesize": size, "pages": pages}


def _fit(pages: list[list[list[Any]]], height: float, scale: float) -> list[dict[str, Any]]:
    room = height - 2 * MARGIN_PT - PADDING_PT
    fitted = []
    for lines in pages:
        wanted = max((size for _f, size, _t in lines), default=10.0) * 1.2
        count = max(len(lines), 1)
        leading = min(wanted, room / count) * scale
        shrink = min(1.0, leading / 1.2 / max((s for _f, s, _t in lines), default=10.0))
        fitted.append({"leading": round(leading, 2),
                       "lines": [[f, round(max(4.0, s * shrink), 2), t] for f, s, t in lines]})
    return fitted


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def floor_spec(pairs: list[tuple[Path, Path]], spec_path: Path, python: str) -> dict[str, Any]:
    """Write the floor spec for ``(careplan_pdf, floor_out)`` pairs; check the page counts match."""
    extracted = [(src, out, extract(src)) for src, out in pairs]
    scales = {str(src): 1.0 for src, _o, _e in extracted}
    for _attempt in range(6):
        docs = [{"out": str(out), "pagesize": e["pagesize"], "title": src.name,
                 "pages": _fit(e["pages"], e["pagesize"][1], scales[str(src)])} for src, out, e in extracted]
        spec = {"font_dir": str(FONT_DIR), "docs": docs}
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        subprocess.run([python, str(ROOT / "benchmarks" / "floor_export.py"), str(spec_path)], check=True, cwd=ROOT)
        wrong = [src for src, out, _e in extracted if page_count(out) != page_count(src)]
        if not wrong:
            return {"pages": {src.name: page_count(src) for src, _o, _e in extracted}, "scales": scales}
        for src in wrong:
            scales[str(src)] *= 0.93
    raise RuntimeError(f"the floor could not match the page counts of {[s.name for s in wrong]}")
