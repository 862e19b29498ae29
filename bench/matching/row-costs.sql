-- What each row a national round writes per match costs the database on its own (docs/benchmarks.md, "Tenth pass"):
-- 200,000 of the round's rows of each table, in the order the run wrote them, copied from a temporary table into an
-- empty copy of the table with its indexes (no foreign keys, no triggers: student-key-cost.sql measures keys), one
-- statement per table, one session, a checkpoint before each; then the outbox's and the mail's marks as the relay
-- and the sender make them; and the placement insert again without placement_round_idx, the outbox's without
-- outbox_event_seq_uk.
-- Run it on the placement database a national round leaves behind, e.g. after bench/national-round.sh 850000:
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/row-costs.sql
\timing on
set max_parallel_workers_per_gather = 0;
drop table if exists cost_placement_no_round_idx, cost_application, cost_placement, cost_agreement, cost_placement_audit, cost_change_feed,
    cost_mail_outbox, cost_outbox_event, cost_outbox_no_seq_uk;
create table cost_application (like application including defaults including constraints including indexes);
create table cost_placement (like placement including defaults including constraints including indexes);
create table cost_placement_no_round_idx (like placement including defaults including constraints including indexes);
select format('drop index %I', indexname) from pg_indexes
    where tablename = 'cost_placement_no_round_idx' and indexdef like '%(round_id)%' \gexec
create table cost_agreement (like agreement including defaults including constraints including indexes);
create table cost_placement_audit (like placement_audit including all);
create table cost_change_feed (like change_feed including all);
create table cost_mail_outbox (like mail_outbox including all);
create table cost_outbox_event (like outbox_event including all);
create table cost_outbox_no_seq_uk (like outbox_event including all);
select format('drop index %I', indexname) from pg_indexes
    where tablename = 'cost_outbox_no_seq_uk' and indexdef like '%UNIQUE%(seq)%' \gexec
create temporary table src_application as select * from application where round_id is not null order by id limit 200000;
create temporary table src_placement as select * from placement where round_id is not null order by id limit 200000;
create temporary table src_agreement as
    select a.* from agreement a join src_placement p on p.id = a.placement_id order by p.id;
create temporary table src_placement_audit as
    select a.* from placement_audit a join src_placement p on p.id = a.placement_id order by a.id;
create temporary table src_change_feed as
    select f.* from change_feed f join src_placement p on p.id = f.placement_id order by f.id;
create temporary table src_mail_outbox as select * from mail_outbox order by id limit 200000;
update src_mail_outbox set sent_at = null, attempts = 0, next_attempt_at = created_at;
create temporary table src_outbox_event as
    select * from outbox_event where type like '%placement.proposed%' order by seq limit 200000;
update src_outbox_event set sent_at = null;
\echo 'inserts, 200,000 rows each (placement_audit and change_feed: the rows of those placements)'
checkpoint;
\echo 'insert cost_application'
insert into cost_application select * from src_application;
checkpoint;
\echo 'insert cost_placement'
insert into cost_placement select * from src_placement;
checkpoint;
\echo 'insert cost_placement_no_round_idx'
insert into cost_placement_no_round_idx select * from src_placement;
checkpoint;
\echo 'insert cost_agreement'
insert into cost_agreement select * from src_agreement;
checkpoint;
\echo 'insert cost_placement_audit'
insert into cost_placement_audit overriding system value select * from src_placement_audit;
checkpoint;
\echo 'insert cost_change_feed'
insert into cost_change_feed overriding system value select * from src_change_feed;
checkpoint;
\echo 'insert cost_mail_outbox'
insert into cost_mail_outbox overriding system value select * from src_mail_outbox;
checkpoint;
\echo 'insert cost_outbox_event'
insert into cost_outbox_event overriding system value select * from src_outbox_event;
checkpoint;
\echo 'insert cost_outbox_no_seq_uk'
insert into cost_outbox_no_seq_uk overriding system value select * from src_outbox_event;
\echo 'marks, 200,000 rows each'
checkpoint;
\echo 'mark cost_outbox_event'
update cost_outbox_event set sent_at = clock_timestamp();
checkpoint;
\echo 'mark cost_outbox_no_seq_uk'
update cost_outbox_no_seq_uk set sent_at = clock_timestamp();
checkpoint;
\echo 'mark cost_mail_outbox'
update cost_mail_outbox set sent_at = now(), attempts = attempts + 1, next_attempt_at = null, last_error = null;
drop table cost_placement_no_round_idx, cost_application, cost_placement, cost_agreement, cost_placement_audit, cost_change_feed,
    cost_mail_outbox, cost_outbox_event, cost_outbox_no_seq_uk;
