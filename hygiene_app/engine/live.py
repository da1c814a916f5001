"""The seams as they read this very machine."""

from __future__ import annotations

import codecs
import contextlib
import errno
import functools
import getpass
import ntpath
import os
import platform as _platform
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.client import HTTPException
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urljoin, urlsplit

import psutil

from hygiene_app import __version__
from hygiene_app.engine.context import Seams
from hygiene_app.engine.i18n import N_, Number, fmt
from hygiene_app.engine.macos import macos_version
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import (
    DEFAULT_HTTP_MAX_BYTES,
    FIRST_LINE_BYTES,
    CommandOutcome,
    CommandResult,
    FileOutcome,
    FileRead,
    HttpOutcome,
    HttpResponse,
    InterfaceAddress,
    InventorySource,
    NetInterface,
    NoInventory,
    PlatformInfo,
)

#: A file larger than this is not a configuration file we should be parsing. Browsers' own
#: settings files grow with use: a busy Chrome profile's `Preferences` passes 1 MiB (site
#: settings pile up in it), and then every browser check could not tell.
MAX_FILE_BYTES = 4 << 20
#: How much of each of a command's stdout and stderr is read: far more than any probe's tool
#: prints (a long package list is a few hundred KB), far less than a flood can fill.
MAX_OUTPUT_BYTES = 8 << 20
#: What a flooded command's result keeps of its output (for a snapshot or a bug report).
_FLOOD_KEEP_BYTES = 64 << 10
_READ_BYTES = 64 << 10
#: How long a stopped command's readers and exit are waited for.
_DRAIN_SECONDS = 1.0
#: How often a waiting command looks at the cancel flag.
_POLL_SECONDS = 0.05
USER_AGENT = f"HygieneCheckup/{__version__}"


def decode_output(data: bytes, console_encoding: str | None = None) -> str:
    """A tool's output (or a small file) as text; never fails.

    Tools print UTF-8 here (LC_ALL=C keeps ASCII); PowerShell may prefix a BOM, and a UTF-16
    byte order mark says UTF-16. On Windows (`console_encoding` given: the console's OEM code
    page, "cp850" in Germany, "cp437", "cp932" in Japan) console tools such as reg, netsh,
    schtasks or manage-bde print in that code page, and a few (wsl.exe) in UTF-16 without a
    mark: output that is not UTF-8 is read in it, rather than every accented letter turning
    into a replacement character."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le", errors="replace")
    if console_encoding is None:
        return data.decode("utf-8", errors="replace")
    if _looks_like_utf16le(data):
        return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # UTF-8 cut inside its last character
            return data.decode("utf-8", errors="replace")
    try:
        return data.decode(console_encoding, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _looks_like_utf16le(data: bytes) -> bool:
    """Text in UTF-16LE without a byte order mark: mostly Latin letters, so at least half of
    the odd bytes are zero. A code page or UTF-8 never prints a zero byte."""
    high = data[1::2]
    return len(data) >= 2 and high.count(0) * 2 >= len(high)


@functools.cache
def windows_console_encoding() -> str | None:
    """The OEM code page Windows console tools print in ("cp850"), when this is Windows and
    Python knows it; else None."""
    if not sys.platform.startswith("win"):
        return None
    try:
        import ctypes

        name = f"cp{int(ctypes.windll.kernel32.GetOEMCP())}"
        codecs.lookup(name)
    except (AttributeError, OSError, ValueError, LookupError):
        return None
    return name


def current_os() -> OSFamily:
    if sys.platform.startswith("win"):
        return OSFamily.WINDOWS
    if sys.platform == "darwin":
        return OSFamily.MACOS
    return OSFamily.LINUX


#: Where system tools live that a user's PATH may leave out (Debian's does, for the desktop
#: too): ufw, nft, iptables, zfs are then installed but not "found". Searched after PATH.
SYSTEM_SBIN = ("/usr/local/sbin", "/usr/sbin", "/sbin")


def find_executable(name: str) -> str | None:
    """The program `argv[0]` names, as the runner starts it: on PATH, else in SYSTEM_SBIN.
    On Windows not `shutil.which`:
    Python 3.11's searches the current folder first, so a `reg.exe` or `powershell.exe`
    left in the folder the app was started from (Downloads) would run instead of Windows'
    own, and it misses PowerShell when PATH lost its folder."""
    if not sys.platform.startswith("win"):
        found = shutil.which(name)
        if found is None and "/" not in name:
            found = shutil.which(name, path=os.pathsep.join(SYSTEM_SBIN))
        return found
    return windows_which(
        name,
        path=os.environ.get("PATH", ""),
        pathext=os.environ.get("PATHEXT", ".COM;.EXE;.BAT;.CMD"),
        system_root=os.environ.get("SYSTEMROOT", "C:\\Windows"),
        is_file=_is_program_file,
    )


def _is_program_file(path: str) -> bool:
    """As `shutil.which` tests it: an app execution alias (winget.exe in WindowsApps) is a
    reparse point that exists but may not read as a regular file."""
    candidate = Path(path)
    return candidate.exists() and not candidate.is_dir()


def windows_which(
    name: str, *, path: str, pathext: str, system_root: str, is_file: Callable[[str], bool]
) -> str | None:
    """Windows' own search order without the current folder: System32 (and PowerShell's
    folder under it) first, then the absolute folders of PATH; a name without one of
    PATHEXT's extensions is tried with each of them."""
    if not name or "\x00" in name:
        return None
    if ntpath.dirname(name):
        return name if ntpath.isabs(name) and is_file(name) else None
    system32 = ntpath.join(system_root, "System32")
    folders = [system32, ntpath.join(system32, "WindowsPowerShell", "v1.0"), system_root]
    folders += [f for f in (p.strip().strip('"') for p in path.split(";")) if ntpath.isabs(f)]
    extensions = [e for e in pathext.lower().split(";") if e.startswith(".")]
    if any(name.lower().endswith(e) for e in extensions):
        names = [name]
    else:
        names = [name + e for e in extensions]
    seen: set[str] = set()
    for folder in folders:
        if folder.lower() in seen:
            continue
        seen.add(folder.lower())
        for candidate in names:
            full = ntpath.join(folder, candidate)
            if is_file(full):
                return full
    return None


