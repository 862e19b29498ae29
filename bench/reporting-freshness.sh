#!/usr/bin/env bash
# Issue 13's reporting freshness and catch-up (docs/benchmarks.md, "Reporting freshness and catch-up"):
#   steady   placement-topic events at 1,000/s for 60 s straight to Kafka (ce_time = send time); the lag from
#            ce_time to committed in reporting's tables (what the KPI API reads), p50/p99/max
#   catchup  with reporting stopped, 700,000 events of a matching round; then reporting started; events/s applied
# It starts its own KRaft broker (in the benchmark's JVM) and the packaged reporting-service (-Xmx384m) on a free
# port and a fresh database practica_reporting_bench$PRACTICA_TEST_DB_SUFFIX, and stops both when done.
#
# usage: bench/reporting-freshness.sh [steady|catchup|all=all] [quarkus-app dir=reporting-service/target/quarkus-app]
#        RATE=1000 SECONDS_STEADY=60 BURST=700000 to change the load
# needs: ./mvnw -B -q -pl reporting-service -am package -DskipTests; the first run compiles the benchmark (test
#        classes) and writes its classpath to reporting-service/target/bench.cp
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MODE=${1:-all}
APP=$(cd "${2:-$ROOT/reporting-service/target/quarkus-app}" && pwd)
cd "$ROOT/reporting-service"
[ -f "$APP/quarkus-run.jar" ] || { echo "package reporting-service first (see usage)" >&2; exit 2; }
CP=target/bench.cp
# the benchmark's classes and a classpath whose sibling modules are this tree's own target/classes
[ -f $CP ] && [ -d target/test-classes/vn/practica/reporting/bench ] || (cd "$ROOT" && ./mvnw -B -q \
  -pl reporting-service -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp)
echo "$(date -u +%FT%TZ) $(git -C "$ROOT" rev-parse --short HEAD) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec java -Xmx1g -Drate="${RATE:-1000}" -Dseconds="${SECONDS_STEADY:-60}" -Dburst="${BURST:-700000}" \
  -cp "target/test-classes:target/classes:$(cat $CP)" \
  vn.practica.reporting.bench.ReportingFreshnessBenchmark "$MODE" "$APP" "$ROOT/reporting-service/target/freshness-bench"
