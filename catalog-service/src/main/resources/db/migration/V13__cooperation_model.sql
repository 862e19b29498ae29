-- The State's cooperation models: how businesses take part in training (real projects, internships, expert
-- teaching, tools and data). A model row holds the lifecycle and the current version, and is what changes
-- lock; each version is an edition written once and never changed, since offers and agreements name the code
-- and version they were made under. Bounds match vn.practica.catalog.cooperation.CooperationLimits.
create table cooperation_model (
    code       varchar(32) primary key,
    status     varchar(16) not null check (status in ('ACTIVE', 'RETIRED')),
    version    bigint      not null check (version >= 1),
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table cooperation_model_version (
    code               varchar(32)   not null references cooperation_model (code),
    version            bigint        not null check (version >= 1),
    status             varchar(16)   not null check (status in ('ACTIVE', 'RETIRED')),
    name_vi            varchar(200)  not null,
    name_en            varchar(200)  not null,
    description_vi     varchar(2000) not null,
    description_en     varchar(2000) not null,
    -- kinds of contribution covered, each once, in the order REAL_PROJECT, INTERNSHIP, EXPERT_TEACHING, RESOURCE
    contribution_kinds varchar(16)[] not null
        check (cardinality(contribution_kinds) between 1 and 4
               and contribution_kinds <@ array['REAL_PROJECT', 'INTERNSHIP', 'EXPERT_TEACHING', 'RESOURCE']::varchar(16)[]),
    min_hours          integer       not null check (min_hours between 1 and 2000),
    max_hours          integer       not null check (max_hours between min_hours and 2000),
    -- [{key, textVi, textEn}] in agreement order, 1 to 30
    clauses            jsonb         not null check (jsonb_typeof(clauses) = 'array'
                                                     and jsonb_array_length(clauses) between 1 and 30),
    -- [{code, nameVi, nameEn, weight}] in order, 1 to 20
    evaluation_areas   jsonb         not null check (jsonb_typeof(evaluation_areas) = 'array'
                                                     and jsonb_array_length(evaluation_areas) between 1 and 20),
    published_at       timestamptz   not null,
    primary key (code, version)
);
