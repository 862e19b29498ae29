-- Local copy of catalog-service's cooperation models, every version of each, kept by its events. Offers name a
-- model's code and the version they were made under, and are checked against it (kind allowed, hours within
-- bounds); agreements take its clauses. The current version of a model is its highest one here.
create table cooperation_model_version (
    code               varchar(32)   not null,
    version            bigint        not null,
    status             varchar(16)   not null,
    name_vi            varchar(200)  not null,
    name_en            varchar(200)  not null,
    description_vi     varchar(2000) not null,
    description_en     varchar(2000) not null,
    contribution_kinds jsonb         not null,
    min_hours          integer       not null,
    max_hours          integer       not null,
    clauses            jsonb         not null,
    evaluation_areas   jsonb         not null,
    published_at       timestamptz   not null,
    primary key (code, version)
);
