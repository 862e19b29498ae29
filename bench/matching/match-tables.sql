-- Empty tables shaped like those a round's run writes per match (same indexes, same foreign keys), named *_x, for
-- the row-cost scripts to insert copies of a run's rows into; included by row-cost.sql and id-order-insert.sql.
create table application_x (like application including all);
create table placement_x (like placement including all);
create table agreement_x (like agreement including all);
create table placement_audit_x (like placement_audit including all);
create table change_feed_x (like change_feed including all);
create table mail_outbox_x (like mail_outbox including all);
create table outbox_event_x (like outbox_event including all);
alter table application_x add foreign key (offer_id) references offer (id),
    add foreign key (student_id) references student (id), add foreign key (round_id) references matching_round (id);
alter table placement_x add foreign key (application_id) references application_x (id),
    add foreign key (offer_id) references offer (id), add foreign key (student_id) references student (id),
    add foreign key (round_id) references matching_round (id);
alter table agreement_x add foreign key (placement_id) references placement_x (id);
alter table placement_audit_x add foreign key (placement_id) references placement_x (id);
alter table change_feed_x add foreign key (placement_id) references placement_x (id);
