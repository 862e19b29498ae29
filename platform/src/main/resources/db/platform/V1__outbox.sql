-- Transactional outbox. Column names follow Debezium's outbox event router (id, aggregatetype,
-- aggregateid, type, payload), so Debezium + Kafka Connect can replace the built-in relay.
create table outbox_event (
    id            uuid primary key,
    aggregatetype varchar(255) not null,
    aggregateid   varchar(255) not null,
    type          varchar(255) not null,
    payload       jsonb        not null,
    topic         varchar(249) not null,
    source        varchar(255) not null,
    occurred_at   timestamptz  not null,
    seq           bigint generated always as identity,
    sent_at       timestamptz
);

create unique index outbox_event_seq_uk on outbox_event (seq);
create index outbox_event_unsent_idx on outbox_event (seq) where sent_at is null;
create index outbox_event_sent_at_idx on outbox_event (sent_at) where sent_at is not null;

-- Wakes the relay at commit time, so an idle system publishes within milliseconds, not a poll period.
create function practica_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('practica_outbox', '');
    return null;
end
$$;

create trigger outbox_event_notify
    after insert on outbox_event
    for each statement execute function practica_outbox_notify();
