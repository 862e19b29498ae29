-- The State may reject a registration (a disputed tax or ministry code, an impostor): a rejected
-- organization keeps its row for the audit trail but no longer holds its identifier, so the real owner can
-- register it.
alter table organization drop constraint organization_identifier_uk;
create unique index organization_identifier_uk on organization (kind, identifier) where status <> 'REJECTED';
