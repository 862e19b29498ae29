-- The registration's read of a batch's existing students under the plan a prepared statement settles on from its
-- sixth run (docs/benchmarks.md, "Fourth pass"): 1,000 sourcedIds of the largest school, as a list of 1,000
-- parameters (before) and as one array (StudentRepository.bySourcedIdForUpdate now); prints both plans with timings.
-- usage, on a database holding registered students (bench/national-round.sh leaves one):
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/student-lookup-plan.sql
begin;
set local plan_cache_mode = force_generic_plan;
create temporary table batch on commit drop as
    select school_id, sourced_id from student
    where school_id = (select school_id from student group by 1 order by count(*) desc limit 1)
    order by sourced_id limit 1000;
select format('prepare as_list(uuid, %s) as select * from student where school_id = $1 and sourced_id in (%s)'
              ' for update', string_agg('varchar', ', '), string_agg('$' || (g + 1), ', '))
    from generate_series(1, 1000) g \gexec
prepare as_array(uuid, varchar[]) as select * from student where school_id = $1 and sourced_id = any($2) for update;
\echo as a list of 1,000 parameters
select format('explain (analyze, costs off) execute as_list(%L, %s)', school_id, string_agg(quote_literal(sourced_id), ', '))
    from batch group by school_id \gexec
\echo as one array
select format('explain (analyze, costs off) execute as_array(%L, %L)', school_id, array_agg(sourced_id))
    from batch group by school_id \gexec
rollback;
