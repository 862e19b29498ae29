-- A starting set of cooperation models for the "Learning from Practical Work" programme, one per kind of
-- business contribution: a real project, an internship, an expert co-teaching a course, tools and data for a
-- course. Texts are working drafts, editable data: the State revises them through the API (a new version).
-- Each model also enters the outbox as version 1, so every consumer learns of it like any other change.
insert into cooperation_model (code, status, version, created_at, updated_at) values
    ('REAL_PROJECT', 'ACTIVE', 1, now(), now()),
    ('INTERNSHIP', 'ACTIVE', 1, now(), now()),
    ('EXPERT_CO_TEACHING', 'ACTIVE', 1, now(), now()),
    ('TOOLS_AND_DATA', 'ACTIVE', 1, now(), now());

insert into cooperation_model_version (code, version, status, name_vi, name_en, description_vi, description_en,
                                       contribution_kinds, min_hours, max_hours, clauses, evaluation_areas,
                                       published_at) values
    ('REAL_PROJECT', 1, 'ACTIVE',
     'Dự án thực tế của doanh nghiệp', 'Business real project',
     'Doanh nghiệp giao cho sinh viên một bài toán thực tế, với dữ liệu và công cụ thật, thực hiện trong khuôn khổ học phần dưới sự hướng dẫn của giảng viên và người hướng dẫn của doanh nghiệp; kết quả được đánh giá và công nhận vào kết quả học tập.',
     'A business gives students a real problem, with real data and tools, to work on within a course under the guidance of a lecturer and a business mentor; the result is evaluated and counts towards the students'' learning record.',
     array['REAL_PROJECT']::varchar(16)[], 40, 480,
     '[
      {"key": "scope-and-deliverables", "textVi": "Trước khi bắt đầu, doanh nghiệp mô tả bài toán, phạm vi công việc, sản phẩm cần bàn giao và tiêu chí nghiệm thu; mọi thay đổi phạm vi được doanh nghiệp, nhà trường và sinh viên thống nhất bằng văn bản.", "textEn": "Before the work begins, the business describes the problem, the scope of work, the deliverables and the acceptance criteria; any change of scope is agreed in writing by the business, the school and the student."},
      {"key": "supervision", "textVi": "Doanh nghiệp cử người hướng dẫn có chuyên môn phù hợp để giao việc và theo dõi sinh viên trong suốt thời gian thực hiện; nhà trường cử giảng viên phụ trách phối hợp với người hướng dẫn.", "textEn": "The business appoints a mentor with suitable expertise who assigns and follows the student''s work throughout; the school appoints a lecturer in charge who works with the mentor."},
      {"key": "confidentiality", "textVi": "Sinh viên và nhà trường giữ bí mật thông tin kinh doanh, thông tin kỹ thuật và dữ liệu của doanh nghiệp được tiếp cận, cả trong và sau thời gian thực hiện, trừ những thông tin doanh nghiệp đồng ý công bố.", "textEn": "The student and the school keep confidential the business and technical information and the data of the business they access, during the work and after it ends, except what the business agrees to disclose."},
      {"key": "intellectual-property", "textVi": "Quyền sở hữu trí tuệ đối với kết quả tạo ra do các bên thỏa thuận trong thỏa thuận hợp tác; sinh viên được ghi nhận là tác giả và được dùng kết quả cho học tập, đánh giá và hồ sơ năng lực, miễn là không tiết lộ thông tin bí mật.", "textEn": "Intellectual property in the results is settled by the parties in the cooperation agreement; the student is credited as author and may use the results for study, assessment and a portfolio, provided no confidential information is disclosed."},
      {"key": "personal-data", "textVi": "Dữ liệu cá nhân của sinh viên, của nhân sự và khách hàng doanh nghiệp chỉ được xử lý trong phạm vi công việc cần, theo quy định của Luật Bảo vệ dữ liệu cá nhân.", "textEn": "Personal data of the student and of the business''s staff and customers are processed only as far as the work needs, as the Personal Data Protection Law requires."},
      {"key": "evaluation", "textVi": "Khi kết thúc, người hướng dẫn của doanh nghiệp đánh giá sinh viên theo mẫu đánh giá của mô hình hợp tác; nhà trường dùng kết quả này để công nhận kết quả học tập theo quy chế đào tạo.", "textEn": "At the end, the business mentor evaluates the student with the cooperation model''s evaluation template; the school uses the result to recognise the student''s learning under its training regulations."}]'::jsonb,
     '[
      {"code": "PROFESSIONAL_KNOWLEDGE", "nameVi": "Kiến thức chuyên môn", "nameEn": "Professional knowledge", "weight": 20},
      {"code": "PRACTICAL_SKILLS", "nameVi": "Kỹ năng thực hành nghề nghiệp", "nameEn": "Practical professional skills", "weight": 30},
      {"code": "PROBLEM_SOLVING", "nameVi": "Giải quyết vấn đề", "nameEn": "Problem solving", "weight": 25},
      {"code": "TEAMWORK", "nameVi": "Làm việc nhóm", "nameEn": "Teamwork", "weight": 15},
      {"code": "WORK_ATTITUDE", "nameVi": "Ý thức, thái độ và kỷ luật làm việc", "nameEn": "Work attitude and discipline", "weight": 10}]'::jsonb,
     now()),
    ('INTERNSHIP', 1, 'ACTIVE',
     'Thực tập tại doanh nghiệp', 'Workplace internship',
     'Sinh viên làm việc tại doanh nghiệp trong một thời gian xác định, theo kế hoạch thực tập do nhà trường và doanh nghiệp thống nhất, có người hướng dẫn của doanh nghiệp và nhật ký công việc được xác nhận.',
     'Students work at the business for a set period, following an internship plan agreed by the school and the business, with a business mentor and a confirmed logbook of their work.',
     array['INTERNSHIP']::varchar(16)[], 120, 960,
     '[
      {"key": "working-time", "textVi": "Thời gian làm việc của sinh viên theo kế hoạch thực tập đã thống nhất, không vượt quá thời giờ làm việc bình thường theo pháp luật lao động và không trùng lịch học bắt buộc.", "textEn": "The student''s working time follows the agreed internship plan, stays within normal working hours under labour law and does not clash with compulsory classes."},
      {"key": "occupational-safety", "textVi": "Trước khi sinh viên bắt đầu, doanh nghiệp hướng dẫn về an toàn, vệ sinh lao động và nội quy nơi làm việc, và cấp phương tiện bảo hộ cần thiết; sinh viên tuân thủ nội quy và hướng dẫn an toàn.", "textEn": "Before the student starts, the business gives instruction in occupational safety and health and the workplace rules, and provides the protective equipment needed; the student follows the rules and the safety instructions."},
      {"key": "student-insurance", "textVi": "Sinh viên có bảo hiểm y tế và bảo hiểm tai nạn còn hiệu lực trong suốt thời gian thực tập; nhà trường kiểm tra trước khi sinh viên bắt đầu, và các bên thỏa thuận bên chịu chi phí bảo hiểm tai nạn.", "textEn": "The student holds health insurance and accident insurance valid for the whole internship; the school checks this before the student starts, and the parties agree which of them pays for the accident insurance."},
      {"key": "supervision", "textVi": "Doanh nghiệp cử người hướng dẫn có chuyên môn phù hợp để giao việc và theo dõi sinh viên trong suốt thời gian thực hiện; nhà trường cử giảng viên phụ trách phối hợp với người hướng dẫn.", "textEn": "The business appoints a mentor with suitable expertise who assigns and follows the student''s work throughout; the school appoints a lecturer in charge who works with the mentor."},
      {"key": "confidentiality", "textVi": "Sinh viên và nhà trường giữ bí mật thông tin kinh doanh, thông tin kỹ thuật và dữ liệu của doanh nghiệp được tiếp cận, cả trong và sau thời gian thực hiện, trừ những thông tin doanh nghiệp đồng ý công bố.", "textEn": "The student and the school keep confidential the business and technical information and the data of the business they access, during the work and after it ends, except what the business agrees to disclose."},
      {"key": "personal-data", "textVi": "Dữ liệu cá nhân của sinh viên, của nhân sự và khách hàng doanh nghiệp chỉ được xử lý trong phạm vi công việc cần, theo quy định của Luật Bảo vệ dữ liệu cá nhân.", "textEn": "Personal data of the student and of the business''s staff and customers are processed only as far as the work needs, as the Personal Data Protection Law requires."},
      {"key": "evaluation", "textVi": "Khi kết thúc, người hướng dẫn của doanh nghiệp đánh giá sinh viên theo mẫu đánh giá của mô hình hợp tác; nhà trường dùng kết quả này để công nhận kết quả học tập theo quy chế đào tạo.", "textEn": "At the end, the business mentor evaluates the student with the cooperation model''s evaluation template; the school uses the result to recognise the student''s learning under its training regulations."}]'::jsonb,
     '[
      {"code": "PROFESSIONAL_KNOWLEDGE", "nameVi": "Kiến thức chuyên môn", "nameEn": "Professional knowledge", "weight": 20},
      {"code": "PRACTICAL_SKILLS", "nameVi": "Kỹ năng thực hành nghề nghiệp", "nameEn": "Practical professional skills", "weight": 35},
      {"code": "COMMUNICATION", "nameVi": "Giao tiếp", "nameEn": "Communication", "weight": 10},
      {"code": "WORK_ATTITUDE", "nameVi": "Ý thức, thái độ và kỷ luật làm việc", "nameEn": "Work attitude and discipline", "weight": 20},
      {"code": "SAFETY_COMPLIANCE", "nameVi": "Tuân thủ an toàn lao động", "nameEn": "Safety compliance", "weight": 15}]'::jsonb,
     now()),
    ('EXPERT_CO_TEACHING', 1, 'ACTIVE',
     'Chuyên gia doanh nghiệp đồng giảng dạy', 'Business expert co-teaching',
     'Chuyên gia của doanh nghiệp cùng giảng viên nhà trường giảng dạy một phần học phần: bài giảng, hướng dẫn thực hành, tình huống thực tế; nhà trường giữ trách nhiệm về chương trình và đánh giá học phần.',
     'A business expert teaches part of a school course together with its lecturer: lectures, practice sessions, real cases; the school remains responsible for the programme and the course assessment.',
     array['EXPERT_TEACHING']::varchar(16)[], 4, 120,
     '[
      {"key": "teaching-plan", "textVi": "Nội dung, thời lượng và lịch giảng dạy của chuyên gia được thống nhất với giảng viên phụ trách học phần, phù hợp với đề cương chi tiết và chuẩn đầu ra của học phần.", "textEn": "The expert''s teaching content, hours and schedule are agreed with the lecturer in charge of the course, in line with the course syllabus and its learning outcomes."},
      {"key": "academic-responsibility", "textVi": "Nhà trường chịu trách nhiệm về chương trình đào tạo, tổ chức lớp học và đánh giá học phần; chuyên gia tham gia đánh giá theo phân công của giảng viên phụ trách.", "textEn": "The school remains responsible for the programme, the organisation of classes and the course assessment; the expert takes part in assessment as the lecturer in charge assigns."},
      {"key": "teaching-materials", "textVi": "Tài liệu giảng dạy do chuyên gia cung cấp thuộc quyền của doanh nghiệp hoặc của chuyên gia; nhà trường được sử dụng cho học phần trong phạm vi các bên thỏa thuận.", "textEn": "Teaching materials the expert provides remain the property of the business or the expert; the school may use them for the course within the scope the parties agree."},
      {"key": "confidentiality", "textVi": "Sinh viên và nhà trường giữ bí mật thông tin kinh doanh, thông tin kỹ thuật và dữ liệu của doanh nghiệp được tiếp cận, cả trong và sau thời gian thực hiện, trừ những thông tin doanh nghiệp đồng ý công bố.", "textEn": "The student and the school keep confidential the business and technical information and the data of the business they access, during the work and after it ends, except what the business agrees to disclose."},
      {"key": "personal-data", "textVi": "Dữ liệu cá nhân của sinh viên, của nhân sự và khách hàng doanh nghiệp chỉ được xử lý trong phạm vi công việc cần, theo quy định của Luật Bảo vệ dữ liệu cá nhân.", "textEn": "Personal data of the student and of the business''s staff and customers are processed only as far as the work needs, as the Personal Data Protection Law requires."}]'::jsonb,
     '[
      {"code": "PROFESSIONAL_KNOWLEDGE", "nameVi": "Kiến thức chuyên môn", "nameEn": "Professional knowledge", "weight": 50},
      {"code": "PRACTICAL_SKILLS", "nameVi": "Kỹ năng thực hành nghề nghiệp", "nameEn": "Practical professional skills", "weight": 50}]'::jsonb,
     now()),
    ('TOOLS_AND_DATA', 1, 'ACTIVE',
     'Doanh nghiệp cung cấp công cụ, nền tảng và dữ liệu', 'Business tools, platforms and data',
     'Doanh nghiệp cho nhà trường sử dụng công cụ, phần mềm, nền tảng hoặc bộ dữ liệu thật trong một học phần, kèm hướng dẫn sử dụng; sinh viên học và thực hành trên chính công cụ và dữ liệu doanh nghiệp đang dùng.',
     'A business lets a school use its tools, software, platforms or real data sets in a course, with guidance on their use; students learn and practise on the very tools and data the business works with.',
     array['RESOURCE']::varchar(16)[], 8, 600,
     '[
      {"key": "licence-and-access", "textVi": "Doanh nghiệp cấp quyền sử dụng công cụ, phần mềm hoặc nền tảng cho giảng viên và sinh viên của học phần trong thời hạn thỏa thuận, kèm tài khoản và hướng dẫn sử dụng, không thu phí trừ khi các bên thỏa thuận khác.", "textEn": "The business grants the course''s lecturers and students the use of the tools, software or platform for the agreed period, with accounts and user guidance, free of charge unless the parties agree otherwise."},
      {"key": "data-use", "textVi": "Dữ liệu doanh nghiệp cung cấp chỉ được dùng cho giảng dạy, học tập và nghiên cứu trong học phần; dữ liệu cá nhân được ẩn danh trước khi bàn giao; khi hết thời hạn, nhà trường xóa hoặc trả lại dữ liệu.", "textEn": "Data the business provides is used only for teaching, learning and research within the course; personal data is anonymised before hand-over; when the period ends, the school deletes or returns the data."},
      {"key": "personal-data", "textVi": "Dữ liệu cá nhân của sinh viên, của nhân sự và khách hàng doanh nghiệp chỉ được xử lý trong phạm vi công việc cần, theo quy định của Luật Bảo vệ dữ liệu cá nhân.", "textEn": "Personal data of the student and of the business''s staff and customers are processed only as far as the work needs, as the Personal Data Protection Law requires."},
      {"key": "information-security", "textVi": "Nhà trường và sinh viên tuân thủ quy định an toàn thông tin của doanh nghiệp khi truy cập hệ thống, không chia sẻ tài khoản và báo ngay cho doanh nghiệp khi phát hiện sự cố.", "textEn": "The school and the students follow the business''s information security rules when accessing its systems, never share accounts, and report any incident to the business at once."},
      {"key": "confidentiality", "textVi": "Sinh viên và nhà trường giữ bí mật thông tin kinh doanh, thông tin kỹ thuật và dữ liệu của doanh nghiệp được tiếp cận, cả trong và sau thời gian thực hiện, trừ những thông tin doanh nghiệp đồng ý công bố.", "textEn": "The student and the school keep confidential the business and technical information and the data of the business they access, during the work and after it ends, except what the business agrees to disclose."},
      {"key": "intellectual-property", "textVi": "Quyền sở hữu trí tuệ đối với kết quả tạo ra do các bên thỏa thuận trong thỏa thuận hợp tác; sinh viên được ghi nhận là tác giả và được dùng kết quả cho học tập, đánh giá và hồ sơ năng lực, miễn là không tiết lộ thông tin bí mật.", "textEn": "Intellectual property in the results is settled by the parties in the cooperation agreement; the student is credited as author and may use the results for study, assessment and a portfolio, provided no confidential information is disclosed."}]'::jsonb,
     '[
      {"code": "PRACTICAL_SKILLS", "nameVi": "Kỹ năng thực hành nghề nghiệp", "nameEn": "Practical professional skills", "weight": 50},
      {"code": "DIGITAL_SKILLS", "nameVi": "Kỹ năng số", "nameEn": "Digital skills", "weight": 30},
      {"code": "PROBLEM_SOLVING", "nameVi": "Giải quyết vấn đề", "nameEn": "Problem solving", "weight": 20}]'::jsonb,
     now());

insert into outbox_event (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)
select gen_random_uuid(), 'cooperation-model', v.code, 'vn.practica.catalog.cooperation-model.created.v1',
       jsonb_build_object('code', v.code, 'version', v.version, 'status', v.status,
                          'nameVi', v.name_vi, 'nameEn', v.name_en,
                          'descriptionVi', v.description_vi, 'descriptionEn', v.description_en,
                          'contributionKinds', to_jsonb(v.contribution_kinds),
                          'minHours', v.min_hours, 'maxHours', v.max_hours,
                          'clauses', v.clauses, 'evaluationAreas', v.evaluation_areas),
       'practica.catalog.events', '/practica/catalog-service', now()
from cooperation_model_version v
order by v.code;
