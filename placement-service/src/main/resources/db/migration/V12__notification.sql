-- What changed for whom: one row per party of a placement (the student; the school and the business as
-- organizations) for every entry of the placement's audit trail, written in the same transaction. Each party
-- pulls its own rows after a cursor (GET /api/v1/me/changes).
create table change_feed (
    id                bigint        generated always as identity primary key,
    recipient_kind    varchar(16)   not null check (recipient_kind in ('STUDENT', 'ORGANIZATION')),
    recipient_id      uuid          not null,
    placement_id      uuid          not null references placement (id),
    action            varchar(24)   not null,
    placement_status  varchar(16)   not null,
    actor_role        varchar(8)    not null,
    at                timestamptz   not null
);

create index change_feed_recipient_idx on change_feed (recipient_kind, recipient_id, id);

-- Mails to send, written with the change they tell of and sent after its commit by a background sender
-- (never inside the request), claimed with skip locked so instances share them; failures are tried again later
create table mail_outbox (
    id                bigint        generated always as identity primary key,
    recipient         varchar(254)  not null,
    subject           varchar(200)  not null,
    body              varchar(4000) not null,
    created_at        timestamptz   not null,
    attempts          integer       not null default 0,
    next_attempt_at   timestamptz,
    sent_at           timestamptz,
    last_error        varchar(500),
    check (sent_at is null or next_attempt_at is null)
);

create index mail_outbox_due_idx on mail_outbox (next_attempt_at, id) where sent_at is null;
