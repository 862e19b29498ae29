#!/usr/bin/env python3
"""Latency of open-offer search (GET /api/v1/offers) and "for me" (GET /api/v1/offers/for-me) against a running
placement-service seeded by seed-open-offers.sql, next to the floor of the same run: an authenticated read that
does almost nothing (GET /api/v1/reference/fields, ten rows). The three kinds are interleaved request by request,
so a busy machine slows all three alike. Many different students ask (tokens of 2,000 random students).

usage: read-latency.py BASE_URL PRIVATE_KEY_PEM DATABASE [requests per kind=1000] [concurrency=1]
"""
import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tokens import Minter  # noqa: E402

BASE = urllib.parse.urlsplit(sys.argv[1])
MINTER = Minter(sys.argv[2])
DATABASE = sys.argv[3]
REQUESTS = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
CONCURRENCY = int(sys.argv[5]) if len(sys.argv) > 5 else 1
WARM_UP = 200
FIELDS = ["TOURISM", "PORT_OPS", "GREEN_CERT", "DIGITAL_BIZ", "IT", "FINTECH", "VOC_DX", "DIGITAL_DATA", "STRATEGY",
          "ECOMMERCE"]
PROVINCES = ["HN", "HCM", "DN", "HP", "CT", "HUE"]
WORDS = ["du lịch", "du lich", "cảng", "dữ liệu", "du lieu", "thanh toán", "xanh", "khách hàng", "marketing",
         "container", "phan tich", "học máy", "an toàn thông tin", "chuoi cung ung", "trực tuyến", "kiểm thử"]


def psql(sql):
    out = subprocess.run(["psql", "-h", os.environ.get("PGHOST", "127.0.0.1"), "-U", os.environ.get("PGUSER", "postgres"),
                          "-d", DATABASE, "-Atc", sql], check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def search_query(rnd, items):
    draw = rnd.random()
    if draw < 0.30:
        return {"fieldCode": rnd.choice(FIELDS)}
    if draw < 0.45:
        return {"fieldCode": rnd.choice(FIELDS), "provinceCode": rnd.choice(PROVINCES)}
    if draw < 0.55:
        return {"workMode": "REMOTE"}
    if draw < 0.65:
        return {"competencyItemId": rnd.choice(items)}
    if draw < 0.75:
        return {"deadlineAfter": time.strftime("%Y-%m-%d", time.localtime(time.time() + 86400 * rnd.randint(10, 80)))}
    query = {"q": rnd.choice(WORDS)}
    if rnd.random() < 0.4:
        query["fieldCode"] = rnd.choice(FIELDS)
    return query


def for_me_query(rnd):
    draw = rnd.random()
    if draw < 0.50:
        return {}
    if draw < 0.75:
        return {"fieldCode": rnd.choice(FIELDS)}
    if draw < 0.90:
        return {"provinceCode": rnd.choice(PROVINCES)}
    return {"workMode": rnd.choice(["ONSITE", "REMOTE", "HYBRID"])}


class Client:
    def __init__(self):
        self.conn = http.client.HTTPConnection(BASE.hostname, BASE.port, timeout=60)

    def get(self, path, query, token):
        url = path + ("?" + urllib.parse.urlencode(query) if query else "")
        started = time.perf_counter()
        self.conn.request("GET", url, headers={"Authorization": "Bearer " + token})
        response = self.conn.getresponse()
        body = response.read()
        took = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise SystemExit(f"{url} answered {response.status}: {body[:300]!r}")
        return took, body


def worker(seed, count, tokens, items, results):
    rnd = random.Random(seed)
    client = Client()
    for _ in range(count):
        token = rnd.choice(tokens)
        results["floor"].append(client.get("/api/v1/reference/fields", None, token)[0])
        results["search"].append(client.get("/api/v1/offers", search_query(rnd, items), token)[0])
        query = for_me_query(rnd)
        took, body = client.get("/api/v1/offers/for-me", query, token)
        results["for-me"].append(took)
        # One in five reads on: the second page, by the cursor the first gave
        if rnd.random() < 0.2 and b'"nextCursor":"' in body:
            cursor = body.split(b'"nextCursor":"')[1].split(b'"')[0].decode()
            results["for-me"].append(client.get("/api/v1/offers/for-me", dict(query, cursor=cursor), token)[0])


def run(count, tokens, items, seed):
    results = {"floor": [], "search": [], "for-me": []}
    threads = [threading.Thread(target=worker, args=(seed + t, count // CONCURRENCY, tokens, items, results))
               for t in range(CONCURRENCY)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - started


def main():
    students = psql("select login_subject, school_id from student where login_subject like 'bench-student-%'"
                    " order by md5(login_subject) limit 2000")
    tokens = [MINTER.mint(subject, "student", school) for subject, school in students]
    items = [row[0] for row in psql("select id from bench_item where n < 200")]
    counts = psql("select count(*) filter (where status = 'OPEN'), (select count(*) from student) from offer")[0]
    print(f"open offers {counts[0]}, students {counts[1]}; {len(tokens)} student tokens; concurrency {CONCURRENCY}")
    run(WARM_UP, tokens, items, 1)
    load_before = os.getloadavg()[0]
    results, elapsed = run(REQUESTS, tokens, items, 1000)
    load_after = os.getloadavg()[0]
    print(f"load average (1 min) {load_before:.1f} before, {load_after:.1f} after; {elapsed:.0f} s")
    for kind in ("floor", "search", "for-me"):
        latencies = results[kind]
        q = statistics.quantiles(latencies, n=100)
        print(f"{kind:7s} {len(latencies):5d} requests  p50 {q[49]:6.1f} ms  p95 {q[94]:6.1f} ms"
              f"  p99 {q[98]:6.1f} ms  max {max(latencies):6.1f} ms")


if __name__ == "__main__":
    main()
