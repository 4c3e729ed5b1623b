#!/usr/bin/env bash
# Makes the bulk-checking corpus of docs/benchmarks.md ("Bulk checking"): 10,000 generated reports as
# 2,000 DOCX (./jixiao render --format docx) and 8,000 text documents (./jixiao render --format html, then
# docs/bench/HtmlToText.java: one line per paragraph, tab-separated table rows). Outside the repository.
# Usage: docs/bench/bulk-corpus.sh [OUT_DIR]   (default /tmp/bulk; about 5 min of two cores for the DOCX)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-/tmp/bulk}"
cd "$ROOT"
export JIXIAO_CLI_OPTS="${JIXIAO_CLI_OPTS:--Xmx1g}"
./jixiao synth --units 10000 --seed 7 --out "$OUT/json"
find "$OUT/json" -name '*.json' | sort > "$OUT/all.list"
head -1000 "$OUT/all.list" > "$OUT/d1.list"
sed -n 1001,2000p "$OUT/all.list" > "$OUT/d2.list"
tail -n +2001 "$OUT/all.list" > "$OUT/h.list"
render() { tr '\n' '\0' < "$1" | xargs -0 ./jixiao render --format "$2" --out "$3" > /dev/null; }
render "$OUT/d1.list" docx "$OUT/corpus/docx" &
render "$OUT/d2.list" docx "$OUT/corpus/docx" &
render "$OUT/h.list" html "$OUT/html" &
wait
java -cp "jixiao-cli/target/lib/*" docs/bench/HtmlToText.java "$OUT/html" "$OUT/corpus/txt"
echo "corpus: $(find "$OUT/corpus" -type f | wc -l) files in $OUT/corpus"
