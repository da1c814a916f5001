"""The seams as they read this very machine."""

from __future__ import annotations

import contextlib
import errno
import getpass
import os
import platform as _platform
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import psutil

from hygiene_app import __version__
from hygiene_app.engine.context import Seams
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import (
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

#: A file larger than this is not a configuration file we should be parsing.
MAX_FILE_BYTES = 1 << 20
#: How often a waiting command looks at the cancel flag.
_POLL_SECONDS = 0.05
USER_AGENT = f"HygieneCheckup/{__version__}"


def decode_output(data: bytes) -> str:
    """Tools print UTF-8 here (LC_ALL=C keeps ASCII); PowerShell may prefix a BOM. Never fail."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8", errors="replace")


def current_os() -> OSFamily:
    if sys.platform.startswith("win"):
        return OSFamily.WINDOWS
    if sys.platform == "darwin":
        return OSFamily.MACOS
    return OSFamily.LINUX


@dataclass(frozen=True, slots=True)
class LiveCommandRunner:
    """Runs argument lists, never a shell, in the C locale, in their own process group so a
    timeout or cancel kills the whole tree (a child holding the pipes would hang us)."""

    extra_env: Mapping[str, str] = field(default_factory=dict)

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        argv = tuple(argv)
        started = time.monotonic()
        exe = shutil.which(argv[0]) if argv else None
        if exe is None:
            return CommandResult(argv, CommandOutcome.NOT_FOUND, message="not installed")
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
            return CommandResult(argv, CommandOutcome.NOT_FOUND, message="not installed")
        except OSError as exc:
            outcome = (
                CommandOutcome.PERMISSION_DENIED
                if exc.errno in (errno.EACCES, errno.EPERM)
                else CommandOutcome.FAILED
            )
            return CommandResult(argv, outcome, message=str(exc))

        deadline = started + max(0.0, timeout)
        while True:
            left = deadline - time.monotonic()
            try:
                out, err = proc.communicate(timeout=max(0.0, min(_POLL_SECONDS, left)))
                break
            except subprocess.TimeoutExpired:
                stop = None
                if cancel is not None and cancel.is_set():
                    stop = CommandOutcome.CANCELLED
                elif time.monotonic() >= deadline:
                    stop = CommandOutcome.TIMEOUT
                if stop is not None:
                    _kill_tree(proc)
                    out, err = _drain(proc)
                    return CommandResult(
                        argv,
                        stop,
                        returncode=None,
                        stdout=decode_output(out),
                        stderr=decode_output(err),
                        duration=time.monotonic() - started,
                        message=f"stopped after {timeout:.1f}s"
                        if stop is CommandOutcome.TIMEOUT
                        else "",
                    )
        return CommandResult(
            argv,
            CommandOutcome.OK,
            returncode=proc.returncode,
            stdout=decode_output(out),
            stderr=decode_output(err),
            duration=time.monotonic() - started,
        )


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    if sys.platform.startswith("win"):
        proc.kill()
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()


def _drain(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """Collect what the killed process printed, without waiting on stray descendants."""
    try:
        return proc.communicate(timeout=1.0)
    except subprocess.TimeoutExpired:
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=1.0)
        return b"", b""


@dataclass(frozen=True, slots=True)
class LiveFileReader:
    def read_text(self, path: str) -> FileRead:
        p = Path(path)
        try:
            st = p.stat()
            if not p.is_file():
                return FileRead(path, FileOutcome.ERROR, mtime=st.st_mtime)
            if st.st_size > MAX_FILE_BYTES:
                return FileRead(path, FileOutcome.ERROR, mtime=st.st_mtime)
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


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme, (parts.hostname or "").lower(), parts.port


@dataclass(frozen=True, slots=True)
class LiveHttpClient:
    """requests with a User-Agent and TLS always verified. `requests` is imported on first use:
    most checkups never touch the network and should not pay for the import. Each thread keeps
    its own session, so a breach check of thousands of prefixes reuses connections (and TLS
    handshakes) instead of opening one per request."""

    offline: bool = False
    _sessions: threading.local = field(default_factory=threading.local, repr=False, compare=False)

    def _session(self) -> Any:
        import requests

        session = getattr(self._sessions, "session", None)
        if session is None:
            session = requests.Session()
            session.verify = True
            self._sessions.session = session
        return session

    def get(
        self, url: str, *, timeout: float = 10.0, headers: Mapping[str, str] | None = None
    ) -> HttpResponse:
        if self.offline:
            return HttpResponse(url, HttpOutcome.DISABLED, message="offline mode")
        import requests

        target = url
        try:
            # Redirects are followed only within the same origin: a request may carry a key
            # (HIBP's) that must never reach another host, nor travel downgraded to http.
            for _hop in range(MAX_REDIRECTS + 1):
                response = self._session().get(
                    target,
                    timeout=timeout,
                    headers={"User-Agent": USER_AGENT, **(headers or {})},
                    verify=True,
                    allow_redirects=False,
                )
                location = response.headers.get("Location") if response.is_redirect else None
                if location is None:
                    break
                following = urljoin(target, location)
                if _origin(following) != _origin(url):
                    return HttpResponse(
                        url,
                        HttpOutcome.HTTP_ERROR,
                        status=response.status_code,
                        message="redirected to another address, not followed",
                    )
                target = following
            else:
                return HttpResponse(url, HttpOutcome.HTTP_ERROR, message="too many redirects")
        except requests.exceptions.SSLError as exc:
            return HttpResponse(url, HttpOutcome.TLS_ERROR, message=str(exc)[:200])
        except requests.exceptions.Timeout:
            return HttpResponse(url, HttpOutcome.TIMEOUT, message=f"no answer in {timeout:.0f}s")
        except requests.exceptions.RequestException as exc:
            return HttpResponse(url, HttpOutcome.OFFLINE, message=str(exc)[:200])
        outcome = HttpOutcome.OK if response.ok else HttpOutcome.HTTP_ERROR
        return HttpResponse(
            url,
            outcome,
            status=response.status_code,
            text=response.text,
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
        version = _platform.mac_ver()[0]
    elif os_family is OSFamily.WINDOWS:
        version = _platform.version()
    else:
        version = release.get("VERSION_ID", _platform.release())
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
