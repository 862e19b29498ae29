-- An application and a placement name their student. The foreign keys to student checked it on every insert by
-- probing and share-locking the student's row, and a share lock writes to the row's page: a national round's
-- placing touched a random page of the student table (195 MB at 850,000 students, more than the default shared
-- buffers) twice per match. Measured on 300,000 application rows copied in a national round's order: 13.0 s with
-- the offer and student keys, 6.2 s with the offer's alone, 4.8 s with neither (docs/benchmarks.md, "Ninth pass").
-- What the keys guaranteed holds without them:
-- - every writer names a student it has just read: an application by the student found by their login, in the
--   same transaction; a round's by the student whose ranked list the run read; a placement the student of its
--   application;
-- - no student row is ever deleted (a school's sync updates its students, it never removes one), and the trigger
--   below refuses a delete, so no application or placement can lose its student afterwards.
-- The keys to offer (a small, hot table) and to application stay.
alter table application drop constraint application_student_id_fkey;
alter table placement drop constraint placement_student_id_fkey;

create function practica_student_never_deleted() returns trigger language plpgsql as $$
begin
    raise exception 'student % is never deleted: applications and placements name it', old.id
        using errcode = 'restrict_violation';
end
$$;

create trigger student_never_deleted
    before delete on student
    for each row execute function practica_student_never_deleted();
