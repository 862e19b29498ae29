-- The schools taking part in a round a school organizes: the organizer (joined when it opens the round) and the
-- schools it invites, each taking part once it joins, so that no school's students are placed by another school
-- without its consent. A State round has no rows: every school takes part.
create table round_school (
    round_id    uuid         not null references matching_round (id),
    school_id   uuid         not null,
    invited_at  timestamptz  not null,
    joined_at   timestamptz,
    primary key (round_id, school_id)
);

create index round_school_school_idx on round_school (school_id, round_id);

insert into round_school (round_id, school_id, invited_at, joined_at)
    select id, organizer_id, created_at, created_at from matching_round where organizer_id is not null;
