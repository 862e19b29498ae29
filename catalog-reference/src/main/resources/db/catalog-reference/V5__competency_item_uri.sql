-- The CASE URI catalog announces for each item (CFItem.uri), so a consumer can point at the item as CASE names
-- it (placement's credentials align to it). Null for items announced before this column: readers fall back.
alter table competency_item add column uri varchar(1000);
