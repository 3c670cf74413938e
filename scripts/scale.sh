#!/usr/bin/env bash
# Scale run: generate N articles over K events, compare them with /usr/bin/time -v, and report
# wall time, peak memory and the recall of the injected conflicts.
# Usage: scripts/scale.sh [ARTICLES] [EVENTS] [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
k=${2:-$((n / 10))}
dir=${3:-/tmp/claimdiff-scale-$n}
cargo build --quiet --release
rm -rf "$dir" "$dir.out"
./target/release/claimdiff generate --articles "$n" --events "$k" --out "$dir"
du -sb --exclude=injected.csv "$dir" | awk '{printf "corpus: %.1f MB\n", $1/1e6}'
scripts/timed-compare.sh "$dir" "$dir.out"
python3 - "$dir" <<'PY'
import csv, sys
d = sys.argv[1]
injected = list(csv.DictReader(open(f"{d}/injected.csv")))
found = set()
# One row per disagreement: its two sides, and every outlet of each value in the note
# ("36: Báo 0000, Báo 0001; 41: Báo 0002, Báo 0004").
for r in csv.DictReader(open(f"{d}.out/discrepancies.csv")):
    story = r["doc_a"].rsplit("/", 2)[-2] if r["doc_a"] else ""
    for part in r["note"].split("; "):
        value, _, outlets = part.partition(": ")
        for outlet in outlets.split(", "):
            found.add((story, outlet, r["slot"], value))
hit = sum(1 for c in injected if (c["story"], c["outlet"], c["slot"], c["written"]) in found)
print(f"injected conflicts: {len(injected)}, reported: {hit}, recall {hit / max(1, len(injected)):.3f}")
PY
