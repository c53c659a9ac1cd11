#!/usr/bin/env bash
# Adds every symbol that PublicApiAnalyzers reports as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and drops removed ones (RS0017). Review the diff before committing:
# the file is the record of what the package promises.
# Usage: .ci/update-public-api.sh [src/Segmentation.Core]
set -euo pipefail
project_dir="${1:-src/Segmentation.Core}"
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log="$(mktemp)"
dotnet build "$project_dir" -c Release --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
added="$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)"
removed="$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but is either not public or could not be found)" "$log" | sort -u || true)"
{
  echo "#nullable enable"
  { grep -v '^#nullable' "$unshipped" || true; printf '%s\n' "$added"; } \
    | grep -v '^$' | grep -vxF -f <(printf '%s\n' "${removed:-__none__}") | LC_ALL=C sort -u
} >"$unshipped.new"
mv "$unshipped.new" "$unshipped"
echo "added $(printf '%s' "$added" | grep -c . || true), removed $(printf '%s' "$removed" | grep -c . || true) in $unshipped"
rm -f "$log"
