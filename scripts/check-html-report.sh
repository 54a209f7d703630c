#!/usr/bin/env bash
# Renders a sakit report.html in headless Chromium, dumps the DOM after the page's script ran and takes a
# screenshot, then fails unless the DOM shows the verdict, the requirement matrix rows, a working filter
# bar and, when the report has failures, the failure section with a reproduce command. It also fails when
# Chromium logs a content-security-policy violation or a script error.
#
# Usage: scripts/check-html-report.sh REPORT.html [OUTPUT-DIR]
#   OUTPUT-DIR (default: the report's directory) receives report.dom.html, report.png and chromium.log.
# Environment: CHROMIUM overrides the browser (default /usr/bin/chromium; installed with apt-get when missing).
set -euo pipefail

fail() { echo "check-html-report: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 ]] || fail "usage: $0 REPORT.html [OUTPUT-DIR]"
report=$(realpath "$1")
[[ -f $report ]] || fail "$1 is not a file"
out=$(realpath "${2:-$(dirname "$report")}")
mkdir -p "$out"
chromium=${CHROMIUM:-/usr/bin/chromium}

if [[ ! -x $chromium ]]; then
  command -v apt-get > /dev/null || fail "$chromium is missing and apt-get is not available to install it"
  echo "check-html-report: installing chromium from Debian's packages" >&2
  apt-get install -y chromium > /dev/null || { apt-get update > /dev/null && apt-get install -y chromium > /dev/null; } \
    || fail "cannot install chromium"
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --enable-logging=stderr --v=0 "--user-data-dir=$profile")
url="file://$report"
dom="$out/report.dom.html"
png="$out/report.png"
log="$out/chromium.log"

"$chromium" "${flags[@]}" --dump-dom "$url" > "$dom" 2> "$log" || fail "chromium could not render $report (see $log)"
"$chromium" "${flags[@]}" --screenshot="$png" --window-size=1400,2400 "$url" >> "$log" 2>&1 \
  || fail "chromium could not take a screenshot (see $log)"
[[ -s $png ]] || fail "no screenshot at $png"

# The verdict, large, first.
grep -Eq '<h1 class="verdict"><span class="word">(CONFORMANT|NONCONFORMANT|INCOMPLETE)</span>' "$dom" \
  || fail "the DOM shows no verdict headline"
grep -q 'under profile ' "$dom" || fail "the verdict does not name its profile"

# The requirement matrix: one row per requirement, all shown after the script ran its filter.
count() { { grep -o "$1" "$2" || true; } | wc -l; }

rows=$(count '<tr class="req st-[A-Z_]*"' "$dom")
(( rows > 0 )) || fail "the requirement matrix has no rows"
grep -q "${rows} of ${rows} requirements shown" "$dom" || fail "the filter bar did not run or hides rows ($rows rows)"
grep -q '<div class="filters" id="filters" role="search">' "$dom" || fail "the filter bar is still hidden: the script did not run"

# Failures, when the report has any: the section, each case, a reproduce command and its copy button.
failures=$(count '<article class="case o-\(FAIL\|ERROR\)"' "$report")
if (( failures > 0 )); then
  grep -q 'id="failures"' "$dom" || fail "the report has $failures failing cases but the DOM has no failure section"
  [[ $(count '<article class="case o-\(FAIL\|ERROR\)"' "$dom") -eq $failures ]] || fail "the DOM does not show all $failures failing cases"
  grep -Eq '<code id="repro-1">[^<]+</code>' "$dom" || fail "the first failure has no reproduce command"
  grep -Eq '<button type="button" class="copy" data-copy="repro-1">Copy</button>' "$dom" || fail "the copy button is not shown"

  # The status filter, linked from the address: only the failing requirements stay visible.
  filtered="$out/report.filtered.dom.html"
  "$chromium" "${flags[@]}" --dump-dom "$url#filter:status=FAIL" > "$filtered" 2>> "$log" || fail "chromium could not render the filtered page"
  failing=$(count '<tr class="req st-FAIL"' "$filtered")
  hidden=$(count '<tr class="req st-[A-Z_]*"[^>]*hidden=""' "$filtered")
  (( failing > 0 && hidden == rows - failing )) \
    || fail "filtering by status FAIL shows $((rows - hidden)) rows, expected the $failing failing requirements"
fi

if grep -Eiq 'Content.Security.Policy|Uncaught|Refused to' "$log"; then
  grep -Ei 'Content.Security.Policy|Uncaught|Refused to' "$log" >&2
  fail "chromium reported a policy violation or script error (see $log)"
fi

echo "check-html-report: OK: ${rows} requirement rows, ${failures} failing cases; DOM $dom, screenshot $png"
