#!/bin/sh
# The CCADB All Certificate Records import at the size of today's report (see ../README.md, "CCADB import").
# Options: CCADB_BENCH_ROWS (default 8000), CCADB_BENCH_OWNERS (150).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test -Pmeasurement -Dtest=CcadbImportMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  -Dccadb.bench.rows="${CCADB_BENCH_ROWS:-8000}" -Dccadb.bench.owners="${CCADB_BENCH_OWNERS:-150}"
cat target/ccadb-import.txt
