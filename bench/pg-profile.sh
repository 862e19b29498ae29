#!/usr/bin/env bash
# Where a run's database time goes (docs/benchmarks.md, "Third pass"), on the machine's PostgreSQL 15:
#   on             log every statement over 100 ms and the plan of every one over 2 s (auto_explain); prints the
#                  log's current line count, to pass to summary
#   summary LINE   per statement (first 90 characters) since that log line: total ms, count; largest first
#   upload LINE    the preference upload's statements since that log line, summed by kind (copy, resolve, check,
#                  delete, insert, analyze), whatever names their prepared statements had
#   off            back to the server's own settings
#   cpu PATTERN S  every 2 s for S seconds: CPU of the process whose command line matches PATTERN (e.g.
#                  placement-service) and of all PostgreSQL processes together, in % of one core
# usage: L=$(bench/pg-profile.sh on); bench/national-round.sh 100000; bench/pg-profile.sh summary $L; bench/pg-profile.sh off
set -euo pipefail
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
VERSION_DIR=/etc/postgresql/15/main
LOG=${PRACTICA_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
EXPLAIN_CONF=$VERSION_DIR/conf.d/99-pg-profile-explain.conf

case "${1:-}" in
  on)
    # auto_explain's own setting is unknown to ALTER SYSTEM until the library is loaded: it goes in a conf.d file
    echo "auto_explain.log_min_duration = 2000" > "$EXPLAIN_CONF"
    psql -q -c "alter system set log_min_duration_statement = 100" \
      -c "alter system set session_preload_libraries = 'auto_explain'" -c "select pg_reload_conf()" >/dev/null
    wc -l < "$LOG" ;;
  summary)
    tail -n +$(( ${2:?log line from on} + 1 )) "$LOG" | grep -o "duration: [0-9.]* ms  .\{0,100\}" \
      | awk '{ d = $2; $1 = ""; $2 = ""; $3 = ""; s = substr($0, 1, 90); t[s] += d; n[s]++ }
             END { for (k in t) printf "%9.0f ms %5d  %s\n", t[k], n[k], k }' | sort -rn | head -"${3:-15}" ;;
  upload)
    tail -n +$(( ${2:?log line from on} + 1 )) "$LOG" | grep -o "duration: [0-9.]* ms  .\{0,160\}" | awk '
      /copy pref_upload/ { k = "copy" }                   /create temporary table pref_checked/ { k = "resolve" }
      /with k as \(select cast/ { k = "check" }           /delete from round_preference/ { k = "delete" }
      /insert into round_preference/ { k = "insert" }      /analyze pref_checked/ { k = "analyze" }
      { if (k != "") { t[k] += $2; n[k]++ } k = "" }
      END { for (x in t) printf "%-8s %8.1f s %5d\n", x, t[x] / 1000, n[x] }' | sort ;;
  off)
    rm -f "$EXPLAIN_CONF"
    psql -q -c "alter system reset log_min_duration_statement" -c "alter system reset session_preload_libraries" \
      -c "select pg_reload_conf()" >/dev/null ;;
  cpu)
    ticks() { for p in "$@"; do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }'; }
    prev_j=; prev_p=
    for _ in $(seq $(( ${3:?seconds} / 2 ))); do
      j=$(ticks $(pgrep -f "${2:?pattern}" || true)); p=$(ticks $(pgrep -x postgres || true))
      [ -n "$prev_j" ] && printf "%s %s %4d%%  postgres %4d%%\n" "$(date +%T)" "$2" $(( (j - prev_j) / 2 )) $(( (p - prev_p) / 2 ))
      prev_j=$j; prev_p=$p; sleep 2
    done ;;
  *) sed -n '2,11p' "$0"; exit 2 ;;
esac
