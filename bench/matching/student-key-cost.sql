-- What the application's foreign keys cost on insert in a national round (docs/benchmarks.md, "Ninth pass"):
-- 300,000 of the round's application rows, in the order the run wrote them (by id: offer by offer), copied into
-- three empty copies of the table: with the keys to offer and student, with the offer's alone, with none.
-- Run it on the placement database a national round leaves behind (850,000 students; the keys to student that the
-- copies add are those V22 dropped), e.g. after bench/national-round.sh 850000:
--   psql -h 127.0.0.1 -U postgres -d practica_placement_e2e1_national -f bench/matching/student-key-cost.sql
-- The ninth pass ran it twice, the second time with the three inserts in the opposite order.
\timing on
set max_parallel_workers_per_gather = 0;
drop table if exists app_keys, app_offer_key, app_no_keys;
create table app_keys (like application including defaults including constraints including indexes);
alter table app_keys add foreign key (offer_id) references offer (id), add foreign key (student_id) references student (id);
create table app_offer_key (like application including defaults including constraints including indexes);
alter table app_offer_key add foreign key (offer_id) references offer (id);
create table app_no_keys (like application including defaults including constraints including indexes);
create temporary table src as select * from application order by id limit 300000;
checkpoint;
insert into app_keys select * from src;
checkpoint;
insert into app_offer_key select * from src;
checkpoint;
insert into app_no_keys select * from src;
drop table app_keys, app_offer_key, app_no_keys;