@dataclass(frozen=True, slots=True)
class LiveCommandRunner:
    """Runs argument lists, never a shell, in the C locale, in their own process group so a
    timeout or cancel kills the whole tree (a child holding the pipes would hang us).

    Each of stdout and stderr is read up to `max_output_bytes`: a tool that prints more (a
    flood like `yes`) is stopped with its tree and the outcome is TOO_MUCH_OUTPUT, so a probe
    can never fill the memory."""

    extra_env: Mapping[str, str] = field(default_factory=dict)
    max_output_bytes: int = MAX_OUTPUT_BYTES
    #: What output that is not UTF-8 is read in (see `decode_output`): Windows' OEM code page.
    console_encoding: str | None = field(default_factory=windows_console_encoding)

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        argv = tuple(argv)
        started = time.monotonic()
        exe = find_executable(argv[0]) if argv else None
        if exe is None:
            return CommandResult(argv, CommandOutcome.NOT_FOUND, message=N_("not installed"))
        env = {**os.environ, "LC_ALL": "C", "LANG": "C", "LANGUAGE": "C", **self.extra_env}
        kwargs: dict[str, Any] = {}
        if sys.platform.startswith("win"):
            kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        else:
            kwargs["start_new_session"] = True
        try:
            proc = subprocess.Popen(  # noqa: S603 - argv list from the check's own constants
                [exe, *argv[1:]],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                **kwargs,
            )
        except PermissionError as exc:
            return CommandResult(argv, CommandOutcome.PERMISSION_DENIED, message=str(exc))
        except FileNotFoundError:
            return CommandResult(argv, CommandOutcome.NOT_FOUND, message=N_("not installed"))
        except OSError as exc:
            outcome = (
                CommandOutcome.PERMISSION_DENIED
                if exc.errno in (errno.EACCES, errno.EPERM)
                else CommandOutcome.FAILED
            )
            return CommandResult(argv, outcome, message=str(exc))

        wake = threading.Event()
        out = _Capture(proc.stdout, self.max_output_bytes, wake)
        err = _Capture(proc.stderr, self.max_output_bytes, wake)
        stop = _wait(proc, out, err, wake, started + max(0.0, timeout), cancel)
        if stop is not None:
            _kill_tree(proc)
        # Both readers end at end of file, which the kill brings. A descendant that left the
        # process group and kept a pipe open keeps only its reader alive (bounded, and it
        # closes the pipe when done), never us.
        out.join(_DRAIN_SECONDS)
        err.join(_DRAIN_SECONDS)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=_DRAIN_SECONDS)
        duration = time.monotonic() - started
        if stop is None:
            return CommandResult(
                argv,
                CommandOutcome.OK,
                returncode=proc.returncode,
                stdout=decode_output(out.value(), self.console_encoding),
                stderr=decode_output(err.value(), self.console_encoding),
                duration=duration,
            )
        message = ""
        keep = None
        if stop is CommandOutcome.TIMEOUT:
            message = fmt(N_("stopped after {seconds}s"), seconds=Number(timeout, 1))
        elif stop is CommandOutcome.TOO_MUCH_OUTPUT:
            message = fmt(
                N_("stopped after printing more than {n} bytes"), n=Number(self.max_output_bytes)
            )
            keep = _FLOOD_KEEP_BYTES
        return CommandResult(
            argv,
            stop,
            returncode=None,
            stdout=decode_output(out.value(keep), self.console_encoding),
            stderr=decode_output(err.value(keep), self.console_encoding),
            duration=duration,
            message=message,
        )


