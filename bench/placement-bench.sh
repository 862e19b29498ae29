#!/usr/bin/env bash
# Issue 10's placement benchmarks, each figure next to its reference measured in the same run:
#   upsert  PUT /api/v1/businesses/{id}/offers/{externalRef} with distinct externalRefs at concurrency 16 (wrk,
#           a Lua script spreading the requests over 2,000 businesses' tokens), next to pgbench's single-row
#           INSERT TPS at -c 16 into offer_pgbench, a copy of the offer table with all its indexes and checks.
#           Alternated twice: wrk, wrk on the floor (an authenticated read that writes nothing), pgbench.
#   read    open-offer search and "for me" at 100,000 open offers and 100,000 students (seeded with SQL), p50/
#           p95/p99 from many students' tokens, next to the floor of an authenticated read that does nothing.
# It starts its own KRaft broker (devkit) and placement-service (JVM, -Xmx384m, as ./practica up does) on its own
# database and ports, with the write and read rate limits raised to budgets the run never spends
# (PRACTICA_RATE_LIMIT_WRITES_LIMIT, PRACTICA_RATE_LIMIT_READS_LIMIT), and stops both when done.
#
# usage: bench/placement-bench.sh [upsert|read|all=all] [seconds per wrk/pgbench run=30]
#        bench/placement-bench.sh compare 15 BEFORE_QUARKUS_APP_DIR AFTER_QUARKUS_APP_DIR   (two builds, alternating)
#        bench/placement-bench.sh instances 15   (one instance vs two on one database, alternating bursts)
# needs: ./mvnw -B -q -pl placement-service -am package -DskipTests, and
#        ./mvnw -B -q -pl devkit -am compile dependency:build-classpath -Dmdep.outputFile=$PWD/devkit/target/bench.cp;
#        wrk, pgbench (postgresql-client), openssl, python3-cryptography (installed with apt-get when missing)
set -euo pipefail
WHAT=${1:-all}
SECONDS_PER_RUN=${2:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/bench/placement
STATE=${PRACTICA_BENCH_STATE:-/tmp/practica-placement-bench}
DB=${PRACTICA_BENCH_DB:-practica_placement_bench}
PORT=${PRACTICA_BENCH_PORT:-18182}
KAFKA_PORT=${PRACTICA_BENCH_KAFKA_PORT:-19192}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGOPTIONS="-c client_min_messages=warning"
PGBENCH=$(ls /usr/lib/postgresql/15/bin/pgbench 2>/dev/null || command -v pgbench)
BASE=http://127.0.0.1:$PORT
mkdir -p "$STATE"

for tool in wrk openssl; do
  command -v $tool >/dev/null || { apt-get install -y $tool >/dev/null || { apt-get update >/dev/null && apt-get install -y $tool >/dev/null; }; }
done
python3 -c "import cryptography" 2>/dev/null || apt-get install -y python3-cryptography >/dev/null
[ -f "$ROOT/placement-service/target/quarkus-app/quarkus-run.jar" ] || { echo "package placement-service first (see usage)" >&2; exit 2; }
[ -f "$ROOT/devkit/target/bench.cp" ] || { echo "write devkit/target/bench.cp first (see usage)" >&2; exit 2; }

PIDS=()
stop_all() { for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do kill "${PIDS[i]}" 2>/dev/null && wait "${PIDS[i]}" 2>/dev/null || true; done; }
trap stop_all EXIT
load() { cut -d' ' -f1 /proc/loadavg; }

[ -f "$STATE/private.pem" ] || {
  openssl genrsa -out "$STATE/private.pem" 2048 2>/dev/null
  openssl rsa -in "$STATE/private.pem" -pubout -out "$STATE/public.pem" 2>/dev/null
}

start_broker() {
  rm -rf "$STATE/kafka"
  java -Xmx512m -cp "$ROOT/devkit/target/classes:$ROOT/events/target/classes:$(cat "$ROOT/devkit/target/bench.cp")" \
    "$HERE/BenchBroker.java" "$STATE/kafka" "$KAFKA_PORT" > "$STATE/broker.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 120); do grep -qs "broker ready" "$STATE/broker.log" && return; sleep 1; done
  echo "broker not ready, see $STATE/broker.log" >&2; exit 1
}

SERVICE_PID=
# start_service [app dir] [port] [log]: the packaged service (default: this tree's) on its own port
start_service() {
  local app=${1:-${PLACEMENT_APP:-$ROOT/placement-service/target/quarkus-app}} port=${2:-$PORT} log=${3:-$STATE/placement.log}
  QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:5432/$DB QUARKUS_DATASOURCE_USERNAME=$PGUSER \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KAFKA_PORT MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$STATE/public.pem \
  MP_JWT_VERIFY_ISSUER=https://auth.practica.local/dev \
  PRACTICA_CREDENTIALS_KEY_ENCRYPTION_KEY=${PRACTICA_CREDENTIALS_KEY_ENCRYPTION_KEY:-$(head -c 32 /dev/urandom | base64)} \
  PRACTICA_RATE_LIMIT_WRITES_LIMIT=100000000 PRACTICA_RATE_LIMIT_READS_LIMIT=100000000 \
    java -Xmx384m ${SERVICE_JAVA_OPTS:-} -jar "$app/quarkus-run.jar" > "$log" 2>&1 &
  SERVICE_PID=$!
  PIDS+=($SERVICE_PID)
  local started=$SECONDS
  for _ in $(seq 180); do
    curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && { echo "placement-service ($app) ready in $((SECONDS - started)) s"; return; }
    sleep 1
  done
  echo "placement-service not ready, see $log" >&2; exit 1
}

stop_service() { kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; }

rss() { echo "$(( $(awk '/VmRSS/ {print $2}' /proc/$SERVICE_PID/status) / 1024 )) MB"; }

# A business's offer as its system pushes it: the same valid body for every request, a new externalRef each time
write_upsert_inputs() {
  psql -d "$DB" -Atc "select b.id from bench_business b order by n" > "$STATE/businesses.txt"
  local item
  item=$(psql -d "$DB" -Atc "select id from bench_item where n = 7")
  python3 - "$STATE" "$item" "$HERE" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[3])
from tokens import Minter
state, item = sys.argv[1], sys.argv[2]
minter = Minter(state + "/private.pem")
with open(state + "/businesses.txt") as f, open(state + "/bench-upsert.tsv", "w") as out:
    for line in f:
        business = line.strip()
        out.write(business + "\t" + minter.mint("erp-" + business, "business", business) + "\n")
body = {"title": "Thực tập sinh phân tích dữ liệu", "description": "Sinh viên tham gia xây dựng báo cáo dữ liệu bán"
        " hàng cùng đội ngũ doanh nghiệp, có người hướng dẫn kèm cặp hằng tuần.", "fieldCode": "IT",
        "competencyItemIds": [item], "totalJobOpenings": 3, "workMode": "HYBRID", "provinceCode": "HN",
        "jobStartDate": "2099-03-01", "jobEndDate": "2099-06-30", "expectedHours": 480, "validThrough": "2099-02-15",
        "stipendVnd": 3000000, "eligibility": {"yearsOfStudy": [3, 4]}, "mentorSubjects": ["mentor-1"],
        "applicantQuestions": ["Vì sao bạn chọn vị trí này?"], "cooperationModelCode": "INTERNSHIP",
        "contributionKind": "INTERNSHIP"}
with open(state + "/offer-body.json", "w") as f:
    json.dump(body, f, ensure_ascii=False)
PY
}

