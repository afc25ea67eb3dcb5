"""Make the Windows (.ico) or macOS (.icns) application icon from resources/icons/careplan.svg.

    python packaging/make_icons.py ico packaging/windows/careplan.ico
    python packaging/make_icons.py icns packaging/macos/careplan.icns

Qt renders the SVG and writes the icon with its own image plugins (qico, qicns), so the build
needs no other tool. Run by the platform build scripts, not by the app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The largest size each format holds; Windows and macOS scale it down for smaller uses.
SIZES = {"ico": 256, "icns": 1024}


def main(kind: str, out: str) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication, QIcon, QImageWriter

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs an application to render
    icon = QIcon(str(ROOT / "resources" / "icons" / "careplan.svg"))
    size = SIZES[kind]
    image = icon.pixmap(QSize(size, size)).toImage()
    writer = QImageWriter(out, kind.encode())
    if not writer.write(image):
        print(f"make_icons: could not write {out}: {writer.errorString()}", file=sys.stderr)
        return 1
    print(f"wrote {out} ({size}x{size})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in SIZES:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
