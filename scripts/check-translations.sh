#!/usr/bin/env bash
# Translation completeness check (CI): runs lupdate over the current sources, with the options of
# the build (ui/CMakeLists.txt: qt_add_translations ... LUPDATE_OPTIONS), into temporary copies of
# translations/*.ts, and fails when any file has unfinished, vanished or obsolete entries. The
# committed .ts files are never modified.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt 6's lupdate (the one in PATH may be qtchooser's Qt 5 wrapper).
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
if [ ! -x "$LUPDATE" ]; then
  echo "check-translations: lupdate not found (install qt6-l10n-tools: scripts/deps.sh)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp translations/greenlight_*.ts "$tmp/"

# The same sources as the build's lupdate: every .cpp/.h under ui/ and app/.
mapfile -t sources < <(find ui app \( -name '*.cpp' -o -name '*.h' \) -type f | LC_ALL=C sort)
"$LUPDATE" -locations none -I ui -I core "${sources[@]}" -ts "$tmp"/greenlight_*.ts >"$tmp/lupdate.log" 2>&1 || {
  cat "$tmp/lupdate.log" >&2
  exit 2
}
# lupdate's own warnings (a tr() it cannot attribute to a class) are failures too.
if grep -E "lacks Q_OBJECT|Discarding unconsumed|Cannot invoke tr\(\)" "$tmp/lupdate.log" >&2; then
  echo "check-translations: fix the lupdate warnings above" >&2
  status=1
else
  status=0
fi

for ts in "$tmp"/greenlight_*.ts; do
  name=$(basename "$ts")
  total=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  stale=$(grep -c -E 'type="(vanished|obsolete)"' "$ts" || true)
  echo "$name: $total messages, $unfinished unfinished, $stale vanished/obsolete"
  if [ "$unfinished" -ne 0 ] || [ "$stale" -ne 0 ]; then
    status=1
    # The first few, so the failure says what to do.
    grep -B2 -E 'type="(unfinished|vanished|obsolete)"' "$ts" | grep '<source>' | head -5 | sed 's/^ */    /'
  fi
done
if [ "$status" -ne 0 ]; then
  echo "check-translations: FAILED — run 'cmake --build BUILD --target update_translations', translate the" \
       "unfinished entries and remove the vanished ones (Qt Linguist), then commit translations/*.ts" >&2
fi
exit "$status"
