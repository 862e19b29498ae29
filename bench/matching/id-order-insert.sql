-- One copy (:v = r, random ids; o, time-ordered) of a run's rows into empty tables shaped like the originals, each
-- insert in the order the run wrote its rows; included by id-order.sql.
\ir match-tables.sql
\timing on
insert into application_x select * from application_:v;
insert into placement_x select * from placement_:v;
insert into agreement_x select * from agreement_:v;
insert into placement_audit_x overriding system value select * from placement_audit_:v;
insert into change_feed_x overriding system value select * from change_feed_:v;
insert into outbox_event_x overriding system value select * from outbox_event_:v;
\timing off
drop table change_feed_x, placement_audit_x, agreement_x, placement_x, application_x, mail_outbox_x,
    outbox_event_x;
