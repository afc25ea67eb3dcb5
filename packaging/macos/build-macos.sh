#!/usr/bin/env bash
# Build Careplan.app for macOS (NOT YET RUN: see docs/packaging.md). Run from the repository root on
# a Mac with Python 3.11 (python.org or Homebrew):  packaging/macos/build-macos.sh
# Output: dist/Careplan.app and dist/Careplan-VERSION.dmg (unsigned: signing and notarisation need
# the clinic's or vendor's Apple Developer ID; the commands are at the end, commented).
set -euo pipefail
python3.11 -m venv build/venv
build/venv/bin/pip install --quiet --upgrade pip
build/venv/bin/pip install --quiet "pyinstaller>=6.10,<7" .
version=$(build/venv/bin/python -c "import careplan; print(careplan.__version__)")
build/venv/bin/python packaging/make_icons.py icns packaging/macos/careplan.icns
build/venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/pyinstaller/careplan.spec
dist/Careplan.app/Contents/MacOS/careplan --version
hdiutil create -volname Careplan -srcfolder dist/Careplan.app -ov -format UDZO "dist/Careplan-$version.dmg"
# codesign --deep --options runtime --sign "Developer ID Application: ..." dist/Careplan.app
# xcrun notarytool submit "dist/Careplan-$version.dmg" --keychain-profile ... --wait
