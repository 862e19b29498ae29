-- Local copy of catalog-service's competency items (CASE CFItems) and of the items each field of practical
-- work needs, kept from catalog events, so offers, matching and KPIs can refer to competencies without
-- calling catalog. Owned by the catalog-reference module (own Flyway history).
create table competency_item (
    id                  uuid         primary key,
    framework_id        uuid         not null,
    human_coding_scheme varchar(255),
    full_statement      text         not null,
    item_type           varchar(255),
    education_level     jsonb        not null default '[]',
    esco_uri            varchar(1000),
    deleted             boolean      not null default false,
    version             bigint       not null,
    changed_at          timestamptz  not null
);

create index competency_item_framework_idx on competency_item (framework_id);

create table field_competency (
    field_code varchar(32) not null,
    item_id    uuid        not null,
    primary key (field_code, item_id)
);
