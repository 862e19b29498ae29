-- Diacritics-folded search text for programmes and courses (folded in Java by SearchText, as for
-- organizations) with trigram indexes, plus the filter columns search joins on.
alter table program add column search_text text not null default '';
alter table course add column search_text text not null default '';

create index program_search_idx on program using gin (search_text gin_trgm_ops);
create index course_search_idx on course using gin (search_text gin_trgm_ops);
create index program_school_idx on program (school_id);
create index course_program_program_idx on course_program (program_id);
