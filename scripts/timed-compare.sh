#!/usr/bin/env bash
# Shared by the measurement scripts: runs `claimdiff compare IN --out OUT` under
# /usr/bin/time -v and prints its wall time and peak memory. Exit code 1 (discrepancies found)
# is success here; anything else prints the full timing output and fails.
# Usage: scripts/timed-compare.sh IN OUT
set -euo pipefail
in=$1
out=$2
set +e
/usr/bin/time -v "$(dirname "$0")/../target/release/claimdiff" compare "$in" --out "$out" -q --format csv 2> "$out.time"
code=$?
set -e
[ "$code" -le 1 ] || { cat "$out.time"; exit "$code"; }
grep -E "Elapsed \(wall|Maximum resident" "$out.time"
