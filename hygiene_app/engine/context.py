"""What a check gets to work with: the seams, bounded by its own deadline and the cancel flag."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from hygiene_app.engine.options import CheckOptions
from hygiene_app.engine.probes import (
    Clock,
    CommandOutcome,
    CommandResult,
    CommandRunner,
    FileReader,
    HttpClient,
    InventorySource,
    NoInventory,
    PlatformInfo,
    SystemFacts,
)


@dataclass(frozen=True, slots=True)
class Seams:
    """Everything that touches the machine, in one bundle: live, recorded or replayed."""

    commands: CommandRunner
    files: FileReader
    http: HttpClient
    system: SystemFacts
    clock: Clock
    platform: PlatformInfo
    #: The user's own account inventory (MFA): the app's data, not the machine's.
    inventory: InventorySource = field(default_factory=NoInventory)
    #: True when every answer (the clock too) comes from a recording: the clock is the recorded
    #: machine's, right for it, while data bundled with this app may be newer than it.
    replay: bool = False


@dataclass(frozen=True, slots=True)
class ProbeContext:
    """The seams as one check sees them.

    `run` clamps every command's timeout to what is left of the check's deadline and passes the
    cancel flag down, so a slow probe is killed rather than abandoned.
    """

    seams: Seams
    offline: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    #: `time.monotonic()` value by which the check must be done; None for no limit.
    deadline: float | None = None
    #: The chosen mirrors and thresholds (defaults for a replay).
    options: CheckOptions = field(default_factory=CheckOptions)

    @property
    def platform(self) -> PlatformInfo:
        return self.seams.platform

    @property
    def files(self) -> FileReader:
        return self.seams.files

    @property
    def http(self) -> HttpClient:
        return self.seams.http

    @property
    def system(self) -> SystemFacts:
        return self.seams.system

    def now(self) -> float:
        return self.seams.clock.now()

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return max(0.0, self.deadline - time.monotonic())

    def run(self, argv: Sequence[str], timeout: float = 10.0) -> CommandResult:
        if self.cancel.is_set():
            return CommandResult(tuple(argv), CommandOutcome.CANCELLED)
        left = self.remaining()
        if left is not None:
            timeout = min(timeout, left)
        return self.seams.commands.run(argv, timeout=timeout, cancel=self.cancel)

    def bounded(self, deadline: float | None, cancel: threading.Event) -> ProbeContext:
        return replace(self, deadline=deadline, cancel=cancel)
