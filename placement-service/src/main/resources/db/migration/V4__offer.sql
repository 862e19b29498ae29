-- Offers businesses push by their own stable id (external_ref), in schema.org JobPosting terms where they fit.
-- An offer keeps the cooperation model version it was made under. Seats are taken by accepted placements
-- (applications, next) only through one conditional update, seats_taken = seats_taken + 1 where
-- seats_taken < seats, so concurrent accepts never overbook; the check below is the last guard.
create extension if not exists pg_trgm;

create table offer (
    id                        uuid           primary key,
    business_id               uuid           not null,
    external_ref              varchar(100)   not null,
    status                    varchar(16)    not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'CANCELLED')),
    title                     varchar(200)   not null,
    description               varchar(5000)  not null,
    field_code                varchar(32)    not null,
    competency_item_ids       uuid[]         not null,
    seats                     integer        not null check (seats between 1 and 10000),
    seats_taken               integer        not null default 0,
    work_mode                 varchar(8)     not null check (work_mode in ('ONSITE', 'REMOTE', 'HYBRID')),
    province_code             varchar(8),
    job_start_date            date           not null,
    job_end_date              date           not null,
    expected_hours            integer        not null check (expected_hours between 1 and 10000),
    -- The last day applications are taken, Vietnam time
    valid_through             date           not null,
    -- Monthly, in VND
    stipend_vnd               bigint         check (stipend_vnd between 0 and 1000000000),
    eligible_school_ids       uuid[]         not null,
    eligible_program_ids      varchar(255)[] not null,
    eligible_years            integer[]      not null,
    -- Business users (token sub) who mentor: shown to the business only, never in events
    mentor_subjects           varchar(255)[] not null,
    applicant_questions       varchar(500)[] not null,
    cooperation_model_code    varchar(32)    not null,
    cooperation_model_version bigint         not null,
    contribution_kind         varchar(32)    not null,
    cancel_reason             varchar(1000),
    -- Title and description folded in Java (SearchText), as catalog's search texts
    search_text               text           not null,
    published_at              timestamptz,
    created_at                timestamptz    not null,
    version                   bigint         not null,
    updated_at                timestamptz    not null,
    unique (business_id, external_ref),
    check (seats_taken between 0 and seats),
    check (job_end_date >= job_start_date),
    check (valid_through <= job_start_date),
    check ((work_mode = 'REMOTE') = (province_code is null)),
    check ((status = 'DRAFT') = (published_at is null) or status = 'CANCELLED')
);

-- Discovery reads open offers newest first, a page at a time (keyset on published_at, id), by field, province,
-- competency item or words of the title and description; partial indexes hold the open offers only.
create index offer_open_idx on offer (published_at desc, id desc) where status = 'OPEN';
create index offer_open_field_idx on offer (field_code, published_at desc, id desc) where status = 'OPEN';
create index offer_open_province_idx on offer (province_code, published_at desc, id desc) where status = 'OPEN';
create index offer_open_competency_idx on offer using gin (competency_item_ids) where status = 'OPEN';
create index offer_open_search_idx on offer using gin (search_text gin_trgm_ops) where status = 'OPEN';
