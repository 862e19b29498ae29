#!/usr/bin/env python3
"""Writes src/test/resources/case/vn-digital-competency.json, the CASE 1.1 round-trip fixture.

A Vietnamese digital-competency framework shaped like Thong tu 02/2025/TT-BGDDT: 6 domains, 24 competency
areas, 2 competencies per area, 4 skill levels per competency (270 CFItems), linked by isChildOf,
hasSkillLevel, precedes, exactMatchOf and isRelatedTo (ESCO). Deterministic: run it again and the file is
byte for byte the same. ESCO identifiers are illustrative (UUID v5), not real ESCO concepts.
"""
import json
import pathlib
import uuid

NS = uuid.UUID("6b1f0c2e-8d4a-4e57-9f0b-3c2a1d5e7f90")
BASE = "https://case.moet.gov.vn/ims/case/v1p1"
CHANGED = "2025-02-24T08:00:00+00:00"
DOMAINS = [
    ("Khai thác dữ liệu và thông tin", "Information and data literacy", [
        "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
        "Đánh giá dữ liệu, thông tin và nội dung số",
        "Quản lý dữ liệu, thông tin và nội dung số"]),
    ("Giao tiếp và hợp tác trong môi trường số", "Communication and collaboration", [
        "Tương tác thông qua công nghệ số",
        "Chia sẻ thông qua công nghệ số",
        "Tham gia với tư cách công dân thông qua công nghệ số",
        "Hợp tác thông qua công nghệ số",
        "Quy tắc ứng xử trên mạng",
        "Quản lý danh tính số"]),
    ("Sáng tạo nội dung số", "Digital content creation", [
        "Phát triển nội dung số",
        "Tích hợp và tái tạo nội dung số",
        "Bản quyền và giấy phép",
        "Lập trình"]),
    ("An toàn", "Safety", [
        "Bảo vệ thiết bị",
        "Bảo vệ dữ liệu cá nhân và quyền riêng tư",
        "Bảo vệ sức khỏe và an sinh số",
        "Bảo vệ môi trường"]),
    ("Giải quyết vấn đề", "Problem solving", [
        "Giải quyết các vấn đề kỹ thuật",
        "Xác định nhu cầu và giải pháp công nghệ",
        "Sử dụng sáng tạo công nghệ số",
        "Xác định các vấn đề cần cải thiện về năng lực số"]),
    ("Ứng dụng trí tuệ nhân tạo", "Artificial intelligence", [
        "Hiểu biết về trí tuệ nhân tạo",
        "Sử dụng trí tuệ nhân tạo",
        "Đánh giá trí tuệ nhân tạo"]),
]
CONTEXTS = [("HT", "trong học tập"), ("CV", "trong công việc thực tế")]
LEVELS = [
    ("CB", "Cơ bản", "thực hiện được nhiệm vụ đơn giản về {} khi có hướng dẫn"),
    ("TC", "Trung cấp", "tự thực hiện được nhiệm vụ thường gặp về {}"),
    ("NC", "Nâng cao", "giải quyết được nhiệm vụ phức tạp về {} và hướng dẫn người khác"),
    ("CS", "Chuyên sâu", "đề xuất giải pháp mới về {} và dẫn dắt đổi mới trong tổ chức"),
]
TYPES = {"domain": "Miền năng lực", "area": "Năng lực thành phần", "competency": "Năng lực",
         "level": "Mức độ thành thạo"}


def uid(name):
    return str(uuid.uuid5(NS, name))


DOC_ID = uid("document")
DOC_TITLE = "Khung năng lực số cho người học"
DOC_LINK = {"title": DOC_TITLE, "identifier": DOC_ID, "uri": f"{BASE}/CFDocuments/{DOC_ID}"}


def lower_first(text):
    return text[0].lower() + text[1:]


def item(key, kind, code, statement, enumeration, **more):
    ident = uid("item:" + key)
    node = {
        "identifier": ident,
        "uri": f"{BASE}/CFItems/{ident}",
        "fullStatement": statement,
        "humanCodingScheme": code,
        "CFItemType": TYPES[kind],
        "CFItemTypeURI": {"title": TYPES[kind], "identifier": uid("type:" + kind),
                          "uri": f"{BASE}/CFItemTypes/{uid('type:' + kind)}"},
        "listEnumeration": str(enumeration),
        "language": "vi",
        "lastChangeDateTime": CHANGED,
        "CFDocumentURI": DOC_LINK,
    }
    node.update(more)
    return node


