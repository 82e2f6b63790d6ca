#!/bin/sh
# The board (GET /api/board) with 200 CAs, 5,000 issues and 20,000 reports and questions (see README.md here).
# Options: BOARD_BENCH_REQUESTS (default 500), BOARD_BENCH_OPEN_SHARE (0.2: the share of issues still open).
set -e
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test -Pmeasurement -Dtest=BoardScaleMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
  -Dboard.bench.requests="${BOARD_BENCH_REQUESTS:-500}" \
  -Dboard.bench.open-share="${BOARD_BENCH_OPEN_SHARE:-0.2}"
cat target/board-scale.txt
