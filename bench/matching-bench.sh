#!/usr/bin/env bash
# The matching algorithms at national scale (issue 12): JMH's NationalRoundBenchmark in placement-service's test
# sources: deferred acceptance on primitive arrays, SPA-student with business-wide capacities, and a textbook
# deferred acceptance (objects, java.util.PriorityQueue) on the same synthetic round of 850,000 students x 9
# choices over 4,000 offers, in one run. -prof gc reports the bytes each run allocates (gc.alloc.rate.norm);
# each setup prints the round's array bytes and the heap it holds. Figures go to docs/benchmarks.md.
#
# usage: bench/matching-bench.sh [JMH options]   e.g. -p students=100000, or a benchmark name regexp first
set -euo pipefail
cd "$(dirname "$0")/.."
CLASSPATH_FILE="$PWD/placement-service/target/matching-bench.classpath"
RESULTS="$PWD/placement-service/target/matching-bench.json"

# Compiles main and test sources (JMH's annotation processor writes the harness) and writes the test classpath;
# one Maven invocation so that the reactor's own modules resolve to their target/classes without an install.
PRACTICA_TEST_DB_SUFFIX=${PRACTICA_TEST_DB_SUFFIX:-_bench} ./mvnw -B -q -pl placement-service -am \
    test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" -Dapi-lint.skip
CP="placement-service/target/test-classes:placement-service/target/classes:$(cat "$CLASSPATH_FILE")"

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" org.openjdk.jmh.Main 'NationalRoundBenchmark' -prof gc -rf json -rff "$RESULTS" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JSON results: $RESULTS"
