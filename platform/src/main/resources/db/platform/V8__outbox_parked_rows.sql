-- The parked rows' keys, in a table of their own that stays as small as the number of parked rows.
-- The relay's pending read holds back every row with an earlier parked row of its aggregate. Asked of
-- outbox_event itself, that check's plan depends on statistics: a plan made while the table was nearly empty
-- (a fresh database, no ANALYZE yet, a prepared statement's cached generic plan) scans the whole table for
-- every pending row, and a burst of 100,000 events then took 17 s per 500-row read (docs/outbox.md, "Holding:
-- design"). Against this table every plan is cheap: it holds only what is parked, usually nothing.
-- Kept by triggers, so a row parked or re-driven by the relay, the operators' ParkedEvents or plain SQL is always
-- mirrored; the relay's own update (sent_at) and its inserts of unparked rows do not fire them.
create table outbox_parked (
    id          uuid primary key,
    topic       varchar(249) not null,
    aggregateid varchar(255) not null,
    seq         bigint       not null
);

create index outbox_parked_aggregate_idx on outbox_parked (topic, aggregateid, seq);

insert into outbox_parked (id, topic, aggregateid, seq)
select id, topic, aggregateid, seq from outbox_event where parked_at is not null;

create function practica_outbox_parked_sync() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from outbox_parked where id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.parked_at is not null then
        insert into outbox_parked (id, topic, aggregateid, seq) values (new.id, new.topic, new.aggregateid, new.seq);
    end if;
    return null;
end
$$;

create trigger outbox_event_parked_insert
    after insert on outbox_event
    for each row when (new.parked_at is not null) execute function practica_outbox_parked_sync();

create trigger outbox_event_parked_update
    after update of parked_at on outbox_event
    for each row when (old.parked_at is distinct from new.parked_at) execute function practica_outbox_parked_sync();

create trigger outbox_event_parked_delete
    after delete on outbox_event
    for each row when (old.parked_at is not null) execute function practica_outbox_parked_sync();
