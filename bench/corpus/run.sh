#!/bin/sh
# Corpus check cost at 1,000 / 10,000 / 100,000 stored certificates (see README.md here).
# Options: CORPUS_BENCH_SIZES (default 1000,10000,100000), CORPUS_BENCH_PROBES (200), CORPUS_BENCH_ROUNDS (3).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test -Pmeasurement -Dtest=CorpusScaleMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcorpus.bench.sizes="${CORPUS_BENCH_SIZES:-1000,10000,100000}" \
  -Dcorpus.bench.probes="${CORPUS_BENCH_PROBES:-200}" \
  -Dcorpus.bench.rounds="${CORPUS_BENCH_ROUNDS:-3}"
cat target/corpus-scale.txt
