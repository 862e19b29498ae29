-- A school's programmes and courses, synced from its LMS/SIS and keyed by the school's own sourcedId
-- (OneRoster). Rows marked tobedeleted stay, so delta readers learn of the deletion.
create table program (
    id                 uuid         primary key,
    school_id          uuid         not null references organization (id),
    sourced_id         varchar(255) not null,
    field_code         varchar(32)  not null references field (code),
    level              smallint     not null check (level between 1 and 8),
    name_vi            varchar(300) not null,
    name_en            varchar(300),
    duration_months    integer      check (duration_months > 0),
    status             varchar(16)  not null check (status in ('active', 'tobedeleted')),
    date_last_modified timestamptz  not null,
    version            bigint       not null,
    updated_at         timestamptz  not null,
    constraint program_sourced_id_uk unique (school_id, sourced_id)
);

create index program_delta_idx on program (updated_at, id);

create table course (
    id                 uuid          primary key,
    school_id          uuid          not null references organization (id),
    sourced_id         varchar(255)  not null,
    code               varchar(50)   not null,
    title              varchar(300)  not null,
    credits            numeric(5, 1) check (credits >= 0),
    practical_hours    integer       check (practical_hours >= 0),
    learning_outcomes  jsonb         not null default '[]',
    status             varchar(16)   not null check (status in ('active', 'tobedeleted')),
    date_last_modified timestamptz   not null,
    version            bigint        not null,
    updated_at         timestamptz   not null,
    constraint course_sourced_id_uk unique (school_id, sourced_id)
);

create index course_delta_idx on course (updated_at, id);

create table course_program (
    course_id  uuid not null references course (id) on delete cascade,
    program_id uuid not null references program (id) on delete cascade,
    primary key (course_id, program_id)
);
