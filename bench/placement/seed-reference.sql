-- What catalog would have announced to placement before businesses push offers, written straight into the
-- benchmark's placement database: the ten fields, three cooperation models, 2,000 verified businesses, 50
-- verified schools and 2,000 competency items of one framework. Rows carry version 1, as first events would.
insert into field (code, name_vi, name_en, status, version, updated_at)
select code, code, code, 'ACTIVE', 1, now()
from unnest(array['TOURISM', 'PORT_OPS', 'GREEN_CERT', 'DIGITAL_BIZ', 'IT', 'FINTECH', 'VOC_DX', 'DIGITAL_DATA',
                  'STRATEGY', 'ECOMMERCE']) code
on conflict do nothing;

insert into cooperation_model_version (code, version, status, name_vi, name_en, description_vi, description_en,
    contribution_kinds, min_hours, max_hours, clauses, evaluation_areas, published_at)
select kind, 1, 'ACTIVE', kind, kind, kind, kind, jsonb_build_array(kind), 40, 960, '[]', '[]', now()
from unnest(array['INTERNSHIP', 'REAL_PROJECT', 'EXPERT_TEACHING']) kind
on conflict do nothing;

create table if not exists bench_business (n int primary key, id uuid not null);
insert into bench_business select n, gen_random_uuid() from generate_series(1, 2000) n on conflict do nothing;
create table if not exists bench_school (n int primary key, id uuid not null);
insert into bench_school select n, gen_random_uuid() from generate_series(1, 50) n on conflict do nothing;
insert into partner_organization (id, kind, short_name, province_code, status, version, updated_at)
select id, 'BUSINESS', 'Doanh nghiệp ' || n, (array['HN', 'HCM', 'DN', 'HP', 'CT'])[1 + n % 5], 'VERIFIED', 1, now()
from bench_business
on conflict do nothing;
insert into partner_organization (id, kind, short_name, province_code, status, version, updated_at)
select id, 'SCHOOL', 'Trường ' || n, (array['HN', 'HCM', 'DN', 'HP', 'CT'])[1 + n % 5], 'VERIFIED', 1, now()
from bench_school
on conflict do nothing;

create table if not exists bench_item (n int primary key, id uuid not null);
insert into bench_item select n, gen_random_uuid() from generate_series(0, 1999) n on conflict do nothing;
insert into competency_item (id, framework_id, human_coding_scheme, full_statement, item_type, education_level,
    esco_uri, deleted, version, changed_at)
select id, '0b1d5000-0000-4000-8000-00000000b001', 'NL.' || (n / 100) || '.' || (n % 100),
       'Năng lực thực hành số ' || n, 'Năng lực', '[]', null, false, 1, now()
from bench_item
on conflict do nothing;
analyze;
