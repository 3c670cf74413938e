#!/usr/bin/env bash
# The editor's report at newsroom scale: runs compare on a corpus of story folders (default the
# ViMs dev corpus beside the project) and checks the page: one named section per story, a
# contents list whose links all resolve, no disagreement on two cards, as many cards as rows in
# disagreements.csv, under 5 MB; prints the wall time of the run.
# Usage: scripts/report-check.sh [CORPUS] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/vims-dev}
out=${2:-/tmp/claimdiff-report-check}
cargo build --quiet --release
start=$(date +%s.%N)
set +e
./target/release/claimdiff compare "$corpus" --out "$out" -q
code=$?
set -e
[ "$code" -le 1 ] || exit "$code"
end=$(date +%s.%N)
python3 - "$corpus" "$out" "$start" "$end" <<'PY'
import csv, html.parser, os, sys
corpus, out, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.sections, self.links, self.cards = set(), [], [], []
        self.in_contents = False
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "nav" and a.get("id") == "contents":
            self.in_contents = True
        if tag == "a" and self.in_contents:
            self.links.append(a.get("href", ""))
        if tag == "section" and "story" in a.get("class", "").split():
            self.sections.append(a.get("id"))
        if "disagreement" in a.get("class", "").split():
            self.cards.append(a.get("data-disagreement"))
    def handle_endtag(self, tag):
        if tag == "nav":
            self.in_contents = False
path = os.path.join(out, "index.html")
p = Page()
p.feed(open(path, encoding="utf-8").read())
stories = sorted({os.path.dirname(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs if f.endswith((".txt", ".html", ".htm", ".text"))})
rows = list(csv.DictReader(open(os.path.join(out, "disagreements.csv"), encoding="utf-8")))
size = os.path.getsize(path)
checks = [
    (f"{len(p.sections)} story sections for {len(stories)} story folders", len(p.sections) == len(stories)),
    (f"{len(p.links)} contents links, all resolving", len(p.links) == len(p.sections) and all(l[1:] in p.ids for l in p.links)),
    (f"{len(p.cards)} cards, {len(set(p.cards))} distinct disagreements", len(p.cards) == len(set(p.cards))),
    (f"disagreements.csv: {len(rows)} rows = cards", len(rows) == len(p.cards)),
    (f"page {size / 1e6:.2f} MB (under 5 MB)", size < 5e6),
]
print(f"compare with reports: {end - start:.2f} s wall")
ok = True
for text, good in checks:
    print(("ok   " if good else "FAIL ") + text)
    ok &= good
sys.exit(0 if ok else 1)
PY
