"""Every check's probes fit in its own deadline, on every path we can drive.

ctx.run shortens a probe's timeout to what is left of the check's deadline; a check whose probes
ask for more than that has its last probes starved, and they fail with a vague reason instead of
the check reporting a precise one.
"""

from dataclasses import replace
from pathlib import Path

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.snapshot import Snapshot
from tests.support import MeteredCommands, machine

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"
CHECKS = tuple(default_registry())


def spent(check, seams: Seams, metered: MeteredCommands, offline: bool = False) -> float:
    check.run(ProbeContext(replace(seams, commands=metered), offline=offline))
    return metered.total


@pytest.mark.parametrize("preset", ["debian", "ubuntu", "fedora", "arch", "windows", "macos"])
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
def test_when_every_probe_times_out_the_check_stays_within_its_deadline(check, preset):
    admin = replace(machine(preset).platform, is_admin=True)
    for platform in (machine(preset).platform, admin):
        if platform.os not in check.meta.platforms:
            continue
        seams = machine(platform=platform)
        assert spent(check, seams, MeteredCommands()) <= check.meta.timeout


@pytest.mark.parametrize("path", sorted(SNAPSHOTS.glob("*.json")), ids=lambda p: p.stem)
@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
def test_on_recorded_machines_the_check_stays_within_its_deadline(check, path):
    seams = Snapshot.load(path).seams()
    if seams.platform.os not in check.meta.platforms:
        return
    for offline in (False, True):
        total = spent(check, seams, MeteredCommands(seams.commands), offline)
        assert total <= check.meta.timeout
