#!/bin/sh
# Measures every target of issue 12 (section 3) and prints one table (see ../README.md, "Load targets (issue 12)").
#   bench/load/run.sh QUARKUS_APP_DIR DATASET_DIR LABEL
# e.g. bench/load/run.sh target/quarkus-app /work/bench-data/stored-20k before
# Settings are BENCH_* environment variables (durations, clients, credentials, port); CASEBOOK_JAVA_OPTS sets the
# server's JVM options (default: those of the README's run command next to the app, else none).
set -e
if [ $# -ne 3 ]; then
  echo "usage: $0 QUARKUS_APP_DIR DATASET_DIR LABEL" >&2
  exit 2
fi
bench="$(cd "$(dirname "$0")/.." && pwd)"
"$bench/load/build-tool.sh"
work="${BENCH_WORK:-/tmp/casebook-bench}"
mkdir -p "$work"
java -Xmx512m -cp "$bench/target/benchmarks.jar" org.casebook.bench.load.LoadTargets "$1" "$2" "$3" 2>&1 | tee "$work/$3.out"
