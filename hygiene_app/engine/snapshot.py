"""Record every read a checkup makes, and replay it later with no access to the machine.

A snapshot is one JSON file (see docs/snapshot-format.md). Support asks a user for one; tests
replay recorded Windows, macOS and Linux machines through exactly the code that runs live.

Recording wraps the live seams and keeps what they answered. Replaying answers the same
questions from the file: a command, file or URL the file does not hold behaves like one the
machine does not have (not found, missing, offline), which also keeps hand-composed fixtures
short.
"""

from __future__ import annotations

import json
import math
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from hygiene_app import __version__
from hygiene_app.engine.atomic import atomic_write_text
from hygiene_app.engine.context import Seams
from hygiene_app.engine.model import LATEST_TIME, OSFamily
from hygiene_app.engine.powershell import current_form
from hygiene_app.engine.probes import (
    DEFAULT_HTTP_MAX_BYTES,
    AccountRecord,
    CommandOutcome,
    CommandResult,
    CommandRunner,
    FileOutcome,
    FileRead,
    FileReader,
    HttpClient,
    HttpOutcome,
    HttpResponse,
    InterfaceAddress,
    Inventory,
    InventorySource,
    NetInterface,
    PlatformInfo,
    SystemFacts,
    first_line,
)
from hygiene_app.engine.redact import NetworkRedactor, Redactor
from hygiene_app.engine.safe_read import FileRefused, read_regular_file

FORMAT_NAME = "hygiene-snapshot"
FORMAT_VERSION = 1


#: The HTTP response headers a recording keeps: those the checks read (when the server sent the
#: answer and how long a cache on the way kept it, the validators, the type) and the feed cache's
#: own `X-Hygiene-*` notes. A server's cookies, a proxy's host names (Via, X-Cache) or a CDN's
#: trace ids have no business in a snapshot.
RECORDED_HEADERS = frozenset({"date", "age", "etag", "last-modified", "content-type"})
RECORDED_HEADER_PREFIX = "x-hygiene-"