def _wait(
    proc: subprocess.Popen[bytes],
    out: _Capture,
    err: _Capture,
    wake: threading.Event,
    deadline: float,
    cancel: threading.Event | None,
) -> CommandOutcome | None:
    """Wait until the command is done (None) or must be stopped (the reason)."""
    while True:
        wake.clear()
        if out.flooded or err.flooded:
            return CommandOutcome.TOO_MUCH_OUTPUT
        if cancel is not None and cancel.is_set():
            return CommandOutcome.CANCELLED
        left = deadline - time.monotonic()
        if left <= 0:
            return CommandOutcome.TIMEOUT
        step = min(_POLL_SECONDS, left)
        if out.done and err.done:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=step)
                return None
        else:
            wake.wait(step)


class _Capture:
    """One output stream, read on its own thread up to `limit` bytes. Past the limit it stops
    reading and says so (`flooded`); it closes the stream when it ends."""

    def __init__(self, stream: IO[bytes] | None, limit: int, wake: threading.Event) -> None:
        self._data = bytearray()
        self._finished = threading.Event()
        self.flooded = False
        self._thread = threading.Thread(
            target=self._pump, args=(stream, max(0, limit), wake), daemon=True
        )
        self._thread.start()

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    def _pump(self, stream: IO[bytes] | None, limit: int, wake: threading.Event) -> None:
        try:
            if stream is None:
                return
            read = getattr(stream, "read1", stream.read)
            while True:
                chunk = read(_READ_BYTES)
                if not chunk:
                    return
                room = limit - len(self._data)
                self._data += chunk[:room]
                if len(chunk) > room:
                    self.flooded = True
                    return
        except (OSError, ValueError):
            return  # the pipe broke or was closed: what was read stands
        finally:
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
            self._finished.set()
            wake.set()

    def join(self, seconds: float) -> None:
        self._thread.join(seconds)

    def value(self, keep: int | None = None) -> bytes:
        """What was read (its first `keep` bytes), once the reader has ended; nothing while a
        stray descendant still holds the pipe."""
        if not self.done:
            return b""
        return bytes(self._data if keep is None else self._data[:keep])


