"""Register the bundled DejaVu Sans family with reportlab once, so any Unicode name prints."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from careplan.export import font_cache
from careplan.resources import fonts_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# The GUI renders on a worker thread; two exports starting together must not race here.
_LOCK = threading.Lock()
_registered = False
_store: font_cache.FontStore | None = None


def use_store(store: font_cache.FontStore | None) -> None:
    """Keep the fonts' parsed tables in ``store`` between processes (entry points; see font_cache)."""
    global _store
    _store = store


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return its name for styles."""
    global _registered
    with _LOCK:
        if _registered:
            return FAMILY
        folder = fonts_dir()
        paths = {name: folder / file for name, file in _FILES.items()}
        for path in paths.values():
            if not path.is_file():
                raise FileNotFoundError(f"bundled font {path.name} is missing from {folder}; reinstall Careplan")
        for font in font_cache.load(paths, _store).values():
            pdfmetrics.registerFont(font)
        # <b> and <i> inside paragraphs resolve through these mappings.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True
        return FAMILY
