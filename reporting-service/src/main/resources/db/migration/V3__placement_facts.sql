-- placement-service's offers, applications, placements and students as the KPIs count them: one row per
-- aggregate, keyed by placement's id, holding the dimensions (field, province, school, business) and the times
-- the KPIs bucket by. Events carry a per-aggregate version: the dimensions and the status follow the newest
-- version seen; the "first/once" times (published, submitted, placed, ended) are kept order-independently
-- (least(...) or set once), so duplicates and late older events change nothing. Times are the events' ce_time.
-- Lifecycle KPIs to come (completion, approved hours, evaluation scores) slot in beside these: completion as
-- placement_fact.completed_at with the COMPLETED status, hours and scores as facts of their own keyed by the
-- logbook entry or evaluation id, each carrying placement_id to reach these dimensions.

create table offer_fact (
    offer_id               uuid        primary key,
    business_id            uuid        not null,
    field_code             varchar(32) not null,
    province_code          varchar(8),
    work_mode              varchar(8)  not null,
    contribution_kind      varchar(16) not null,
    cooperation_model_code varchar(32) not null,
    seats                  integer     not null check (seats > 0),
    status                 varchar(16) not null,
    published_at           timestamptz not null,
    version                bigint      not null
);

create index offer_fact_published_idx on offer_fact (published_at);
create index offer_fact_business_idx on offer_fact (business_id, published_at);

create table application_fact (
    application_id         uuid        primary key,
    offer_id               uuid        not null,
    business_id            uuid        not null,
    school_id              uuid        not null,
    applicant_kind         varchar(8)  not null,
    -- pseudonymous (placement-service's random id), counted distinct, never served
    student_id             uuid,
    field_code             varchar(32) not null,
    province_code          varchar(8),
    work_mode              varchar(8)  not null,
    contribution_kind      varchar(16) not null,
    cooperation_model_code varchar(32) not null,
    status                 varchar(16) not null,
    submitted_at           timestamptz not null,
    withdrawn_at           timestamptz,
    version                bigint      not null
);

create index application_fact_submitted_idx on application_fact (submitted_at);
create index application_fact_withdrawn_idx on application_fact (withdrawn_at) where withdrawn_at is not null;
create index application_fact_school_idx on application_fact (school_id, submitted_at);

create table placement_fact (
    placement_id           uuid        primary key,
    application_id         uuid        not null,
    offer_id               uuid        not null,
    business_id            uuid        not null,
    school_id              uuid        not null,
    applicant_kind         varchar(8)  not null,
    student_id             uuid,
    field_code             varchar(32) not null,
    province_code          varchar(8),
    work_mode              varchar(8)  not null,
    contribution_kind      varchar(16) not null,
    cooperation_model_code varchar(32) not null,
    status                 varchar(16) not null,
    ended_by               varchar(8),
    placed_at              timestamptz not null,
    ended_at               timestamptz,
    version                bigint      not null
);

create index placement_fact_application_idx on placement_fact (application_id);
create index placement_fact_offer_idx on placement_fact (offer_id);
create index placement_fact_ended_idx on placement_fact (ended_at) where ended_at is not null;

create table student_fact (
    student_id         uuid         primary key,
    school_id          uuid         not null,
    program_sourced_id varchar(255) not null,
    year_of_study      integer      not null,
    field_interests    varchar(32)[] not null,
    registered_at      timestamptz  not null,
    version            bigint       not null
);

create index student_fact_school_idx on student_fact (school_id);
