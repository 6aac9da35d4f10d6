#!/usr/bin/env bash
# Install what is missing, build everything with warnings as errors, and run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
