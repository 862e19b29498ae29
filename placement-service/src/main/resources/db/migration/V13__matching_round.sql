-- Matching rounds: the State (national) or a school for its own students opens a round over a set of open offers;
-- students (or their school, or the State, in bulk) rank the round's offers until the preference deadline; a run
-- allocates seats by student-proposing deferred acceptance and turns each match into a PROPOSED placement. The
-- seed of the lottery that breaks ties is drawn and published when the round opens.
create table matching_round (
    id                  uuid          primary key,
    name                varchar(200)  not null,
    -- The term the round fills, e.g. 2027-S1: offers whose work starts between starts_from and starts_until
    term                varchar(32)   not null,
    starts_from         date          not null,
    starts_until        date          not null,
    -- Who runs it: the State (organizer_id null) or one school, whose students alone take part
    organizer_kind      varchar(8)    not null check (organizer_kind in ('STATE', 'SCHOOL')),
    organizer_id        uuid,
    field_code          varchar(32),
    province_code       varchar(8),
    preference_deadline timestamptz   not null,
    choice_cap          smallint      not null check (choice_cap between 1 and 50),
    status              varchar(16)   not null check (status in ('OPEN', 'CLOSED', 'MATCHED')),
    seed                bigint        not null,
    algorithm           varchar(64),
    result_fingerprint  varchar(64),
    created_by          varchar(255)  not null,
    created_at          timestamptz   not null,
    closed_at           timestamptz,
    matched_at          timestamptz,
    version             bigint        not null,
    updated_at          timestamptz   not null,
    check ((organizer_kind = 'STATE') = (organizer_id is null)),
    check (starts_until >= starts_from),
    check ((status = 'MATCHED') = (matched_at is not null and result_fingerprint is not null))
);

create index matching_round_created_idx on matching_round (created_at desc, id desc);

-- The offers of a round, fixed when it opens; capacity is the seats free when the run takes them
create table round_offer (
    round_id     uuid     not null references matching_round (id),
    offer_id     uuid     not null references offer (id),
    business_id  uuid     not null,
    capacity     integer  check (capacity >= 0),
    primary key (round_id, offer_id)
);

-- A business's mentoring capacity across its offers in a round (the student-project allocation form)
create table round_business_capacity (
    round_id     uuid     not null references matching_round (id),
    business_id  uuid     not null,
    capacity     integer  not null check (capacity between 0 and 1000000),
    primary key (round_id, business_id)
);

-- Students' ranked choices: rank 1 is the most wanted. A student's list is replaced as a whole.
create table round_preference (
    round_id     uuid      not null references matching_round (id),
    student_id   uuid      not null references student (id),
    rank         smallint  not null check (rank >= 1),
    offer_id     uuid      not null,
    primary key (round_id, student_id, rank),
    unique (round_id, student_id, offer_id),
    foreign key (round_id, offer_id) references round_offer (round_id, offer_id)
);

-- A business's own score (millionths, 0..1,000,000) for a student who ranked its offer
create table round_score (
    round_id     uuid      not null,
    offer_id     uuid      not null,
    student_id   uuid      not null references student (id),
    score        integer   not null check (score between 0 and 1000000),
    primary key (round_id, offer_id, student_id),
    foreign key (round_id, offer_id) references round_offer (round_id, offer_id)
);

-- Runs of a round: one at a time across instances (the partial unique index), heartbeat so that another
-- instance can take over a run whose instance died; a run that did not finish wrote nothing else.
create table round_run (
    id            uuid          primary key,
    round_id      uuid          not null references matching_round (id),
    status        varchar(16)   not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    phase         varchar(16)   not null,
    percent       smallint      not null check (percent between 0 and 100),
    students      integer,
    offers        integer,
    choices       integer,
    matched       integer,
    fingerprint   varchar(64),
    error         varchar(1000),
    started_by    varchar(255)  not null,
    owner         varchar(100)  not null,
    started_at    timestamptz   not null,
    heartbeat_at  timestamptz   not null,
    finished_at   timestamptz
);

create unique index round_run_one_running_idx on round_run (round_id) where status = 'RUNNING';
create index round_run_round_idx on round_run (round_id, started_at desc);

-- The result: per student of the round the offer held (null for none) with its rank and priority key, and the
-- lottery number drawn; per offer the students admitted and the lowest key admitted (the cut-off)
create table round_assignment (
    round_id      uuid      not null references matching_round (id),
    student_id    uuid      not null references student (id),
    lottery       integer   not null,
    offer_id      uuid,
    rank          smallint,
    priority_key  bigint,
    placement_id  uuid      references placement (id),
    -- Per ranked choice, in rank order: the offer's priority key over the student and why they got it or not
    -- (ChoiceReason codes), so that "why not" is answered without re-running
    choice_keys    bigint[]   not null,
    choice_reasons smallint[] not null,
    primary key (round_id, student_id),
    check ((offer_id is null) = (rank is null) and (offer_id is null) = (priority_key is null))
);

create table round_offer_result (
    round_id      uuid      not null,
    offer_id      uuid      not null,
    capacity      integer   not null,
    -- Whether the offer was still open when the run took its seats (a closed one takes nobody)
    offer_open    boolean   not null,
    admitted      integer   not null,
    cutoff_key    bigint,
    primary key (round_id, offer_id),
    foreign key (round_id, offer_id) references round_offer (round_id, offer_id)
);

-- A match is an accepted application (no motivation, no answers) and its PROPOSED placement, both marked with
-- their round, so that lists, agreements and events treat it like any other placement
alter table application add column round_id uuid references matching_round (id);
alter table placement add column round_id uuid references matching_round (id);
create index placement_round_idx on placement (round_id) where round_id is not null;

-- What a run matched on, exactly: the offers and students in index order and every edge's priority key and the
-- capacities, so that verifying re-runs the same instance whatever changed since (seats taken, programmes).
-- Internal: it holds who ranked what, so it never leaves the service; the verify endpoint reports on it.
create table round_snapshot (
    round_id      uuid      primary key references matching_round (id),
    run_id        uuid      not null references round_run (id),
    format        smallint  not null,
    data          bytea     not null
);
