#!/usr/bin/env python3
"""Catalog search latency at 100,000 courses. Seeds (once) 50 schools in 6 provinces with programmes in all ten
fields at levels 5-7 and 2,000 courses each, through the public curriculum sync API in batches of at most
2,000 rows, then fires a mix of searches one at a time and prints p50/p95/p99/max per endpoint and overall.

Needs a running catalog-service (`./practica up`); reads the state token from PRACTICA_TOKEN_STATE or
.practica/dev-tokens.env. Seeding is skipped for every school that already has its 2,000 courses.

usage: bench/search.py [searches=500] [catalog=http://127.0.0.1:8081]
"""
import http.client
import json
import os
import pathlib
import random
import statistics
import sys
import time
import urllib.parse

SEARCHES = int(sys.argv[1]) if len(sys.argv) > 1 else 500
CATALOG = urllib.parse.urlsplit(sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8081")
SCHOOLS = 50
COURSES_PER_SCHOOL = 2_000
BATCH_ROWS = 2_000  # the sync endpoint's limit (413 above it)
PROVINCES = ["HN", "HCM", "DN", "HP", "CT", "HUE"]
MODIFIED = "2026-09-01T00:00:00Z"

# Per field: the programme name and course topics, with the diacritics a Vietnamese school would use.
FIELDS = {
    "TOURISM": ("Quản trị dịch vụ du lịch và lữ hành",
                ["du lịch sinh thái", "lữ hành quốc tế", "hướng dẫn viên du lịch", "lễ tân khách sạn",
                 "ẩm thực Việt Nam", "điểm đến văn hóa", "nhà hàng và quầy bar", "du lịch cộng đồng"]),
    "PORT_OPS": ("Khai thác cảng biển",
                 ["khai thác cảng", "logistics cảng biển", "xếp dỡ container", "thủ tục hải quan",
                  "an toàn hàng hải", "điều độ tàu", "kho bãi cảng", "vận tải đa phương thức"]),
    "GREEN_CERT": ("Chứng nhận xanh và phát triển bền vững",
                   ["kiểm kê khí nhà kính", "chứng chỉ xanh", "năng lượng tái tạo", "kinh tế tuần hoàn",
                    "đánh giá vòng đời sản phẩm", "quản lý chất thải", "tín chỉ các-bon", "công trình xanh"]),
    "DIGITAL_BIZ": ("Quản trị kinh doanh số",
                    ["mô hình kinh doanh số", "marketing số", "quản trị quan hệ khách hàng", "chuyển đổi số doanh nghiệp",
                     "khởi nghiệp đổi mới sáng tạo", "quản trị dự án số", "bán hàng đa kênh", "phân tích thị trường"]),
    "IT": ("Công nghệ thông tin",
           ["lập trình hướng đối tượng", "cơ sở dữ liệu", "mạng máy tính", "phát triển ứng dụng web",
            "an toàn thông tin", "điện toán đám mây", "kiểm thử phần mềm", "trí tuệ nhân tạo"]),
    "FINTECH": ("Công nghệ tài chính",
                ["thanh toán số", "ngân hàng số", "chuỗi khối", "quản trị rủi ro tài chính",
                 "ví điện tử", "tài chính cá nhân", "phân tích tín dụng", "bảo mật giao dịch"]),
    "VOC_DX": ("Chuyển đổi số trong giáo dục nghề nghiệp",
               ["học liệu số", "lớp học thông minh", "đánh giá năng lực người học", "mô phỏng thực hành",
                "quản lý đào tạo số", "thực tế ảo trong đào tạo", "kỹ năng số nhà giáo", "học tập kết hợp"]),
    "DIGITAL_DATA": ("Khoa học dữ liệu",
                     ["phân tích dữ liệu", "trực quan hóa dữ liệu", "học máy", "dữ liệu lớn",
                      "quản trị dữ liệu", "thống kê ứng dụng", "kho dữ liệu", "xử lý ngôn ngữ tự nhiên tiếng Việt"]),
    "STRATEGY": ("Quản trị chiến lược",
                 ["hoạch định chiến lược", "quản trị sự thay đổi", "lãnh đạo tổ chức", "quản trị nguồn nhân lực",
                  "quản trị chuỗi cung ứng", "phân tích cạnh tranh", "quản trị tri thức", "đàm phán kinh doanh"]),
    "ECOMMERCE": ("Thương mại điện tử",
                  ["thương mại điện tử xuyên biên giới", "sàn giao dịch trực tuyến", "tiếp thị liên kết",
                   "vận hành cửa hàng trực tuyến", "chăm sóc khách hàng trực tuyến", "logistics thương mại điện tử",
                   "livestream bán hàng", "thanh toán trực tuyến"]),
}
PREFIXES = ["Nhập môn", "Thực hành", "Nghiệp vụ", "Quản trị", "Kỹ năng", "Phân tích", "Thiết kế", "Ứng dụng",
            "Chuyên đề", "Đồ án"]
SUFFIXES = ["", "cơ bản", "nâng cao", "1", "2", "thực tế doanh nghiệp", "theo chuẩn quốc tế"]
FIELD_CODES = list(FIELDS)
LEVELS = [5, 6, 7]


def token():
    if os.environ.get("PRACTICA_TOKEN_STATE"):
        return os.environ["PRACTICA_TOKEN_STATE"]
    env = pathlib.Path(__file__).resolve().parent.parent / ".practica" / "dev-tokens.env"
    for line in env.read_text().splitlines():
        if line.startswith("export PRACTICA_TOKEN_STATE="):
            return line.split("=", 1)[1]
    raise SystemExit(f"PRACTICA_TOKEN_STATE not set nor in {env}; run ./practica up first")


class Catalog:
    """One kept-alive HTTP connection, so latencies measure the service, not TCP set-up."""

    def __init__(self, bearer):
        self.bearer = bearer
        self.conn = http.client.HTTPConnection(CATALOG.hostname, CATALOG.port or 80, timeout=600)

    def call(self, method, path, body=None):
        headers = {"Authorization": "Bearer " + self.bearer}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.conn.request(method, path, body=data, headers=headers)
        resp = self.conn.getresponse()
        payload = resp.read()
        if resp.status >= 300:
            raise SystemExit(f"{method} {path} -> {resp.status}: {payload[:500]!r}")
        return json.loads(payload) if payload else None

    def get(self, path, params):
        return self.call("GET", path + "?" + urllib.parse.urlencode(params))


def school_fields(i):
    """Four consecutive fields per school, so the ten fields are spread over the 50 schools."""
    return [FIELD_CODES[(i + k) % len(FIELD_CODES)] for k in range(4)]


def programmes(i):
    return [{"sourcedId": f"P-{field}-{level}", "fieldCode": field, "level": level,
             "nameVi": f"{FIELDS[field][0]} {'trung cấp' if level == 5 else 'cao đẳng' if level == 6 else 'đại học'}",
             "nameEn": f"{field.title()} level {level}", "durationMonths": 12 * (level - 3),
             "status": "active", "dateLastModified": MODIFIED}
            for field in school_fields(i) for level in LEVELS if (level + i) % 3 != 0 or field == school_fields(i)[0]]


def courses(i, programs):
    rnd = random.Random(i)  # the same school always gets the same courses: re-seeding is a no-op
    rows = []
    for c in range(COURSES_PER_SCHOOL):
        program = rnd.choice(programs)
        field = program["fieldCode"]
        same_field = [p["sourcedId"] for p in programs if p["fieldCode"] == field]
        title = " ".join(w for w in (rnd.choice(PREFIXES), rnd.choice(FIELDS[field][1]), rnd.choice(SUFFIXES)) if w)
        rows.append({"sourcedId": f"C{c:05d}", "code": f"{field[:3]}{c:05d}", "title": title[:1].upper() + title[1:],
                     "credits": rnd.choice([2, 3, 4]), "practicalHours": rnd.choice([30, 45, 60, 90]),
                     "learningOutcomes": [], "programSourcedIds": rnd.sample(same_field, min(len(same_field), 2)),
                     "status": "active", "dateLastModified": MODIFIED})
    return rows


def find_or_register_school(api, i):
    identifier = f"BSRCH{i:04d}"
    found = [o for o in api.get("/api/v1/organizations", {"q": identifier}) if o["identifier"] == identifier]
    if found and found[0]["status"] == "VERIFIED":
        return found[0]["id"]
    school = found[0]["id"] if found else api.call("POST", "/api/v1/organizations", {
        "kind": "SCHOOL", "identifier": identifier, "legalName": f"Trường Cao đẳng Thực hành số {i + 1}",
        "shortName": f"CĐTH {i + 1:02d}", "provinceCode": PROVINCES[i % len(PROVINCES)],
        "contactEmail": f"daotao{i}@example.edu.vn"})["id"]
    api.call("POST", f"/api/v1/organizations/{school}/verify")  # only verified schools publish a curriculum
    return school


def seed(api):
    schools = []
    started = time.perf_counter()
    for i in range(SCHOOLS):
        school = find_or_register_school(api, i)
        schools.append(school)
        last_page = api.get("/api/v1/search/courses", {"school": school, "page": COURSES_PER_SCHOOL // 100 - 1,
                                                      "size": 100, "sort": "updated"})
        if len(last_page["items"]) == 100:
            continue
        programs = programmes(i)
        rows = courses(i, programs)
        step = BATCH_ROWS - len(programs)  # programmes travel with every batch so each batch stands alone
        for start in range(0, len(rows), step):
            t = time.perf_counter()
            result = api.call("PUT", f"/api/v1/schools/{school}/curriculum",
                              {"programs": programs, "courses": rows[start:start + step]})
            print(f"  school {i + 1:2d} rows {start:5d}+: created {result['created']}, rejected {result['rejected']}"
                  f" in {time.perf_counter() - t:.1f} s", flush=True)
    print(f"seeded/checked {SCHOOLS} schools in {time.perf_counter() - started:.0f} s")
    return schools


def fold(text):
    import unicodedata
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()


def random_text(rnd):
    field = rnd.choice(FIELD_CODES)
    words = rnd.choice(FIELDS[field][1]).split()
    kind = rnd.random()
    if kind < 0.4:
        text = max(words, key=len)  # single word, the longest so it is a real search word
    elif kind < 0.8:
        pair = words[:2] if len(words) >= 2 else words
        text = " ".join(reversed(pair) if rnd.random() < 0.3 else pair)
    else:
        text = rnd.choice(FIELDS[field][1])  # the whole topic phrase
    return (fold(text) if rnd.random() < 0.5 else text), field


def random_search(rnd, schools):
    endpoint = "courses" if rnd.random() < 0.7 else "programs"
    params = {}
    with_text = rnd.random() < 0.75
    if with_text:
        params["q"], field = random_text(rnd)
        if rnd.random() < 0.3:
            params["field"] = field
    filters = rnd.random()
    if filters < 0.25 or not with_text:
        choice = rnd.choice(["field", "province", "school", "level", "field+level", "province+field"])
        if "field" in choice:
            params["field"] = rnd.choice(FIELD_CODES)
        if "province" in choice:
            params["province"] = rnd.choice(PROVINCES)
        if choice == "school":
            params["school"] = rnd.choice(schools)
        if "level" in choice:
            params["level"] = rnd.choice(LEVELS)
    alphabetical = "title" if endpoint == "courses" else "name"
    params["sort"] = rnd.choice(["relevance", "relevance", alphabetical, "updated"] if with_text
                                else [alphabetical, "updated"])
    params["page"] = rnd.choice([0, 0, 0, 1, 2, 3, 4, 5])
    return endpoint, params


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(label, values):
    print(f"{label:<28} n={len(values):4d}  p50 {percentile(values, 50):7.1f} ms  p95 {percentile(values, 95):7.1f} ms"
          f"  p99 {percentile(values, 99):7.1f} ms  max {max(values):7.1f} ms  mean {statistics.mean(values):6.1f} ms")


def measure(api, schools):
    rnd = random.Random(42)
    for _ in range(50):  # warm-up: JIT, connection pool, PostgreSQL caches
        endpoint, params = random_search(rnd, schools)
        api.get(f"/api/v1/search/{endpoint}", params)
    timings = {}
    slowest = []
    empty = 0
    for _ in range(SEARCHES):
        endpoint, params = random_search(rnd, schools)
        kind = endpoint + (" q" if "q" in params else " filters only")
        start = time.perf_counter()
        page = api.get(f"/api/v1/search/{endpoint}", params)
        elapsed = (time.perf_counter() - start) * 1000
        empty += not page["items"]
        timings.setdefault(endpoint, []).append(elapsed)
        timings.setdefault(kind, []).append(elapsed)
        timings.setdefault("sort=" + params["sort"], []).append(elapsed)
        slowest.append((elapsed, endpoint, params))
    for label in sorted(timings):
        report(label, timings[label])
    report("overall", timings["courses"] + timings["programs"])
    print(f"{empty} of {SEARCHES} pages empty (pages past the end of a small result)")
    for elapsed, endpoint, params in sorted(slowest, key=lambda s: s[0], reverse=True)[:5]:
        print(f"  slow: {elapsed:6.1f} ms {endpoint} {urllib.parse.urlencode(params)}")


def main():
    api = Catalog(token())
    schools = seed(api)
    measure(api, schools)


if __name__ == "__main__":
    main()
