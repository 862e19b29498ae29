-- What each of a match's rows costs the database (docs/benchmarks.md, "Fourth pass"): copies the rows a round's run
-- wrote into empty tables shaped like the originals (same indexes, same foreign keys), one insert per table in one
-- transaction that is rolled back (the copies with it), so the database it runs on is left as it was. Application also without its keys
-- and bare, to separate the keys' share from the indexes'.
-- usage, after bench/national-round.sh 100000 (its placement database holds the round):
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/row-cost.sql
\timing on
begin;
create table application_x (like application including all);
create table app_nofk (like application including all);
create table app_bare (like application);
alter table app_bare add primary key (id);
create table placement_x (like placement including all);
create table agreement_x (like agreement including all);
create table placement_audit_x (like placement_audit including all);
create table change_feed_x (like change_feed including all);
create table mail_outbox_x (like mail_outbox including all);
create table outbox_event_x (like outbox_event including all);
alter table application_x add foreign key (offer_id) references offer (id),
    add foreign key (student_id) references student (id), add foreign key (round_id) references matching_round (id);
alter table placement_x add foreign key (application_id) references application_x (id),
    add foreign key (offer_id) references offer (id), add foreign key (student_id) references student (id),
    add foreign key (round_id) references matching_round (id);
alter table agreement_x add foreign key (placement_id) references placement_x (id);
alter table placement_audit_x add foreign key (placement_id) references placement_x (id);
alter table change_feed_x add foreign key (placement_id) references placement_x (id);
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
