#!/usr/bin/env python3
"""Throughput and latency of an authenticated read with a concurrency of 16, to compare a service run with rate
limits on (one bucket statement per request) against the same service with them off. Run it once against each:

    PRACTICA_RATE_LIMIT_ENABLED=false ./practica up      # then: bench/rate-limit-overhead.py
    PRACTICA_RATE_LIMIT_READS_LIMIT=100000000 ./practica up   # limits on, a budget the run never spends

Every request carries the state token (one caller, so one bucket: the contended case). Prints requests/s and
p50/p95/p99 in ms after a warm-up.

usage: bench/rate-limit-overhead.py [requests=20000] [concurrency=16] [url=http://127.0.0.1:8081/api/v1/fields]
"""
import http.client
import os
import pathlib
import statistics
import sys
import threading
import time
import urllib.parse

REQUESTS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
CONCURRENCY = int(sys.argv[2]) if len(sys.argv) > 2 else 16
URL = urllib.parse.urlsplit(sys.argv[3] if len(sys.argv) > 3 else "http://127.0.0.1:8081/api/v1/fields")
WARM_UP = 2_000


def state_token():
    if os.environ.get("PRACTICA_TOKEN_STATE"):
        return os.environ["PRACTICA_TOKEN_STATE"]
    env = pathlib.Path(__file__).resolve().parent.parent / ".practica" / "dev-tokens.env"
    for line in env.read_text().splitlines():
        if line.startswith("export PRACTICA_TOKEN_STATE="):
            return line.split("=", 1)[1]
    raise SystemExit(f"PRACTICA_TOKEN_STATE not set nor in {env}; run ./practica up first")


def worker(count, token, latencies, failures):
    conn = http.client.HTTPConnection(URL.hostname, URL.port)
    headers = {"Authorization": "Bearer " + token}
    for _ in range(count):
        started = time.perf_counter()
        conn.request("GET", URL.path, headers=headers)
        response = conn.getresponse()
        response.read()
        latencies.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            failures.append(response.status)


def run(total, token):
    latencies, failures = [], []
    threads = [threading.Thread(target=worker, args=(total // CONCURRENCY, token, latencies, failures))
               for _ in range(CONCURRENCY)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started, latencies, failures


def main():
    token = state_token()
    run(WARM_UP, token)
    elapsed, latencies, failures = run(REQUESTS, token)
    q = statistics.quantiles(latencies, n=100)
    print(f"{len(latencies)} requests, concurrency {CONCURRENCY}: {len(latencies) / elapsed:,.0f} req/s;"
          f" p50 {q[49]:.2f} ms, p95 {q[94]:.2f} ms, p99 {q[98]:.2f} ms; non-200: {len(failures)}"
          f" ({sorted(set(failures))}); load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
