#!/usr/bin/env python3
"""Measures `readout serve` against `readout extract` on the same real texts, both profiles, in one run.

Latency: one readout of about 400 words, sent N times one after the other (after a warm-up) -> p50 and p95.
Throughput: the first M readouts of a JSON Lines corpus, sent by 2 x threads clients at once -> documents/s, beside
`readout extract --threads T` over the same readouts (its own documents/s, which leaves out loading the models);
the two take turns for --rounds rounds and the medians are reported, with the ratio of each round.

    python3 scripts/server-figures.py ../shared/corpora/wh-readouts.jsonl [--docs 200] [--repeat 50] [--threads 2] [--rounds 3]

Needs `mvn -q -DskipTests package` first. Only localhost is contacted; every loop is bounded.
"""
import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

JAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pipeline-cli", "target", "readout.jar")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port, body):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("POST", "/v1/analyze", body=body, headers={"Content-Type": "application/json"})
        r = conn.getresponse()
        data = r.read()
        if r.status != 200 or not data.startswith(b'{"schema":"readout/1"'):
            raise RuntimeError(f"HTTP {r.status}: {data[:200]!r}")
        return len(data)
    finally:
        conn.close()


def start_server(profile, threads):
    started = time.time()
    port = free_port()
    proc = subprocess.Popen(["java", "-jar", JAR, "serve", "--profile", profile, "--port", str(port), "--threads", str(threads)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/v1/health")
            if conn.getresponse().status == 200:
                return proc, port, time.time() - started
        except OSError:
            pass
        time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("the server did not become ready")


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--profiles", default="fast,accurate")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    docs = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                docs.append(json.loads(line))
    near400 = min(docs, key=lambda d: abs(len(d["text"].split()) - 400))
    batch = docs[: args.docs]
    print(f"latency text: {near400['id']} ({len(near400['text'].split())} words); throughput: the first {len(batch)} readouts")

    with tempfile.TemporaryDirectory() as tmp:
        batch_file = os.path.join(tmp, "batch.jsonl")
        with open(batch_file, "w", encoding="utf-8") as f:
            for d in batch:
                f.write(json.dumps({"id": d["id"], "text": d["text"]}) + "\n")
        for profile in args.profiles.split(","):
            proc, port, ready = start_server(profile, args.threads)
            served, extracted = [], []
            try:
                body = json.dumps({"id": near400["id"], "text": near400["text"]}).encode()
                for _ in range(10):
                    post(port, body)
                times = []
                for _ in range(args.repeat):
                    t0 = time.perf_counter()
                    post(port, body)
                    times.append((time.perf_counter() - t0) * 1000)
                bodies = [json.dumps({"id": d["id"], "text": d["text"]}).encode() for d in batch]
                # serve and extract take turns, so that a change in the machine's load falls on both
                for _ in range(args.rounds):
                    served.append(throughput(port, bodies, 2 * args.threads))
                    extracted.append(extract(batch_file, tmp, profile, args.threads))
            finally:
                proc.terminate()
                proc.wait(timeout=120)
            ratios = [a / b for a, b in zip(served, extracted)]
            print(f"{profile}: ready after {ready:.1f} s; latency p50 {statistics.median(times):.0f} ms, "
                  f"p95 {percentile(times, 95):.0f} ms ({args.repeat} requests); throughput at --threads {args.threads} "
                  f"(median of {args.rounds} alternating rounds): serve {statistics.median(served):.2f} docs/s, "
                  f"extract {statistics.median(extracted):.2f} docs/s, ratio {statistics.median(ratios):.2f} "
                  f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})", flush=True)


def throughput(port, bodies, clients):
    """Documents/s when this many clients send the bodies, each taking the next one left."""
    queue = list(range(len(bodies)))
    lock = threading.Lock()
    errors = []

    def client():
        while True:
            with lock:
                if not queue:
                    return
                i = queue.pop(0)
            try:
                post(port, bodies[i])
            except Exception as e:  # reported below
                errors.append(str(e))

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise RuntimeError(f"{len(errors)} requests failed, first: {errors[0]}")
    return len(bodies) / (time.perf_counter() - t0)


def extract(batch_file, tmp, profile, threads):
    """extract's own documents/s over the same readouts (its summary line: model loading left out)."""
    out = subprocess.run(["java", "-jar", JAR, "extract", batch_file, "-o", os.path.join(tmp, f"out-{profile}.jsonl"),
                          "--profile", profile, "--threads", str(threads)], capture_output=True, text=True)
    m = re.search(r"([0-9.]+) docs/s", out.stderr)
    if not m:
        raise RuntimeError("extract said: " + out.stderr[-500:])
    return float(m.group(1))

if __name__ == "__main__":
    sys.exit(main())
