#!/usr/bin/env python3
"""Times one curriculum sync of N rows (40 programmes, the rest courses, each course in two programmes and
mapped to three competency items) against a running suite, then the same batch again (must be all
'unchanged'). First imports a 300-item CASE framework for the mappings. Needs `./practica up` running;
reads .practica/dev-tokens.env.

usage: bench/curriculum-sync.py [rows=10000] [catalog=http://127.0.0.1:8081] [runs=3]
After one warm-up run, each run uses a new school and re-sends 20 s after the first send; the medians are
printed last.
"""
import json
import pathlib
import random
import statistics
import sys
import time
import urllib.request
import uuid

COURSES = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
CATALOG = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8081"
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 3
PAUSE = 20
PROGRAMS = 40


def token(name):
    env = pathlib.Path(__file__).resolve().parent.parent / ".practica" / "dev-tokens.env"
    for line in env.read_text().splitlines():
        if line.startswith(f"export {name}="):
            return line.split("=", 1)[1]
    raise SystemExit(f"{name} not found in {env}; run ./practica up first")


def call(method, path, body, bearer):
    return send(method, path, json.dumps(body).encode(), bearer)


def send(method, path, data, bearer):
    req = urllib.request.Request(CATALOG + path, data=data, method=method, headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + bearer})
    with urllib.request.urlopen(req, timeout=600) as resp:
        return json.loads(resp.read())


def competency_items(state, count=300):
    """Imports a small CASE framework (one document, `count` items under it) and returns the item ids."""
    doc = str(uuid.uuid4())
    stamp = "2026-09-01T00:00:00+00:00"
    doc_uri = f"https://case.example.vn/CFDocuments/{doc}"
    items = [{"identifier": str(uuid.uuid4()), "uri": f"https://case.example.vn/CFItems/{i}",
              "fullStatement": f"Năng lực thực hành {i}", "humanCodingScheme": f"NL.{i}",
              "CFItemType": "Competency", "lastChangeDateTime": stamp,
              "CFDocumentURI": {"title": "Khung năng lực", "identifier": doc, "uri": doc_uri}} for i in range(count)]
    associations = [{"identifier": str(uuid.uuid4()), "uri": f"https://case.example.vn/CFAssociations/{i}",
                     "associationType": "isChildOf", "lastChangeDateTime": stamp,
                     "originNodeURI": {"title": it["humanCodingScheme"], "identifier": it["identifier"], "uri": it["uri"]},
                     "destinationNodeURI": {"title": "Khung năng lực", "identifier": doc, "uri": doc_uri},
                     "CFDocumentURI": {"title": "Khung năng lực", "identifier": doc, "uri": doc_uri}}
                    for i, it in enumerate(items)]
    package = {"CFDocument": {"identifier": doc, "uri": doc_uri, "creator": "Bộ Giáo dục và Đào tạo",
                              "title": "Khung năng lực thử nghiệm", "lastChangeDateTime": stamp},
               "CFItems": items, "CFAssociations": associations}
    call("POST", "/ims/case/v1p1/CFPackages", package, state)
    return [it["identifier"] for it in items]


def main():
    state = token("PRACTICA_TOKEN_STATE")
    items = competency_items(state)
    timings = {"first send": [], "same batch again": []}
    # One untimed run first: a freshly started JVM runs the first request cold (class loading, JIT)
    print("warm-up run (not counted):")
    run(state, items)
    for _ in range(RUNS):
        for label, elapsed in run(state, items).items():
            timings[label].append(elapsed)
    for label, values in timings.items():
        print(f"median {label}: {statistics.median(values):.2f} s over {len(values)} runs")


def run(state, items):
    code = "B%06d" % random.randrange(1_000_000)
    school = call("POST", "/api/v1/organizations", {
        "kind": "SCHOOL", "identifier": code, "legalName": "Trường Đại học Thử nghiệm " + code,
        "shortName": "Bench " + code, "provinceCode": "HN", "contactEmail": "bench@example.edu.vn"}, state)["id"]
    send("POST", f"/api/v1/organizations/{school}/verify", None, state)  # only verified schools publish
    fields = ["TOURISM", "PORT_OPS", "IT", "FINTECH", "ECOMMERCE"]
    programs = [{"sourcedId": f"P{i}", "fieldCode": fields[i % len(fields)], "level": 6,
                 "nameVi": f"Chương trình {i}", "nameEn": f"Programme {i}", "durationMonths": 48,
                 "status": "active", "dateLastModified": "2026-09-01T00:00:00Z"} for i in range(PROGRAMS)]
    courses = [{"sourcedId": f"C{i}", "code": f"CS{i:05d}", "title": f"Học phần thực hành {i}", "credits": 3,
                "practicalHours": 45, "learningOutcomes": [f"Kết quả {i}.1", f"Kết quả {i}.2"],
                "programSourcedIds": [f"P{i % PROGRAMS}", f"P{(i + 1) % PROGRAMS}"],
                "competencyItemIds": [items[(i * 3 + k) % len(items)] for k in range(3)], "status": "active",
                "dateLastModified": "2026-09-01T00:00:00Z"} for i in range(COURSES - PROGRAMS)]
    # Encoded once, outside the timed region: the figure is the server's round trip, not Python's json
    batch = json.dumps({"programs": programs, "courses": courses}).encode()
    # The State may sync on a school's behalf, so the benchmark needs no school token.
    elapsed_by_label = {}
    for label in ("first send", "same batch again"):
        if elapsed_by_label:
            # A school re-sends later, not while the relay and both consumers still work off the first
            # send's 10,000 events; without the pause the re-send measures their CPU, not its own.
            time.sleep(PAUSE)
        start = time.perf_counter()
        result = send("PUT", f"/api/v1/schools/{school}/curriculum", batch, state)
        elapsed = time.perf_counter() - start
        print(f"{label}: {COURSES} rows ({PROGRAMS} programmes) in {elapsed:.2f} s -> created {result['created']}, "
              f"updated {result['updated']}, unchanged {result['unchanged']}, rejected {result['rejected']}")
        elapsed_by_label[label] = elapsed
    return elapsed_by_label


if __name__ == "__main__":
    main()
