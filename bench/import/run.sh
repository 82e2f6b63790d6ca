#!/bin/sh
# Bulk corpus import (issue 15): certificates per second, heap and database size per certificate (../README.md,
# "Bulk corpus import"). Generates the corpus once (IMPORT_BENCH_COUNT leaves, default 100000) under BENCH_DATA,
# packages Casebook if needed, and measures against the packaged jar on a fresh H2 database; with IMPORT_BENCH_UPLOAD
# (default 20000) certificates more, the ordinary upload path on the same server for comparison.
#   bench/import/run.sh [LABEL]
# Run heavy benchmarks as: flock /work/bench.lock bench/import/run.sh
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${IMPORT_BENCH_COUNT:-100000}"
upload="${IMPORT_BENCH_UPLOAD:-20000}"
data="${BENCH_DATA:-/tmp/casebook-bench-data}"
label="${1:-import-$count}"
# IMPORT_BENCH_APP: another packaged Casebook (a copy of target/quarkus-app from an earlier commit, for before/after runs)
app="${IMPORT_BENCH_APP:-$root/target/quarkus-app}"
"$root/bench/load/build-tool.sh"
mkdir -p "$data"
corpus="$data/corpus-$count.pem"
[ -s "$corpus" ] || java -cp "$root/bench/target/benchmarks.jar" org.casebook.bench.load.CorpusFile "$corpus" "$count" "c$count"
extra=""
if [ "$upload" -gt 0 ]; then
  extra="$data/upload-$upload.pem"
  [ -s "$extra" ] || java -cp "$root/bench/target/benchmarks.jar" org.casebook.bench.load.CorpusFile "$extra" "$upload" "u$upload"
fi
[ -f "$app/quarkus-run.jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
echo "uptime before: $(uptime)"
java -Xmx256m -cp "$root/bench/target/benchmarks.jar" org.casebook.bench.load.ImportLoad "$app" "$corpus" "$label" $extra
echo "uptime after: $(uptime)"
