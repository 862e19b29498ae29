-- Local copy of catalog-service's partner directory (no contact details): kind, province and status,
-- for tenancy checks and aggregation. Owned by the catalog-reference module (own Flyway history).
create table partner_organization (
    id            uuid         primary key,
    kind          varchar(16)  not null,
    short_name    varchar(100) not null,
    province_code varchar(8)   not null,
    status        varchar(16)  not null,
    version       bigint       not null,
    updated_at    timestamptz  not null
);

create index partner_organization_province_idx on partner_organization (province_code);
