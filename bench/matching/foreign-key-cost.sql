-- What the foreign keys of round_preference cost on insert (docs/benchmarks.md, "Second pass"): 900,000 rows into
-- three copies of the table (its three keys; none; the primary key alone) in a scratch database it creates.
-- usage: psql -h 127.0.0.1 -U postgres -f bench/matching/foreign-key-cost.sql   (drops and recreates fkbench)
\timing on
drop database if exists fkbench;
create database fkbench;
\c fkbench
create table r (id uuid primary key);
create table s (id uuid primary key);
create table ro (round_id uuid, offer_id uuid, primary key (round_id, offer_id));
insert into r values ('00000000-0000-0000-0000-000000000001');
insert into s select gen_random_uuid() from generate_series(1,100000);
insert into ro select '00000000-0000-0000-0000-000000000001', gen_random_uuid() from generate_series(1,500);
create table src as select '00000000-0000-0000-0000-000000000001'::uuid as round_id, s.id as student_id, g.rank::smallint as rank, (select offer_id from ro offset ((hashint4(g.rank*7 + abs(hashtext(s.id::text))) & 1023) % 500) limit 1) as offer_id from s cross join generate_series(1,9) g(rank);
select count(*) from src;
create table p_fk (round_id uuid not null references r(id), student_id uuid not null references s(id), rank smallint not null check (rank>=1), offer_id uuid not null, primary key (round_id, student_id, rank), unique (round_id, student_id, offer_id), foreign key (round_id, offer_id) references ro(round_id, offer_id));
create table p_nofk (round_id uuid not null, student_id uuid not null, rank smallint not null check (rank>=1), offer_id uuid not null, primary key (round_id, student_id, rank), unique (round_id, student_id, offer_id));
create table p_pkonly (round_id uuid not null, student_id uuid not null, rank smallint not null check (rank>=1), offer_id uuid not null, primary key (round_id, student_id, rank));
insert into p_fk select distinct on (student_id, offer_id) * from src;
insert into p_nofk select distinct on (student_id, offer_id) * from src;
insert into p_pkonly select distinct on (student_id, offer_id) * from src;
drop table p_fk, p_nofk, p_pkonly;