def _kill_tree(proc: subprocess.Popen[bytes], *, windows: bool | None = None) -> None:
    if sys.platform.startswith("win") if windows is None else windows:
        # Windows has no process groups here: the descendants are found (before the parent
        # dies) and killed too, or a child holding the pipes would outlive the timeout.
        descendants = []
        if proc.poll() is None:  # else its pid may already be another process's
            with contextlib.suppress(psutil.Error):
                descendants = psutil.Process(proc.pid).children(recursive=True)
        proc.kill()
        for child in descendants:
            with contextlib.suppress(psutil.Error):
                child.kill()
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()


@dataclass(frozen=True, slots=True)
class LiveFileReader:
    def read_text(self, path: str) -> FileRead:
        p = Path(path)
        try:
            st = p.stat()
            if not p.is_file():
                return FileRead(path, FileOutcome.ERROR, mtime=st.st_mtime)
            if st.st_size > MAX_FILE_BYTES:
                return FileRead(path, FileOutcome.ERROR, mtime=st.st_mtime, size=st.st_size)
            data = p.read_bytes()[:MAX_FILE_BYTES]
        except FileNotFoundError:
            return FileRead(path, FileOutcome.MISSING)
        except NotADirectoryError:
            return FileRead(path, FileOutcome.MISSING)
        except PermissionError:
            return FileRead(path, FileOutcome.DENIED)
        except OSError:
            return FileRead(path, FileOutcome.ERROR)
        return FileRead(path, FileOutcome.OK, decode_output(data), st.st_mtime)

    def read_first_line(self, path: str) -> FileRead:
        p = Path(path)
        try:
            st = p.stat()
            if not p.is_file():
                return FileRead(path, FileOutcome.ERROR, mtime=st.st_mtime)
            with p.open("rb") as stream:
                head = stream.read(FIRST_LINE_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return FileRead(path, FileOutcome.MISSING)
        except PermissionError:
            return FileRead(path, FileOutcome.DENIED)
        except OSError:
            return FileRead(path, FileOutcome.ERROR)
        line = head.split(b"\n", 1)[0].removesuffix(b"\r")
        return FileRead(path, FileOutcome.OK, decode_output(line), st.st_mtime, st.st_size)

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        try:
            return tuple(sorted(entry.name for entry in Path(path).iterdir()))
        except OSError:
            return None

    def mtime(self, path: str) -> float | None:
        try:
            return Path(path).stat().st_mtime
        except OSError:
            return None


MAX_REDIRECTS = 3
#: Bytes of an HTTP body read at a time (after decompression).
_HTTP_CHUNK_BYTES = 64 << 10


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


@dataclass(frozen=True, slots=True)
class LiveHttpClient:
    """requests with a User-Agent and TLS always verified. `requests` is imported on first use:
    most checkups never touch the network and should not pay for the import. Each thread keeps
    its own session, so a breach check of thousands of prefixes reuses connections (and TLS
    handshakes) instead of opening one per request.

    Every answer is streamed and read up to the caller's `max_bytes` (past it: TOO_LARGE),
    and `timeout` is a deadline for the whole request, redirects and body included (past it:
    TIMEOUT): `requests`' own timeout bounds only each socket read, which a server trickling
    one byte at a time renews for ever (see engine/http_deadline.py)."""

    offline: bool = False
    _sessions: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    def _session(self) -> Any:
        import requests

        from hygiene_app.engine.http_deadline import WatchedAdapter

        session = getattr(self._sessions, "session", None)
        if session is None:
            session = requests.Session()
            session.verify = True
            session.mount("https://", WatchedAdapter())
            session.mount("http://", WatchedAdapter())
            self._sessions.session = session
        return session

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_HTTP_MAX_BYTES,
    ) -> HttpResponse:
        if self.offline:
            return HttpResponse(url, HttpOutcome.DISABLED, message=N_("offline mode"))
        import requests

        from hygiene_app.engine.http_deadline import RequestWatch

        late = HttpResponse(
            url,
            HttpOutcome.TIMEOUT,
            message=fmt(N_("no answer in {seconds}s"), seconds=Number(timeout, 0)),
        )
        with RequestWatch(timeout) as watch:
            try:
                answer = self._fetch(url, watch, headers or {}, max_bytes)
            except requests.exceptions.SSLError as exc:
                answer = HttpResponse(url, HttpOutcome.TLS_ERROR, message=str(exc)[:200])
            except requests.exceptions.Timeout:
                answer = late
            except (
                requests.exceptions.RequestException,
                HTTPException,
                OSError,
                ValueError,
            ) as exc:
                # RequestException is an OSError; the others are what a socket shut by the
                # deadline can raise from below requests.
                answer = HttpResponse(url, HttpOutcome.OFFLINE, message=str(exc)[:200])
        # Whatever the request made of its sockets being shut (an error, or a body that
        # seemed to end), past the deadline there is no trustworthy answer.
        return late if watch.expired else answer

    def _fetch(
        self, url: str, watch: Any, headers: Mapping[str, str], max_bytes: int
    ) -> HttpResponse:
        target = url
        # Redirects are followed only within the same origin: a request may carry a key
        # (HIBP's) that must never reach another host, nor travel downgraded to http.
        for _hop in range(MAX_REDIRECTS + 1):
            left = watch.remaining()
            if left <= 0:
                return HttpResponse(url, HttpOutcome.TIMEOUT, message=N_("no answer in time"))
            response = self._session().get(
                target,
                timeout=(left, left),
                headers={"User-Agent": USER_AGENT, **headers},
                verify=True,
                allow_redirects=False,
                stream=True,
            )
            try:
                location = response.headers.get("Location") if response.is_redirect else None
                if location is None:
                    return _read_body(url, response, max_bytes)
                following = urljoin(target, location)
                if _origin(following) != _origin(url):
                    return HttpResponse(
                        url,
                        HttpOutcome.HTTP_ERROR,
                        status=response.status_code,
                        message=N_("redirected to another address, not followed"),
                    )
            finally:
                response.close()
            target = following
        return HttpResponse(url, HttpOutcome.HTTP_ERROR, message=N_("too many redirects"))


