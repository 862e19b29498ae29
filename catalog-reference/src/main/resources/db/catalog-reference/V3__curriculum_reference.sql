-- Local copy of catalog-service's curricula: schools' programmes and courses, which programmes each course
-- belongs to and which competency items it teaches, kept from catalog events (version-guarded; a deleted
-- programme or course stays as a 'tobedeleted' row, as in catalog). Owned by the catalog-reference module
-- (own Flyway history).
create table curriculum_program (
    id          uuid         primary key,
    school_id   uuid         not null,
    -- The school's own id for the programme: what a student's record names
    sourced_id  varchar(255) not null,
    field_code  varchar(32)  not null,
    level       smallint     not null,
    status      varchar(16)  not null,
    version     bigint       not null,
    changed_at  timestamptz  not null
);

create index curriculum_program_school_sourced_idx on curriculum_program (school_id, sourced_id);

create table curriculum_course (
    id          uuid         primary key,
    school_id   uuid         not null,
    sourced_id  varchar(255) not null,
    status      varchar(16)  not null,
    version     bigint       not null,
    changed_at  timestamptz  not null
);

-- A course names its programmes by catalog's ids; the programme's own event may come later (another partition)
create table curriculum_course_program (
    course_id   uuid not null references curriculum_course (id),
    program_id  uuid not null,
    primary key (course_id, program_id)
);

create index curriculum_course_program_program_idx on curriculum_course_program (program_id, course_id);

create table curriculum_course_competency (
    course_id   uuid not null references curriculum_course (id),
    item_id     uuid not null,
    primary key (course_id, item_id)
);

-- Derived, kept in step by every programme and course event: the competency items an active programme's
-- active courses teach, so "which items does this student's programme cover" is one index range.
create table program_competency (
    program_id  uuid not null references curriculum_program (id),
    item_id     uuid not null,
    primary key (program_id, item_id)
);

create index program_competency_item_idx on program_competency (item_id, program_id);