def link(node):
    return {"title": node.get("abbreviatedStatement", node["fullStatement"]), "identifier": node["identifier"],
            "uri": node["uri"]}


associations = []


def associate(kind, origin, destination, sequence=None, **more):
    ident = uid(f"association:{kind}:{origin['identifier']}:{destination['identifier']}")
    node = {"identifier": ident, "uri": f"{BASE}/CFAssociations/{ident}", "associationType": kind,
            "originNodeURI": origin, "destinationNodeURI": destination, "lastChangeDateTime": CHANGED,
            "CFDocumentURI": DOC_LINK}
    if sequence is not None:
        node["sequenceNumber"] = sequence
    node.update(more)
    associations.append(node)


def esco(key, title):
    ident = uid("esco:" + key)
    return {"title": title, "identifier": ident, "uri": f"http://data.europa.eu/esco/skill/{ident}"}


items = []
for d, (domain_name, domain_en, areas) in enumerate(DOMAINS, start=1):
    domain = item(f"{d}", "domain", f"{d}", domain_name, d, abbreviatedStatement=domain_name,
                  alternativeLabel=domain_en, notes=f"Miền năng lực {d} theo Thông tư 02/2025/TT-BGDĐT")
    items.append(domain)
    associate("isChildOf", link(domain), DOC_LINK, d)
    for a, area_name in enumerate(areas, start=1):
        area = item(f"{d}.{a}", "area", f"{d}.{a}", area_name, a, abbreviatedStatement=area_name,
                    conceptKeywords=[w for w in area_name.lower().replace(",", "").split()[:3]])
        items.append(area)
        associate("isChildOf", link(area), link(domain), a)
        for c, (context_code, context) in enumerate(CONTEXTS, start=1):
            code = f"{d}.{a}.{context_code}"
            statement = f"Vận dụng năng lực {lower_first(area_name)} {context}"
            skill = esco(code, f"{domain_en}: {area_name}")
            extensions = {"escoURI": skill["uri"]}
            if c == 2:
                extensions["moetCode"] = f"TT02-{d}{a:02d}"
            competency = item(code, "competency", code, statement, c, educationLevel=["CĐ", "ĐH"],
                              extensions=extensions)
            items.append(competency)
            associate("isChildOf", link(competency), link(area), c)
            associate("exactMatchOf" if c == 1 else "isRelatedTo", link(competency), skill,
                      notes="Đối chiếu với ESCO v1.2")
            previous = None
            for lvl, (level_code, level_name, descriptor) in enumerate(LEVELS, start=1):
                level = item(f"{code}.{level_code}", "level", f"{code}.{level_code}",
                             f"Trình độ {level_name}: {descriptor.format(lower_first(area_name))} {context}", lvl,
                             abbreviatedStatement=level_name, educationLevel=["CĐ", "ĐH"])
                items.append(level)
                associate("hasSkillLevel", link(competency), link(level), lvl)
                if previous is not None:
                    associate("precedes", link(previous), link(level))
                previous = level

package = {
    "CFDocument": {
        "identifier": DOC_ID,
        "uri": DOC_LINK["uri"],
        "frameworkType": "Competency",
        "caseVersion": "1.1",
        "creator": "Bộ Giáo dục và Đào tạo",
        "title": DOC_TITLE,
        "lastChangeDateTime": CHANGED,
        "officialSourceURL": "https://moet.gov.vn/van-ban/thong-tu-02-2025-tt-bgddt",
        "publisher": "Bộ Giáo dục và Đào tạo",
        "description": "Khung năng lực số dành cho người học: 6 miền năng lực, 24 năng lực thành phần, "
                       "các mức độ thành thạo từ Cơ bản đến Chuyên sâu.",
        "subject": ["Năng lực số", "Chuyển đổi số"],
        "language": "vi",
        "version": "2025.1",
        "adoptionStatus": "Adopted",
        "statusStartDate": "2025-02-24",
        "licenseURI": {"title": "CC BY 4.0", "identifier": uid("license"),
                       "uri": f"{BASE}/CFLicenses/{uid('license')}"},
        "notes": "Ban hành kèm theo Thông tư 02/2025/TT-BGDĐT ngày 24/01/2025.",
        "CFPackageURI": {"title": DOC_TITLE, "identifier": DOC_ID, "uri": f"{BASE}/CFPackages/{DOC_ID}"},
    },
    "CFItems": items,
    "CFAssociations": associations,
}
target = pathlib.Path(__file__).resolve().parent.parent / "resources" / "case" / "vn-digital-competency.json"
target.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"{len(items)} items, {len(associations)} associations -> {target}")
