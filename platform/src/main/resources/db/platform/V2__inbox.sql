-- Idempotent consumer log: an event id is recorded in the same transaction as its effects.
create table processed_event (
    source       varchar(255) not null,
    event_id     varchar(255) not null,
    type         varchar(255) not null,
    event_time   timestamptz,
    processed_at timestamptz  not null default clock_timestamp(),
    primary key (source, event_id)
);

create index processed_event_processed_at_idx on processed_event (processed_at);