def recorded_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers of a response that a recording keeps (see `RECORDED_HEADERS`), as sent."""
    return {
        name: value
        for name, value in headers.items()
        if name.lower() in RECORDED_HEADERS or name.lower().startswith(RECORDED_HEADER_PREFIX)
    }


class SnapshotError(ValueError):
    """The snapshot file cannot be used; the message says why, in one line."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    platform: PlatformInfo
    #: The machine's clock when recording started; replay runs "at" this time.
    clock: float
    commands: Mapping[tuple[str, ...], CommandResult] = field(default_factory=dict)
    files: Mapping[str, FileRead] = field(default_factory=dict)
    dirs: Mapping[str, tuple[str, ...] | None] = field(default_factory=dict)
    stats: Mapping[str, float | None] = field(default_factory=dict)
    http: Mapping[str, HttpResponse] = field(default_factory=dict)
    interfaces: tuple[NetInterface, ...] = ()
    processes: frozenset[str] = frozenset()
    boot_time: float | None = None
    #: The Python keyring backend (module.Class) and its priority; None: keyring not importable.
    keyring: tuple[str, float] | None = None
    #: Linux: a D-Bus session bus could be reached; None: not asked (older recordings too).
    session_bus: bool | None = None
    #: The user's MFA inventory as the checks saw it; None: not recorded in this snapshot.
    inventory: Inventory | None = None
    app_version: str = __version__
    redacted: bool = False
    #: The statuses the live run concluded while recording (check id -> status), so a replay
    #: can be compared with the run it came from.
    statuses: Mapping[str, str] = field(default_factory=dict)

    # ----- replay -------------------------------------------------------------------------

    def seams(self) -> Seams:
        """Seams that answer from this snapshot only."""
        return Seams(
            commands=_ReplayCommands(self),
            files=_ReplayFiles(self),
            http=_ReplayHttp(self),
            system=_ReplaySystem(self),
            clock=_FixedClock(self.clock),
            platform=self.platform,
            inventory=_ReplayInventory(self),
            replay=True,
        )

    # ----- serialisation ------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "app_version": self.app_version,
            "recorded_at": datetime.fromtimestamp(self.clock, UTC).isoformat(),
            "clock": self.clock,
            "redacted": self.redacted,
            "platform": _platform_to_json(self.platform),
            "commands": [_command_to_json(c) for c in self.commands.values()],
            "files": [
                {"path": f.path, "outcome": f.outcome.value, "text": f.text, "mtime": f.mtime}
                | ({} if f.size is None else {"size": f.size})
                for f in self.files.values()
            ],
            "dirs": [
                {"path": p, "entries": None if e is None else list(e)} for p, e in self.dirs.items()
            ],
            "stats": [{"path": p, "mtime": m} for p, m in self.stats.items()],
            "http": [
                {
                    "url": r.url,
                    "outcome": r.outcome.value,
                    "status": r.status,
                    "text": r.text,
                    "headers": dict(r.headers),
                    "message": r.message,
                }
                for r in self.http.values()
            ],
            "system": {
                "boot_time": self.boot_time,
                "processes": sorted(self.processes),
                "interfaces": [_interface_to_json(i) for i in self.interfaces],
                "keyring": None
                if self.keyring is None
                else {"backend": self.keyring[0], "priority": self.keyring[1]},
            }
            | ({} if self.session_bus is None else {"session_bus": self.session_bus}),
            "inventory": None if self.inventory is None else _inventory_to_json(self.inventory),
            "statuses": dict(self.statuses),
        }

    def save(self, path: Path) -> None:
        """Write atomically and privately (0600): a crash mid-write never leaves half a
        snapshot, and a link planted in a shared folder is never written through."""
        text = json.dumps(self.to_json(), indent=1, ensure_ascii=False) + "\n"
        atomic_write_text(path, text)

    @classmethod
    def from_json(cls, doc: object) -> Snapshot:
        try:
            _refuse_lone_surrogates(doc)
            return _parse(doc)
        except SnapshotError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise SnapshotError(f"malformed snapshot: {_describe(exc)}") from None
        except RecursionError:
            raise SnapshotError("malformed snapshot: it is nested too deeply") from None

    @classmethod
    def load(cls, path: Path) -> Snapshot:
        """The snapshot in `path`; SnapshotError (one line, naming the path once) for anything
        that is not a readable snapshot: a pipe or device, an oversized file, bad JSON, deep
        nesting, numbers that are not finite or absurdly long, text that is not Unicode."""
        try:
            raw = read_regular_file(path, MAX_SNAPSHOT_BYTES).decode("utf-8")
        except FileNotFoundError:
            raise SnapshotError(f"snapshot not found: {path}") from None
        except FileRefused as exc:
            raise SnapshotError(f"cannot read snapshot {path}: it {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise SnapshotError(f"cannot read snapshot {path}: {_describe(exc)}") from None
        try:
            doc = json.loads(
                raw, parse_constant=_no_constant, parse_int=_json_int, parse_float=_json_float
            )
        except json.JSONDecodeError as exc:
            raise SnapshotError(
                f"snapshot {path} is not valid JSON (line {exc.lineno}: {exc.msg})"
            ) from None
        except _NumberError as exc:
            raise SnapshotError(f"snapshot {path} is not usable JSON: {exc}") from None
        except (RecursionError, MemoryError):
            raise SnapshotError(f"snapshot {path} is nested too deeply") from None
        except ValueError as exc:
            raise SnapshotError(f"snapshot {path} is not usable JSON: {exc}") from None
        return cls.from_json(doc)


#: A snapshot is a few MB at most (file texts are capped at 1 MB each); far larger is not one.
MAX_SNAPSHOT_BYTES = 64 << 20
#: Digits a JSON integer may have: return codes and sizes fit; a 400-digit clock does not.
_MAX_INT_DIGITS = 20
_SURROGATE = re.compile("[\ud800-\udfff]")


class _NumberError(ValueError):
    pass


def _no_constant(name: str) -> float:
    raise _NumberError(f"{name} is not a number")


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _NumberError(f"a number has more than {_MAX_INT_DIGITS} digits")
    return int(text)


def _json_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NumberError(f"{text[:20]} is too large a number")
    return value


def _refuse_lone_surrogates(doc: object) -> None:
    """JSON's \\ud800 escapes make strings no UTF-8 can encode: printing one, or saving it,
    fails far from here. Walked without recursion (the depth is the file's to choose)."""
    stack = [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise SnapshotError("malformed snapshot: it holds text that is not Unicode")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    if isinstance(exc, OSError) and exc.strerror:
        # str(OSError) repeats the file name, which the message already gives.
        return exc.strerror
    return str(exc) or type(exc).__name__


# ----- JSON <-> model ---------------------------------------------------------------------


def _platform_to_json(p: PlatformInfo) -> dict[str, Any]:
    return {
        "os": p.os.value,
        "os_version": p.os_version,
        "arch": p.arch,
        "hostname": p.hostname,
        "username": p.username,
        "home": p.home,
        "distribution_id": p.distribution_id,
        "distribution_like": list(p.distribution_like),
        "distribution_name": p.distribution_name,
        "is_admin": p.is_admin,
    }


def _command_to_json(c: CommandResult) -> dict[str, Any]:
    return {
        "argv": list(c.argv),
        "outcome": c.outcome.value,
        "returncode": c.returncode,
        "stdout": c.stdout,
        "stderr": c.stderr,
        "duration": round(c.duration, 4),
        "message": c.message,
    }


def _interface_to_json(i: NetInterface) -> dict[str, Any]:
    return {
        "name": i.name,
        "is_up": i.is_up,
        "flags": list(i.flags),
        "addresses": [
            {"family": a.family, "address": a.address, "netmask": a.netmask, "ptp": a.ptp}
            for a in i.addresses
        ],
    }


def _text(value: object, what: str) -> str:
    """Text may be stored as a string or, for readable hand-made fixtures, a list of lines."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value) + ("\n" if value else "")
    raise SnapshotError(f"malformed snapshot: {what} must be text")


def _str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise SnapshotError(f"malformed snapshot: {what} must be a string")
    return value


#: Longest name a platform field may have: os-release's PRETTY_NAME and host names are short.
_MAX_NAME = 200


def _name(value: object, what: str) -> str:
    """A platform name shown on screen ("a recording of <OS>"): a recording must not be able to
    reverse, hide or forge that line, so control and format characters are refused."""
    text = _str(value, what)
    if len(text) > _MAX_NAME or any(unicodedata.category(c) in ("Cc", "Cf") for c in text):
        raise SnapshotError(f"malformed snapshot: {what} has control characters or is too long")
    return text


def _opt_float(value: object, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SnapshotError(f"malformed snapshot: {what} must be a number")
    if isinstance(value, int) and abs(value) > LATEST_TIME:
        raise SnapshotError(f"malformed snapshot: {what} is out of range")
    if not math.isfinite(value):
        raise SnapshotError(f"malformed snapshot: {what} must be a finite number")
    return float(value)


def _opt_time(value: object, what: str) -> float | None:
    """Seconds since the epoch, from 1970 to the year 3000: every date shown must format."""
    seconds = _opt_float(value, what)
    if seconds is not None and not 0 <= seconds <= LATEST_TIME:
        raise SnapshotError(f"malformed snapshot: {what} must be a time from 1970 to 3000")
    return seconds


def _opt_int(value: object, what: str) -> int | None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise SnapshotError(f"malformed snapshot: {what} must be a whole number")
    return value


def _opt_str(value: object, what: str) -> str | None:
    return None if value is None else _str(value, what)


def _list(doc: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise SnapshotError(f"malformed snapshot: '{key}' must be a list of objects")
    return cast(list[Mapping[str, Any]], value)


def _opt_size(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SnapshotError("malformed snapshot: files[].size must be a whole number of bytes")
    return value


def _keyring(value: object) -> tuple[str, float] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise SnapshotError("malformed snapshot: system.keyring must be an object or null")
    priority = _opt_float(value.get("priority"), "system.keyring.priority")
    if priority is None:
        raise SnapshotError("malformed snapshot: system.keyring.priority must be a number")
    return _str(value.get("backend"), "system.keyring.backend"), priority


def _parse(doc: object) -> Snapshot:
    if not isinstance(doc, dict):
        raise SnapshotError("malformed snapshot: the top level must be a JSON object")
    if doc.get("format") != FORMAT_NAME:
        raise SnapshotError("not a Hygiene Checkup snapshot (the 'format' field is missing)")
    version = doc.get("version")
    if version != FORMAT_VERSION:
        raise SnapshotError(
            f"snapshot format version {version!r} is not supported (this app reads "
            f"version {FORMAT_VERSION})"
        )
    p = doc["platform"]
    if not isinstance(p, dict):
        raise SnapshotError("malformed snapshot: 'platform' must be an object")
    try:
        os_family = OSFamily(p["os"])
    except ValueError:
        raise SnapshotError(f"malformed snapshot: unknown os {p['os']!r}") from None
    like = p.get("distribution_like", [])
    platform = PlatformInfo(
        os=os_family,
        os_version=_name(p.get("os_version", ""), "platform.os_version"),
        arch=_name(p.get("arch", ""), "platform.arch"),
        hostname=_name(p.get("hostname", "host"), "platform.hostname"),
        username=_name(p.get("username", "user"), "platform.username"),
        home=_str(p.get("home", ""), "platform.home"),
        distribution_id=_name(p.get("distribution_id", ""), "platform.distribution_id"),
        distribution_like=tuple(_name(x, "platform.distribution_like") for x in like),
        distribution_name=_name(p.get("distribution_name", ""), "platform.distribution_name"),
        is_admin=bool(p.get("is_admin", False)),
    )
    clock = _opt_time(doc["clock"], "clock")
    if clock is None:
        raise SnapshotError("malformed snapshot: 'clock' must be a number")

    commands: dict[tuple[str, ...], CommandResult] = {}
    for c in _list(doc, "commands"):
        argv = current_form(tuple(_str(a, "commands[].argv") for a in c["argv"]))
        rc = c.get("returncode")
        if rc is not None and not isinstance(rc, int):
            raise SnapshotError("malformed snapshot: commands[].returncode must be an integer")
        commands[argv] = CommandResult(
            argv=argv,
            outcome=CommandOutcome(c.get("outcome", "ok")),
            returncode=rc,
            stdout=_text(c.get("stdout"), "commands[].stdout"),
            stderr=_text(c.get("stderr"), "commands[].stderr"),
            duration=_opt_float(c.get("duration"), "commands[].duration") or 0.0,
            message=_str(c.get("message", ""), "commands[].message"),
        )

    files = {}
    for f in _list(doc, "files"):
        path = _str(f["path"], "files[].path")
        files[path] = FileRead(
            path=path,
            outcome=FileOutcome(f.get("outcome", "ok")),
            text=_text(f.get("text"), "files[].text"),
            mtime=_opt_time(f.get("mtime"), "files[].mtime"),
            size=_opt_size(f.get("size")),
        )
    dirs: dict[str, tuple[str, ...] | None] = {}
    for d in _list(doc, "dirs"):
        entries = d.get("entries")
        dirs[_str(d["path"], "dirs[].path")] = (
            None if entries is None else tuple(_str(e, "dirs[].entries") for e in entries)
        )
    stats = {
        _str(s["path"], "stats[].path"): _opt_time(s.get("mtime"), "stats[].mtime")
        for s in _list(doc, "stats")
    }
    http = {}
    for h in _list(doc, "http"):
        url = _str(h["url"], "http[].url")
        headers = h.get("headers") or {}
        http[url] = HttpResponse(
            url=url,
            outcome=HttpOutcome(h.get("outcome", "ok")),
            status=_opt_int(h.get("status"), "http[].status"),
            text=_text(h.get("text"), "http[].text"),
            headers={str(k): str(v) for k, v in dict(headers).items()},
            message=_str(h.get("message", ""), "http[].message"),
        )
    system = doc.get("system", {})
    if not isinstance(system, dict):
        raise SnapshotError("malformed snapshot: 'system' must be an object")
    interfaces = tuple(
        NetInterface(
            name=_str(i["name"], "interfaces[].name"),
            is_up=bool(i.get("is_up", False)),
            flags=tuple(_str(x, "interfaces[].flags") for x in i.get("flags", [])),
            addresses=tuple(
                InterfaceAddress(
                    family=_str(a["family"], "addresses[].family"),
                    address=_str(a["address"], "addresses[].address"),
                    netmask=_opt_str(a.get("netmask"), "addresses[].netmask"),
                    ptp=_opt_str(a.get("ptp"), "addresses[].ptp"),
                )
                for a in i.get("addresses", [])
            ),
        )
        for i in _list(system, "interfaces")
    )
    processes = frozenset(_str(n, "system.processes").lower() for n in system.get("processes", []))
    keyring = _keyring(system.get("keyring"))
    session_bus = system.get("session_bus")
    if session_bus is not None and not isinstance(session_bus, bool):
        raise SnapshotError("malformed snapshot: system.session_bus must be true, false or null")
    return Snapshot(
        platform=platform,
        clock=clock,
        commands=commands,
        files=files,
        dirs=dirs,
        stats=stats,
        http=http,
        interfaces=interfaces,
        processes=processes,
        boot_time=_opt_time(system.get("boot_time"), "system.boot_time"),
        keyring=keyring,
        session_bus=session_bus,
        inventory=_inventory(doc.get("inventory")),
        app_version=str(doc.get("app_version", "")),
        redacted=bool(doc.get("redacted", False)),
        statuses={str(k): str(v) for k, v in dict(doc.get("statuses") or {}).items()},
    )


def _inventory_to_json(inv: Inventory) -> dict[str, Any]:
    return {
        "exists": inv.exists,
        "review_months": inv.review_months,
        "accounts": [
            {
                "service": a.service,
                "domain": a.domain,
                "category": a.category,
                "mfa": a.mfa,
                "methods": list(a.methods),
                "offered": list(a.offered),
                "confirmed_at": a.confirmed_at,
            }
            for a in inv.accounts
        ],
    }


def _inventory(value: object) -> Inventory | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise SnapshotError("malformed snapshot: 'inventory' must be an object or null")
    months = value.get("review_months", 6)
    if not isinstance(months, int) or isinstance(months, bool) or months < 1:
        raise SnapshotError("malformed snapshot: inventory.review_months must be a whole number")
    accounts = tuple(
        AccountRecord(
            service=_str(a.get("service", ""), "inventory.accounts[].service"),
            domain=_str(a.get("domain", ""), "inventory.accounts[].domain"),
            category=_str(a.get("category", "other"), "inventory.accounts[].category"),
            mfa=_str(a.get("mfa", "unknown"), "inventory.accounts[].mfa"),
            methods=tuple(_str(m, "inventory.accounts[].methods") for m in a.get("methods", [])),
            offered=tuple(_str(m, "inventory.accounts[].offered") for m in a.get("offered", [])),
            confirmed_at=_opt_time(a.get("confirmed_at"), "inventory.accounts[].confirmed_at"),
        )
        for a in _list(value, "accounts")
    )
    return Inventory(accounts, months, bool(value.get("exists", True)))


# ----- replay seams -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _FixedClock:
    at: float

    def now(self) -> float:
        return self.at


@dataclass(frozen=True, slots=True)
class _ReplayInventory:
    snapshot: Snapshot

    def inventory(self) -> Inventory | None:
        return self.snapshot.inventory


@dataclass(frozen=True, slots=True)
class _ReplayCommands:
    snapshot: Snapshot

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        key = tuple(argv)
        found = self.snapshot.commands.get(key)
        if found is not None:
            return found
        return CommandResult(key, CommandOutcome.NOT_FOUND, message="not in this snapshot")


@dataclass(frozen=True, slots=True)
class _ReplayFiles:
    snapshot: Snapshot

    def read_text(self, path: str) -> FileRead:
        return self.snapshot.files.get(path) or FileRead(path, FileOutcome.MISSING)

    def read_first_line(self, path: str) -> FileRead:
        read = self.read_text(path)
        return replace(read, text=first_line(read.text)) if read.ok else read

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        return self.snapshot.dirs.get(path)

    def mtime(self, path: str) -> float | None:
        if path in self.snapshot.stats:
            return self.snapshot.stats[path]
        read = self.snapshot.files.get(path)
        return read.mtime if read else None


@dataclass(frozen=True, slots=True)
class _ReplayHttp:
    snapshot: Snapshot

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_HTTP_MAX_BYTES,
    ) -> HttpResponse:
        found = self.snapshot.http.get(url)
        if found is None:
            return HttpResponse(url, HttpOutcome.OFFLINE, message="not in this snapshot")
        if found.ok and len(found.text.encode("utf-8", errors="surrogatepass")) > max_bytes:
            # As the live client would have said: the caller reads no more than that.
            return HttpResponse(url, HttpOutcome.TOO_LARGE, status=found.status)
        return found


@dataclass(frozen=True, slots=True)
class _ReplaySystem:
    snapshot: Snapshot

    def interfaces(self) -> tuple[NetInterface, ...]:
        return self.snapshot.interfaces

    def process_names(self) -> frozenset[str]:
        return self.snapshot.processes

    def boot_time(self) -> float | None:
        return self.snapshot.boot_time

    def keyring_backend(self) -> tuple[str, float] | None:
        return self.snapshot.keyring

    def session_bus(self) -> bool | None:
        return self.snapshot.session_bus


# ----- recording ----------------------------------------------------------------------------


class Recorder:
    """Wraps live seams and keeps every answer they give, for `snapshot()` to return.

    Thread-safe: checks run in parallel and record through one recorder.
    """

    def __init__(
        self, live: Seams, *, minimise: Callable[[Snapshot], Snapshot] | None = None
    ) -> None:
        """`minimise` reduces a recording to what the checks need (see
        hygiene_app/checks/recording.py); without it everything read is kept."""
        self._live = live
        self._minimise = minimise
        self._lock = threading.Lock()
        self._clock = live.clock.now()
        self._commands: dict[tuple[str, ...], CommandResult] = {}
        self._files: dict[str, FileRead] = {}
        self._dirs: dict[str, tuple[str, ...] | None] = {}
        self._stats: dict[str, float | None] = {}
        self._http: dict[str, HttpResponse] = {}
        self._interfaces: tuple[NetInterface, ...] = ()
        self._processes: frozenset[str] = frozenset()
        self._boot_time: float | None = None
        self._keyring: tuple[str, float] | None = None
        self._session_bus: bool | None = None
        self._inventory: Inventory | None = None
        self.seams = Seams(
            commands=_RecordingCommands(self, live.commands),
            files=_RecordingFiles(self, live.files),
            http=_RecordingHttp(self, live.http),
            system=_RecordingSystem(self, live.system),
            # Replay runs at the recording's time, so the recording must too: a check that
            # compares the clock with a file's age must see the same "now" both times.
            clock=_FixedClock(self._clock),
            platform=live.platform,
            inventory=_RecordingInventory(self, live.inventory),
        )

    def _keep(self, store: dict[Any, Any], key: object, value: object) -> None:
        with self._lock:
            store[key] = value

    def snapshot(self, *, redact: bool = True) -> Snapshot:
        with self._lock:
            snap = Snapshot(
                platform=self._live.platform,
                clock=self._clock,
                commands=dict(self._commands),
                files=dict(self._files),
                dirs=dict(self._dirs),
                stats=dict(self._stats),
                http=dict(self._http),
                interfaces=self._interfaces,
                processes=self._processes,
                boot_time=self._boot_time,
                keyring=self._keyring,
                session_bus=self._session_bus,
                inventory=self._inventory,
            )
        if self._minimise is not None:
            snap = self._minimise(snap)
        return redact_snapshot(snap) if redact else snap


@dataclass(frozen=True, slots=True)
class _RecordingInventory:
    recorder: Recorder
    inner: InventorySource

    def inventory(self) -> Inventory | None:
        value = self.inner.inventory()
        with self.recorder._lock:
            self.recorder._inventory = value
        return value


@dataclass(frozen=True, slots=True)
class _RecordingCommands:
    recorder: Recorder
    inner: CommandRunner

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        result = self.inner.run(argv, timeout=timeout, cancel=cancel)
        self.recorder._keep(self.recorder._commands, result.argv, result)
        return result


@dataclass(frozen=True, slots=True)
class _RecordingFiles:
    recorder: Recorder
    inner: FileReader

    def read_text(self, path: str) -> FileRead:
        read = self.inner.read_text(path)
        self.recorder._keep(self.recorder._files, path, read)
        return read

    def read_first_line(self, path: str) -> FileRead:
        # Kept as the file's text: only the first line was read, so only it is recorded.
        read = self.inner.read_first_line(path)
        self.recorder._keep(self.recorder._files, path, read)
        return read

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        entries = self.inner.list_dir(path)
        self.recorder._keep(self.recorder._dirs, path, entries)
        return entries

    def mtime(self, path: str) -> float | None:
        value = self.inner.mtime(path)
        self.recorder._keep(self.recorder._stats, path, value)
        return value


@dataclass(frozen=True, slots=True)
class _RecordingHttp:
    recorder: Recorder
    inner: HttpClient

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_HTTP_MAX_BYTES,
    ) -> HttpResponse:
        response = self.inner.get(url, timeout=timeout, headers=headers, max_bytes=max_bytes)
        kept = replace(response, headers=recorded_headers(response.headers))
        self.recorder._keep(self.recorder._http, url, kept)
        return kept  # what the replay will answer, so the two runs read the same


@dataclass(frozen=True, slots=True)
class _RecordingSystem:
    recorder: Recorder
    inner: SystemFacts

    def interfaces(self) -> tuple[NetInterface, ...]:
        value = self.inner.interfaces()
        with self.recorder._lock:
            self.recorder._interfaces = value
        return value

    def process_names(self) -> frozenset[str]:
        value = self.inner.process_names()
        with self.recorder._lock:
            self.recorder._processes = value
        return value

    def boot_time(self) -> float | None:
        value = self.inner.boot_time()
        with self.recorder._lock:
            self.recorder._boot_time = value
        return value

    def keyring_backend(self) -> tuple[str, float] | None:
        value = self.inner.keyring_backend()
        with self.recorder._lock:
            self.recorder._keyring = value
        return value

    def session_bus(self) -> bool | None:
        value = self.inner.session_bus()
        with self.recorder._lock:
            self.recorder._session_bus = value
        return value


# ----- redaction ----------------------------------------------------------------------------


#: Browser profile files hold far more than a check needs (the signed-in account, history
#: settings); a snapshot keeps only their extension state.
_BROWSER_PREFERENCES = ("Preferences", "Secure Preferences")


def minimise(path: str, text: str) -> str:
    """What of a file a snapshot needs to keep: all of it, except Chromium profile preferences,
    reduced to `extensions.settings` (which extensions are installed and enabled)."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if name not in _BROWSER_PREFERENCES or not text:
        return text
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return ""
    settings = doc.get("extensions", {}).get("settings") if isinstance(doc, dict) else None
    if not isinstance(settings, dict):
        return json.dumps({"extensions": {}})
    return json.dumps({"extensions": {"settings": settings}})


def redact_snapshot(snap: Snapshot) -> Snapshot:
    """Replace the user's and host's names (and hardware addresses) consistently everywhere:
    keys, paths, outputs and the platform record, so the redacted file still replays."""
    r = Redactor.for_machine(snap.platform.username, snap.platform.hostname)
    # Addresses a check asks about (a public address whose route is looked up) are the
    # app's own, not the user's: they stay, so the redacted argv still matches.
    net = NetworkRedactor.keeping_addresses_in(a for c in snap.commands for a in c)
    p = snap.platform
    platform = replace(
        p, username=r.text(p.username), hostname=r.text(p.hostname), home=r.text(p.home)
    )
    commands = {}
    for c in snap.commands.values():
        argv = tuple(r.text(a) for a in c.argv)
        commands[argv] = replace(
            c,
            argv=argv,
            stdout=net.command_output(c.argv, r.text(c.stdout)),
            stderr=net.command_output(c.argv, r.text(c.stderr)),
            message=net.addresses(r.text(c.message)),
        )
    files = {
        r.text(f.path): replace(f, path=r.text(f.path), text=r.text(minimise(f.path, f.text)))
        for f in snap.files.values()
    }
    dirs = {
        r.text(path): None if entries is None else tuple(r.text(e) for e in entries)
        for path, entries in snap.dirs.items()
    }
    stats = {r.text(path): m for path, m in snap.stats.items()}
    http = {
        r.text(h.url): replace(
            h, url=r.text(h.url), text=r.text(h.text), headers=recorded_headers(h.headers)
        )
        for h in snap.http.values()
    }
    interfaces = tuple(_redact_interface(r, net, i) for i in snap.interfaces)
    return replace(
        snap,
        platform=platform,
        commands=commands,
        files=files,
        dirs=dirs,
        stats=stats,
        http=http,
        interfaces=interfaces,
        processes=frozenset(r.text(n) for n in snap.processes),
        redacted=True,
    )


def _redact_interface(r: Redactor, net: NetworkRedactor, i: NetInterface) -> NetInterface:
    return replace(
        i,
        name=r.text(i.name),
        addresses=tuple(
            replace(
                a,
                address=net.address(r.text(a.address)),
                ptp=None if a.ptp is None else net.address(r.text(a.ptp)),
            )
            for a in i.addresses
        ),
    )


def merge_fragments(
    base: Mapping[str, Any], fragments: Iterable[Mapping[str, Any]]
) -> dict[str, Any]:
    """Join a platform document with fragments holding more commands, files and system facts.

    Used to compose test snapshots of machines we cannot record here from per-area pieces.
    """
    doc: dict[str, Any] = json.loads(json.dumps(base))
    for fragment in fragments:
        for key in ("commands", "files", "dirs", "stats", "http"):
            doc.setdefault(key, []).extend(fragment.get(key, []))
        system = fragment.get("system", {})
        target = doc.setdefault("system", {})
        target.setdefault("interfaces", []).extend(system.get("interfaces", []))
        target.setdefault("processes", []).extend(system.get("processes", []))
        if system.get("boot_time") is not None:
            target["boot_time"] = system["boot_time"]
        if system.get("keyring") is not None:
            target["keyring"] = system["keyring"]
        if system.get("session_bus") is not None:
            target["session_bus"] = system["session_bus"]
    return doc
