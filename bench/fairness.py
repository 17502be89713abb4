#!/usr/bin/env python3
"""Per-client limits under load: the latency of one client's cheap queries, idle and while
another client floods the service with expensive queries (each just under the cost cap),
with the per-client limits on and off, in alternating rounds.

    ./mvnw -DskipTests package && python3 bench/fairness.py [rounds=3]

Needs a JDK 21+ (JAVA_HOME or java on the PATH). Both clients run on this machine, so they
are told apart by API key (the limits count loopback clients only with limit-loopback).
Prints per round and the median and range of the p99 ratios (flood ÷ idle)."""
import glob, multiprocessing, hashlib, json, os, shutil, statistics, subprocess, sys, threading, time, urllib.request, urllib.error

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
PORT = 18383
CHEAP_KEY, FLOOD_KEY = "cheap-client-key-0123456789", "flood-client-key-0123456789"
CHEAP = '{ city(name: "杭州") { name highTechZones { name rankings { rank } } } }'
FIELD = "metrics(first: 1000) { value subject { id name kind names { zhHans zhHant en } } } "
EXPENSIVE = "{ " + FIELD * 5 + "}"
FLOOD_THREADS, FLOOD_PROCESSES, SAMPLES = 24, 4, 300

def sha(key): return hashlib.sha256(key.encode()).hexdigest()

def post(query, key):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}/graphql", body,
        {"Content-Type": "application/json", "Authorization": "Bearer " + key})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read(); status = response.status
    except urllib.error.HTTPError as error:
        error.read(); status = error.code
    return status, (time.perf_counter() - start) * 1000

def flood(stop, results):
    counts = {"ok": 0, "429": 0, "other": 0}
    lock = threading.Lock()
    def loop():
        while not stop.is_set():
            status, _ = post(EXPENSIVE, FLOOD_KEY)
            with lock:
                counts["ok" if status == 200 else "429" if status == 429 else "other"] += 1
            if status == 429: time.sleep(0.05)
    threads = [threading.Thread(target=loop) for _ in range(FLOOD_THREADS // FLOOD_PROCESSES)]
    for thread in threads: thread.start()
    for thread in threads: thread.join()
    results.put(counts)

def cheap_latencies():
    """An interactive client: one request every 50 ms (20 a second, under its limit)."""
    latencies = []
    next_at = time.perf_counter()
    for _ in range(SAMPLES):
        next_at += 0.05
        status, millis = post(CHEAP, CHEAP_KEY)
        assert status == 200, status
        latencies.append(millis)
        time.sleep(max(0, next_at - time.perf_counter()))
    return latencies

def p(values, q): return statistics.quantiles(values, n=100)[q - 1]

def run(enabled, store):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    jar = [j for j in glob.glob("target/innograph-*.jar") if "plain" not in j][0]
    log = open(f"target/bench/fairness-{enabled}.log", "w")
    process = subprocess.Popen([java, "-jar", jar, f"--server.port={PORT}", f"--innograph.store.data-dir={store}",
        f"--innograph.limits.clients.enabled={str(enabled).lower()}", "--innograph.limits.clients.limit-loopback=true",
        f"--innograph.security.api-keys=editor:{sha(CHEAP_KEY)},editor:{sha(FLOOD_KEY)}"], stdout=log, stderr=log)
    try:
        deadline = time.time() + 600  # a first start builds the store and imports the divisions
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/actuator/health/readiness", timeout=1).read(); break
            except Exception:
                if process.poll() is not None or time.time() > deadline:
                    raise SystemExit(f"the service did not become ready: see target/bench/fairness-{enabled}.log")
                time.sleep(0.5)
        for _ in range(50): post(EXPENSIVE, FLOOD_KEY)  # warm-up
        cheap_latencies()
        time.sleep(3)  # the cheap client's allowance fills again
        idle = cheap_latencies()
        # The flood runs in processes of its own, so that it does not hold up the measuring
        # client's interpreter.
        stop, results = multiprocessing.Event(), multiprocessing.Queue()
        floods = [multiprocessing.Process(target=flood, args=(stop, results)) for _ in range(FLOOD_PROCESSES)]
        for process_ in floods: process_.start()
        time.sleep(2)
        started = time.perf_counter()
        loaded = cheap_latencies()
        seconds = time.perf_counter() - started
        stop.set()
        counts = {"ok": 0, "429": 0, "other": 0, "seconds": seconds}
        for _ in floods:
            for key, value in results.get().items():
                counts[key] += value
        for process_ in floods: process_.join()
        return idle, loaded, counts
    finally:
        process.terminate(); process.wait()

def main():
    os.makedirs("target/bench", exist_ok=True)
    store = "target/bench/fairness-store"
    shutil.rmtree(store, ignore_errors=True)
    ratios = {True: [], False: []}
    for round_ in range(1, ROUNDS + 1):
        for enabled in (True, False):
            idle, loaded, counts = run(enabled, store)
            ratio = p(loaded, 99) / p(idle, 99)
            ratios[enabled].append(ratio)
            print(f"round {round_} limits {'on ' if enabled else 'off'}: cheap p50 {p(idle, 50):.1f} → {p(loaded, 50):.1f} ms, "
                  f"p99 {p(idle, 99):.1f} → {p(loaded, 99):.1f} ms (× {ratio:.2f}); flood answered {counts['ok']}, "
                  f"refused 429 {counts['429']}, other {counts['other']} in {counts['seconds']:.0f} s", flush=True)
    for enabled in (True, False):
        values = ratios[enabled]
        print(f"limits {'on ' if enabled else 'off'}: p99 under flood ÷ idle p99, median {statistics.median(values):.2f}, "
              f"range {min(values):.2f}–{max(values):.2f} over {len(values)} rounds")

if __name__ == "__main__":
    main()
