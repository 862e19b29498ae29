#!/usr/bin/env bash
# Issue 12's national round end to end: NationalRoundEndToEndIT (e2e-tests) starts the packaged services, a KRaft
# broker and fresh _e2e databases, registers the schools, businesses, students and offers through the APIs
# (set-up, timed apart), then times the State's round: open, bulk upload of every ranked list (CSV), close and
# run (progress logged per phase), the events published from placement's outbox and applied by reporting, and
# verify. Prints each phase's time; the same lines are in e2e-tests/target/national-round.txt.
#
# usage: bench/national-round.sh [students=850000]   (offers = students × 4,000 / 850,000; 9 choices each)
set -euo pipefail
STUDENTS=${1:-850000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mkdir -p e2e-tests/target
export PRACTICA_TEST_DB_SUFFIX=${PRACTICA_TEST_DB_SUFFIX:-_national}
# A national run holds its inputs (850,000 students, 7.65 million choices) in placement-service's heap
export PRACTICA_JVM_HEAP=${PRACTICA_JVM_HEAP:-3g}
echo "students: $STUDENTS; service heap: $PRACTICA_JVM_HEAP; java: $(java -version 2>&1 | head -1); cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q verify -pl e2e-tests -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=NationalRoundEndToEndIT -Dfailsafe.failIfNoSpecifiedTests=false -Dnational.students="$STUDENTS" \
    > e2e-tests/target/national-round.log 2>&1 || { grep -E "national-round|FAIL|Error" e2e-tests/target/national-round.log | tail -40; exit 1; }
cat e2e-tests/target/national-round.txt
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
