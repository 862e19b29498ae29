-- One copy (:v = r, random ids; o, time-ordered) of a run's rows into empty tables shaped like the originals, each
-- insert in the order the run wrote its rows; included by id-order.sql.
create table application_x (like application including all);
create table placement_x (like placement including all);
create table agreement_x (like agreement including all);
create table placement_audit_x (like placement_audit including all);
create table change_feed_x (like change_feed including all);
create table outbox_event_x (like outbox_event including all);
alter table application_x add foreign key (offer_id) references offer (id),
    add foreign key (student_id) references student (id), add foreign key (round_id) references matching_round (id);
alter table placement_x add foreign key (application_id) references application_x (id),
    add foreign key (offer_id) references offer (id), add foreign key (student_id) references student (id),
    add foreign key (round_id) references matching_round (id);
alter table agreement_x add foreign key (placement_id) references placement_x (id);
alter table placement_audit_x add foreign key (placement_id) references placement_x (id);
alter table change_feed_x add foreign key (placement_id) references placement_x (id);
\timing on
insert into application_x select * from application_:v;
insert into placement_x select * from placement_:v;
insert into agreement_x select * from agreement_:v;
insert into placement_audit_x overriding system value select * from placement_audit_:v;
insert into change_feed_x overriding system value select * from change_feed_:v;
insert into outbox_event_x overriding system value select * from outbox_event_:v;
\timing off
drop table change_feed_x, placement_audit_x, agreement_x, placement_x, application_x, outbox_event_x;
