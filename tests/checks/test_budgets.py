"""Every check's probes fit in its own deadline, on every path we can drive.

ctx.run shortens a probe's timeout to what is left of the check's deadline; a check whose probes
ask for more than that has its last probes starved, and they fail with a vague reason instead of
the check reporting a precise one.
"""

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.probes import CommandOutcome, CommandResult, CommandRunner
from hygiene_app.engine.snapshot import Snapshot
from tests.support import machine

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"
CHECKS = tuple(default_registry())


@dataclass
class Metered:
    """Passes commands through and adds up the timeouts they asked for."""

    inner: CommandRunner | None = None
    asked: list[float] = field(default_factory=list)

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        self.asked.append(timeout)
        if self.inner is None:
            return CommandResult(tuple(argv), CommandOutcome.TIMEOUT)
        return self.inner.run(argv, timeout=timeout, cancel=cancel)


def spent(check, seams: Seams, metered: Metered, offline: bool = False) -> float:
    check.run(ProbeContext(replace(seams, commands=metered), offline=offline))
    return sum(metered.asked)


@pytest.mark.parametrize("preset", ["debian", "ubuntu", "fedora", "arch", "windows", "macos"])
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
def test_when_every_probe_times_out_the_check_stays_within_its_deadline(check, preset):
    admin = replace(machine(preset).platform, is_admin=True)
    for platform in (machine(preset).platform, admin):
        if platform.os not in check.meta.platforms:
            continue
        seams = machine(platform=platform)
        assert spent(check, seams, Metered()) <= check.meta.timeout


@pytest.mark.parametrize("path", sorted(SNAPSHOTS.glob("*.json")), ids=lambda p: p.stem)
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
def test_on_recorded_machines_the_check_stays_within_its_deadline(check, path):
    seams = Snapshot.load(path).seams()
    if seams.platform.os not in check.meta.platforms:
        return
    for offline in (False, True):
        total = spent(check, seams, Metered(seams.commands), offline)
        assert total <= check.meta.timeout
