#!/usr/bin/env bash
# "For me" query shape at 100,000 open offers and 100,000 students, on PostgreSQL alone (no service): the
# catalog-reference curriculum tables (its V3 migration, as is) filled with 50 schools x 10 programmes x 60
# courses x 5 competency items, program_competency derived as the projection derives it, and stand-ins for
# the tables the offers feature will own (offer, offer_required_item: 3-8 required items per offer). Items
# are drawn skewed (item = 2000 * u^2) so popular items are both taught and asked for often. Then pgbench
# runs the recommended query for random students and the script prints p50/p95/p99 from pgbench's log.
#
# usage: bench/for-me-coverage.sh [seconds=30] [clients=1]   (PGHOST/PGUSER as for psql; default 127.0.0.1/postgres)
set -euo pipefail
SECONDS_TO_RUN=${1:-30}
CLIENTS=${2:-1}
DB=practica_for_me_bench
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
HERE=$(cd "$(dirname "$0")" && pwd)
MIGRATION="$HERE/../catalog-reference/src/main/resources/db/catalog-reference/V3__curriculum_reference.sql"

if ! psql -d "$DB" -Atc "select count(*) from offer" >/dev/null 2>&1; then
    dropdb --if-exists "$DB"
    createdb "$DB"
    psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$MIGRATION"
    psql -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
create extension if not exists pgcrypto;
select setseed(0.42);
create table item (n int primary key, id uuid not null);
insert into item select n, gen_random_uuid() from generate_series(0, 1999) n;
insert into curriculum_program (id, school_id, sourced_id, field_code, level, status, version, changed_at)
select gen_random_uuid(), s.id, 'CTDT-' || p, 'IT', 6, 'active', 1, now()
from (select gen_random_uuid() id from generate_series(1, 50)) s, generate_series(1, 10) p;
insert into curriculum_course (id, school_id, sourced_id, status, version, changed_at)
select gen_random_uuid(), p.school_id, p.sourced_id || '-HP' || c, 'active', 1, now()
from curriculum_program p, generate_series(1, 60) c;
insert into curriculum_course_program (course_id, program_id)
select c.id, p.id from curriculum_course c
join curriculum_program p on p.school_id = c.school_id and c.sourced_id like p.sourced_id || '-HP%';
insert into curriculum_course_competency (course_id, item_id)
select distinct c.id, i.id from curriculum_course c cross join generate_series(1, 5) k
cross join lateral (select floor(2000 * random() ^ 2)::int + 0 * k + 0 * hashtext(c.id::text) n) d
join item i on i.n = d.n;
insert into program_competency (program_id, item_id)
select distinct cp.program_id, cc.item_id from curriculum_course_program cp
join curriculum_course_competency cc on cc.course_id = cp.course_id;

-- Stand-ins: a student names their programme as placement's student row does
create table student (n int primary key, id uuid not null, school_id uuid not null, program_sourced_id varchar(255) not null);
insert into student
select n, gen_random_uuid(), p.school_id, p.sourced_id
from generate_series(1, 100000) n
join lateral (select school_id, sourced_id from curriculum_program order by random() + n * 0 limit 1) p on true;
create table offer (
    id uuid primary key, status varchar(16) not null, valid_through date not null, required_item_count int not null);
create table offer_required_item (offer_id uuid not null references offer (id), item_id uuid not null,
    primary key (offer_id, item_id));
create index offer_required_item_item_idx on offer_required_item (item_id, offer_id);
insert into offer select gen_random_uuid(), 'OPEN', current_date + (random() * 90)::int, 0 from generate_series(1, 100000);
insert into offer_required_item (offer_id, item_id)
select distinct o.id, i.id from offer o
cross join lateral generate_series(1, 3 + (random() * 5)::int + 0 * hashtext(o.id::text)) k
cross join lateral (select floor(2000 * random() ^ 2)::int + 0 * k + 0 * hashtext(o.id::text) n) d
join item i on i.n = d.n;
update offer o set required_item_count = r.c
from (select offer_id, count(*) c from offer_required_item group by offer_id) r where r.offer_id = o.id;
vacuum analyze;
SQL
fi

psql -d "$DB" -Atc "select 'programmes ' || count(*) from curriculum_program
  union all select 'items covered per programme (avg) ' || round(avg(c)) from (select count(*) c from program_competency group by program_id) x
  union all select 'students ' || count(*) from student
  union all select 'open offers ' || count(*) from offer where status = 'OPEN'
  union all select 'required items per offer (avg) ' || round(avg(required_item_count), 1) from offer
  union all select 'distinct items required by offers ' || count(distinct item_id) from offer_required_item"

QUERY=$(mktemp)
cat > "$QUERY" <<'SQL'
\set s random(1, 100000)
with me as (
    select school_id, program_sourced_id from student where n = :s
), covered as (
    select pc.item_id from program_competency pc
    join curriculum_program p on p.id = pc.program_id
    join me on p.school_id = me.school_id and p.sourced_id = me.program_sourced_id
    where p.status = 'active'
), matched as (
    select r.offer_id, count(*) as covered_count
    from offer_required_item r join covered c on c.item_id = r.item_id
    group by r.offer_id
)
select o.id, m.covered_count, o.required_item_count,
       (select array_agg(r.item_id order by r.item_id) from offer_required_item r
        join covered c on c.item_id = r.item_id where r.offer_id = o.id) as overlap
from matched m join offer o on o.id = m.offer_id
where o.status = 'OPEN'
order by m.covered_count desc, o.required_item_count - m.covered_count, o.valid_through, o.id
limit 20;
SQL
LOGDIR=$(mktemp -d)
(cd "$LOGDIR" && pgbench -n -c "$CLIENTS" -j "$CLIENTS" -T "$SECONDS_TO_RUN" -f "$QUERY" -l "$DB" | grep -E "latency average|tps")
# pgbench log: client, transaction, latency in microseconds, ...
cat "$LOGDIR"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{v[NR] = $1} END {
    printf "queries %d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
        NR, v[int(NR * 0.50)] / 1000, v[int(NR * 0.95)] / 1000, v[int(NR * 0.99)] / 1000, v[NR] / 1000 }'
rm -rf "$LOGDIR" "$QUERY"
