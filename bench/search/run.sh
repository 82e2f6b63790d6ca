#!/bin/sh
# Search latency at 10,000 / 100,000 / 1,000,000 stored certificates (see ../README.md, "Search at scale").
# Options: SEARCH_BENCH_SIZES (default 10000,100000,1000000), SEARCH_BENCH_QUERIES (200 per query kind and size).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test -Pmeasurement -Dtest=SearchScaleMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsearch.bench.sizes="${SEARCH_BENCH_SIZES:-10000,100000,1000000}" \
  -Dsearch.bench.queries="${SEARCH_BENCH_QUERIES:-200}"
cat target/search-scale.txt
