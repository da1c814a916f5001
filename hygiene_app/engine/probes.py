"""The seams: every way a check may read the machine.

Checks never call `subprocess`, `open`, `requests` or `psutil` themselves. They ask these small
interfaces, whose answers are typed values (a missing tool or a timeout is an outcome, not an
exception). That is what lets the same check run live, under test on recorded outputs, and from a
snapshot of somebody else's machine.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Protocol

from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.model import OSFamily


class CommandOutcome(enum.StrEnum):
    #: The command ran to the end; look at `returncode`, `stdout` and `stderr`.
    OK = "ok"
    NOT_FOUND = "not_found"
    TIMEOUT = "timeout"
    PERMISSION_DENIED = "permission_denied"
    CANCELLED = "cancelled"
    #: The command could not be started for another reason (see `message`).
    FAILED = "failed"
    #: The command printed more than a probe reads (`yes`, a runaway log): it was stopped, and
    #: what it printed is cut at the limit, so it is no answer.
    TOO_MUCH_OUTPUT = "too_much_output"


@dataclass(frozen=True, slots=True)
class CommandResult:
    argv: tuple[str, ...]
    outcome: CommandOutcome
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""
    duration: float = 0.0
    message: str = ""

    @property
    def ran(self) -> bool:
        return self.outcome is CommandOutcome.OK

    @property
    def output(self) -> str:
        """stdout and stderr together: several tools print their verdict on stderr."""
        if self.stdout and self.stderr:
            return f"{self.stdout.rstrip()}\n{self.stderr}"
        return self.stdout or self.stderr

    def why_not(self) -> str:
        """A sentence for an unknown finding when the command gave no usable answer."""
        name = self.argv[0] if self.argv else "command"
        match self.outcome:
            case CommandOutcome.NOT_FOUND:
                return fmt(N_("'{name}' is not installed"), name=name)
            case CommandOutcome.TIMEOUT:
                return fmt(N_("'{name}' did not answer in time"), name=name)
            case CommandOutcome.PERMISSION_DENIED:
                return fmt(N_("the app is not allowed to run '{name}'"), name=name)
            case CommandOutcome.CANCELLED:
                return N_("the checkup was cancelled")
            case CommandOutcome.FAILED:
                # The message is the OS's own words (or the runner's, marked there).
                return fmt(
                    N_("'{name}' could not be started: {message}"),
                    name=name,
                    message=self.message,
                )
            case CommandOutcome.TOO_MUCH_OUTPUT:
                return fmt(
                    N_("'{name}' printed more than the app reads, so it was stopped"), name=name
                )
            case CommandOutcome.OK:
                first = (self.stderr or self.stdout).strip().splitlines()
                if not first:
                    return fmt(
                        N_("'{name}' failed with exit code {code}"),
                        name=name,
                        code=self.returncode,
                    )
                # Quoted: it is the tool's own words, not ours (two tools may print the same).
                return fmt(
                    N_("'{name}' failed with exit code {code} (\"{said}\")"),
                    name=name,
                    code=self.returncode,
                    said=first[0].strip()[:160],
                )


class CommandRunner(Protocol):
    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        """Run `argv` (never through a shell) with `LC_ALL=C`, for at most `timeout` seconds."""
        ...


class FileOutcome(enum.StrEnum):
    OK = "ok"
    MISSING = "missing"
    DENIED = "denied"
    #: Unreadable for another reason: a directory, too large, an I/O error.
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class FileRead:
    path: str
    outcome: FileOutcome
    text: str = ""
    #: Modification time (seconds since the epoch) when known.
    mtime: float | None = None
    #: Size in bytes, when the reader looked (`read_first_line` does).
    size: int | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is FileOutcome.OK


#: `read_first_line` reads at most this many bytes of a file.
FIRST_LINE_BYTES = 4096


def first_line(text: str) -> str:
    """The first line of `text`, without its line ending, at most FIRST_LINE_BYTES characters."""
    return text.split("\n", 1)[0].removesuffix("\r")[:FIRST_LINE_BYTES]


class FileReader(Protocol):
    def read_text(self, path: str) -> FileRead:
        """Read a small text file; the outcome says why when it cannot."""
        ...

    def read_first_line(self, path: str) -> FileRead:
        """Only the first line of a file (at most FIRST_LINE_BYTES), with its size, for files
        whose rest may hold secrets (a password export's header): nothing below the first
        line is read, so nothing below it can reach a snapshot."""
        ...

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        """The entry names in a directory, sorted; None when it cannot be listed."""
        ...

    def mtime(self, path: str) -> float | None:
        """When the path was last modified; None when it does not exist or cannot be seen."""
        ...


class HttpOutcome(enum.StrEnum):
    OK = "ok"
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    TLS_ERROR = "tls_error"
    #: The server answered with a non-2xx status; see `status`.
    HTTP_ERROR = "http_error"
    #: Offline mode is on; nothing was sent.
    DISABLED = "disabled"
    #: The answer was longer than the caller's `max_bytes`: reading stopped there, so nothing
    #: of it is used (a cut answer could read as a complete, wrong one).
    TOO_LARGE = "too_large"


#: What an HTTP answer may weigh when the caller does not say: a page or a small JSON document.
#: Callers size `max_bytes` to what their endpoint can legitimately send.
DEFAULT_HTTP_MAX_BYTES = 1 << 20


@dataclass(frozen=True, slots=True)
class HttpResponse:
    url: str
    outcome: HttpOutcome
    status: int | None = None
    text: str = ""
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    message: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "headers", MappingProxyType(dict(self.headers)))

    @property
    def ok(self) -> bool:
        return self.outcome is HttpOutcome.OK


class HttpClient(Protocol):
    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_HTTP_MAX_BYTES,
    ) -> HttpResponse:
        """GET `url` with TLS verified; failures come back as outcomes, never exceptions.

        `timeout` bounds the whole request, redirects and body included (TIMEOUT past it), and
        an answer longer than `max_bytes` is TOO_LARGE: a hostile or broken server can neither
        hold a check forever nor fill the memory."""
        ...


@dataclass(frozen=True, slots=True)
class InterfaceAddress:
    #: "ipv4", "ipv6" or "link" (a hardware address).
    family: str
    address: str
    netmask: str | None = None
    #: The peer address of a point-to-point link.
    ptp: str | None = None


@dataclass(frozen=True, slots=True)
class NetInterface:
    name: str
    is_up: bool
    #: Unix interface flags such as "pointopoint" or "running"; empty on Windows.
    flags: tuple[str, ...] = ()
    addresses: tuple[InterfaceAddress, ...] = ()

    @property
    def has_ip(self) -> bool:
        return any(a.family in ("ipv4", "ipv6") for a in self.addresses)

    @property
    def is_point_to_point(self) -> bool:
        return "pointopoint" in self.flags or any(a.ptp for a in self.addresses)


class SystemFacts(Protocol):
    def interfaces(self) -> tuple[NetInterface, ...]: ...

    def process_names(self) -> frozenset[str]:
        """Names of running processes, lower-cased (no arguments: they can hold secrets)."""
        ...

    def boot_time(self) -> float | None:
        """When the machine started, in seconds since the epoch; None when unknown."""
        ...

    def keyring_backend(self) -> tuple[str, float] | None:
        """The Python `keyring` backend this user gets (module.Class) and its priority, found
        without reading or writing any secret; a chainer is reported as the best backend it
        chains. None when `keyring` cannot be imported."""
        ...

    def session_bus(self) -> bool | None:
        """Linux: whether this process has a D-Bus session bus to talk to (the only way apps
        reach the keyring there): False in an SSH login, a cron job or a container that was
        given none. None on other systems, and when a recording never asked."""
        ...


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch."""
        ...


@dataclass(frozen=True, slots=True)
class PlatformInfo:
    """Who and what this machine is. Checks take user and host names from here (never from
    `os` directly) so that a redacted snapshot replays with the same paths it recorded."""

    os: OSFamily
    os_version: str
    arch: str
    hostname: str
    username: str
    home: str
    #: os-release `ID` on Linux ("debian", "fedora", "arch"); empty elsewhere.
    distribution_id: str = ""
    #: os-release `ID_LIKE`, split.
    distribution_like: tuple[str, ...] = ()
    distribution_name: str = ""
    is_admin: bool = False

    def is_distribution(self, *ids: str) -> bool:
        """True when this Linux is one of `ids` or derived from one of them."""
        family = {self.distribution_id, *self.distribution_like}
        return any(i in family for i in ids)

    @property
    def display_name(self) -> str:
        if self.os is OSFamily.LINUX and self.distribution_name:
            return self.distribution_name
        if self.os is OSFamily.WINDOWS:
            # Windows 11 still reports itself as 10.0; the build number tells them apart.
            parts = self.os_version.split(".")
            if len(parts) >= 3 and parts[0] == "10" and parts[2].isdigit():
                release = "11" if int(parts[2]) >= 22000 else "10"
                return f"Windows {release} (build {parts[2]})"
        return f"{self.os.display_name} {self.os_version}".strip()


@dataclass(frozen=True, slots=True)
class AccountRecord:
    """One online account as the user's MFA inventory keeps it: never a password, a code or
    the account's login name (reports and snapshots carry these records)."""

    service: str
    domain: str
    #: "email", "banking", "social", "work", "shopping", "cloud", "other".
    category: str
    #: "on", "off", "not_offered", "unknown".
    mfa: str
    #: Methods in use: "security_key", "app", "sms", "email", "other".
    methods: tuple[str, ...] = ()
    #: Methods the service offers, when known (from the catalog).
    offered: tuple[str, ...] = ()
    #: When the user last confirmed the MFA state (seconds since the epoch).
    confirmed_at: float | None = None


@dataclass(frozen=True, slots=True)
class Inventory:
    accounts: tuple[AccountRecord, ...] = ()
    #: Months after which an MFA state should be confirmed again (a setting).
    review_months: int = 6
    #: False when the user never started an inventory on this machine.
    exists: bool = True


class InventorySource(Protocol):
    def inventory(self) -> Inventory | None:
        """The user's account inventory; None when it exists but cannot be read."""
        ...


@dataclass(frozen=True, slots=True)
class NoInventory:
    """For seams without an inventory store (tests, tools): nothing kept yet."""

    def inventory(self) -> Inventory | None:
        return Inventory(exists=False)
