"""Reads from outside are bounded: an HTTP answer in bytes and in wall-clock time for the whole
request, a command's output in bytes. Real local servers and real commands; no assertion on how
long anything took (a thread join with a generous limit only guards against a hang)."""

from __future__ import annotations

import gzip
import shutil
import socket
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import psutil
import pytest

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveCommandRunner, LiveHttpClient
from hygiene_app.engine.model import Status
from hygiene_app.engine.probes import (
    CommandOutcome,
    CommandResult,
    HttpOutcome,
    HttpResponse,
)
from hygiene_app.engine.snapshot import Snapshot
from tests.rawserver import GUARD_SECONDS, Handler, guarded, raw_server, read_request
from tests.support import NOW, machine

PY = sys.executable
#: 64 KB blocks a never-ending server sends (so 64 MB) before it gives up.
ENDLESS_BLOCKS = 1024


def get_guarded(client: LiveHttpClient, url: str, **kwargs: Any) -> HttpResponse:
    answer = guarded(lambda: client.get(url, **kwargs))
    assert isinstance(answer, HttpResponse)
    return answer


# ----- HTTP: wall-clock deadline -----------------------------------------------------------


def trickle_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
    while not stop.wait(0.2):
        conn.sendall(b"x")


def trickle_headers(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while not stop.wait(0.2):
        conn.sendall(b"x")


@pytest.mark.parametrize("handler", [trickle_body, trickle_headers], ids=["body", "headers"])
def test_a_trickling_server_cannot_keep_a_request_past_its_deadline(handler: Handler):
    # One byte every 0.2 s renews requests' per-read timeout for ever; the deadline is for
    # the whole request.
    with raw_server(handler) as server:
        answer = get_guarded(LiveHttpClient(), server.url + "/range/ABCDE", timeout=1.0)
    assert answer.outcome is HttpOutcome.TIMEOUT
    assert not answer.ok and answer.text == ""


def test_a_kept_alive_connection_is_under_the_next_requests_deadline_too():
    def first_fine_then_trickle(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi")
        read_request(conn)  # the same connection, reused by the session
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
        while not stop.wait(0.2):
            conn.sendall(b"x")

    client = LiveHttpClient()
    with raw_server(first_fine_then_trickle) as server:
        # On one thread: each thread has its own session, so its own connections.
        answers = guarded(
            lambda: (
                client.get(server.url + "/a", timeout=5.0),
                client.get(server.url + "/b", timeout=1.0),
            )
        )
    assert isinstance(answers, tuple)
    first, second = answers
    assert first.ok and first.text == "hi"
    assert second.outcome is HttpOutcome.TIMEOUT


# ----- HTTP: byte cap ----------------------------------------------------------------------


def endless_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
    block = b"0123456789ABCDEF" * 4096
    for _ in range(ENDLESS_BLOCKS):  # "endless": far beyond any cap, yet bounded for the test
        if stop.is_set():
            return
        conn.sendall(block)


def endless_chunks(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    block = b"y\n" * 32768
    for _ in range(ENDLESS_BLOCKS):
        if stop.is_set():
            return
        conn.sendall(b"%x\r\n%s\r\n" % (len(block), block))


def declares_a_huge_body(conn: socket.socket, stop: threading.Event) -> None:
    read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000000000000\r\n\r\n")
    stop.wait(GUARD_SECONDS)


def gzip_bomb(conn: socket.socket, stop: threading.Event) -> None:
    body = gzip.compress(b"\0" * 4_000_000)
    read_request(conn)
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n%s"
        % (len(body), body)
    )


@pytest.mark.parametrize(
    "handler",
    [endless_body, endless_chunks, declares_a_huge_body, gzip_bomb],
    ids=["endless", "chunked", "declared", "gzip-bomb"],
)
def test_an_answer_beyond_the_cap_is_too_large_not_read_on(handler: Handler):
    with raw_server(handler) as server:
        answer = get_guarded(LiveHttpClient(), server.url + "/", timeout=30.0, max_bytes=200_000)
    assert answer.outcome is HttpOutcome.TOO_LARGE
    assert not answer.ok and answer.text == ""
    assert "200,000" in answer.message


def fixed_body(size: int) -> Handler:
    def handler(conn: socket.socket, stop: threading.Event) -> None:
        read_request(conn)
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (size, b"a" * size)
        )

    return handler


def test_an_answer_up_to_the_cap_is_read_whole():
    with raw_server(fixed_body(200_000)) as server:
        answer = get_guarded(LiveHttpClient(), server.url + "/", max_bytes=200_000)
    assert answer.outcome is HttpOutcome.OK and answer.status == 200
    assert answer.text == "a" * 200_000


def test_one_byte_over_the_cap_is_too_large():
    with raw_server(fixed_body(200_001)) as server:
        answer = get_guarded(LiveHttpClient(), server.url + "/", max_bytes=200_000)
    assert answer.outcome is HttpOutcome.TOO_LARGE


def test_a_replayed_answer_beyond_the_cap_is_too_large_as_it_would_be_live():
    url = "https://example.test/all.json"
    snap = Snapshot(
        platform=machine().platform,
        clock=NOW,
        http={url: HttpResponse(url, HttpOutcome.OK, 200, "x" * 1000)},
    )
    http = snap.seams().http
    assert http.get(url, max_bytes=1000).text == "x" * 1000
    assert http.get(url, max_bytes=999).outcome is HttpOutcome.TOO_LARGE


# ----- commands: byte cap --------------------------------------------------------------------


def _gone(pid: int) -> bool:
    try:
        proc = psutil.Process(pid)
        proc.wait(GUARD_SECONDS)  # SIGKILL is delivered; this reaps or sees it end
    except psutil.NoSuchProcess:
        return True
    except psutil.TimeoutExpired:
        return False
    return True


@pytest.mark.skipif(shutil.which("yes") is None, reason="needs the 'yes' tool")
def test_a_flood_on_stdout_is_cut_and_the_command_stopped():
    runner = LiveCommandRunner(max_output_bytes=1 << 20)
    result = runner.run(("yes",), timeout=GUARD_SECONDS)
    assert result.outcome is CommandOutcome.TOO_MUCH_OUTPUT
    assert not result.ran and result.returncode is None
    assert 0 < len(result.stdout) <= 1 << 20
    assert set(result.stdout) == {"y", "\n"}
    assert "printed more than the app reads" in result.why_not()


def test_a_flood_on_stderr_is_cut_and_the_whole_tree_killed(tmp_path: Path):
    pid_file = tmp_path / "child.pid"
    script = (
        "import subprocess,sys;"
        "child=subprocess.Popen([sys.executable,'-c','import time; time.sleep(600)']);"
        f"open({str(pid_file)!r},'w').write(str(child.pid));"
        "block='e'*65536\n"
        "while True: sys.stderr.write(block)"
    )
    runner = LiveCommandRunner(max_output_bytes=1 << 20)
    result = runner.run((PY, "-c", script), timeout=GUARD_SECONDS)
    assert result.outcome is CommandOutcome.TOO_MUCH_OUTPUT
    assert result.stderr and set(result.stderr) == {"e"}
    # The grandchild was in the process group that was killed.
    assert _gone(int(pid_file.read_text()))


@pytest.mark.skipif(shutil.which("head") is None, reason="needs coreutils 'head'")
def test_output_up_to_the_cap_is_read_whole_and_one_byte_more_is_a_flood():
    runner = LiveCommandRunner(max_output_bytes=300_000)
    whole = runner.run(("head", "-c", "300000", "/dev/zero"), timeout=GUARD_SECONDS)
    assert whole.outcome is CommandOutcome.OK and whole.returncode == 0
    assert len(whole.stdout) == 300_000
    over = runner.run(("head", "-c", "300001", "/dev/zero"), timeout=GUARD_SECONDS)
    assert over.outcome is CommandOutcome.TOO_MUCH_OUTPUT


def test_the_default_cap_lets_ordinary_output_through():
    result = LiveCommandRunner().run(
        (PY, "-c", "import sys; sys.stdout.write('z'*2_000_000); sys.stderr.write('w')"),
        timeout=GUARD_SECONDS,
    )
    assert result.outcome is CommandOutcome.OK
    assert len(result.stdout) == 2_000_000 and result.stderr == "w"


@pytest.mark.parametrize(
    ("preset", "check_id"),
    [
        ("ubuntu", "NET-001"),
        ("debian", "UPD-001"),
        ("debian", "UPD-002"),
        ("windows", "NET-001"),
        ("windows", "UPD-001"),
        ("macos", "NET-001"),
        ("macos", "NET-003"),
    ],
)
def test_a_check_whose_tools_flood_says_unknown(preset: str, check_id: str):
    class Flooding:
        def run(self, argv, *, timeout=10.0, cancel=None):  # type: ignore[no-untyped-def]
            return CommandResult(tuple(argv), CommandOutcome.TOO_MUCH_OUTPUT, stdout="y\n" * 100)

    base = machine(preset)
    seams = replace(base, commands=Flooding(), platform=replace(base.platform, is_admin=True))
    finding = default_registry().get(check_id).run(ProbeContext(seams))
    assert finding.status is Status.UNKNOWN, (finding.status, finding.reason)
    assert "printed more than the app reads" in finding.reason


def test_a_busy_browser_profile_s_settings_file_is_read_and_a_huge_file_is_not(tmp_path):
    """Chrome's `Preferences` grows past 1 MiB in a profile used for years: the browser checks
    must read it. A file past the cap is refused whole (never half-parsed), its size kept."""
    from hygiene_app.engine.live import MAX_FILE_BYTES, LiveFileReader
    from hygiene_app.engine.probes import FileOutcome

    busy = tmp_path / "Preferences"
    busy.write_text('{"a": "' + "x" * (3 << 20) + '"}', encoding="utf-8")
    read = LiveFileReader().read_text(str(busy))
    assert read.outcome is FileOutcome.OK and len(read.text) > 3 << 20
    huge = tmp_path / "huge"
    huge.write_bytes(b"x" * (MAX_FILE_BYTES + 1))
    refused = LiveFileReader().read_text(str(huge))
    assert refused.outcome is FileOutcome.ERROR and refused.text == ""
    assert refused.size == MAX_FILE_BYTES + 1
