#!/usr/bin/env bash
# Runs the Spark job in local mode (local[2]) on the bundled fixtures and fails when its
# discrepancies differ from the single-machine report. Installs PySpark into a virtual
# environment (needs Java 17, present on these machines).
# Usage: examples/spark/run-local.sh [ARTICLES_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
articles=${1:-$root/fixtures/articles}
venv=${CLAIMDIFF_SPARK_VENV:-$root/target/spark-venv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release --manifest-path "$root/Cargo.toml"
bin="$root/target/release/claimdiff"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "pyspark>=3.5,<5"
fi

# The single-machine report, with documents named relative to the articles directory as the
# Spark job names them.
(cd "$articles/.." && "$bin" compare "$(basename "$articles")" --out "$work/single" --format csv -q) || [ $? -eq 1 ]

start=$(date +%s%N)
(cd "$articles/.." && CLAIMDIFF="$bin" PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/python" "$here/claimdiff_spark.py" \
  --articles "$(basename "$articles")" --out "$work/spark.csv" --partitions 3 --master "local[2]") 2> "$work/spark.log" || { cat "$work/spark.log"; exit 1; }
end=$(date +%s%N)

# Compare as sorted rows (the union of partitions has no order of its own).
"$venv/bin/python" - "$work/single/discrepancies.csv" "$work/spark.csv" <<'PY'
import csv, sys
def rows(p):
    with open(p, encoding="utf-8") as f:
        r = list(csv.reader(f))
    return r[0], sorted(r[1:])
(h1, a), (h2, b) = rows(sys.argv[1]), rows(sys.argv[2])
if (h1, a) != (h2, b):
    print(f"spark report differs: {len(a)} rows single-machine, {len(b)} rows on spark")
    for x in a:
        if x not in b: print("  only single:", x[:6])
    for x in b:
        if x not in a: print("  only spark:", x[:6])
    sys.exit(1)
print(f"spark local[2] report matches the single-machine report: {len(a)} discrepancies")
PY
echo "spark job wall time: $(( (end - start) / 1000000 )) ms"
