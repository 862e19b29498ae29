#!/usr/bin/env bash
# CPU used per process between two moments (docs/benchmarks.md, "Seventh pass"): each service's JVM, the e2e JVM
# (which runs the Kafka broker), and PostgreSQL's backends grouped by database, from /proc/<pid>/stat
# (utime + stime, in clock ticks).
#   snap FILE      write the current totals to FILE
#   diff A B       seconds of CPU each group used between snapshots A and B, largest first
# usage, beside bench/national-round.sh: snap when the log shows PERSISTING, snap again at DONE, then diff
set -euo pipefail
TICKS=$(getconf CLK_TCK)

case "${1:-}" in
  snap)
    for d in /proc/[0-9]*; do
      t=$(awk '{ print $14 + $15 }' "$d/stat" 2>/dev/null) || continue
      c=$(tr '\0' ' ' < "$d/cmdline" 2>/dev/null | cut -c1-300) || continue
      case "$c" in
        *placement-service/target/quarkus-app*) l=placement-service ;;
        *reporting-service/target/quarkus-app*) l=reporting-service ;;
        *catalog-service/target/quarkus-app*) l=catalog-service ;;
        *surefirebooter*) l="test JVM (the e2e one runs the broker)" ;;
        *plexus-classworlds*) l=maven ;;
        postgres:*) l="postgres $(echo "$c" | awk '{ print ($4 ~ /^practica/ ? $4 : "(server)") }')" ;;
        *) l=other ;;
      esac
      echo "${d#/proc/} $t $l"
    done > "${2:?file}" ;;
  diff)
    awk -v hz="$TICKS" 'NR == FNR { before[$1] = $2; next }
      { label = $3; for (i = 4; i <= NF; i++) label = label " " $i
        used[label] += $2 - ($1 in before ? before[$1] : 0) }
      END { for (k in used) if (used[k] > 0) printf "%8.1f s  %s\n", used[k] / hz, k }' "${2:?A}" "${3:?B}" | sort -rn ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
