#!/usr/bin/env bash
# Reads the TRX and Cobertura files under a results folder, prints line coverage of the shipped
# projects and the closing line "N passed, N failed". Exits non-zero when a test failed, when no
# test ran, or when a run left no results at all.
set -euo pipefail
results="$1"

mapfile -t trx < <(find "$results" -name '*.trx' | sort)
if [ "${#trx[@]}" -eq 0 ]; then
  echo "no TRX results were written: the test run did not start" >&2
  echo "0 passed, 0 failed"
  exit 1
fi

passed=0; failed=0; total=0
for file in "${trx[@]}"; do
  counters="$(grep -o '<Counters [^>]*>' "$file" | head -n1)"
  attr() { printf '%s' "$counters" | grep -oP "\b$1=\"\K[0-9]+" || echo 0; }
  total=$((total + $(attr total)))
  passed=$((passed + $(attr passed)))
  failed_here=$(($(attr failed) + $(attr error) + $(attr timeout) + $(attr aborted)))
  # A run that ended badly with no failed test (the test host crashed, the tests it had not
  # reached are missing) is a failure too, not a pass of the tests that happened to run.
  outcome="$(grep -m1 -oP '<ResultSummary outcome="\K[A-Za-z]+' "$file" || true)"
  if [ "$failed_here" -eq 0 ] && [ -n "$outcome" ] && [ "$outcome" != "Completed" ] && [ "$outcome" != "Passed" ]; then
    echo "the test run in $file ended '$outcome' with no failed test (a crashed test host?): counted as 1 failed" >&2
    failed_here=1
  fi
  failed=$((failed + failed_here))
done

echo "== line coverage of shipped projects (union of all test runs)"
find "$results" -name 'coverage.cobertura.xml' -print0 | xargs -0 -r cat | awk '
  /<package / { match($0, /name="[^"]*"/); pkg = substr($0, RSTART + 6, RLENGTH - 7) }
  # A report names files relative to its <source> roots, which differ between test projects
  # ("Segmentation.Core/X.cs" under /repo/src/, "repo/src/Segmentation.Core/X.cs" under /):
  # keyed from the project folder on, the same line counts once.
  /<class / { match($0, /filename="[^"]*"/); file = substr($0, RSTART + 10, RLENGTH - 11); sub(/^.*src\//, "", file) }
  /<line / && pkg != "" {
    match($0, /number="[0-9]+"/); n = substr($0, RSTART + 8, RLENGTH - 9)
    match($0, /hits="[0-9]+"/); h = substr($0, RSTART + 6, RLENGTH - 7)
    key = pkg SUBSEP file SUBSEP n
    if (!(key in seen)) { seen[key] = 1; valid[pkg]++ }
    if (h > 0 && !(key in hit)) { hit[key] = 1; covered[pkg]++ }
  }
  END {
    for (p in valid) if ((p ~ /^Segmentation\./ && p !~ /Tests$|Benchmarks$|CliThroughput$/) || p == "segment")
      printf "  %-28s %6.2f%%  (%d of %d lines)\n", p, 100 * covered[p] / valid[p], covered[p], valid[p]
  }' | sort

echo "${passed} passed, ${failed} failed"
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
