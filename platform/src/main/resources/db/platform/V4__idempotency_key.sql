-- Responses to requests sent with an Idempotency-Key, stored in the transaction of their effect, so a retry
-- after any crash either finds the response (effect committed) or nothing (effect rolled back, key free).
create table idempotency_key (
    scope        varchar(300)  not null,
    idem_key     varchar(255)  not null,
    fingerprint  varchar(64)   not null,
    status       smallint      not null,
    location     varchar(2048),
    etag         varchar(255),
    content_type varchar(255),
    body         bytea         not null,
    created_at   timestamptz   not null default clock_timestamp(),
    expires_at   timestamptz   not null,
    primary key (scope, idem_key)
);

create index idempotency_key_expires_at_idx on idempotency_key (expires_at);
