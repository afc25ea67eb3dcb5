"""No screen string bypasses Qt's translation: an AST scan of careplan/ui for calls that put text on
screen (widgets' constructors, setWindowTitle, setToolTip, addMenu, message boxes, the app's own
show_error...) with a bare string literal or f-string argument instead of tr()/translate()."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "careplan" / "ui"
# Calls whose string arguments are shown on screen (constructors and setters).
SHOWN = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QListWidgetItem", "QTreeWidgetItem", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setText", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setHtml", "setPrefix", "setSuffix", "setSpecialValueText", "setAccessibleName", "setAccessibleDescription",
    "addMenu", "addTab", "addRow", "addItem", "addButton", "addAction", "setHeaderLabels", "showMessage",
    "information", "warning", "critical", "question", "getText", "getOpenFileName", "getSaveFileName",
    "getExistingDirectory", "show_error", "show_info", "named", "add_row", "group", "drawText",
}
# Text that is the same in every language: the product's name, shortcuts, separators.
SAME_IN_EVERY_LANGUAGE = re.compile(r"Careplan|(Ctrl|Shift|Alt)\+.*|postgresql://.*|[^A-Za-z]*|(</?\w+>)+")
# Values, not words: the store's default clinic id is the literal id "default".
EXEMPT = {("careplan/ui/store/store_page.py", "default")}


def _texts(node: ast.expr) -> list[ast.expr]:
    """The string-valued parts of an argument: through conditionals, or, lists and +, not into
    calls (a translate() call is the wrapping wanted) nor into conditions."""
    if isinstance(node, ast.IfExp):
        return [*_texts(node.body), *_texts(node.orelse)]
    if isinstance(node, ast.BoolOp):
        return [t for v in node.values for t in _texts(v)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for v in node.elts for t in _texts(v)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [*_texts(node.left), *_texts(node.right)]
    return [node] if isinstance(node, (ast.Constant, ast.JoinedStr)) else []


def bare_screen_strings(source: str, filename: str = "<string>") -> list[str]:
    """Where a shown call gets a literal (or f-string) that no translate()/tr() wraps."""
    hits: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SHOWN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for part in _texts(arg):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    if not SAME_IN_EVERY_LANGUAGE.fullmatch(part.value) and (filename, part.value) not in EXEMPT:
                        hits.append(f"{filename}:{part.lineno}: {name}({part.value!r})")
                elif isinstance(part, ast.JoinedStr):
                    literal = "".join(v.value for v in part.values if isinstance(v, ast.Constant))
                    if re.search(r"[A-Za-z]{2,}", literal):
                        hits.append(f"{filename}:{part.lineno}: {name}(f{literal!r})")
    return hits


def test_every_shown_string_in_careplan_ui_goes_through_translation() -> None:
    hits = [hit for path in sorted(UI.rglob("*.py"))
            for hit in bare_screen_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert not hits, f"{len(hits)} screen strings not wrapped in QCoreApplication.translate()/self.tr():\n" + "\n".join(hits[:20])


def test_the_scan_catches_a_bare_label_a_title_and_an_f_string() -> None:
    source = '''
def build(self, n):
    QLabel("Dose")
    self.setWindowTitle("Preferences")
    box.setToolTip(f"{n} doses a day")
    QMessageBox.warning(self, "Careplan", "Not saved")
    QPushButton(self.tr("Save"))
    QLabel(QCoreApplication.translate("Ctx", "Dose"))
    QAction("Ctrl+S")
'''
    hits = bare_screen_strings(source)
    assert [h.split(": ", 1)[1] for h in hits] == [
        "QLabel('Dose')", "setWindowTitle('Preferences')", "setToolTip(f' doses a day')", "warning('Not saved')"]
