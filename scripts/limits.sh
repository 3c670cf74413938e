#!/usr/bin/env bash
# The one limit too large for `cargo test`: a 200 MB article (random words and figures, lines of
# 2,000 words, no sentence punctuation). Prints wall time, peak memory and the claims found.
# Usage: scripts/limits.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --quiet --release
python3 - "$dir/in/huge.txt" "$mb" <<'PY'
import os, random, sys
random.seed(1)
path, mb = sys.argv[1], int(sys.argv[2])
os.makedirs(os.path.dirname(path), exist_ok=True)
words = "vụ cháy làm người chết bị thương tại Hà Nội ngày khoảng hơn gần quân lính Nga biên giới hội đàm kéo dài phút giờ".split()
with open(path, "w", encoding="utf-8") as f:
    f.write("Tiêu đề rất dài\n")
    size = 0
    while size < mb * 1_000_000:
        line = " ".join(random.choice(words) if random.random() > 0.1 else str(random.randint(1, 99999)) for _ in range(2000)) + "\n"
        f.write(line)
        size += len(line.encode())
PY
ls -la "$dir/in/huge.txt" | awk '{printf "article: %.0f MB\n", $5/1e6}'
scripts/timed-compare.sh "$dir/in" "$dir/out"
echo "claims: $(($(wc -l < "$dir/out/claims.csv") - 1)) lines"
