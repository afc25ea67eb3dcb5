#!/usr/bin/env bash
# Package a PyInstaller folder as a Debian package (dpkg-deb, no root needed):
#   packaging/linux/make-deb.sh DIST_DIR VERSION OUT_DIR  ->  OUT_DIR/careplan_VERSION_amd64.deb
# The app goes to /opt/careplan; /usr/bin/careplan links to it; a desktop entry, icon and MIME type
# make plans open from the file manager. Depends lists what Qt's X11/Wayland plugins load from the system.
set -euo pipefail
dist=$(realpath "$1"); version=$2; out=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

install -d -m 0755 "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/mime/packages" "$stage/usr/share/doc/careplan"
cp -a "$dist" "$stage/opt/careplan"
ln -s /opt/careplan/careplan "$stage/usr/bin/careplan"
install -m 0644 "$here/careplan.desktop" "$stage/usr/share/applications/careplan.desktop"
install -m 0644 "$root/resources/icons/careplan.svg" "$stage/usr/share/icons/hicolor/scalable/apps/careplan.svg"
install -m 0644 "$here/careplan-mime.xml" "$stage/usr/share/mime/packages/careplan.xml"
install -m 0644 "$root/resources/fonts/LICENSE-DejaVu.txt" "$stage/usr/share/doc/careplan/LICENSE-DejaVu.txt"
size=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: careplan
Version: $version
Section: science
Priority: optional
Architecture: amd64
Maintainer: Careplan <careplan@localhost>
Installed-Size: $size
Depends: libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libxcb-randr0, libxcb-xfixes0, libx11-xcb1, libx11-6, libxext6, libxrender1, libstdc++6 (>= 12), libglib2.0-0, libcups2, libharfbuzz0b, libpng16-16
Recommends: libgtk-3-0, xdg-utils
Description: chronic-pain care plans with live safety checks
 Careplan builds structured chronic-pain care plans from modules (medication,
 physiotherapy, CBT, mindfulness, lifestyle, kratom counselling), checks them
 for safety problems while they are built, and prints a plain-language patient
 handout and a clinician summary. It runs offline; patient data stays on the
 machine.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
exit 0
POSTINST
cp "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
deb="$out/careplan_${version}_amd64.deb"
# zstd: as small as xz within a few per cent, many times faster to build (dpkg >= 1.21.18, Debian 12).
dpkg-deb --root-owner-group -Zzstd --build "$stage" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"
