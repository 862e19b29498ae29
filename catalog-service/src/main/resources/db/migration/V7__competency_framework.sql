-- Competency frameworks shaped like 1EdTech CASE 1.1: a CFDocument (framework), its CFItems and the
-- CFAssociations between them. Identifiers are the CASE identifiers (kept on import, so an export
-- round-trips); CASE properties we do not model are kept verbatim in `extra` for the same reason.
create table competency_framework (
    id                    uuid          primary key,
    uri                   varchar(1000) not null,
    title                 varchar(1000) not null,
    creator               varchar(500)  not null,
    publisher             varchar(500),
    description           text,
    framework_version     varchar(100),
    adoption_status       varchar(50),
    language              varchar(20),
    last_change_date_time timestamptz   not null,
    extra                 jsonb         not null default '{}',
    version               bigint        not null,
    updated_at            timestamptz   not null
);

create table competency_item (
    id                    uuid          primary key,
    framework_id          uuid          not null references competency_framework (id) on delete cascade,
    uri                   varchar(1000) not null,
    human_coding_scheme   varchar(255),
    full_statement        text          not null,
    abbreviated_statement text,
    item_type             varchar(255),
    education_level       jsonb         not null default '[]',
    list_enumeration      varchar(50),
    language              varchar(20),
    esco_uri              varchar(1000),
    last_change_date_time timestamptz   not null,
    extra                 jsonb         not null default '{}',
    version               bigint        not null,
    updated_at            timestamptz   not null,
    search_text           text          not null default ''
);

create index competency_item_framework_idx on competency_item (framework_id);
create index competency_item_search_idx on competency_item using gin (search_text gin_trgm_ops);

-- Origin and destination are CASE LinkURIs: a node of this framework or of another (an exactMatchOf
-- to a national or ESCO item), so they are not foreign keys.
create table competency_association (
    id                    uuid          primary key,
    framework_id          uuid          not null references competency_framework (id) on delete cascade,
    uri                   varchar(1000) not null,
    association_type      varchar(50)   not null,
    sequence_number       integer,
    origin_id             uuid          not null,
    origin_uri            varchar(1000) not null,
    origin_title          text,
    destination_id        uuid          not null,
    destination_uri       varchar(1000) not null,
    destination_title     text,
    last_change_date_time timestamptz   not null,
    extra                 jsonb         not null default '{}',
    version               bigint        not null,
    updated_at            timestamptz   not null
);

create index competency_association_framework_idx on competency_association (framework_id);
create index competency_association_origin_idx on competency_association (origin_id);
create index competency_association_destination_idx on competency_association (destination_id);

-- What a course teaches and what a field of practical work needs, in competency items.
create table course_competency (
    course_id uuid not null references course (id) on delete cascade,
    item_id   uuid not null references competency_item (id),
    primary key (course_id, item_id)
);

create index course_competency_item_idx on course_competency (item_id);

create table field_competency (
    field_code varchar(32) not null references field (code),
    item_id    uuid        not null references competency_item (id),
    primary key (field_code, item_id)
);

create index field_competency_item_idx on field_competency (item_id);
