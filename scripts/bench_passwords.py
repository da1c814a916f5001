"""Measure the vault audit: 10,000 synthetic logins with realistic reuse, strength + reuse, and
what a breach check of that set costs. Prints figures; asserts nothing.

Target on a 2-core machine: strength + reuse of 10,000 entries <= 15 s. The breach check makes
one request per distinct 5-hex SHA-1 prefix; `--breach-local` runs it for real against a
padded range server on 127.0.0.1 and reports the requests it received and how many were in
flight at once (at most 8).

    .venv/bin/python scripts/bench_passwords.py [--entries N] [--seed S] [--breach-local]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import string
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hygiene_app.services.passwords.audit import Issue, audit
from hygiene_app.services.passwords.breach import sha1_hex
from hygiene_app.services.passwords.vault import ExportFormat, VaultEntry

WORDS = [
    "sunshine",
    "dragon",
    "monkey",
    "football",
    "shadow",
    "master",
    "summer",
    "winter",
    "tiger",
    "hockey",
    "purple",
    "orange",
    "silver",
    "rocket",
    "planet",
    "garden",
    "coffee",
    "basket",
    "lemon",
    "falcon",
    "harbor",
    "meadow",
    "thunder",
    "candle",
    "violin",
    "pencil",
    "river",
    "mountain",
    "yellow",
    "cookie",
    "banana",
    "cheese",
    "pepper",
    "ginger",
    "maple",
    "cherry",
    "apple",
    "butter",
    "chicken",
    "soccer",
    "guitar",
    "piano",
    "camera",
    "window",
    "doctor",
    "friend",
    "family",
    "happy",
    "lucky",
    "magic",
]
COMMON = [
    "123456",
    "password",
    "123456789",
    "qwerty",
    "12345678",
    "111111",
    "1234567890",
    "1234567",
    "password1",
    "123123",
    "abc123",
    "qwerty123",
    "1q2w3e4r",
    "admin",
    "letmein",
    "welcome",
    "iloveyou",
    "monkey",
    "dragon",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "master",
    "shadow",
    "trustno1",
    "Password1",
    "P@ssw0rd",
    "Summer2024!",
    "Welcome1",
]
NAMES = [
    "anna",
    "ben",
    "carla",
    "david",
    "emma",
    "felix",
    "greta",
    "hugo",
    "iris",
    "jonas",
    "karin",
    "leo",
    "mia",
    "noah",
]
SYMBOLS = "!@#$%&*?-_"
RANDOM_ALPHABET = string.ascii_letters + string.digits + "!@#$%^&*()-_=+[]{};:,.?"


def weak_password(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return rng.choice(COMMON)
    if kind < 0.6:
        return rng.choice(WORDS) + str(rng.randint(0, 9999))
    if kind < 0.8:
        return rng.choice(NAMES).capitalize() + str(rng.randint(1950, 2025))
    return rng.choice(WORDS).capitalize() + str(rng.randint(0, 99)) + rng.choice(SYMBOLS)


def medium_password(rng: random.Random) -> str:
    return (
        rng.choice(WORDS).capitalize()
        + rng.choice(WORDS)
        + str(rng.randint(0, 999))
        + rng.choice(SYMBOLS)
    )


def strong_password(rng: random.Random) -> str:
    if rng.random() < 0.6:  # a password manager's generator
        return "".join(rng.choice(RANDOM_ALPHABET) for _ in range(rng.randint(14, 24)))
    return "-".join(rng.choice(WORDS) for _ in range(rng.randint(4, 6)))  # a passphrase


def fresh_password(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        return weak_password(rng)
    if kind < 0.6:
        return medium_password(rng)
    return strong_password(rng)


def synthetic_entries(count: int, seed: int, reuse_share: float = 0.3) -> list[VaultEntry]:
    """`count` logins; about `reuse_share` of them use one of a few favourite passwords
    (picked with a skew: a handful are used everywhere), the rest their own."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
    favourites = [fresh_password(rng) for _ in range(max(1, count // 60))]
    weights = [1 / (i + 1) for i in range(len(favourites))]
    users = [f"{n}@example.org" for n in NAMES] + NAMES
    entries = []
    for row in range(1, count + 1):
        if rng.random() < reuse_share:
            password = rng.choices(favourites, weights)[0]
        else:
            password = fresh_password(rng)
        site = f"{rng.choice(WORDS)}{rng.randint(1, 999)}.example.com"
        entries.append(VaultEntry(row, site, rng.choice(users), password))
    return entries


class _Stats:
    def __init__(self) -> None:
        self.requests = 0
        self.bad = 0
        self.running = 0
        self.max_running = 0
        self.lock = threading.Lock()


def serve(delay: float) -> None:
    """The local range server (run in its own process so that it does not share the audit's
    GIL): every /range/PREFIX gets 800-1,000 random padding lines; /stats gives the counts.
    Prints its port, then serves until stdin closes."""
    stats = _Stats()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path == "/stats":
                body = json.dumps(
                    {"requests": stats.requests, "bad": stats.bad, "max": stats.max_running}
                ).encode()
                self._send(body)
                return
            with stats.lock:
                stats.requests += 1
                stats.running += 1
                stats.max_running = max(stats.max_running, stats.running)
                if not re.fullmatch(r"/range/[0-9A-F]{5}", self.path) or (
                    self.headers.get("Add-Padding") != "true"
                ):
                    stats.bad += 1
            try:
                if delay:
                    time.sleep(delay)
                rng = random.Random(self.path)  # noqa: S311 - padding, not secrets
                lines = [
                    f"{rng.getrandbits(140):035X}:{rng.choice((0, 0, 0, 1, 7, 250))}"
                    for _ in range(rng.randint(800, 1000))
                ]
                self._send("\r\n".join(lines).encode())
            finally:
                with stats.lock:
                    stats.running -= 1

        def _send(self, body: bytes) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(httpd.server_address[1], flush=True)
    sys.stdin.read()
    httpd.shutdown()


def _breach_local(entries: list[VaultEntry], delay: float) -> None:
    from hygiene_app.engine.live import LiveHttpClient
    from hygiene_app.services.passwords.breach import RangeClient

    os.environ["NO_PROXY"] = "127.0.0.1,localhost"
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", "--latency", str(delay)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        port = server.stdout.readline() if server.stdout is not None else ""
        url = f"http://127.0.0.1:{int(port)}"
        client = RangeClient(LiveHttpClient(), url)
        started = time.perf_counter()
        checked = audit(entries, ExportFormat.BITWARDEN, breach=client)
        wall = time.perf_counter() - started
        stats = json.loads(LiveHttpClient().get(url + "/stats").text)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=10)
    print(f"local breach check:      {wall:.2f} s (strength + reuse + breach, overlapped)")
    print(f"  server latency:        {delay * 1000:.0f} ms per answer")
    print(f"  requests made (audit): {checked.breach_requests:,}")
    print(f"  requests received:     {stats['requests']:,}")
    print(f"  max in flight:         {stats['max']}")
    print(f"  malformed requests:    {stats['bad']}")
    print(f"  breached / unknown:    {checked.breached:,} / {checked.breach_unknown:,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument(
        "--breach-local",
        action="store_true",
        help="also run the breach check against a local padded range server",
    )
    parser.add_argument(
        "--latency",
        type=float,
        default=0.0,
        help="seconds the local server waits before each answer (default 0)",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.latency)
        return

    entries = synthetic_entries(args.entries, args.seed)
    counts = Counter(e.password for e in entries)
    unique = len(counts)
    reused_entries = sum(n for n in counts.values() if n > 1)
    prefixes = len({sha1_hex(p)[:5] for p in counts})
    longest = max(len(p) for p in counts)
    print(f"CPU cores:               {os.cpu_count()}")
    print(f"entries:                 {len(entries):,}")
    print(f"unique passwords:        {unique:,}")
    print(f"entries sharing a password: {reused_entries:,} ({reused_entries / len(entries):.0%})")
    print(f"longest password:        {longest} characters")

    started = time.perf_counter()
    report = audit(entries, ExportFormat.BITWARDEN)
    wall = time.perf_counter() - started
    print(f"strength + reuse:        {wall:.2f} s (target <= 15 s on 2 cores)")
    print(f"  per unique password:   {wall / unique * 1000:.2f} ms")
    print(f"  weak entries:          {report.weak:,}")
    print(f"  reused entries:        {report.reused:,}")
    print(
        "  entries with an issue: "
        f"{sum(bool(e.issues) for e in report.entries):,} "
        f"(weak only: {sum(e.issues == (Issue.WEAK,) for e in report.entries):,})"
    )
    print(f"breach check would make: {prefixes:,} HTTP requests (one per unique 5-hex prefix)")

    if args.breach_local:
        _breach_local(entries, args.latency)


if __name__ == "__main__":
    main()
