# Build Careplan for Windows (NOT YET RUN: see docs/packaging.md). Run from the repository root in
# PowerShell with Python 3.11 (py launcher) and Inno Setup 6 (iscc on PATH) installed:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
py -3.11 -m venv build\venv
build\venv\Scripts\python -m pip install --quiet --upgrade pip
build\venv\Scripts\pip install --quiet "pyinstaller>=6.10,<7" .
$version = build\venv\Scripts\python -c "import careplan; print(careplan.__version__)"
# The window and installer icon, from the app's SVG (Qt renders it; no extra tool needed).
build\venv\Scripts\python packaging\make_icons.py ico packaging\windows\careplan.ico
build\venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\pyinstaller\careplan.spec
dist\careplan\careplan.exe --version
if ($LASTEXITCODE -ne 0) { throw "the built app does not start" }
iscc /DAppVersion=$version packaging\windows\careplan.iss