def _read_body(url: str, response: Any, max_bytes: int) -> HttpResponse:
    """The streamed body, decoded, unless it is longer than `max_bytes` (counted after
    decompression: that is what fills the memory)."""
    too_large = HttpResponse(
        url,
        HttpOutcome.TOO_LARGE,
        status=response.status_code,
        message=fmt(N_("the answer is larger than {n} bytes"), n=Number(max_bytes)),
    )
    declared = str(response.headers.get("Content-Length", "")).strip()
    if declared.isascii() and declared.isdigit() and int(declared) > max_bytes:
        return too_large
    from hygiene_app.engine.http_body import body_chunks

    data = bytearray()
    for chunk in body_chunks(response, _HTTP_CHUNK_BYTES):
        data += chunk
        if len(data) > max_bytes:
            return too_large
    try:
        text = bytes(data).decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        text = bytes(data).decode("utf-8", errors="replace")
    return HttpResponse(
        url,
        HttpOutcome.OK if response.ok else HttpOutcome.HTTP_ERROR,
        status=response.status_code,
        text=text,
        headers=dict(response.headers),
    )


_FAMILIES = {socket.AF_INET: "ipv4", socket.AF_INET6: "ipv6", psutil.AF_LINK: "link"}


@dataclass(frozen=True, slots=True)
class LiveSystemFacts:
    def interfaces(self) -> tuple[NetInterface, ...]:
        stats = psutil.net_if_stats()
        addrs = psutil.net_if_addrs()
        result = []
        for name in sorted(set(stats) | set(addrs)):
            st = stats.get(name)
            flags = tuple(f for f in (getattr(st, "flags", "") or "").split(",") if f)
            result.append(
                NetInterface(
                    name=name,
                    is_up=bool(st and st.isup),
                    flags=flags,
                    addresses=tuple(
                        InterfaceAddress(
                            family=_FAMILIES.get(a.family, str(a.family)),
                            address=a.address,
                            netmask=a.netmask,
                            ptp=a.ptp,
                        )
                        for a in addrs.get(name, ())
                    ),
                )
            )
        return tuple(result)

    def process_names(self) -> frozenset[str]:
        names = set()
        for proc in psutil.process_iter(["name"]):
            name = proc.info.get("name")
            if name:
                names.add(str(name).lower())
        return frozenset(names)

    def boot_time(self) -> float | None:
        try:
            return float(psutil.boot_time())
        except (OSError, RuntimeError):
            return None

    def keyring_backend(self) -> tuple[str, float] | None:
        """Only the backend's class and priority: no secret is read or written, so a locked
        keyring never pops up an unlock prompt. Imported here: it scans entry points."""
        try:
            import keyring
            from keyring.backends import chainer
        except ImportError:
            return None
        try:
            backend: Any = keyring.get_keyring()
            if isinstance(backend, chainer.ChainerBackend):
                chained = list(backend.backends)
                if chained:
                    backend = chained[0]
            kind = type(backend)
            return f"{kind.__module__}.{kind.__qualname__}", float(backend.priority)
        except Exception as exc:  # a broken backend or keyringrc.cfg: unusable, say which
            return f"error: {type(exc).__name__}", -1.0

    def session_bus(self) -> bool | None:
        if current_os() is not OSFamily.LINUX:
            return None
        return session_bus_reachable(os.environ.get("DBUS_SESSION_BUS_ADDRESS", ""))


