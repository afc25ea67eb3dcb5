#!/usr/bin/env bash
# Build the self-contained Linux app and its Debian package:
#   dist/careplan/                    PyInstaller one-folder build; dist/careplan/careplan is the `careplan` command
#   dist/careplan_VERSION_amd64.deb   installs it in /opt/careplan with `careplan` on the PATH and a menu entry
# Usage: scripts/build-linux.sh [--no-deb]
# It makes its own build environment (build/venv) from pyproject.toml, so it needs only python3 (3.11+)
# and dpkg-deb. Windows and macOS: see packaging/windows and packaging/macos (docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
make_deb=1
[ "${1:-}" = "--no-deb" ] && make_deb=0

python=${PYTHON:-python3}
venv=build/venv
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
fi
# The app and its dependencies (clinic-store drivers included), and PyInstaller; no test extras.
"$venv/bin/pip" install --quiet "pyinstaller>=6.10,<7" "$root"
version=$("$venv/bin/python" -c "import careplan; print(careplan.__version__)")

rm -rf dist/careplan build/pyinstaller
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/pyinstaller/careplan.spec
# Plan files must stay owner-only; the app sets its own umask, but the folder it runs from is read-only
# for others anyway. Make the tree world-readable, not writable.
chmod -R u+rwX,go+rX,go-w dist/careplan
# PyInstaller finishes without complaint when the interpreter's own library was left out, and the
# bundle then cannot start anywhere: stop here, not at the installed app's first run.
if ! compgen -G "dist/careplan/_internal/libpython3*.so*" >/dev/null; then
  echo "build-linux.sh: dist/careplan has no libpython3 (see packaging/pyinstaller/bundle_trim.py)" >&2
  exit 1
fi
echo "built dist/careplan ($(du -sh dist/careplan | cut -f1)), careplan $version"

if [ "$make_deb" = 1 ]; then
  "$root/packaging/linux/make-deb.sh" "$root/dist/careplan" "$version" "$root/dist"
fi