# The reference: one INSERT per transaction of a row like an upserted draft, into a copy of the offer table
write_pgbench_inputs() {
  psql -q -d "$DB" -c "drop table if exists offer_pgbench; create table offer_pgbench (like offer including all)"
  local business item
  business=$(head -1 "$STATE/businesses.txt")
  item=$(psql -d "$DB" -Atc "select id from bench_item where n = 7")
  cat > "$STATE/insert.sql" <<SQL
insert into offer_pgbench (id, business_id, external_ref, status, title, description, field_code, competency_item_ids,
    seats, work_mode, province_code, job_start_date, job_end_date, expected_hours, valid_through, stipend_vnd,
    eligible_school_ids, eligible_program_ids, eligible_years, mentor_subjects, applicant_questions,
    cooperation_model_code, cooperation_model_version, contribution_kind, search_text, created_at, version, updated_at)
values (gen_random_uuid(), '$business', gen_random_uuid()::text, 'DRAFT', 'Thực tập sinh phân tích dữ liệu',
    'Sinh viên tham gia xây dựng báo cáo dữ liệu bán hàng cùng đội ngũ doanh nghiệp, có người hướng dẫn kèm cặp hằng tuần.',
    'IT', array['$item']::uuid[], 3, 'HYBRID', 'HN', '2099-03-01', '2099-06-30', 480, '2099-02-15', 3000000,
    '{}', '{}', '{3,4}', '{mentor-1}', '{"Vì sao bạn chọn vị trí này?"}', 'INTERNSHIP', 1, 'INTERNSHIP',
    'thuc tap sinh phan tich du lieu sinh vien tham gia xay dung bao cao du lieu ban hang cung doi ngu doanh nghiep',
    now(), 1, now());
SQL
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/${1:-$SERVICE_PID}/stat"; }

# run_wrk SECONDS [base url] [pid] [floor]: wrk's figures, and the service's own CPU time per request (user +
# system, from /proc): what the JVM spends. With "floor": the authenticated read that writes nothing instead
run_wrk() {
  local before after out requests base=${2:-$BASE} pid=${3:-$SERVICE_PID}
  before=$(cpu_ticks "$pid")
  out=$(wrk -t4 -c16 -d"$1"s --latency -s "$HERE/upsert.lua" "$base" -- "$STATE/bench-upsert.tsv" "$STATE/offer-body.json" \
    0 "${4:-}" | grep -E "^wrk:|Non-2xx" || true)
  after=$(cpu_ticks "$pid")
  requests=$(echo "$out" | sed -n 's/^wrk: \([0-9]*\) requests.*/\1/p')
  echo "$out"
  awk -v t=$(( (after - before) * 10 )) -v n="${requests:-0}" \
    'BEGIN { printf "service CPU %d ms for %d requests: %.1f ms per request\n", t, n, n ? t / n : 0 }'
}

run_pgbench() {
  "$PGBENCH" -n -c 16 -j 4 -T "$1" -f "$STATE/insert.sql" "$DB" 2>/dev/null | grep -E "^tps|latency average"
}

upsert_bench() {
  write_upsert_inputs
  write_pgbench_inputs
  echo "== offer upsert at concurrency 16 vs pgbench single-row INSERT at -c 16 (${SECONDS_PER_RUN} s each)"
  # A fresh JVM compiles for minutes under this load (C2 took a quarter of the CPU of a 15 s warm-up, and CPU per
  # request still fell by half between the first and the sixth minute of a loaded run): WARMUP seconds, 120 by default
  echo "warm-up (JIT, pools): wrk ${WARMUP:-120} s"; run_wrk "${WARMUP:-120}" >/dev/null
  for round in 1 2; do
    echo "-- round $round, load average $(load)"
    echo "wrk (service):"; run_wrk "$SECONDS_PER_RUN"
    echo "wrk floor (GET /api/v1/reference/fields, same tokens: the stack with nothing written):"
    run_wrk "$SECONDS_PER_RUN" "$BASE" "$SERVICE_PID" floor
    echo "pgbench (reference), load average $(load):"; run_pgbench "$SECONDS_PER_RUN"
  done
  echo "placement-service RSS $(rss)"
}

# Two builds of the service side by side on one database, warmed up alike, then measured in alternating 15 s
# bursts, so the other load on the machine falls on both alike: the before/after of a change to the write path
compare_bench() {
  local before_app=$1 after_app=$2 before_pid after_pid
  write_upsert_inputs
  start_service "$before_app" $((PORT + 1)) "$STATE/placement-before.log"; before_pid=$SERVICE_PID
  start_service "$after_app" $((PORT + 2)) "$STATE/placement-after.log"; after_pid=$SERVICE_PID
  echo "== before ($before_app) and after ($after_app), alternating ${BURSTS:-6} bursts of 15 s each after 60 s warm-up each"
  run_wrk "${WARMUP:-120}" "http://127.0.0.1:$((PORT + 1))" "$before_pid" >/dev/null
  run_wrk "${WARMUP:-120}" "http://127.0.0.1:$((PORT + 2))" "$after_pid" >/dev/null
  for burst in $(seq "${BURSTS:-6}"); do
    echo "-- burst $burst, load average $(load)"
    echo -n "before: "; run_wrk 15 "http://127.0.0.1:$((PORT + 1))" "$before_pid" | tr '\n' ' '; echo
    echo -n "after:  "; run_wrk 15 "http://127.0.0.1:$((PORT + 2))" "$after_pid" | tr '\n' ' '; echo
  done
}

# Offer pushes with one instance of the service and with two on the same database and broker, alternating: the
# same wrk load (16 connections) on one instance, then split 8 + 8 over both; the requests/s of a burst summed
instances_bench() {
  local one_pid two_pid one=http://127.0.0.1:$((PORT + 1)) two=http://127.0.0.1:$((PORT + 2))
  one_pid=$SERVICE_PID
  write_upsert_inputs
  start_service "" $((PORT + 2)) "$STATE/placement-2.log"; two_pid=$SERVICE_PID
  echo "== offer upsert: one instance (16 connections) vs two (8 + 8), alternating ${BURSTS:-4} bursts of ${SECONDS_PER_RUN} s after ${WARMUP:-120} s warm-up each"
  run_wrk "${WARMUP:-120}" "$one" "$one_pid" >/dev/null
  run_wrk "${WARMUP:-120}" "$two" "$two_pid" >/dev/null
  for burst in $(seq "${BURSTS:-4}"); do
    echo "-- burst $burst, load average $(load)"
    echo -n "one instance:  "; rps_of 4 16 0 "$one" | tr '\n' ' '; echo
    rps_of 2 8 0 "$one" > "$STATE/split-1.txt" & local first=$!
    rps_of 2 8 2 "$two" > "$STATE/split-2.txt"
    wait $first
    echo "two instances: $(cat "$STATE/split-1.txt") + $(cat "$STATE/split-2.txt") = $(cat "$STATE/split-1.txt" "$STATE/split-2.txt" | awk '{s += $1} END {printf "%.0f", s}') requests/s"
  done
}

# rps_of THREADS CONNECTIONS FIRST_QUARTER BASE: wrk's requests/s (and non-2xx answers, which must be none) for
# one burst, its threads pushing as the businesses of their quarters (upsert.lua)
rps_of() {
  wrk -t"$1" -c"$2" -d"$SECONDS_PER_RUN"s -s "$HERE/upsert.lua" "$4" -- "$STATE/bench-upsert.tsv" "$STATE/offer-body.json" "$3" \
    | awk '/^Requests\/sec/ {printf "%.0f", $2} /Non-2xx/ {printf " (non-2xx: %s)", $NF}'
  echo
}

read_bench() {
  if [ "$(psql -d "$DB" -Atc "select count(*) from offer where external_ref like 'SEED-%'")" -lt 120000 ]; then
    echo "seeding 100,000 open offers, 100,000 students and curricula ..."
    local t=$SECONDS
    psql -q -o /dev/null -v ON_ERROR_STOP=1 -d "$DB" -f "$HERE/seed-open-offers.sql"
    echo "seeded in $((SECONDS - t)) s"
  fi
  # A fresh start: the for-me index is built from the table at startup, as after a deployment
  stop_service; start_service
  grep -m1 -o "started in [0-9.]*s" "$STATE/placement.log" || true
  echo "== open-offer search and for me, interleaved with the floor, load average $(load)"
  python3 "$HERE/read-latency.py" "$BASE" "$STATE/private.pem" "$DB" "${READS:-1000}" "${READ_CONCURRENCY:-1}"
  echo "placement-service RSS $(rss); for-me index: $(curl -s "$BASE/q/metrics" | grep -E '^practica_for_me_index' | tr '\n' ' ')"
}

if [ "${FRESH:-false}" = true ] || ! psql -d "$DB" -Atc "select 1" >/dev/null 2>&1; then
  dropdb --if-exists "$DB"; createdb "$DB"
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(load); $(java -version 2>&1 | head -1)"
start_broker
case "$WHAT" in
  compare) ;;
  instances) start_service "" $((PORT + 1)) "$STATE/placement-1.log" ;;  # migrates the database before the seed
  *) start_service ;;
esac
psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$HERE/seed-reference.sql"
case "$WHAT" in
  upsert) upsert_bench ;;
  read) read_bench ;;
  all) upsert_bench; read_bench ;;
  compare) compare_bench "$3" "$4" ;;
  instances) instances_bench ;;
  *) echo "usage: $0 [upsert|read|all] [seconds]" >&2; exit 64 ;;
esac
