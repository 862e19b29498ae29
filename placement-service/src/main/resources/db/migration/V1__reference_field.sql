-- Local copy of catalog-service's fields, kept current by its events; offers refer to these codes.
create table field (
    code       varchar(32)  primary key,
    name_vi    varchar(200) not null,
    name_en    varchar(200) not null,
    status     varchar(16)  not null,
    version    bigint       not null,
    updated_at timestamptz  not null
);