def session_bus_reachable(address: str, exists: Callable[[str], bool] = os.path.exists) -> bool:
    """Whether a D-Bus address names a bus that may be there: one entry that is not a
    `unix:path=` socket that is gone (a tmux or screen session keeps the address of a desktop
    session that ended). Abstract sockets and other transports cannot be seen without
    connecting; they count as there. Empty (an SSH login, cron, most containers): False."""
    for entry in address.split(";"):
        transport, _, params = entry.strip().partition(":")
        if not transport:
            continue
        keys = dict(p.partition("=")[::2] for p in params.split(",") if p)
        if transport == "unix" and "path" in keys and not exists(unquote(keys["path"])):
            continue
        return True
    return False


@dataclass(frozen=True, slots=True)
class SystemClock:
    def now(self) -> float:
        return time.time()


def _os_release() -> dict[str, str]:
    try:
        return _platform.freedesktop_os_release()
    except OSError:
        return {}


def _is_admin(os_family: OSFamily) -> bool:
    if os_family is OSFamily.WINDOWS:
        try:
            import ctypes

            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return False
    return hasattr(os, "geteuid") and os.geteuid() == 0


def detect_platform() -> PlatformInfo:
    os_family = current_os()
    release = _os_release() if os_family is OSFamily.LINUX else {}
    if os_family is OSFamily.MACOS:
        version = macos_version(_platform.mac_ver()[0])
    elif os_family is OSFamily.WINDOWS:
        version = _platform.version()
    else:
        # Debian testing and sid, Arch and other rolling releases have no VERSION_ID; the
        # kernel's release ("6.12.9-amd64") is not the system's version, so none is said.
        version = release.get("VERSION_ID", "").strip()
    try:
        username = getpass.getuser()
    except (OSError, KeyError):
        username = ""
    return PlatformInfo(
        os=os_family,
        os_version=version,
        arch=_platform.machine(),
        hostname=socket.gethostname(),
        username=username,
        home=str(Path.home()),
        distribution_id=release.get("ID", ""),
        distribution_like=tuple(release.get("ID_LIKE", "").split()),
        distribution_name=release.get("PRETTY_NAME", ""),
        is_admin=_is_admin(os_family),
    )


def live_seams(*, offline: bool = False, inventory: InventorySource | None = None) -> Seams:
    """This machine; `inventory` is the user's account inventory store, when the caller has
    one (the engine cannot know where the app keeps it)."""
    return Seams(
        commands=LiveCommandRunner(),
        files=LiveFileReader(),
        http=LiveHttpClient(offline=offline),
        system=LiveSystemFacts(),
        clock=SystemClock(),
        platform=detect_platform(),
        inventory=inventory or NoInventory(),
    )
