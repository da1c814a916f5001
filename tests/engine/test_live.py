"""The live seams against this machine's real processes, files and a local HTTP server.

No assertion here is about how long anything took: GUARD only keeps a broken build from hanging
the suite."""

import contextlib
import http.server
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest

from hygiene_app.engine import live
from hygiene_app.engine.live import LiveCommandRunner, LiveFileReader, LiveHttpClient, decode_output
from hygiene_app.engine.probes import CommandOutcome, CommandResult, FileOutcome, HttpOutcome

PY = sys.executable
#: Only a guard against a hang: every test here ends well inside it.
GUARD = 30.0


def gone(pid: int) -> bool:
    """Whether the process is dead (reaped, or a zombie nobody has reaped yet), waiting up to
    GUARD for a SIGKILL to land."""
    try:
        proc = psutil.Process(pid)
        for _ in range(int(GUARD * 10)):
            if proc.status() == psutil.STATUS_ZOMBIE:
                return True
            with contextlib.suppress(psutil.TimeoutExpired):
                proc.wait(0.1)
                return True
    except psutil.NoSuchProcess:
        return True
    return False


def spawns_a_grandchild(pid_file: Path) -> str:
    """A script whose child keeps the output pipe open; it writes the child's pid, then waits.
    Killing only the script would leave the reader waiting on the pipe for ten minutes."""
    return (
        "import subprocess,sys,time;"
        "child=subprocess.Popen([sys.executable,'-c','import time; time.sleep(600)']);"
        f"open({str(pid_file)!r},'w').write(str(child.pid));"
        "time.sleep(600)"
    )


def test_runs_argv_in_c_locale_without_a_shell():
    result = LiveCommandRunner().run(
        (PY, "-c", "import os,sys; print(os.environ['LC_ALL']); print(sys.argv[1])", "$HOME;ls"),
        timeout=10,
    )
    assert result.outcome is CommandOutcome.OK and result.returncode == 0
    # The argument arrives verbatim: nothing expanded it.
    assert result.stdout.splitlines() == ["C", "$HOME;ls"]


def test_missing_tool_is_a_typed_outcome():
    result = LiveCommandRunner().run(("no-such-tool-hygiene",))
    assert result.outcome is CommandOutcome.NOT_FOUND
    assert "not installed" in result.why_not()


def test_nonzero_exit_keeps_output():
    result = LiveCommandRunner().run(
        (PY, "-c", "import sys; sys.stderr.write('nope'); sys.exit(4)")
    )
    assert result.ran and result.returncode == 4 and result.stderr == "nope"


def test_timeout_stops_a_command_that_never_ends():
    result = LiveCommandRunner().run((PY, "-c", "import time; time.sleep(600)"), timeout=0.5)
    assert result.outcome is CommandOutcome.TIMEOUT
    assert result.returncode is None and not result.ran


class JumpingClock:
    """`time` as live.py sees it, except that its monotonic clock jumps far past any deadline
    once `jumped()` is true: the deadline passes exactly when the test wants it to."""

    def __init__(self, jumped: Callable[[], bool]) -> None:
        self._jumped = jumped

    def monotonic(self) -> float:
        return time.monotonic() + (1e6 if self._jumped() else 0.0)

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


def pid_written(pid_file: Path) -> bool:
    """The script writes the pid whole ('w', then one write of a few bytes)."""
    return pid_file.exists() and bool(pid_file.read_text())


def test_a_timeout_kills_the_whole_process_tree(tmp_path: Path, monkeypatch):
    pid_file = tmp_path / "grandchild.pid"
    # The deadline passes once the whole tree runs, however slow the machine is.
    monkeypatch.setattr(live, "time", JumpingClock(lambda: pid_written(pid_file)))
    result = LiveCommandRunner().run((PY, "-c", spawns_a_grandchild(pid_file)), timeout=600)
    assert result.outcome is CommandOutcome.TIMEOUT
    assert pid_file.exists(), "the script never started its child"
    assert gone(int(pid_file.read_text()))


def test_cancel_kills_the_whole_process_tree(tmp_path: Path):
    pid_file = tmp_path / "grandchild.pid"
    cancel = threading.Event()
    results: list[CommandResult] = []

    def run() -> None:
        results.append(
            LiveCommandRunner().run(
                (PY, "-c", spawns_a_grandchild(pid_file)), timeout=600, cancel=cancel
            )
        )

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    while not pid_written(pid_file):  # cancel once the whole tree runs
        assert worker.is_alive(), results
        cancel.wait(0.01)
    cancel.set()
    worker.join(GUARD)
    assert not worker.is_alive(), "cancel did not stop the command"
    assert [r.outcome for r in results] == [CommandOutcome.CANCELLED]
    assert gone(int(pid_file.read_text()))


def test_not_executable_is_permission_denied(tmp_path: Path):
    script = tmp_path / "tool"
    script.write_text("#!/bin/sh\necho hi\n")
    script.chmod(0o644)
    result = LiveCommandRunner().run((str(script),))
    # which() skips non-executables, so this is reported as not found or denied, never OK.
    assert result.outcome in (CommandOutcome.NOT_FOUND, CommandOutcome.PERMISSION_DENIED)


def test_decode_strips_bom_and_survives_bad_bytes():
    assert decode_output(b"\xef\xbb\xbf{}") == "{}"
    assert decode_output(b"caf\xe9") == "caf\ufffd"


def test_file_reader_outcomes(tmp_path: Path):
    reader = LiveFileReader()
    good = tmp_path / "a.conf"
    good.write_text("ENABLED=yes\n")
    read = reader.read_text(str(good))
    assert read.ok and read.text == "ENABLED=yes\n" and read.mtime is not None
    assert reader.read_text(str(tmp_path / "missing")).outcome is FileOutcome.MISSING
    assert reader.read_text(str(tmp_path)).outcome is FileOutcome.ERROR
    assert reader.list_dir(str(tmp_path)) == ("a.conf",)
    assert reader.list_dir(str(tmp_path / "missing")) is None
    assert reader.mtime(str(tmp_path / "missing")) is None


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/slow":
            time.sleep(2)
        redirects = {"/redirect-same": "/", "/redirect-away": "http://127.0.0.2:9/steal"}
        if self.path in redirects:
            self.send_response(302)
            self.send_header("Location", redirects[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 500 if self.path == "/broken" else 200
        body = self.headers.get("User-Agent", "").encode()
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_http_client_outcomes(server):
    client = LiveHttpClient()
    ok = client.get(server + "/")
    assert ok.outcome is HttpOutcome.OK and ok.text.startswith("HygieneCheckup/")
    broken = client.get(server + "/broken")
    assert broken.outcome is HttpOutcome.HTTP_ERROR and broken.status == 500
    slow = client.get(server + "/slow", timeout=0.3)
    assert slow.outcome is HttpOutcome.TIMEOUT


def test_http_offline_and_refused():
    assert LiveHttpClient(offline=True).get("http://127.0.0.1:9/").outcome is HttpOutcome.DISABLED
    # Port 9 (discard) is closed here: a refused connection is "offline", not an exception.
    assert LiveHttpClient().get("http://127.0.0.1:9/", timeout=2).outcome is HttpOutcome.OFFLINE


def test_redirects_are_followed_only_within_the_same_origin(server):
    client = LiveHttpClient()
    same = client.get(server + "/redirect-same")
    assert same.outcome is HttpOutcome.OK
    elsewhere = client.get(server + "/redirect-away")
    assert elsewhere.outcome is HttpOutcome.HTTP_ERROR
    assert "another address" in elsewhere.message
