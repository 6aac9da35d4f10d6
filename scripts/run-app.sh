#!/usr/bin/env bash
# Install what is missing, build Greenlight (release) and start it on the bundled example project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/gui/greenlight "$@"
