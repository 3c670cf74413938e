#!/usr/bin/env bash
# `--stories auto` on a corpus of story folders with the folders hidden: flattens the corpus
# into one folder (file names are unique in the ViMs dev corpus), groups it with `claimdiff
# stories`, and scores the grouping against the true folders by B-cubed precision, recall and
# F1; with --conflicts also compares the flattened corpus with --stories auto and the folders
# as they are, and scores both with the gold's score.py.
# Usage: scripts/stories-check.sh [CORPUS] [--conflicts]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/vims-dev}
flat=$(mktemp -d /tmp/claimdiff-flat.XXXXXX)
cargo build --quiet --release
find "$corpus" -type f \( -name '*.txt' -o -name '*.html' \) -exec cp {} "$flat/" \;
start=$(date +%s.%N)
./target/release/claimdiff stories "$flat" > "$flat.stories.csv"
end=$(date +%s.%N)
python3 - "$corpus" "$flat.stories.csv" "$start" "$end" <<'PY'
import csv, os, sys
from collections import Counter, defaultdict
corpus, grouping, start, end = sys.argv[1:5]
truth = {}
for d, _, files in os.walk(corpus):
    for f in files:
        if f.endswith((".txt", ".html")):
            truth[f] = os.path.relpath(d, corpus)
found = {}
for r in csv.DictReader(open(grouping, encoding="utf-8")):
    for doc in r["docs"].split(" "):
        found[os.path.basename(doc)] = r["story"]
assert set(found) == set(truth), "every article is in one story"
by_found, by_true = defaultdict(set), defaultdict(set)
for doc in truth:
    by_found[found[doc]].add(doc)
    by_true[truth[doc]].add(doc)
p = r = 0.0
for doc in truth:
    same_found, same_true = by_found[found[doc]], by_true[truth[doc]]
    both = len(same_found & same_true)
    p += both / len(same_found)
    r += both / len(same_true)
p, r = p / len(truth), r / len(truth)
f1 = 2 * p * r / (p + r)
sizes = Counter(len(v) for v in by_found.values())
print(f"{len(truth)} articles, {len(by_true)} true stories, {len(by_found)} found "
      f"({sizes[1]} of one article); grouped in {float(end) - float(start):.2f} s")
print(f"B-cubed precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")
PY
if [ "${2:-}" = "--conflicts" ]; then
  ./target/release/claimdiff compare "$flat" --stories auto --out "$flat.auto" -q --format csv || true
  ./target/release/claimdiff compare "$corpus" --out "$flat.folders" -q --format csv || true
  echo "== per folder"; python3 ../shared/gold/score.py "$flat.folders/discrepancies.csv" | grep -E "all|precision on"
  echo "== flattened, --stories auto"; python3 ../shared/gold/score.py "$flat.auto/discrepancies.csv" | grep -E "all|precision on"
fi
