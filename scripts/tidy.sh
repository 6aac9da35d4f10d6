#!/usr/bin/env bash
# clang-tidy over core/ and ui/ with the checked-in .clang-tidy (docs/reliability.md). Needs a
# compile database: BUILD_DIR (default build/asan, which .ci/run configures; any configured
# build with the GUI works). Exit status 1 on any finding (WarningsAsErrors: '*').
# Usage: scripts/tidy.sh [BUILD_DIR] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan}
shift || true
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy.sh: no $build/compile_commands.json (configure that build first)" >&2
  exit 2
fi
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files 'core/*.cpp' 'ui/*.cpp')
fi
# The GCC build's database names a GCC precompiled header clang cannot read and GCC-only warning
# flags: give clang-tidy a copy without them (the PCH holds only standard headers).
db="$build/tidy"
mkdir -p "$db"
python3 - "$build/compile_commands.json" "$db/compile_commands.json" <<'PY'
import json, re, sys
entries = json.load(open(sys.argv[1]))
for e in entries:
    cmd = e["command"]
    cmd = re.sub(r"-Xclang -include-pch -Xclang \S+|-include \S+cmake_pch\.hxx|-Winvalid-pch", "", cmd)
    cmd = re.sub(r"-Wno-(stringop-overflow|stringop-overread|restrict|array-bounds)\b", "", cmd)
    e["command"] = cmd
json.dump(entries, open(sys.argv[2], "w"))
PY
start=$(date +%s)
status=0
if command -v run-clang-tidy >/dev/null; then
  run-clang-tidy -quiet -j 2 -p "$db" "${files[@]/#/$PWD/}" >"$build/tidy.log" 2>&1 || status=1
else
  for f in "${files[@]}"; do
    clang-tidy --quiet -p "$db" "$f" >>"$build/tidy.log" 2>&1 || status=1
  done
fi
grep -E 'warning:|error:' "$build/tidy.log" | sort -u || true
echo "clang-tidy: ${#files[@]} files in $(( $(date +%s) - start )) s, status $status"
exit $status
