"""The GUI's feature folders ship in the wheel, and the preview's render process stays Qt-free."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_package_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "careplan" / "ui").rglob("__init__.py")
    }
    assert on_disk - listed == set()
    assert {"careplan.ui.findings", "careplan.ui.preview", "careplan.ui.outline", "careplan.ui.editors",
            "careplan.ui.dialogs", "careplan.ui.files"} <= on_disk


def test_render_process_module_imports_no_qt() -> None:
    """The preview child process imports render_service; Qt there would cost start-up and memory."""
    code = ("import sys, careplan.ui.preview.render_service; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
