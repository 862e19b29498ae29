#!/usr/bin/env bash
# Issue 12's outbox relay benchmark: OutboxRelayDrainBench (platform test sources) starts the platform test app
# with its relay running as in the services (started at boot, default settings), the test JVM's KRaft broker
# (devkit) and a fresh database on the machine's PostgreSQL; commits a backlog of N placement-like events (one
# aggregate each, ~600-byte JSON) in one transaction; prints the drain rate (commit to the last sent_at), the
# events marked sent per 5 s window, and how long one fresh event committed half-way through waited.
#
# usage: bench/relay-bench.sh [events=700000] [checkout=this one] [Maven options, e.g. -Dpractica.outbox.relay.batch-size=500]
#   A second argument runs the same bench in another checkout (e.g. main exported with
#   `git archive main | tar -x -C /tmp/relay-before`), copying the bench class into it: the reference run.
set -euo pipefail
EVENTS=${1:-700000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TREE=$(cd "${2:-$ROOT}" && pwd)
shift $(( $# < 2 ? $# : 2 ))
BENCH=platform/src/test/java/vn/practica/platform/outbox/OutboxRelayDrainBench.java
[ "$TREE" = "$ROOT" ] || cp "$ROOT/$BENCH" "$TREE/$BENCH"
export PRACTICA_TEST_DB_SUFFIX=${PRACTICA_TEST_DB_SUFFIX:-_relaybench}

echo "checkout: $TREE ($(git -C "$ROOT" rev-parse --short HEAD) for this one); events: $EVENTS"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$TREE"
mkdir -p platform/target
./mvnw -B -q -pl platform test -Dtest=OutboxRelayDrainBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Drelay.bench.events="$EVENTS" -Djacoco.skip=true "$@" > "$TREE/platform/target/relay-bench.log" 2>&1 \
    || { tail -50 "$TREE/platform/target/relay-bench.log"; exit 1; }
cat "$TREE/platform/target/relay-bench.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
