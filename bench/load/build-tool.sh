#!/bin/sh
# Packages bench/target/benchmarks.jar when it is missing or older than a source of the load tools.
set -e
bench="$(cd "$(dirname "$0")/.." && pwd)"
jar="$bench/target/benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$bench/src" "$bench/pom.xml" -newer "$jar" -type f | head -1)" ]; then
  echo "building $jar" >&2
  (cd "$bench" && ../mvnw -B -q package)
fi
