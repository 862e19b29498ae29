-- Applications to offers: a student applies to an internship or real project; a school applies, for one of its
-- courses, to expert teaching or resources. Motivation, answers and a rejection's reason are text people wrote:
-- they are shown to the applicant and the business, never put in an event.
create table application (
    id                 uuid            primary key,
    offer_id           uuid            not null references offer (id),
    -- The offer's business, kept here so a business's list and its tenancy need no join
    business_id        uuid            not null,
    applicant_kind     varchar(8)      not null check (applicant_kind in ('STUDENT', 'SCHOOL')),
    student_id         uuid            references student (id),
    -- The student's school, or the applying school
    school_id          uuid            not null,
    course_sourced_id  varchar(255),
    motivation         varchar(4000)   not null,
    answers            varchar(2000)[] not null,
    status             varchar(16)     not null check (status in ('SUBMITTED', 'SHORTLISTED', 'OFFERED', 'ACCEPTED',
                                           'DECLINED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED')),
    -- The last day (Vietnam time) an offered applicant may accept
    respond_by         date,
    reject_reason      varchar(1000),
    created_at         timestamptz     not null,
    version            bigint          not null,
    updated_at         timestamptz     not null,
    check ((applicant_kind = 'STUDENT') = (student_id is not null)),
    check ((applicant_kind = 'SCHOOL') = (course_sourced_id is not null)),
    check (status <> 'OFFERED' or respond_by is not null)
);

-- One application per applicant per offer, whatever became of it (a withdrawn one included)
create unique index application_student_once_idx on application (offer_id, student_id) where student_id is not null;
create unique index application_course_once_idx on application (offer_id, school_id, course_sourced_id)
    where course_sourced_id is not null;

-- Lists, newest first (keyset on created_at, id): a business's (optionally of one offer), a school's, a student's;
-- the offer's index also finds what a cancelled offer ends
create index application_business_idx on application (business_id, created_at desc, id desc);
create index application_offer_idx on application (offer_id, created_at desc, id desc);
create index application_school_idx on application (school_id, created_at desc, id desc);
create index application_student_idx on application (student_id, created_at desc, id desc) where student_id is not null;
-- The expiry sweep reads offers to applicants that were not answered in time
create index application_offered_idx on application (respond_by) where status = 'OFFERED';
