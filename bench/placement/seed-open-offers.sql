-- 100,000 open offers and 20,000 closed ones, 100,000 students and the curricula that say what each student's
-- programme covers, written straight into the benchmark's placement database (after seed-reference.sql).
-- Shapes as bench/for-me-coverage.sh: offers require 3-8 of 2,000 competency items, 50 schools x 10 programmes
-- x 60 courses x 5 items, items drawn skewed (item = 2000 * u^2) so popular items are both taught and asked
-- for. Offers: ten fields, provinces skewed to the big cities, 50 % onsite / 30 % hybrid / 20 % remote, one
-- in ten restricted to some schools, one in ten to years 3-4, one in ten EXPERT_TEACHING (schools apply: not
-- "for me"), deadlines over the next 90 days, published over the last 60. Titles and descriptions in
-- Vietnamese from a per-field vocabulary; search_text folded as SearchText folds it.
select setseed(0.42);

create temporary table vocabulary (field_code varchar(32), n int, topic text);
insert into vocabulary
select f.code, t.n, t.topic
from (values
    ('TOURISM', array['du lịch sinh thái', 'lữ hành quốc tế', 'hướng dẫn viên du lịch', 'lễ tân khách sạn', 'ẩm thực Việt Nam', 'du lịch cộng đồng']),
    ('PORT_OPS', array['khai thác cảng', 'logistics cảng biển', 'xếp dỡ container', 'thủ tục hải quan', 'điều độ tàu', 'kho bãi cảng']),
    ('GREEN_CERT', array['kiểm kê khí nhà kính', 'chứng chỉ xanh', 'năng lượng tái tạo', 'kinh tế tuần hoàn', 'quản lý chất thải', 'tín chỉ các-bon']),
    ('DIGITAL_BIZ', array['marketing số', 'quản trị quan hệ khách hàng', 'chuyển đổi số doanh nghiệp', 'bán hàng đa kênh', 'phân tích thị trường', 'quản trị dự án số']),
    ('IT', array['lập trình web', 'cơ sở dữ liệu', 'mạng máy tính', 'an toàn thông tin', 'điện toán đám mây', 'kiểm thử phần mềm']),
    ('FINTECH', array['thanh toán số', 'ngân hàng số', 'chuỗi khối', 'quản trị rủi ro tài chính', 'ví điện tử', 'phân tích tín dụng']),
    ('VOC_DX', array['học liệu số', 'lớp học thông minh', 'mô phỏng thực hành', 'quản lý đào tạo số', 'thực tế ảo', 'học tập kết hợp']),
    ('DIGITAL_DATA', array['phân tích dữ liệu', 'trực quan hóa dữ liệu', 'học máy', 'dữ liệu lớn', 'kho dữ liệu', 'xử lý ngôn ngữ tự nhiên']),
    ('STRATEGY', array['hoạch định chiến lược', 'quản trị sự thay đổi', 'quản trị nguồn nhân lực', 'chuỗi cung ứng', 'phân tích cạnh tranh', 'đàm phán kinh doanh']),
    ('ECOMMERCE', array['sàn giao dịch trực tuyến', 'tiếp thị liên kết', 'cửa hàng trực tuyến', 'chăm sóc khách hàng', 'livestream bán hàng', 'thanh toán trực tuyến'])
) f(code, topics)
cross join lateral unnest(f.topics) with ordinality t(topic, n);

create temporary table seeded_offer as
select g,
       gen_random_uuid() id,
       (array['TOURISM', 'PORT_OPS', 'GREEN_CERT', 'DIGITAL_BIZ', 'IT', 'FINTECH', 'VOC_DX', 'DIGITAL_DATA',
              'STRATEGY', 'ECOMMERCE'])[1 + floor(10 * random() ^ 1.5)::int] field_code,
       1 + floor(6 * random())::int topic,
       (array['Thực tập sinh', 'Dự án thực tế', 'Kỹ sư tập sự', 'Trợ lý', 'Chuyên viên tập sự', 'Nhóm dự án'])[1 + floor(6 * random())::int] role,
       random() mode_draw,
       (array['HN', 'HCM', 'HN', 'HCM', 'DN', 'HP', 'CT', 'HUE', 'KH', 'BN', 'QN', 'LA'])[1 + floor(12 * random())::int] province,
       1 + floor(90 * random())::int days_left,
       random() audience_draw,
       random() kind_draw,
       3 + floor(6 * random())::int item_count,
       1 + floor(2000 * random())::int business_n
from generate_series(1, 120000) g;

insert into offer (id, business_id, external_ref, status, title, description, field_code, competency_item_ids,
    seats, seats_taken, work_mode, province_code, job_start_date, job_end_date, expected_hours, valid_through,
    stipend_vnd, eligible_school_ids, eligible_program_ids, eligible_years, mentor_subjects, applicant_questions,
    cooperation_model_code, cooperation_model_version, contribution_kind, cancel_reason, search_text,
    published_at, created_at, version, updated_at)
