#!/usr/bin/env bash
# Corpus check (not part of cargo test): extract over the ViMs dev corpus, which must not
# panic, and print claims per kind plus articles without a publication date.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/vims-dev}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
out=$(mktemp -d)
cargo run --quiet --release -- compare "$corpus" --out "$out" -q || [ $? -eq 1 ]
python3 - "$out" <<'PY'
import csv, collections, sys
d = sys.argv[1]
arts = list(csv.DictReader(open(f"{d}/articles.csv")))
claims = list(csv.DictReader(open(f"{d}/claims.csv")))
print(f"articles {len(arts)}, without publication date {sum(1 for a in arts if not a['published'])}")
print("claims by kind", dict(collections.Counter(c["kind"] for c in claims)))
PY
