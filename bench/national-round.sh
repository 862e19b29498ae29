#!/usr/bin/env bash
# Issue 12's national round end to end: NationalRoundEndToEndIT (e2e-tests) starts the packaged services, a KRaft
# broker and fresh _e2e databases, registers the schools, businesses, students and offers through the APIs
# (set-up, timed apart), then times the State's round: open, bulk upload of every ranked list (CSV), close and
# run (progress logged per phase), the events published from placement's outbox and applied by reporting, and
# verify. Prints each phase's time (the same lines are in e2e-tests/target/national-round.txt), then, for the
# placing (PERSISTING to DONE), the CPU each process used and the WAL the database server wrote.
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
LOG=e2e-tests/target/national-round.log
rm -f "$LOG"
./mvnw -B -q verify -pl e2e-tests -am -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=NationalRoundEndToEndIT -Dfailsafe.failIfNoSpecifiedTests=false -Dnational.students="$STUDENTS" \
    > "$LOG" 2>&1 &
BUILD=$!
# While the run places (PERSISTING to DONE): the CPU each process uses, and the WAL the server writes
WAL="select wal_bytes, wal_fpi, (select checkpoints_timed + checkpoints_req from pg_stat_bgwriter) from pg_stat_wal"
SNAP=$(mktemp -d)
snap() {
  until grep -q "$1" "$LOG" 2>/dev/null; do kill -0 "$BUILD" 2>/dev/null || return 1; sleep 0.5; done
  bench/cpu-by-process.sh snap "$SNAP/cpu-$2"
  psql -h "${PRACTICA_DB_HOST:-127.0.0.1}" -U "${PRACTICA_DB_USER:-postgres}" -Atc "$WAL" > "$SNAP/wal-$2" 2>/dev/null || true
}
snap PERSISTING a && snap "DONE 100" b || true
wait "$BUILD" || { grep -E "national-round|FAIL|Error" "$LOG" | tail -40; exit 1; }
cat e2e-tests/target/national-round.txt
if [ -s "$SNAP/cpu-b" ]; then
  echo "while placing, CPU per process:"
  bench/cpu-by-process.sh diff "$SNAP/cpu-a" "$SNAP/cpu-b"
  MATCHED=$(grep -o '[0-9]* matched' e2e-tests/target/national-round.txt | cut -d' ' -f1 || true)
  bench/cpu-by-process.sh diff "$SNAP/cpu-a" "$SNAP/cpu-b" | awk -v m="$MATCHED" \
      '{ s += $1 } END { if (m > 0) printf "%8.1f s in all, %.3f ms per match\n", s, s * 1000 / m }'
fi
if [ -s "$SNAP/wal-a" ] && [ -s "$SNAP/wal-b" ]; then
  paste -d'|' "$SNAP/wal-a" "$SNAP/wal-b" | awk -F'|' \
      '{ printf "while placing, the server wrote %.2f GB of WAL, %d full-page images, %d checkpoints\n", ($4 - $1) / 1e9, $5 - $2, $6 - $3 }'
fi
rm -rf "$SNAP"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
