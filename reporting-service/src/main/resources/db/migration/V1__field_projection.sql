-- Fields as reporting sees them. events_applied counts every field event this projection applied, so
-- an audit can compare it with what catalog-service emitted (one per version).
create table field_projection (
    code           varchar(32)  primary key,
    name_vi        varchar(200) not null,
    name_en        varchar(200) not null,
    status         varchar(16)  not null,
    version        bigint       not null,
    events_applied bigint       not null default 1,
    updated_at     timestamptz  not null
);

create index field_projection_status_idx on field_projection (status);
