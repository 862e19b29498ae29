-- A matching round writes per match an application, a placement, its agreement, its audit entry and its change-feed
-- row, and each of the four keys below checked a row the same transaction had just written: a query and a share
-- lock per key per row, a quarter of a national round's database work per match besides the rows themselves
-- (docs/benchmarks.md, "Eleventh pass"). What the keys guaranteed holds without them:
-- - a placement is written only from its accepted application, read or written in the same transaction;
-- - an agreement, an audit entry and a change-feed row are written only for a placement that transaction has just
--   written or read under its lock (the agreement by AgreementDrafts, the audit entry and its change-feed row by
--   PlacementAuditService);
-- - no application or placement is ever deleted (they end by their status), and the triggers below refuse a delete,
--   so none of those rows can lose what it names afterwards.
-- Logbooks and evaluations keep their keys: they are written one at a time, by people.
-- placement_round_idx goes too: no query reads it, and a round paid an index entry per placement for it.
alter table placement drop constraint placement_application_id_fkey;
alter table agreement drop constraint agreement_placement_id_fkey;
alter table placement_audit drop constraint placement_audit_placement_id_fkey;
alter table change_feed drop constraint change_feed_placement_id_fkey;
drop index placement_round_idx;

create function practica_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception '% % is never deleted: other rows name it', tg_table_name, old.id
        using errcode = 'restrict_violation';
end
$$;

create trigger application_never_deleted
    before delete on application
    for each row execute function practica_never_deleted();

create trigger placement_never_deleted
    before delete on placement
    for each row execute function practica_never_deleted();

-- V22's trigger on student did the same with a function of its own
drop trigger student_never_deleted on student;
drop function practica_student_never_deleted();
create trigger student_never_deleted
    before delete on student
    for each row execute function practica_never_deleted();
