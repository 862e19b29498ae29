-- Course links are written in bulk by the curriculum sync (for 10,000 courses: 20,000 programme links and
-- 30,000 competency links); per-row foreign-key triggers cost more than the rest of the sync. The sync checks
-- both ends in its own transaction instead: programmes and courses are never deleted (tobedeleted keeps the
-- row), and the competency items it links are held with a KEY SHARE lock until it commits, while removing
-- an item locks it FOR UPDATE before checking for links.
alter table course_program drop constraint course_program_course_id_fkey;
alter table course_program drop constraint course_program_program_id_fkey;
alter table course_competency drop constraint course_competency_course_id_fkey;
alter table course_competency drop constraint course_competency_item_id_fkey;
