create table field (
    code       varchar(32)  primary key,
    name_vi    varchar(200) not null,
    name_en    varchar(200) not null,
    status     varchar(16)  not null check (status in ('ACTIVE', 'RETIRED')),
    version    bigint       not null check (version >= 1),
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);
