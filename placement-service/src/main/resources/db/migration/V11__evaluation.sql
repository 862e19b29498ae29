-- Evaluations of a placement, each final once submitted: the business's mentor and the school's supervisor score
-- the learner on every learning objective (and the cooperation model's evaluation areas); the student scores the
-- placement. Blind: no party reads another's before submitting its own or before the window closes.
create table evaluation (
    placement_id        uuid          not null references placement (id),
    evaluator           varchar(16)   not null check (evaluator in ('MENTOR', 'SUPERVISOR', 'LEARNER')),
    submitted_by        varchar(255)  not null,
    submitted_at        timestamptz   not null,
    -- MENTOR and SUPERVISOR: [{itemId, score, comment}] one per learning objective, [{code, score}] one per area
    objective_scores    jsonb,
    area_scores         jsonb,
    -- LEARNER: the placement's mentoring quality, learning value and workload, 1 to 5
    mentoring_quality   smallint      check (mentoring_quality between 1 and 5),
    learning_value      smallint      check (learning_value between 1 and 5),
    workload            smallint      check (workload between 1 and 5),
    comment             varchar(2000),
    primary key (placement_id, evaluator),
    check ((evaluator = 'LEARNER') = (objective_scores is null)),
    check ((evaluator = 'LEARNER') = (mentoring_quality is not null))
);
