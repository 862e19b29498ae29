-- The ten fields of the "Learning from Practical Work" program, in the program's order (the identity
-- column "position" numbers them as inserted). Names are editable data. Each seed row also enters the
-- outbox, so every consumer learns of it like any other change.
insert into field (code, name_vi, name_en, status, version, created_at, updated_at) values
    ('TOURISM', 'Du lịch', 'Tourism', 'ACTIVE', 1, now(), now()),
    ('PORT_OPS', 'Vận hành và khai thác cảng', 'Port operation and exploitation', 'ACTIVE', 1, now(), now()),
    ('GREEN_CERT', 'Đánh giá và thẩm định chứng nhận xanh', 'Green certification assessment and verification', 'ACTIVE', 1, now(), now()),
    ('DIGITAL_BIZ', 'Quản trị kinh doanh số', 'Digital business management', 'ACTIVE', 1, now(), now()),
    ('IT', 'Công nghệ thông tin', 'Information technology', 'ACTIVE', 1, now(), now()),
    ('FINTECH', 'Công nghệ tài chính', 'Financial technology', 'ACTIVE', 1, now(), now()),
    ('VOC_DX', 'Chuyển đổi số trong giáo dục nghề nghiệp', 'Digital transformation in vocational training', 'ACTIVE', 1, now(), now()),
    ('DIGITAL_DATA', 'Lưu trữ, tạo lập, khai thác dữ liệu số và chuyển đổi số', 'Digital data storage, creation, exploitation and digital transformation', 'ACTIVE', 1, now(), now()),
    ('STRATEGY', 'Quản trị chiến lược', 'Strategic management', 'ACTIVE', 1, now(), now()),
    ('ECOMMERCE', 'Thương mại điện tử', 'E-commerce', 'ACTIVE', 1, now(), now());

insert into outbox_event (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)
select gen_random_uuid(), 'field', f.code, 'vn.practica.catalog.field.created.v1',
       jsonb_build_object('code', f.code, 'nameVi', f.name_vi, 'nameEn', f.name_en,
                          'status', f.status, 'version', f.version),
       'practica.catalog.events', '/practica/catalog-service', now()
from field f
order by f.position;
