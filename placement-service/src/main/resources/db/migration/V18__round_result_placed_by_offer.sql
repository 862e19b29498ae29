-- A run no longer writes a national round's ~700,000 placements in one transaction that held the round's and every
-- offer's lock for minutes and published nothing until it committed. It fixes the result in one transaction (the
-- seats taken, per offer its outcome, per student the offer held and the id its placement will have, the inputs'
-- snapshot, and the summary below), then writes the placements a few offers at a time, each group in a transaction
-- of its own that marks its offers placed; their events go out while the rest is written. A run that stops midway
-- leaves the result fixed: the next run of the round writes the offers not yet placed, from the stored result.

-- The fixed result of a round, one row: its existence means the next run resumes instead of matching again
create table round_result (
    round_id      uuid          primary key references matching_round (id),
    run_id        uuid          not null references round_run (id),
    algorithm     varchar(64)   not null,
    fingerprint   varchar(64)   not null,
    students      integer       not null,
    choices       integer       not null,
    seats         integer       not null,
    matched       integer       not null,
    fixed_at      timestamptz   not null
);

-- When the offer's placements were written (null while they are still to write); a group's transaction claims its
-- offers by setting it, so two runs of a round (one given up while still alive) never write an offer twice
alter table round_offer_result add column placed_at timestamptz;

-- Rounds matched before this version wrote everything in their run's transaction
update round_offer_result r set placed_at = m.matched_at
    from matching_round m where m.id = r.round_id and m.status = 'MATCHED';
insert into round_result (round_id, run_id, algorithm, fingerprint, students, choices, seats, matched, fixed_at)
select m.id, s.run_id, m.algorithm, m.result_fingerprint, run.students, run.choices,
       (select coalesce(sum(capacity), 0) from round_offer_result o where o.round_id = m.id), run.matched, m.matched_at
    from matching_round m
    join round_snapshot s on s.round_id = m.id
    join round_run run on run.id = s.run_id
    where m.status = 'MATCHED';
