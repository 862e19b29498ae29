-- A student's ranked choices in one row, the list as two arrays in rank order, instead of a row per choice. A
-- national upload wrote 7.65 million rows into two unique indexes on random uuids, (round, student, rank) and
-- (round, student, offer), which outgrew the server's buffers: 91 s of database time for the inserts alone
-- (docs/benchmarks.md, "Fifth pass"). The list is only ever written and read whole (an upload or a student replaces
-- it; the run, the results and the candidates read it), so one row per student (850,000) with one index does the
-- same. Whether an offer appears at most once is checked by its only writer (PreferenceStaging), as in V17.
create table round_preference_list (
    round_id     uuid        not null,
    student_id   uuid        not null,
    -- The ranks as given (rank 1 the most wanted; a bulk upload may leave gaps), ascending, and the offer of each
    ranks        smallint[]  not null,
    offer_ids    uuid[]      not null,
    primary key (round_id, student_id),
    constraint round_preference_sizes check (cardinality(ranks) between 1 and 50
        and cardinality(offer_ids) = cardinality(ranks))
);

insert into round_preference_list (round_id, student_id, ranks, offer_ids)
select round_id, student_id, array_agg(rank order by rank), array_agg(offer_id order by rank)
    from round_preference group by round_id, student_id;

drop table round_preference;
alter table round_preference_list rename to round_preference;
alter index round_preference_list_pkey rename to round_preference_pkey;
