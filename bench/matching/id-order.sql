-- Random against time-ordered ids (as UUIDv7 gives) for the rows a round's run writes per match: the run's rows
-- are copied twice, in the order they were written, once with their own random ids and once with ids that
-- increase in that order (each foreign key remapped with its referent), then each copy is inserted into empty
-- tables shaped like the originals (same indexes, same foreign keys). All in one transaction, rolled back.
-- usage, after bench/national-round.sh (its placement database holds the round):
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/id-order.sql
\set ON_ERROR_STOP on
begin;
-- ids that increase with n: n in the first 48 bits (where UUIDv7 has its timestamp), the rest from the old id
create function pg_temp.ordered(n bigint, old uuid) returns uuid language sql immutable
    as $$ select (lpad(to_hex(n), 12, '0') || substr(md5(old::text), 13, 20))::uuid $$;
create temp table app_map as select id as old, pg_temp.ordered(row_number() over (order by ctid), id) as new
    from application where round_id is not null;
create temp table pl_map as select id as old, pg_temp.ordered(row_number() over (order by ctid), id) as new
    from placement where round_id is not null;
create temp table ev_map as select id as old, pg_temp.ordered(seq, id) as new
    from outbox_event where type like '%.placement.proposed.%';
create unique index on app_map (old);
create unique index on pl_map (old);
create unique index on ev_map (old);

create temp table application_r as select * from application where round_id is not null order by ctid;
create temp table placement_r as select * from placement where round_id is not null order by ctid;
create temp table agreement_r as select a.* from agreement a join pl_map m on m.old = a.placement_id order by a.ctid;
create temp table placement_audit_r as
    select a.* from placement_audit a join pl_map m on m.old = a.placement_id order by a.id;
create temp table change_feed_r as select f.* from change_feed f join pl_map m on m.old = f.placement_id order by f.id;
create temp table outbox_event_r as select e.* from outbox_event e join ev_map m on m.old = e.id order by e.seq;

create temp table application_o as select * from application_r;
update application_o t set id = m.new from app_map m where m.old = t.id;
create temp table placement_o as select * from placement_r;
update placement_o t set id = m.new from pl_map m where m.old = t.id;
update placement_o t set application_id = m.new from app_map m where m.old = t.application_id;
create temp table agreement_o as select * from agreement_r;
update agreement_o t set placement_id = m.new from pl_map m where m.old = t.placement_id;
create temp table placement_audit_o as select * from placement_audit_r;
update placement_audit_o t set placement_id = m.new from pl_map m where m.old = t.placement_id;
create temp table change_feed_o as select * from change_feed_r;
update change_feed_o t set placement_id = m.new from pl_map m where m.old = t.placement_id;
create temp table outbox_event_o as select * from outbox_event_r;
update outbox_event_o t set id = m.new from ev_map m where m.old = t.id;
analyze;
checkpoint;

\echo random ids, as written today
\set v r
\ir id-order-insert.sql
\echo time-ordered ids
\set v o
\ir id-order-insert.sql
\echo random ids again (the referenced tables now warm)
\set v r
\ir id-order-insert.sql
rollback;
