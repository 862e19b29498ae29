-- Placements proposed before agreements existed get theirs as a proposal does (AgreementDrafts): the offer's
-- dates, hours, place and competency items under its cooperation model version, and a weekly load that spreads
-- the hours over the weeks of the period (at most 48), each with the audit entry of its proposal.
insert into agreement (placement_id, cooperation_model_code, cooperation_model_version, start_date, end_date,
                       weekly_hours, total_hours, work_mode, province_code, offer_item_ids, added_item_ids,
                       created_at, version, updated_at)
select p.id, o.cooperation_model_code, o.cooperation_model_version, o.job_start_date, o.job_end_date,
       least(48, greatest(1, ceil(o.expected_hours::numeric
                                  / ceil((o.job_end_date - o.job_start_date + 1) / 7.0))))::integer,
       o.expected_hours, o.work_mode, o.province_code, o.competency_item_ids, '{}', p.created_at, 1, p.created_at
from placement p
join offer o on o.id = p.offer_id
where not exists (select 1 from agreement a where a.placement_id = p.id);

insert into placement_audit (placement_id, at, actor_role, actor_subject, action, placement_status,
                             agreement_version, changes)
select p.id, p.created_at, 'SYSTEM', null, 'PROPOSED', 'PROPOSED', 1, '[]'
from placement p
where not exists (select 1 from placement_audit a where a.placement_id = p.id);
