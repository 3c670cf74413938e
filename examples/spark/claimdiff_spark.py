"""Run claimdiff inside Apache Spark: extract claims per partition of article files, shuffle
the claims by their block_key, compare each partition, and write the union of discrepancies.

    spark-submit --files target/release/claimdiff examples/spark/claimdiff_spark.py \
        --articles DIR --out OUT [--partitions N]

Every claim row carries its article's metadata and the key alignment groups by, so comparing
the claims of one block_key partition gives exactly the rows a single run gives for them
(tests/shards.rs checks this property). Spark does the distribution; claimdiff does the work.
"""

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
import zlib

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def binary():
    """The claimdiff binary shipped with --files (or CLAIMDIFF for local runs)."""
    local = os.environ.get("CLAIMDIFF")
    if local:
        return local
    path = SparkFiles.get("claimdiff")
    os.chmod(path, 0o755)
    return path


def extract_partition(base, paths):
    """Runs `claimdiff extract --format jsonl` on one partition's files; yields JSON rows.

    Files are copied under a scratch root at their path relative to `base`, with their
    folder's manifest, so documents and stories are named exactly as a single run names them.
    """
    paths = list(paths)
    if not paths:
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = os.path.join(tmp, "in")
        for p in paths:
            dest = os.path.join(root, os.path.dirname(os.path.relpath(p, base)))
            os.makedirs(dest, exist_ok=True)
            shutil.copy(p, dest)
            manifest = os.path.join(os.path.dirname(p), "manifest.csv")
            if os.path.exists(manifest) and not os.path.exists(os.path.join(dest, "manifest.csv")):
                shutil.copy(manifest, dest)
        out = subprocess.run(
            [binary(), "extract", root, "--format", "jsonl", "--quiet"],
            check=True, capture_output=True, text=True,
        ).stdout
        for line in out.splitlines():
            yield line.replace(root + "/", "")


def shuffle_key(line):
    """Claims go to the partition of their block_key (claims without one, and articles, by doc)."""
    row = json.loads(line)
    if row["type"] == "claim":
        key = row.get("block_key") or row["article"]["doc"]
    else:
        key = row.get("doc", "")
    return zlib.crc32(key.encode("utf-8"))


def compare_partition(lines):
    """Runs `claimdiff compare --claims -` on one partition's rows; yields discrepancy rows."""
    data = "".join(line + "\n" for line in lines)
    if not data:
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [binary(), "compare", "--claims", "-", "--out", tmp, "--format", "csv", "--quiet"],
            input=data, text=True, capture_output=True,
        )
        path = os.path.join(tmp, "discrepancies.csv")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for row in csv.reader(f):
                    yield row


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", required=True, help="directory of article files (story folders)")
    ap.add_argument("--out", required=True, help="file to write the discrepancies CSV into")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", help="e.g. local[2]; spark-submit's --master when omitted")
    args = ap.parse_args()

    builder = SparkSession.builder.appName("claimdiff")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    articles = os.path.abspath(args.articles)
    # Documents are named relative to the directory the articles folder is in, as
    # `claimdiff compare ARTICLES` run from there names them.
    base = os.path.dirname(articles.rstrip("/"))
    files = sorted(
        os.path.join(d, f)
        for d, _, fs in os.walk(articles)
        for f in fs
        if f.endswith((".txt", ".text", ".html", ".htm"))
    )
    # Article rows must reach every compare partition that holds their claims: claim rows embed
    # their article, so only the claims are shuffled.
    claims = (
        sc.parallelize(files, args.partitions)
        .mapPartitions(lambda paths: extract_partition(base, paths))
        .filter(lambda line: json.loads(line)["type"] == "claim")
    )
    keyed = claims.map(lambda line: (shuffle_key(line), line)).partitionBy(args.partitions)
    rows = keyed.values().mapPartitions(compare_partition).collect()
    header = [r for r in rows if r and r[0] == "kind"][:1]
    body = sorted(r for r in rows if r and r[0] != "kind")
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in header + body:
            w.writerow(r)
    print(f"claimdiff on Spark: {len(files)} articles, {len(body)} discrepancies -> {args.out}")
    spark.stop()


if __name__ == "__main__":
    main()
