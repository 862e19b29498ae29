-- Cooperation models as reporting needs them to name and group KPIs: code, names and lifecycle of the newest
-- version only (placement-service keeps every version's terms; reporting needs none of them).
create table cooperation_model_projection (
    code       varchar(32)  primary key,
    name_vi    varchar(200) not null,
    name_en    varchar(200) not null,
    status     varchar(16)  not null,
    version    bigint       not null,
    updated_at timestamptz  not null
);
