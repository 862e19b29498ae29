-- Poison events: a row Kafka refuses for good is parked instead of blocking the relay, and later rows of
-- its aggregate wait behind it until an operator re-drives it (docs/outbox.md, "Poison events").
alter table outbox_event
    add column parked_at   timestamptz,
    add column park_reason text,
    add column attempts    integer not null default 0,
    add constraint outbox_event_parked_unsent_ck check (parked_at is null or sent_at is null);

-- The relay's pending query reads unsent, unparked rows in seq order.
drop index outbox_event_unsent_idx;
create index outbox_event_pending_idx on outbox_event (seq) where sent_at is null and parked_at is null;

-- Parked rows are few: the pending query probes this index to hold later rows of a parked aggregate.
create index outbox_event_parked_idx on outbox_event (topic, aggregateid, seq) where parked_at is not null;
