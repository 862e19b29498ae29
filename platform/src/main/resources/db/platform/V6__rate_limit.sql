-- Rate-limit buckets shared by every instance of the service (RateLimitStore): one row per route group and
-- caller, holding the GCRA "theoretical arrival time". A row whose tat has passed is a full bucket, the same as
-- no row, so idle rows are purged without changing any decision.
-- Unlogged: a bucket is worth nothing after a crash (PostgreSQL empties the table then, every caller starts with
-- a full budget), and per-request updates should not cost WAL or replication traffic. Room left in each page
-- (fillfactor) lets those updates stay HOT, on the same page without index writes.
create unlogged table rate_limit_bucket (
    bucket text        not null primary key,
    tat    timestamptz not null
) with (fillfactor = 70);
