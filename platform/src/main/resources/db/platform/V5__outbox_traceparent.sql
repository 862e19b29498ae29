-- CloudEvents Distributed Tracing extension: the W3C trace context of the transaction that wrote the row
-- (docs/operations.md, "Traces"). The relay sends it as ce_traceparent / ce_tracestate, so the consumer's
-- processing joins the producer's trace. Null when no span was active (a seed migration, a background job):
-- the consumer then starts a trace of its own. Added as nullable columns, so no existing row is rewritten.
alter table outbox_event
    add column traceparent varchar(55),
    add column tracestate  varchar(512);
