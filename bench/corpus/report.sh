#!/bin/sh
# The corpus report of one CA over 100,000 stored certificates (see README.md here).
# Options: CORPUS_REPORT_BENCH_SIZE (default 100000), CORPUS_REPORT_BENCH_ROUNDS (2).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test -Pmeasurement -Dtest=CorpusReportMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcorpus.report.bench.size="${CORPUS_REPORT_BENCH_SIZE:-100000}" \
  -Dcorpus.report.bench.rounds="${CORPUS_REPORT_BENCH_ROUNDS:-2}"
cat target/corpus-report.txt
