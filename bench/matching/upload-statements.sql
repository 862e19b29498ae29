-- The upload's statements measured apart (docs/benchmarks.md, "Fifth pass"), on the database a national run leaves:
-- 1. resolving 100,000 uploaded rows to students: the plain join (before) against the lookup of each named
--    (school, sourcedId) pair (PreferenceStaging.RESOLVE_STUDENTS), both with explain analyze;
-- 2. placement V19's conversion of a round's rows into one row per list, on a copy of the round in the old layout.
-- Everything in one transaction, rolled back.
-- usage: psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/upload-statements.sql
\timing on
begin;
create temporary table pref_upload (line bigint, school_id uuid, sourced_id varchar(255), rank smallint, offer_id uuid)
    on commit drop;
insert into pref_upload
    select row_number() over (), s.school_id, s.sourced_id, c.rank, c.offer_id
    from (select * from round_preference offset 400000 limit 11112) p
    cross join unnest(p.ranks, p.offer_ids) as c (rank, offer_id)
    join student s on s.id = p.student_id;
\echo 1a. plain join
explain (analyze, costs off) create temporary table pref_a on commit drop as select p.line, p.school_id, p.sourced_id,
    p.rank, p.offer_id, s.id as student_id, s.program_sourced_id as program, s.year_of_study as year
    from pref_upload p left join student s on s.school_id = p.school_id and s.sourced_id = p.sourced_id;
\echo 1b. each named student looked up once
explain (analyze, costs off) create temporary table pref_b on commit drop as
    with named as materialized (select k.school_id, k.sourced_id, (select s from student s
        where s.school_id = k.school_id and s.sourced_id = k.sourced_id) as s
        from (select distinct school_id, sourced_id from pref_upload) k)
    select p.line, p.school_id, p.sourced_id, p.rank, p.offer_id, (n.s).id as student_id,
        (n.s).program_sourced_id as program, (n.s).year_of_study as year from pref_upload p
    left join named n on n.school_id = p.school_id and n.sourced_id = p.sourced_id;
\echo 2. V19 conversion: the round in the old layout, then into one row per list
create temporary table old_rows on commit drop as
    select p.round_id, p.student_id, c.rank, c.offer_id from round_preference p
    cross join unnest(p.ranks, p.offer_ids) as c (rank, offer_id);
create temporary table lists (round_id uuid not null, student_id uuid not null, ranks smallint[] not null,
    offer_ids uuid[] not null, primary key (round_id, student_id)) on commit drop;
insert into lists select round_id, student_id, array_agg(rank order by rank), array_agg(offer_id order by rank)
    from old_rows group by round_id, student_id;
rollback;
