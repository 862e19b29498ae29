-- The State's targets: for a year, a KPI (the name it has in GET /api/v1/kpis/placements) reaches a value in one
-- field and one province, or across all of them (null). One target per natural key: the unique index treats a
-- null field or province as "all", so setting the same key again updates the row instead of adding one.
create table kpi_target (
    id            uuid        primary key,
    year          integer     not null check (year between 2000 and 2100),
    kpi           varchar(32) not null,
    field_code    varchar(32),
    province_code varchar(8)  references province (code),
    target        bigint      not null check (target >= 0),
    version       bigint      not null,
    updated_at    timestamptz not null
);

create unique index kpi_target_key_idx
    on kpi_target (year, kpi, coalesce(field_code, ''), coalesce(province_code, ''));
