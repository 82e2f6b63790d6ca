#!/bin/sh
# A CRL of 1,000,000 entries filed and applied to 100,000 certificates on file (see README.md here).
# Options: REVOCATION_BENCH_ENTRIES (default 1000000), REVOCATION_BENCH_CERTIFICATES (100000).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test -Pmeasurement -Dtest=RevocationScaleMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  -Drevocation.bench.entries="${REVOCATION_BENCH_ENTRIES:-1000000}" \
  -Drevocation.bench.certificates="${REVOCATION_BENCH_CERTIFICATES:-100000}"
cat target/revocation-scale.txt
