-- A change used to be written once per party (student, school, business): three rows per change, which at a
-- national round's 700,000 proposals was a quarter of the database's work of placing. Now one row per change names
-- its parties, each found by an index of its own. The existing rows are folded into the last row of their change:
-- a cursor a party holds (the position of its own row of the last change it read) is then at or before the kept
-- position of every change it has not read, so none is skipped; it may be told that last change once more.
alter table change_feed
    add column student_id  uuid,
    add column school_id   uuid,
    add column business_id uuid;

update change_feed f
set student_id = p.student_id, school_id = p.school_id, business_id = p.business_id
from placement p
where p.id = f.placement_id;

-- The rows of one change share placement, action, status, actor and instant, one per party; should a placement
-- have had two such changes, each party's n-th row belongs to the n-th of them
with numbered as (
    select id, max(id) over (partition by placement_id, action, placement_status, actor_role, at, nth) as kept
    from (select id, placement_id, action, placement_status, actor_role, at,
                 row_number() over (partition by placement_id, action, placement_status, actor_role, at,
                                                 recipient_kind, recipient_id order by id) as nth
          from change_feed) per_party
)
delete from change_feed f
using numbered n
where n.id = f.id and n.kept <> f.id;

drop index change_feed_recipient_idx;

alter table change_feed
    drop column recipient_kind,
    drop column recipient_id,
    alter column school_id set not null,
    alter column business_id set not null;

create index change_feed_student_idx on change_feed (student_id, id) where student_id is not null;
create index change_feed_school_idx on change_feed (school_id, id);
create index change_feed_business_idx on change_feed (business_id, id);
