#!/usr/bin/env bash
# Smoke-test a built Careplan folder (dist/careplan, or /opt/careplan of the installed .deb) the
# way a clinic machine runs it: outside the project, with no virtual environment, a clean
# environment and an empty home folder.
#   scripts/smoke-installed.sh DIR        (DIR holds the `careplan` executable)
# Checks: --version; `check` and `export` of an example (exit codes, PDFs written, owner-only);
# a refused bad file (exit 2, one line); the PySide6 None-leak guard's state in the bundled
# interpreter; the GUI opening a plan under Xvfb with openbox and closing cleanly on Ctrl+Q.
set -euo pipefail
dir=$(realpath "$1")
exe="$dir/careplan"
[ -x "$exe" ] || { echo "smoke: no executable at $exe" >&2; exit 2; }
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/plans"
cp "$here/examples/low-back-pain.careplan.json" "$here/examples/critical-opioid-mme.careplan.json" "$work/plans/"
# The only things inherited: a PATH without the project's venv, and the display when testing the GUI.
run() { (cd "$work" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"); }
ok() { printf 'smoke: ok   %s\n' "$*"; }
bad() { printf 'smoke: FAIL %s\n' "$*" >&2; exit 1; }

version=$(run "$exe" --version) || bad "--version exited $?"
[[ $version == careplan\ * ]] || bad "--version printed '$version'"
ok "$version"

run "$exe" check "$work/plans/low-back-pain.careplan.json" >"$work/check.out" || bad "check of a clean example exited $?"
grep -q "MME/day" "$work/check.out" || bad "check printed no MME line"
ok "check (clean example, exit 0)"
set +e
run "$exe" check "$work/plans/critical-opioid-mme.careplan.json" >/dev/null; code=$?
set -e
[ $code = 1 ] || bad "check of a critical example exited $code, not 1"
ok "check (critical example, exit 1)"

run "$exe" export "$work/plans/low-back-pain.careplan.json" --handout "$work/h.pdf" --summary "$work/s.pdf" \
  --fhir "$work/b.json" >/dev/null || bad "export exited $?"
for f in h.pdf s.pdf; do
  head -c 5 "$work/$f" | grep -q "%PDF-" || bad "$f is not a PDF"
  [ "$(stat -c %a "$work/$f")" = 600 ] || bad "$f is not owner-only"
done
grep -q '"resourceType": *"Bundle"' "$work/b.json" || bad "the FHIR file is not a Bundle"
ok "export (handout, summary, FHIR; 0600)"

# A Spanish handout for Mexico and for Spain: the bundle carries the catalogs and Babel's data for them.
run "$exe" new --template knee-osteoarthritis -o "$work/plans/es.careplan.json" >/dev/null || bad "new exited $?"
for tag in es-MX es-ES; do
  run "$exe" export "$work/plans/es.careplan.json" --language "$tag" --handout "$work/es-$tag.pdf" >/dev/null 2>&1 \
    || bad "the $tag export exited $?"
  head -c 5 "$work/es-$tag.pdf" | grep -q "%PDF-" || bad "the $tag handout is not a PDF"
done
ok "Spanish handouts (es-MX, es-ES)"

printf '{"format": "careplan", "schema_version": 1, "patient": {"age": -3}}' >"$work/plans/bad.careplan.json"
set +e
err=$(run "$exe" check "$work/plans/bad.careplan.json" 2>&1 >/dev/null); code=$?
set -e
[ $code = 2 ] && [ "$(printf '%s\n' "$err" | wc -l)" = 1 ] || bad "a bad file gave exit $code and '$err'"
ok "bad input refused (exit 2, one line)"

# The clinic store: its migrations travel as data files in the bundle (init reads them), then a signed
# plan goes in and the chain holds.
run "$exe" store init "sqlite:///$work/store.db" >/dev/null || bad "store init exited $?"
cp "$work/plans/low-back-pain.careplan.json" "$work/plans/signed.careplan.json"
run "$exe" sign "$work/plans/signed.careplan.json" --by "Dr Smoke" --store "sqlite:///$work/store.db" >/dev/null \
  || bad "sign --store exited $?"
run "$exe" store verify --store "sqlite:///$work/store.db" | grep -q "1 signed version; the chain holds" \
  || bad "store verify did not find the signed version"
ok "clinic store (init, sign --store, verify)"

# The build's record of the model modules' source hashes: without it each process describes their
# code to key the compiled catalog (~100 ms; careplan/domain/compiled_catalog.py).
manifest=$(find "$dir" -path '*careplan/data/model-sources.json' | head -n 1)
[ -n "$manifest" ] && grep -q '"careplan.domain.plan"' "$manifest" || bad "no careplan/data/model-sources.json in the bundle"
ok "model source hashes shipped ($(grep -c '"careplan' "$manifest") modules)"

guard=$(run "$exe" about --json) || bad "about --json exited $?"
printf '%s' "$guard" | grep -q '"frozen": true' || bad "about does not report a bundled interpreter: $guard"
printf '%s' "$guard" | grep -q '"none_guard": "\(protected\|not needed\)"' || bad "None-leak guard state unknown: $guard"
ok "bundled interpreter: $(printf '%s' "$guard" | tr -d '\n' | sed 's/  */ /g')"

if [ "${SMOKE_NO_GUI:-}" = 1 ]; then
  echo "smoke: GUI not tested (SMOKE_NO_GUI=1)"; exit 0
fi
command -v xvfb-run >/dev/null && command -v openbox >/dev/null && command -v xdotool >/dev/null \
  || bad "the GUI check needs xvfb-run, openbox and xdotool (apt-get install xvfb openbox xdotool)"
cat >"$work/gui.sh" <<GUI
#!/bin/bash
set -u
openbox >/dev/null 2>&1 &
sleep 1
env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" QT_QPA_PLATFORM=xcb \
  "$exe" "$work/plans/low-back-pain.careplan.json" >"$work/gui.out" 2>&1 &
app=\$!
# The window title names the open plan file once it is loaded.
win=\$(timeout 60 xdotool search --sync --onlyvisible --name "low-back-pain" | head -1)
[ -n "\$win" ] || { echo "no window with the plan's title"; kill \$app; exit 1; }
import -window root "$work/gui.png" 2>/dev/null || true
xdotool windowactivate --sync "\$win" key --clearmodifiers ctrl+q
for _ in \$(seq 1 100); do kill -0 \$app 2>/dev/null || break; sleep 0.1; done
if kill -0 \$app 2>/dev/null; then echo "still running 10 s after Ctrl+Q"; kill \$app; exit 1; fi
wait \$app; exit \$?
GUI
chmod +x "$work/gui.sh"
xvfb-run -a -s "-screen 0 1280x720x24" "$work/gui.sh" || { cat "$work/gui.out" >&2; bad "the GUI did not open the plan and close cleanly"; }
if grep -qi "traceback\|error" "$work/gui.out"; then cat "$work/gui.out" >&2; bad "the GUI wrote errors"; fi
[ -z "$(find "$work/home" -name "internal-error-*" 2>/dev/null)" ] || bad "the GUI left an internal-error log"
ok "GUI opened the plan under Xvfb + openbox and closed on Ctrl+Q (exit 0)"
[ -n "${SMOKE_SCREENSHOT:-}" ] && cp "$work/gui.png" "$SMOKE_SCREENSHOT" || true
echo "smoke: all checks passed for $dir"
