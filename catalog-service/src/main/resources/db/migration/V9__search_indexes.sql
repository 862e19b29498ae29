-- Catalog search (GET /api/v1/search/...). Text search uses the trigram indexes of V5, V7 and V8; these serve
-- the searches without text: filters and the alphabetical orders, so that a page is read in index order
-- instead of sorting every active row. Alphabetical orders use the ICU collation vi-x-icu (a ă â b ... d đ),
-- which the databases' own C.UTF-8 collation gets wrong (Đ and Ứ after z); the queries repeat the same
-- expression, and the indexes are partial on the only status search shows.
create index course_title_search_idx on course (title collate "vi-x-icu", id) where status = 'active';
create index program_name_search_idx on program (name_vi collate "vi-x-icu", id) where status = 'active';

-- field= and level= on programmes, and for courses through course_program (program_id indexed in V8).
create index program_field_level_idx on program (field_code, level) where status = 'active';
