"""The bundled DejaVu fonts exist, carry their licence, and register once."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from careplan.export.fonts import BOLD, FAMILY, register_fonts
from careplan.resources import fonts_dir


def test_fonts_and_licence_are_bundled() -> None:
    folder = fonts_dir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert (folder / name).stat().st_size > 100_000
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "Arev Fonts Copyright" in licence


def test_register_is_idempotent() -> None:
    assert register_fonts() == FAMILY
    first = pdfmetrics.getFont(BOLD)
    assert register_fonts() == FAMILY
    assert pdfmetrics.getFont(BOLD) is first
    # The family has the glyphs our patients' names need.
    face = pdfmetrics.getFont(FAMILY).face
    for ch in "ëÑúĐặØ\u2610":
        assert ord(ch) in face.charToGlyph, ch
