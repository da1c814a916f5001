"""Test helpers: build a machine out of recorded outputs and run a check against it.

A test machine is a replay snapshot (the same seams `--replay` uses), so tests exercise exactly
the code path that support staff use on a user's snapshot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hygiene_app.engine.check import Check
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Finding,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.probes import (
    CommandOutcome,
    CommandResult,
    CommandRunner,
    FileOutcome,
    FileRead,
    Inventory,
    NetInterface,
    PlatformInfo,
)
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.history import HistoryStore
from hygiene_app.services.machine import Machine, MemorySettings, SettingsKeeper
from hygiene_app.services.mfa.setup import MfaParts

FIXTURES = Path(__file__).parent / "fixtures"
#: 2026-11-01T00:00:00Z: the "now" of every test machine unless a test says otherwise.
NOW = 1793491200.0

_PLATFORMS = {
    "debian": PlatformInfo(
        OSFamily.LINUX,
        "12",
        "x86_64",
        "host",
        "user",
        "/home/user",
        "debian",
        (),
        "Debian GNU/Linux 12 (bookworm)",
    ),
    "ubuntu": PlatformInfo(
        OSFamily.LINUX,
        "22.04",
        "x86_64",
        "host",
        "user",
        "/home/user",
        "ubuntu",
        ("debian",),
        "Ubuntu 22.04.4 LTS",
    ),
    "fedora": PlatformInfo(
        OSFamily.LINUX,
        "40",
        "x86_64",
        "host",
        "user",
        "/home/user",
        "fedora",
        (),
        "Fedora Linux 40 (Workstation Edition)",
    ),
    "arch": PlatformInfo(
        OSFamily.LINUX,
        "",
        "x86_64",
        "host",
        "user",
        "/home/user",
        "arch",
        (),
        "Arch Linux",
    ),
    "windows": PlatformInfo(
        OSFamily.WINDOWS,
        "10.0.22631",
        "AMD64",
        "host",
        "user",
        "C:\\Users\\user",
    ),
    "macos": PlatformInfo(OSFamily.MACOS, "15.2", "arm64", "host", "user", "/Users/user"),
}

CommandSpec = CommandResult | tuple[int, str] | tuple[int, str, str] | CommandOutcome
FileSpec = str | FileOutcome | FileRead


def fixture_text(*parts: str) -> str:
    """A recorded output from tests/fixtures, exactly as captured."""
    return FIXTURES.joinpath(*parts).read_text(encoding="utf-8")


def ok(stdout: str = "", returncode: int = 0, stderr: str = "") -> tuple[int, str, str]:
    return (returncode, stdout, stderr)


def machine(
    os: str = "debian",
    *,
    commands: Mapping[Sequence[str], CommandSpec] | None = None,
    files: Mapping[str, FileSpec] | None = None,
    mtimes: Mapping[str, float | None] | None = None,
    dirs: Mapping[str, Sequence[str] | None] | None = None,
    interfaces: Sequence[NetInterface] = (),
    processes: Sequence[str] = (),
    boot_time: float | None = None,
    keyring: tuple[str, float] | None = None,
    now: float = NOW,
    platform: PlatformInfo | None = None,
    inventory: Inventory | None = None,
) -> Seams:
    """Seams for a made-up machine. `os` picks a platform preset (debian, ubuntu, fedora, arch,
    windows, macos). Commands map argv to `(returncode, stdout[, stderr])`, a `CommandOutcome`
    (NOT_FOUND, TIMEOUT, ...) or a full `CommandResult`; anything not listed is not installed.
    Files map a path to its text or a `FileOutcome`; anything not listed is missing. `keyring`
    is the Python keyring backend and its priority (None: keyring cannot be imported)."""
    cmd_results = {}
    for argv, spec in (commands or {}).items():
        key = tuple(argv)
        if isinstance(spec, CommandResult):
            cmd_results[key] = spec
        elif isinstance(spec, CommandOutcome):
            cmd_results[key] = CommandResult(key, spec)
        else:
            rc, out, *err = spec
            cmd_results[key] = CommandResult(key, CommandOutcome.OK, rc, out, err[0] if err else "")
    file_reads = {}
    for path, fspec in (files or {}).items():
        if isinstance(fspec, FileRead):
            file_reads[path] = fspec
        elif isinstance(fspec, FileOutcome):
            file_reads[path] = FileRead(path, fspec)
        else:
            file_reads[path] = FileRead(path, FileOutcome.OK, fspec, (mtimes or {}).get(path))
    snap = Snapshot(
        platform=platform or _PLATFORMS[os],
        clock=now,
        commands=cmd_results,
        files=file_reads,
        dirs={k: None if v is None else tuple(v) for k, v in (dirs or {}).items()},
        stats=dict(mtimes or {}),
        interfaces=tuple(interfaces),
        processes=frozenset(p.lower() for p in processes),
        boot_time=boot_time,
        inventory=inventory,
        keyring=keyring,
    )
    return snap.seams()


def run_check(check: Check, seams: Seams, *, offline: bool = False) -> Finding:
    return check.run(ProbeContext(seams, offline=offline))


@dataclass
class MeteredCommands:
    """Answers as `inner` does (or, without one, as if every command timed out) and notes each
    argv with the timeout the check asked for: for tests of the checks' time budgets."""

    inner: CommandRunner | None = None
    calls: list[tuple[tuple[str, ...], float]] = field(default_factory=list)

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        self.calls.append((tuple(argv), timeout))
        if self.inner is None:
            return CommandResult(tuple(argv), CommandOutcome.TIMEOUT)
        return self.inner.run(argv, timeout=timeout, cancel=cancel)

    @property
    def total(self) -> float:
        return sum(timeout for _, timeout in self.calls)


def _every_tool(program: str) -> str:
    return program if program.startswith("/") else f"/usr/bin/{program}"


def as_this_computer(
    seams: Seams,
    settings_path: Path | None = None,
    *,
    mfa: MfaParts | None = None,
    which: Callable[[str], str | None] = _every_tool,
    offline: bool = False,
    history: HistoryStore | None = None,
) -> Machine:
    """Recorded seams standing in for this computer: what the window may do to a real one
    (automatic fixes with every tool present, deletes, set-asides) is what the test sees.
    Settings live in `settings_path`, or in memory without one."""
    from hygiene_app.services.settings import SettingsStore

    settings: SettingsKeeper = (
        MemorySettings() if settings_path is None else SettingsStore(settings_path)
    )
    return Machine.this_computer(
        seams, settings, mfa=mfa, which=which, offline=offline, history=history
    )


def as_recording(snapshot_path: Path) -> Machine:
    """A snapshot file opened the way `--replay` opens it: somebody else's computer."""
    return Machine.recording_of(Snapshot.load(snapshot_path), snapshot_path)


#: How long a test waits for a background event before it calls the code hung (never a speed
#: target: a hang guard only).
GUARD_S = 30.0


class BlockedCheck:
    """A check that waits until the test lets it finish (`release`), then says `status`:
    lets a test look at the app while a checkup is known to be running."""

    def __init__(self, status: Status = Status.FAIL) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.runs = 0
        self.status = status
        self.meta = CheckMeta(
            id="TST-001",
            title="Test check",
            category=Category.DEVICE,
            platforms=ALL_OSES,
            weight=1,
            severity=Severity.LOW,
            leaves_machine="Nothing",
            timeout=2 * GUARD_S,
        )

    def run(self, ctx: ProbeContext) -> Finding:
        self.runs += 1
        self.started.set()
        self.release.wait(GUARD_S)
        return Finding(
            self.status, "Fine" if self.status is Status.PASS else "Broken", Severity.LOW
        )
