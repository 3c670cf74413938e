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
for r in csv.DictReader(open(f"{d}.out/discrepancies.csv")):
    for side in "ab":
        doc = r[f"doc_{side}"]
        if doc:
            found.add((doc.rsplit("/", 2)[-2], doc.rsplit("/", 1)[-1], r["slot"], r[f"value_{side}"]))
hit = sum(1 for c in injected if (c["story"], c["file"], c["slot"], c["written"]) in found)
print(f"injected conflicts: {len(injected)}, reported: {hit}, recall {hit / max(1, len(injected)):.3f}")
PY