select o.id, b.id, 'SEED-' || o.g,
       case when o.g <= 100000 then 'OPEN' else 'CLOSED' end,
       o.role || ' ' || v.topic,
       'Sinh viên tham gia ' || v.topic || ' cùng đội ngũ doanh nghiệp, có người hướng dẫn kèm cặp hằng tuần và'
           || ' được đánh giá theo khung năng lực. Địa điểm và thời gian linh hoạt theo kế hoạch của nhà trường.',
       o.field_code,
       array(select distinct i.id from generate_series(1, o.item_count) k
             cross join lateral (select floor(2000 * random() ^ 2)::int + 0 * k + 0 * o.g n) d
             join bench_item i on i.n = d.n),
       1 + floor(20 * random())::int, 0,
       case when o.mode_draw < 0.5 then 'ONSITE' when o.mode_draw < 0.8 then 'HYBRID' else 'REMOTE' end,
       case when o.mode_draw < 0.8 then o.province end,
       current_date + o.days_left + 14, current_date + o.days_left + 104, 480, current_date + o.days_left,
       case when o.g % 3 = 0 then null else 2000000 + 500000 * (o.g % 7) end,
       case when o.audience_draw < 0.1
            then array(select id from bench_school where n in (1 + o.g % 50, 1 + (o.g * 7) % 50))
            else '{}' end,
       '{}',
       case when o.audience_draw >= 0.1 and o.audience_draw < 0.2 then '{3,4}'::int[] else '{}' end,
       '{}', '{}',
       case when o.kind_draw < 0.1 then 'EXPERT_TEACHING' when o.kind_draw < 0.4 then 'REAL_PROJECT' else 'INTERNSHIP' end,
       1,
       case when o.kind_draw < 0.1 then 'EXPERT_TEACHING' when o.kind_draw < 0.4 then 'REAL_PROJECT' else 'INTERNSHIP' end,
       null,
       translate(lower(o.role || ' ' || v.topic || ' ' || 'Sinh viên tham gia ' || v.topic || ' cùng đội ngũ doanh'
           || ' nghiệp, có người hướng dẫn kèm cặp hằng tuần và được đánh giá theo khung năng lực. Địa điểm và'
           || ' thời gian linh hoạt theo kế hoạch của nhà trường.'),
           'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
           'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd'),
       now() - random() * interval '60 days', now() - interval '61 days', 2, now() - interval '1 minute'
from seeded_offer o
join vocabulary v on v.field_code = o.field_code and v.n = o.topic
join bench_business b on b.n = o.business_n;

-- Curricula (catalog-reference's tables, as its projection keeps them), as bench/for-me-coverage.sh
insert into curriculum_program (id, school_id, sourced_id, field_code, level, status, version, changed_at)
select gen_random_uuid(), s.id, 'CTDT-' || p, 'IT', 6, 'active', 1, now()
from bench_school s, generate_series(1, 10) p;
insert into curriculum_course (id, school_id, sourced_id, status, version, changed_at)
select gen_random_uuid(), p.school_id, p.sourced_id || '-HP' || c, 'active', 1, now()
from curriculum_program p, generate_series(1, 60) c;
insert into curriculum_course_program (course_id, program_id)
select c.id, p.id from curriculum_course c
join curriculum_program p on p.school_id = c.school_id and c.sourced_id like p.sourced_id || '-HP%';
insert into curriculum_course_competency (course_id, item_id)
select distinct c.id, i.id from curriculum_course c cross join generate_series(1, 5) k
cross join lateral (select floor(2000 * random() ^ 2)::int + 0 * k + 0 * hashtext(c.id::text) n) d
join bench_item i on i.n = d.n;
insert into program_competency (program_id, item_id)
select distinct cp.program_id, cc.item_id from curriculum_course_program cp
join curriculum_course_competency cc on cc.course_id = cp.course_id;

-- Students: one login each (bench-student-<n>), in a random programme of a random school, years 1-5
create temporary table programme_n as
select row_number() over (order by id) n, school_id, sourced_id from curriculum_program;
insert into student (id, pseudonym, school_id, sourced_id, program_sourced_id, year_of_study, given_name,
    family_name, email, phone, login_subject, field_interests, school_field_interests, interests_chosen,
    cv_summary, links, created_at, version, updated_at)
select gen_random_uuid(), gen_random_uuid(), p.school_id, 'SV' || s.n, p.sourced_id, 1 + s.n % 5, 'An',
       'Nguyễn Văn', 'sv' || s.n || '@sv.example.edu.vn', null, 'bench-student-' || s.n, '{}', '{}', false,
       null, '{}', now(), 1, now()
from (select n, 1 + floor(500 * random())::int + 0 * n p from generate_series(1, 100000) n) s
join programme_n p on p.n = s.p;
vacuum analyze;
