#!/usr/bin/env bash
# Builds the libFuzzer targets (preset "fuzz", clang) and runs each for SECONDS (default 60),
# printing the executions per target. New inputs go to build/fuzz/corpus/<target>/ (the seed
# corpus in tests/fuzz/corpus/ is read, never written); crashes to build/fuzz/artifacts/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]      e.g. scripts/fuzz.sh 600 fuzz_projectfile
# Exit status 1 when any target found a crash, leak or timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_projectfile fuzz_usercatalog fuzz_hourlyprofile fuzz_codecarbon fuzz_carbontracker
           fuzz_measuredrun fuzz_csvreader fuzz_presets)
fi
if [ -z "${GREENLIGHT_FUZZ_NO_BUILD:-}" ]; then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz
fi
bin=build/fuzz/tests/fuzz
mkdir -p build/fuzz/artifacts build/fuzz/logs
status=0
printf '%-22s %8s %14s %s\n' target seconds executions result
for t in "${targets[@]}"; do
  mkdir -p "build/fuzz/corpus/$t"
  log="build/fuzz/logs/$t.log"
  # -rss_limit_mb: the importers read files up to 64 MiB; -max_len keeps inputs realistic.
  if "$bin/$t" "build/fuzz/corpus/$t" "tests/fuzz/corpus/$t" -max_total_time="$seconds" \
      -print_final_stats=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="build/fuzz/artifacts/$t-" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log)"
    status=1
    # CI keeps only the output: show what crashed and the input, so a finding can be replayed.
    grep -E -m 8 'ERROR|runtime error|SUMMARY|#[0-9]+ 0x' "$log" | sed "s/^/  $t: /" >&2 || true
    for a in build/fuzz/artifacts/"$t"-*; do
      [ -f "$a" ] && { echo "  $t: input $a (base64):" >&2; head -c 4096 "$a" | base64 -w 120 >&2; }
    done
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  printf '%-22s %8s %14s %s\n' "$t" "$seconds" "${execs:-?}" "$result"
done
exit $status
