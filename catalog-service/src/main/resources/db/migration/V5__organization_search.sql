-- Diacritics-folded search text (folded in Java, see SearchText) with a trigram index, so a substring
-- search such as "cang sai gon" uses the index instead of scanning the table.
create extension if not exists pg_trgm;

alter table organization add column search_text text not null default '';
create index organization_search_idx on organization using gin (search_text gin_trgm_ops);
