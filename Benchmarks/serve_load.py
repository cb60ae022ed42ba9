#!/usr/bin/env python3
"""Load test of `sdw serve` on loopback: a workshop room of TABLES tables × CLIENTS devices.

Usage: python3 Benchmarks/serve_load.py PATH/TO/sdw [--tables 30] [--clients 3] [--seconds 120]
       [--interval 3] [--seed 1]

Starts `sdw serve` over a new store holding one canvas per table. Each device keeps a live-update
stream (Server-Sent Events) open on its table's canvas and, every INTERVAL seconds on average,
saves an edit of its own need (a JSON save naming the revision it last saw, so the server merges
it with the other devices' saves). Everything is bounded: the run stops after SECONDS, each
request times out after 10 s, and the server is stopped at the end.

Printed: the number of saves, median and p99 save latency (request sent → answer read), the
live-update delay (a save's answer read → the other devices' events; median and p99), the
server's peak resident memory (VmHWM), conflicts, errors, and lost edits: after the run, every
device's last acknowledged text must be in its table's canvas.
"""
import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TOKEN = "load-test-token-0123456789"
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Room:
    """What the devices share: the measurements, behind one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.delays = []
        self.saved_at = {}      # etag → time its save's answer was read
        self.pending = []       # (etag, receive time) events seen before the answer
        self.conflicts = 0
        self.errors = []
        self.last_text = {}     # (table, device) → last acknowledged text

    def error(self, message):
        with self.lock:
            if len(self.errors) < 20:
                self.errors.append(message)


def request(address, method, path, body=None, headers=None):
    host, port = address.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        data = body.encode("utf-8") if isinstance(body, str) else body
        connection.request(method, path, body=data, headers=dict(HEADERS, **(headers or {})))
        response = connection.getresponse()
        return response.status, response.read(), response.getheader("ETag")
    finally:
        connection.close()


def listen(address, table, device, room, stop, streams):
    """A device's live-update stream: records when each save reaches it. The main thread closes
    the socket (``streams``) to end it."""

    host, port = address.split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    sock.settimeout(None)
    with room.lock:
        streams.append(sock)
    try:
        sock.sendall(f"GET /api/v1/canvases/{table}/events HTTP/1.1\r\nHost: {address}\r\n"
                     f"Authorization: Bearer {TOKEN}\r\n\r\n".encode())
        reader = sock.makefile("rb")
        for line in reader:
            if stop.is_set():
                break
            if not line.startswith(b"data: "):
                continue
            event = json.loads(line[6:])
            if event["author"] == device:
                continue
            now = time.monotonic()
            with room.lock:
                stored = room.saved_at.get(event["etag"])
                if stored is not None:
                    room.delays.append(max(0.0, now - stored))
                else:
                    room.pending.append((event["etag"], now))
    except OSError as error:
        if not stop.is_set():
            room.error(f"stream {table}/{device}: {error}")
    finally:
        sock.close()


def edit(address, table, device, interval, room, stop, rng):
    """A device: saves its own need every `interval` seconds on average until `stop`."""
    status, body, etag = request(address, "GET", f"/api/v1/canvases/{table}")
    if status != 200:
        room.error(f"GET {table}: {status}")
        return
    document = json.loads(body)["canvas"]
    need_id = f"need-{device}"
    count = 0
    next_save = time.monotonic() + rng.uniform(0, interval)
    while not stop.is_set():
        delay = next_save - time.monotonic()
        if delay > 0:
            stop.wait(delay)
            continue
        next_save += rng.uniform(0.5 * interval, 1.5 * interval)
        count += 1
        text = f"Need of {device}, edit {count}"
        needs = [n for n in document.get("needs", []) if n.get("id") != need_id]
        needs.append({"id": need_id, "text": text})
        document["needs"] = needs
        started = time.monotonic()
        try:
            status, body, new_etag = request(
                address, "PUT", f"/api/v1/canvases/{table}", json.dumps(document),
                {"Content-Type": "application/json", "If-Match": etag, "X-SDW-Author": device})
        except Exception as error:  # noqa: BLE001
            room.error(f"PUT {table}/{device}: {error}")
            continue
        answered = time.monotonic()
        if status in (200, 201):
            result = json.loads(body)
            document, etag = result["canvas"], new_etag
            with room.lock:
                room.latencies.append(answered - started)
                room.saved_at[new_etag] = answered
                room.last_text[(table, device)] = text
                early = [p for p in room.pending if p[0] == new_etag]
                for _, seen in early:
                    room.delays.append(0.0 if seen <= answered else seen - answered)
                room.pending = [p for p in room.pending if p[0] != new_etag]
        elif status == 412:
            with room.lock:
                room.conflicts += 1
            latest = json.loads(body)["latest"]
            document, etag = latest["canvas"], latest["etag"]
        else:
            room.error(f"PUT {table}/{device}: {status} {body[:200]!r}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sdw")
    parser.add_argument("--tables", type=int, default=30)
    parser.add_argument("--clients", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--interval", type=float, default=3)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)

    folder = tempfile.mkdtemp(prefix="sdw-load-")
    store = os.path.join(folder, "store.sqlite")
    server = subprocess.Popen([options.sdw, "serve", "--db", store, "--port", "0", "--token", TOKEN],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    address = None
    deadline = time.time() + 30
    while time.time() < deadline and address is None:
        line = server.stdout.readline()
        if "http://127.0.0.1:" in line:
            address = line.split("http://")[1].split("/")[0]
    if address is None:
        server.kill()
        sys.exit("sdw serve did not start")

    try:
        return run(options, rng, server, address)
    finally:
        if server.poll() is None:
            server.kill()


def run(options, rng, server, address):
    """Creates the tables, runs the room, prints the figures; returns the exit status."""
    # Every table starts from the same example canvas, under its own id.
    example_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "velingrad-2012",
                                "seniors.yaml")
    with open(example_path, encoding="utf-8") as example_file:
        example = example_file.read().split("\n")
    tables = [f"table-{n:02d}" for n in range(1, options.tables + 1)]
    for table in tables:
        text = "\n".join(f"id: {table}" if line.startswith("id:") else line for line in example)
        status, body, _ = request(address, "PUT", f"/api/v1/canvases/{table}", text,
                                  {"Content-Type": "application/yaml"})
        if status != 201:
            server.kill()
            sys.exit(f"could not create {table}: {status} {body[:300]!r}")

    room = Room()
    stop = threading.Event()
    streams = []
    threads = []
    for table in tables:
        for index in range(options.clients):
            device = f"{table}-device-{index + 1}"
            threads.append(threading.Thread(target=listen, args=(address, table, device, room, stop, streams),
                                           daemon=True))
            threads.append(threading.Thread(target=edit, args=(address, table, device, options.interval, room, stop,
                                                                random.Random(rng.random())), daemon=True))
    for thread in threads:
        thread.start()
    time.sleep(options.seconds)
    stop.set()
    with room.lock:
        for sock in streams:
            try:
                sock.shutdown(2)
            except OSError:
                pass
    for thread in threads:
        thread.join(timeout=15)

    peak_kb = 0
    with open(f"/proc/{server.pid}/status") as status_file:
        for line in status_file:
            if line.startswith("VmHWM:"):
                peak_kb = int(line.split()[1])

    lost = 0
    for table in tables:
        status, body, _ = request(address, "GET", f"/api/v1/canvases/{table}")
        needs = {n.get("id"): n.get("text") for n in json.loads(body)["canvas"].get("needs", [])}
        for index in range(options.clients):
            device = f"{table}-device-{index + 1}"
            expected = room.last_text.get((table, device))
            if expected is not None and needs.get(f"need-{device}") != expected:
                lost += 1
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()

    latencies = [x * 1000 for x in room.latencies]
    delays = [x * 1000 for x in room.delays]
    print(f"tables × devices: {options.tables} × {options.clients}, {options.seconds:.0f} s, "
          f"one save per device every {options.interval} s on average")
    print(f"saves: {len(latencies)}, conflicts (412): {room.conflicts}, errors: {len(room.errors)}")
    print(f"save latency: median {statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 0.99):.1f} ms, "
          f"max {max(latencies):.1f} ms")
    if delays:
        print(f"live-update delay: median {statistics.median(delays):.1f} ms, p99 {percentile(delays, 0.99):.1f} ms, "
              f"max {max(delays):.1f} ms ({len(delays)} deliveries)")
    print(f"server peak memory (VmHWM): {peak_kb / 1024:.1f} MB")
    print(f"lost edits: {lost}")
    for message in room.errors:
        print(f"error: {message}")
    targets = [
        ("p99 save latency <= 50 ms", percentile(latencies, 0.99) <= 50),
        ("p99 live-update delay <= 1000 ms", bool(delays) and percentile(delays, 0.99) <= 1000),
        ("peak memory <= 200 MB", peak_kb <= 200 * 1024),
        ("no lost edit", lost == 0),
        ("no error", not room.errors),
    ]
    for name, met in targets:
        print(f"{'PASS' if met else 'FAIL'} {name}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
