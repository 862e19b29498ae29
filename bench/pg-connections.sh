#!/usr/bin/env bash
# PostgreSQL's client connections while a command runs (docs/benchmarks.md, "Build and test"): samples
# pg_stat_activity once a second, then prints the peak against max_connections and who held them at that moment.
#
# usage: bench/pg-connections.sh COMMAND [ARG ...]      e.g. bench/pg-connections.sh ./.ci/run
set -uo pipefail
[ $# -gt 0 ] || { sed -n '2,5p' "$0"; exit 2; }
PSQL=(psql -h "${PRACTICA_DB_HOST:-127.0.0.1}" -U "${PRACTICA_DB_USER:-postgres}" -Atc)
SAMPLES=$(mktemp)
SAMPLE="select count(*) || ' ' || coalesce(string_agg(distinct a || ':' || n, ',' order by a || ':' || n), '')
  from (select coalesce(nullif(application_name, ''), '?') a, count(*) over (partition by application_name) n
          from pg_stat_activity where backend_type = 'client backend') held"
(while true; do echo "$(date +%T) $("${PSQL[@]}" "$SAMPLE" 2>/dev/null)"; sleep 1; done) > "$SAMPLES" &
SAMPLER=$!
"$@"
STATUS=$?
kill "$SAMPLER" 2>/dev/null
wait "$SAMPLER" 2>/dev/null
PEAK=$(sort -k2 -n "$SAMPLES" | tail -1)
echo "peak client connections: $(echo "$PEAK" | cut -d' ' -f2) of max_connections $("${PSQL[@]}" "show max_connections") at $(echo "$PEAK" | cut -d' ' -f1)"
echo "held then, by application: $(echo "$PEAK" | cut -d' ' -f3-)"
rm -f "$SAMPLES"
exit $STATUS
