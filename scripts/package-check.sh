#!/usr/bin/env bash
# Package check (CI): builds the release preset, makes the .deb with CPack, installs it with apt
# (dependencies resolved like on a clean Debian 12), runs the installed CLI and GUI, and validates
# the desktop entry and the AppStream metainfo. Needs root (or sudo) for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "== release build =="
cmake --preset release -DGREENLIGHT_BENCHMARKS=OFF >/dev/null
cmake --build --preset release

echo "== cpack -G DEB =="
(cd build/release && rm -f greenlight_*.deb && cpack -G DEB >/dev/null)
deb=$(ls build/release/greenlight_*.deb)
echo "$deb ($(du -h "$deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Depends Recommends
echo "-- contents (desktop integration):"
dpkg-deb -c "$deb" | awk '{print $6}' | grep -E "applications|metainfo|mime|icons|man1|bin/" | sed 's/^/   /'

echo "== apt-get install =="
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "./$deb" >/dev/null
dpkg -s greenlight | grep -E "^(Status|Version)"

echo "== installed CLI =="
/usr/bin/greenlight-cli --version
/usr/bin/greenlight-cli estimate --accelerator h100-sxm --count 8 --hours 24 --region aws:eu-central-1 \
  --samples 200 | grep -E "facility energy|CO2e, total"
test -f /usr/share/man/man1/greenlight-cli.1.gz
man -l /usr/share/man/man1/greenlight-cli.1.gz 2>/dev/null | head -3 || zcat /usr/share/man/man1/greenlight-cli.1.gz | head -3

echo "== installed GUI (offscreen, quits after 2 s) =="
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/greenlight --quit-after 2000
echo "greenlight exited with $?"

echo "== MIME type =="
if command -v xdg-mime >/dev/null; then
  xdg-mime query filetype "$root/resources/examples/plan-7b.greenlight.json" || true
fi
grep -l "x-greenlight-project" /usr/share/mime/packages/*.xml

echo "== validators =="
desktop-file-validate /usr/share/applications/io.github.greenlight.Greenlight.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.github.greenlight.Greenlight.metainfo.xml
for s in 16 32 48 64 128 256; do test -f /usr/share/icons/hicolor/${s}x${s}/apps/io.github.greenlight.Greenlight.png; done
test -f /usr/share/icons/hicolor/scalable/apps/io.github.greenlight.Greenlight.svg
echo "package-check: OK"
