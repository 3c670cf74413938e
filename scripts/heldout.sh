#!/usr/bin/env bash
# Held-out check (not part of cargo test; needs ../shared): learns alignment weights on one part
# of the read dev clusters, compares the dev corpus with them, and scores the other part with
# the editors' referee (score.py). Two splits: odd- against even-numbered clusters (the
# learner's own --half), and clusters numbered 0–1 against 2–3 modulo 4 (a read.csv of each
# part). Prints each direction's recall lines (per kind and all), its precision line, and the
# sums.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
corpus=$shared/corpora/vims-dev
gold=$shared/gold
[ -d "$corpus" ] && [ -f "$gold/score.py" ] || { echo "no corpus or gold under $shared" >&2; exit 2; }
cargo build --quiet --release
bin=target/release/claimdiff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each part's conflicts and read clusters, for the referee (and the learner's --read).
python3 - "$gold" "$work" <<'PY'
import csv, sys
gold, work = sys.argv[1], sys.argv[2]
conflicts = list(csv.reader(open(f"{gold}/conflicts.csv", newline="", encoding="utf-8")))
read = list(csv.reader(open(f"{gold}/read.csv", newline="", encoding="utf-8")))
parts = {
    "odd": lambda c: c % 2 == 1,
    "even": lambda c: c % 2 == 0,
    "lo": lambda c: c % 4 in (0, 1),
    "hi": lambda c: c % 4 in (2, 3),
}
for name, keep in parts.items():
    with open(f"{work}/gold_{name}.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([conflicts[0]] + [r for r in conflicts[1:] if keep(int(r[1]))])
    with open(f"{work}/read_{name}.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([read[0]] + [r for r in read[1:] if keep(int(r[0]))])
PY

# learned on → measured on, and how the learner is told its part.
for pair in "odd even --half=odd" "even odd --half=even" "lo hi --read=$work/read_lo.csv" \
    "hi lo --read=$work/read_hi.csv"; do
    set -- $pair
    from=$1 to=$2 part=$3
    read_file=$gold/read.csv
    half=all
    case $part in
        --half=*) half=${part#--half=} ;;
        --read=*) read_file=${part#--read=} ;;
    esac
    "$bin" eval learn "$corpus" -q --gold "$gold/conflicts.csv" --agree "$gold/agree.csv" \
        --read "$read_file" --half "$half" -o "$work/w_$from.csv" >/dev/null
    "$bin" compare "$corpus" -q --weights "$work/w_$from.csv" --out "$work/out_$from" \
        --format csv >/dev/null || [ $? -eq 1 ]
    echo "== learned on $from, measured on $to"
    python3 "$gold/score.py" "$work/out_$from/discrepancies.csv" --gold "$work/gold_$to.csv" \
        --read "$work/read_$to.csv" | tee "$work/score_$from.txt" | grep -E "recall|rows"
done

python3 - "$work" <<'PY'
import re, sys
work = sys.argv[1]
for split, parts in (("odd/even", ("odd", "even")), ("mod 4", ("lo", "hi"))):
    found = conflicts = real = rows = 0
    for p in parts:
        text = open(f"{work}/score_{p}.txt").read()
        m = re.search(r"recall all\s+(\d+)/(\d+)", text)
        found += int(m.group(1)); conflicts += int(m.group(2))
        m = re.search(r"(\d+)/(\d+) rows match", text)
        real += int(m.group(1)); rows += int(m.group(2))
    print(f"{split}: {found}/{conflicts} found, {real}/{rows} rows real")
PY
