-- The logbook of each ACTIVE placement: what the learner did, day by day. The student records entries (for a
-- school's course, EXPERT_TEACHING or RESOURCE, the business records the hours it delivered); the business's
-- mentor (for a course, the school) approves or returns each. Approved entries never change again.
create table logbook_entry (
    id                uuid          primary key,
    placement_id      uuid          not null references placement (id),
    work_date         date          not null,
    -- Hours worked that day in this entry, to the hundredth; the day's entries together never exceed 24
    hours             numeric(4, 2) not null check (hours > 0 and hours <= 24),
    activity          varchar(2000) not null,
    -- Competency items practised: among the agreement's learning objectives
    item_ids          uuid[]        not null check (cardinality(item_ids) between 1 and 50),
    evidence_url      varchar(500),
    status            varchar(16)   not null check (status in ('SUBMITTED', 'APPROVED', 'RETURNED')),
    recorded_by       varchar(255)  not null,
    decided_by        varchar(255),
    decided_at        timestamptz,
    decision_comment  varchar(1000),
    created_at        timestamptz   not null,
    version           bigint        not null,
    updated_at        timestamptz   not null,
    check ((status = 'SUBMITTED') = (decided_at is null)),
    check ((decided_at is null) = (decided_by is null))
);

-- The lists (newest first) and each day's total
create index logbook_entry_placement_idx on logbook_entry (placement_id, created_at desc, id desc);
create index logbook_entry_day_idx on logbook_entry (placement_id, work_date);
-- "What needs me": entries awaiting a decision
create index logbook_entry_submitted_idx on logbook_entry (placement_id) where status = 'SUBMITTED';

-- One row per placement with a logbook: the approved hours so far and when they first reached the agreed total
-- (which opens the evaluation window); written under the placement's row lock, with each approval
create table logbook (
    placement_id      uuid          primary key references placement (id),
    approved_hours    numeric(9, 2) not null check (approved_hours >= 0),
    total_reached_at  timestamptz
);

-- The audit trail also records logbook decisions, evaluations and completion
alter table placement_audit drop constraint placement_audit_action_check;
alter table placement_audit add constraint placement_audit_action_check check (action in ('PROPOSED',
    'AGREEMENT_CHANGED', 'AGREEMENT_CONFIRMED', 'AGREED', 'STARTED', 'WITHDRAWN', 'TERMINATED', 'ENTRY_SUBMITTED',
    'ENTRY_APPROVED', 'ENTRY_RETURNED', 'EVALUATION_SUBMITTED', 'COMPLETED'));
