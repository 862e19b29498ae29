-- What each of a match's rows costs the database (docs/benchmarks.md, "Fourth pass"): copies the rows a round's run
-- wrote into empty tables shaped like the originals (same indexes, same foreign keys), one insert per table in one
-- transaction that is rolled back (the copies with it), so the database it runs on is left as it was. Application also without its keys
-- and bare, to separate the keys' share from the indexes'.
-- usage, after bench/national-round.sh 100000 (its placement database holds the round):
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/row-cost.sql
\timing on
begin;
create table app_nofk (like application including all);
create table app_bare (like application);
alter table app_bare add primary key (id);
\ir match-tables.sql
\echo application: bare (primary key), with its indexes, with its indexes and three foreign keys
insert into app_bare select * from application where round_id is not null;
insert into app_nofk select * from application where round_id is not null;
insert into application_x select * from application where round_id is not null;
\echo placement, agreement, audit, change feed, mail, outbox (with their indexes and keys)
insert into placement_x select * from placement where round_id is not null;
insert into agreement_x select a.* from agreement a join placement_x p on p.id = a.placement_id;
insert into placement_audit_x overriding system value
    select a.* from placement_audit a join placement_x p on p.id = a.placement_id;
insert into change_feed_x overriding system value
    select f.* from change_feed f join placement_x p on p.id = f.placement_id;
insert into mail_outbox_x overriding system value select * from mail_outbox;
insert into outbox_event_x overriding system value
    select * from outbox_event where type like '%.placement.proposed.%';
rollback;
