-- Placements: an applicant accepted an offer. The placement holds one of the offer's seats (offer.seats_taken,
-- taken by one conditional update, never beyond offer.seats) from PROPOSED until it is WITHDRAWN or TERMINATED;
-- agreements, logbooks and evaluations (AGREED, ACTIVE, COMPLETED) come next.
create table placement (
    id                 uuid          primary key,
    -- One placement per accepted application, whatever races
    application_id     uuid          not null unique references application (id),
    offer_id           uuid          not null references offer (id),
    business_id        uuid          not null,
    applicant_kind     varchar(8)    not null check (applicant_kind in ('STUDENT', 'SCHOOL')),
    student_id         uuid          references student (id),
    school_id          uuid          not null,
    course_sourced_id  varchar(255),
    status             varchar(16)   not null check (status in ('PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED',
                                         'WITHDRAWN', 'TERMINATED')),
    -- Why it ended (the withdrawing party's words, or the offer's cancellation reason); shown to the parties only
    end_reason         varchar(1000),
    ended_by           varchar(8)    check (ended_by in ('STUDENT', 'SCHOOL', 'BUSINESS')),
    ended_at           timestamptz,
    created_at         timestamptz   not null,
    version            bigint        not null,
    updated_at         timestamptz   not null,
    check ((applicant_kind = 'STUDENT') = (student_id is not null)),
    check ((applicant_kind = 'SCHOOL') = (course_sourced_id is not null)),
    check ((status in ('WITHDRAWN', 'TERMINATED')) = (ended_at is not null and ended_by is not null))
);

-- Lists, newest first (keyset on created_at, id); the offer's index finds what a cancelled offer ends
create index placement_business_idx on placement (business_id, created_at desc, id desc);
create index placement_school_idx on placement (school_id, created_at desc, id desc);
create index placement_student_idx on placement (student_id, created_at desc, id desc) where student_id is not null;
create index placement_offer_idx on placement (offer_id) where status in ('PROPOSED', 'AGREED', 'ACTIVE');
