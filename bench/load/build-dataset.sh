#!/bin/sh
# Builds one benchmark dataset (see ../README.md, "Load targets (issue 12)"):
#   bench/load/build-dataset.sh QUARKUS_APP_DIR DATASET_DIR STORED EVIDENCE [--from=DATASET] [--ca=wosign] [--issue=S] [--port=18741]
# or all three of issue 12's at once:
#   bench/load/build-dataset.sh QUARKUS_APP_DIR --all DATA_ROOT
# which makes DATA_ROOT/stored-20k (20,000 stored, 2,000 evidence on wosign/S), DATA_ROOT/stored-100k (that one
# plus 80,000 more) and DATA_ROOT/export-16k (20,000 stored, 16,000 evidence on wosign/S).
set -e
bench="$(cd "$(dirname "$0")/.." && pwd)"
"$bench/load/build-tool.sh"
builder="java -Xmx512m -cp $bench/target/benchmarks.jar org.casebook.bench.load.DatasetBuilder"
if [ "$2" = "--all" ]; then
  root="$3"
  mkdir -p "$root"
  [ -e "$root/stored-20k" ] || $builder "$1" "$root/stored-20k" 20000 2000
  [ -e "$root/export-16k" ] || $builder "$1" "$root/export-16k" 20000 16000
  [ -e "$root/stored-100k" ] || $builder "$1" "$root/stored-100k" 80000 0 --from="$root/stored-20k"
else
  exec $builder "$@"
fi
