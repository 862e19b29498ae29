#!/usr/bin/env python3
"""Times one curriculum sync of N courses (plus their programmes) against a running suite, then the same
batch again (must be all 'unchanged'). Needs `./practica up` running; reads .practica/dev-tokens.env.

usage: bench/curriculum-sync.py [courses=10000] [catalog=http://127.0.0.1:8081]
"""
import json
import pathlib
import random
import sys
import time
import urllib.request

COURSES = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
CATALOG = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8081"
PROGRAMS = 40


def token(name):
    env = pathlib.Path(__file__).resolve().parent.parent / ".practica" / "dev-tokens.env"
    for line in env.read_text().splitlines():
        if line.startswith(f"export {name}="):
            return line.split("=", 1)[1]
    raise SystemExit(f"{name} not found in {env}; run ./practica up first")


def call(method, path, body, bearer):
    data = json.dumps(body).encode()
    req = urllib.request.Request(CATALOG + path, data=data, method=method, headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + bearer})
    with urllib.request.urlopen(req, timeout=600) as resp:
        return json.loads(resp.read())


def main():
    state = token("PRACTICA_TOKEN_STATE")
    code = "B%06d" % random.randrange(1_000_000)
    school = call("POST", "/api/v1/organizations", {
        "kind": "SCHOOL", "identifier": code, "legalName": "Trường Đại học Thử nghiệm " + code,
        "shortName": "Bench " + code, "provinceCode": "HN", "contactEmail": "bench@example.edu.vn"}, state)["id"]
    fields = ["TOURISM", "PORT_OPS", "IT", "FINTECH", "ECOMMERCE"]
    programs = [{"sourcedId": f"P{i}", "fieldCode": fields[i % len(fields)], "level": 6,
                 "nameVi": f"Chương trình {i}", "nameEn": f"Programme {i}", "durationMonths": 48,
                 "status": "active", "dateLastModified": "2026-09-01T00:00:00Z"} for i in range(PROGRAMS)]
    courses = [{"sourcedId": f"C{i}", "code": f"CS{i:05d}", "title": f"Học phần thực hành {i}", "credits": 3,
                "practicalHours": 45, "learningOutcomes": [f"Kết quả {i}.1", f"Kết quả {i}.2"],
                "programSourcedIds": [f"P{i % PROGRAMS}", f"P{(i + 1) % PROGRAMS}"], "status": "active",
                "dateLastModified": "2026-09-01T00:00:00Z"} for i in range(COURSES - PROGRAMS)]
    batch = {"programs": programs, "courses": courses}
    # The State may sync on a school's behalf, so the benchmark needs no school token.
    for label in ("first send", "same batch again"):
        start = time.perf_counter()
        result = call("PUT", f"/api/v1/schools/{school}/curriculum", batch, state)
        elapsed = time.perf_counter() - start
        print(f"{label}: {COURSES} rows ({PROGRAMS} programmes) in {elapsed:.2f} s -> created {result['created']}, "
              f"updated {result['updated']}, unchanged {result['unchanged']}, rejected {result['rejected']}")


if __name__ == "__main__":
    main()
