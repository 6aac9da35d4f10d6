#!/usr/bin/env bash
# Installs the Debian 12 packages Greenlight needs to build, test and run, when they are missing.
# Safe to run repeatedly: it calls apt only if something is absent.
# Usage: scripts/deps.sh [--ci]   (--ci adds the CI tools: clang + libFuzzer runtime, clang-tidy,
# clang-format, python3 for the generated-document checks)
set -euo pipefail

PACKAGES=(
  build-essential cmake pkgconf
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqt6svg6 qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6 nlohmann-json3-dev libbenchmark-dev libxkbcommon-dev
  fonts-dejavu-core poppler-utils xvfb xauth desktop-file-utils appstream
)
if [ "${1:-}" = "--ci" ]; then
  PACKAGES+=(clang libclang-rt-14-dev clang-tidy clang-format python3)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
