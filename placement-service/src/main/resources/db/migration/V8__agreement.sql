-- The agreement of each placement: the learning contract its three parties confirm, version by version. It is
-- drafted from the offer when the placement is proposed and changes only while the placement is PROPOSED; a
-- change by anyone takes the next version and clears the other parties' confirmations. When the learner (the
-- student, or for a school's course the school), the school and the business have all confirmed the current
-- version the placement is AGREED. The cooperation model version fixes the clauses (cooperation_model_version,
-- never changed once written) and the bounds of total_hours.
create table agreement (
    placement_id              uuid          primary key references placement (id),
    cooperation_model_code    varchar(32)   not null,
    cooperation_model_version bigint        not null,
    start_date                date          not null,
    end_date                  date          not null,
    weekly_hours              integer       not null check (weekly_hours between 1 and 48),
    total_hours               integer       not null check (total_hours between 1 and 10000),
    work_mode                 varchar(8)    not null check (work_mode in ('ONSITE', 'REMOTE', 'HYBRID')),
    province_code             varchar(8),
    -- Learning objectives: the offer's competency items, and those the school adds
    offer_item_ids            uuid[]        not null,
    added_item_ids            uuid[]        not null,
    -- The school's supervisor and the business's mentor: the sub of their tokens and the name to print
    supervisor_subject        varchar(255),
    supervisor_name           varchar(200),
    mentor_subject            varchar(255),
    mentor_name               varchar(200),
    -- Confirmations of the current version (cleared when another party changes it): when, and by whose sub
    learner_confirmed_at      timestamptz,
    learner_confirmed_by      varchar(255),
    school_confirmed_at       timestamptz,
    school_confirmed_by       varchar(255),
    business_confirmed_at     timestamptz,
    business_confirmed_by     varchar(255),
    created_at                timestamptz   not null,
    version                   bigint        not null,
    updated_at                timestamptz   not null,
    check (end_date >= start_date),
    check ((work_mode = 'REMOTE') = (province_code is null)),
    check ((supervisor_subject is null) = (supervisor_name is null)),
    check ((mentor_subject is null) = (mentor_name is null)),
    check ((learner_confirmed_at is null) = (learner_confirmed_by is null)),
    check ((school_confirmed_at is null) = (school_confirmed_by is null)),
    check ((business_confirmed_at is null) = (business_confirmed_by is null))
);

-- The day an AGREED placement becomes ACTIVE (the agreement's start date, fixed when all three confirmed); the
-- start sweep finds the placements due by it, skipping rows other instances hold
alter table placement add column starts_on date;
alter table placement add check (status in ('PROPOSED', 'WITHDRAWN', 'TERMINATED') or starts_on is not null);
create index placement_due_start_idx on placement (starts_on, id) where status = 'AGREED';

-- Every transition of a placement and every change and confirmation of its agreement: who (the sub of their
-- token, none for the start sweep), in which role, when, what changed. Read by the parties and the State.
create table placement_audit (
    id                bigint        generated always as identity primary key,
    placement_id      uuid          not null references placement (id),
    at                timestamptz   not null,
    actor_role        varchar(8)    not null check (actor_role in ('STUDENT', 'SCHOOL', 'BUSINESS', 'SYSTEM')),
    actor_subject     varchar(255),
    action            varchar(24)   not null check (action in ('PROPOSED', 'AGREEMENT_CHANGED',
                                        'AGREEMENT_CONFIRMED', 'AGREED', 'STARTED', 'WITHDRAWN', 'TERMINATED')),
    placement_status  varchar(16)   not null,
    agreement_version bigint,
    changes           jsonb         not null,
    check ((actor_role = 'SYSTEM') = (actor_subject is null))
);

create index placement_audit_placement_idx on placement_audit (placement_id, id);
