-- Students a school registered, keyed by the school's own student id (OneRoster sourcedId). Personal data
-- (names, e-mail, phone, login subject, CV summary, links) never leaves this table: events carry only
-- `pseudonym`, a random UUID drawn at registration, and the programme, year and field interests.
create table student (
    id                    uuid          primary key,
    pseudonym             uuid          not null unique,
    school_id             uuid          not null,
    sourced_id            varchar(255)  not null,
    program_sourced_id    varchar(255)  not null,
    year_of_study         smallint      not null check (year_of_study between 1 and 8),
    given_name            varchar(100)  not null,
    family_name           varchar(100)  not null,
    email                 varchar(254)  not null,
    phone                 varchar(20),
    login_subject         varchar(255)  unique,
    -- The interests that count (events, matching): the school's until the student chooses their own
    field_interests       varchar(32)[] not null,
    -- What the school last sent, so a re-sync of the same row is recognised as unchanged
    school_field_interests varchar(32)[] not null,
    interests_chosen      boolean       not null default false,
    cv_summary            varchar(2000),
    links                 varchar(500)[] not null default '{}',
    created_at            timestamptz   not null,
    version               bigint        not null,
    updated_at            timestamptz   not null,
    unique (school_id, sourced_id)
);
