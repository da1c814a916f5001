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


# ----- Windows' console output, executables and process trees (constructed on this Linux) -----


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        # netsh/manage-bde on German Windows print in the OEM code page 850.
        ("Verschlüsselung: Aktiviert".encode("cp850"), "cp850", "Verschlüsselung: Aktiviert"),
        ("Zeitplan für Ausführung".encode("cp437"), "cp437", "Zeitplan für Ausführung"),
        # schtasks on Japanese Windows: Shift-JIS (code page 932).
        ("タスク名: 準備完了".encode("cp932"), "cp932", "タスク名: 準備完了"),
        # wsl.exe --list prints UTF-16LE without a byte order mark.
        ("Ubuntu-22.04\r\n".encode("utf-16-le"), "cp850", "Ubuntu-22.04\r\n"),
        # PowerShell told to print UTF-8 does: not read as the code page.
        ('{"Name":"Müller"}'.encode(), "cp850", '{"Name":"Müller"}'),
        # UTF-8 cut inside its last character (a flood kept 64 KB) stays UTF-8.
        ("Müller é".encode()[:-1], "cp850", "Müller \ufffd"),
        # A code page Python does not know: UTF-8 with replacement, never an error.
        (b"caf\xe9", "cp99999", "caf\ufffd"),
    ],
)
def test_decode_reads_what_windows_console_tools_print(data, encoding, text):
    assert decode_output(data, encoding) == text


def test_decode_knows_a_utf16_byte_order_mark_on_any_os():
    assert decode_output("\ufeffKeePass".encode("utf-16-le")) == "KeePass"
    # Without a console code page (Linux, macOS) nothing else changes.
    assert decode_output("Müller".encode("cp850")) == "M\ufffdller"


def test_runner_reads_output_in_the_console_code_page():
    script = "import sys; sys.stdout.buffer.write('Domänenprofil: EIN\\r\\n'.encode('cp850'))"
    result = LiveCommandRunner(console_encoding="cp850").run((PY, "-c", script), timeout=GUARD)
    assert result.outcome is CommandOutcome.OK
    assert result.stdout == "Domänenprofil: EIN\r\n"


def test_windows_which_never_runs_a_program_from_the_current_folder():
    exists = {
        "C:\\Windows\\System32\\reg.exe",
        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
        "C:\\Users\\Al\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe",
        ".\\reg.exe",
        "reg.exe",
        "evil.exe",
    }

    def which(name: str, path: str = "") -> str | None:
        return live.windows_which(
            name,
            path=path,
            pathext=".COM;.EXE;.BAT;.CMD",
            system_root="C:\\Windows",
            is_file=exists.__contains__,
        )

    assert which("reg") == "C:\\Windows\\System32\\reg.exe"
    # PowerShell is found even when PATH lost its folder.
    assert which("powershell.exe") == (
        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"
    )
    assert (
        which("winget", "C:\\Users\\Al\\AppData\\Local\\Microsoft\\WindowsApps;.;")
        == "C:\\Users\\Al\\AppData\\Local\\Microsoft\\WindowsApps\\winget.exe"
    )
    # Neither the current folder nor a relative PATH entry nor a relative name.
    assert which("evil", ".;bin") is None
    assert which(".\\reg.exe") is None
    assert which("") is None


def test_windows_kill_takes_the_descendants(tmp_path: Path):
    pid_file = tmp_path / "child.pid"
    proc = live.subprocess.Popen(
        [PY, "-c", spawns_a_grandchild(pid_file)],
        stdout=live.subprocess.DEVNULL,
        stderr=live.subprocess.DEVNULL,
    )
    try:
        for _ in range(int(GUARD * 10)):
            if pid_file.exists() and pid_file.read_text():
                break
            time.sleep(0.1)
        child = int(pid_file.read_text())
        live._kill_tree(proc, windows=True)
        assert gone(proc.pid)
        assert gone(child)
    finally:
        proc.kill()
        proc.wait(GUARD)


def test_a_system_tool_outside_the_users_path_is_found(tmp_path: Path, monkeypatch):
    """Debian leaves /usr/sbin out of a user's PATH: ufw or nft there were 'not installed'."""
    sbin = tmp_path / "sbin"
    sbin.mkdir()
    tool = sbin / "hygiene-sbin-tool"
    tool.write_text(f"#!{PY}\nprint('found')\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setattr(live, "SYSTEM_SBIN", (str(sbin),))
    result = LiveCommandRunner().run(("hygiene-sbin-tool",), timeout=GUARD)
    assert result.outcome is CommandOutcome.OK and result.stdout == "found\n"
    assert LiveCommandRunner().run(("no-such-tool-hygiene",)).outcome is CommandOutcome.NOT_FOUND


def test_a_windows_program_is_what_exists_and_is_not_a_folder(tmp_path: Path):
    """As shutil.which decides (an app execution alias is not a regular file on Windows)."""
    program = tmp_path / "winget.exe"
    program.write_bytes(b"")
    assert live._is_program_file(str(program))
    assert not live._is_program_file(str(tmp_path))
    assert not live._is_program_file(str(tmp_path / "missing.exe"))
