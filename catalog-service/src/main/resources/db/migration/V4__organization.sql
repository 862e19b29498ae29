-- Partner directory: schools, businesses and agencies. An identifier (tax code, ministry institution code)
-- is unique per kind; only the State moves an organization between statuses.
create table organization (
    id            uuid         primary key,
    kind          varchar(16)  not null check (kind in ('SCHOOL', 'BUSINESS', 'AGENCY')),
    identifier    varchar(32)  not null,
    legal_name    varchar(300) not null,
    short_name    varchar(100) not null,
    province_code varchar(8)   not null references province (code),
    address       varchar(500),
    website       varchar(300),
    contact_email varchar(254) not null,
    status        varchar(16)  not null check (status in ('PENDING', 'VERIFIED', 'SUSPENDED')),
    version       bigint       not null check (version >= 1),
    registered_by varchar(255) not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    constraint organization_identifier_uk unique (kind, identifier)
);

create index organization_province_idx on organization (province_code);
create index organization_status_idx on organization (status);

create table organization_field (
    organization_id uuid        not null references organization (id) on delete cascade,
    field_code      varchar(32) not null references field (code),
    primary key (organization_id, field_code)
);
