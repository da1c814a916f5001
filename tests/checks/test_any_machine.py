"""Whatever a machine answers, every check ends in an honest finding and never crashes.

Each probe's answer is drawn on demand by hypothesis: odd outputs, garbage JSON, fragments of
real outputs, timeouts and permission errors, unreadable files.
"""

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Status
from hygiene_app.engine.probes import (
    CommandOutcome,
    CommandResult,
    FileOutcome,
    FileRead,
    InterfaceAddress,
    NetInterface,
)
from tests.support import NOW, machine

FRAGMENTS = [
    "",
    "\x00",
    "\ufeff",
    "null",
    "Listing...",
    "yes:Cafe:",
    "Chain INPUT (policy DROP)",
    "Firewall is enabled. (State = 1)",
    "interface: utun4",
    "No new software available.",
    "enabled",
    "active\ninactive\ninactive",
    "bash 5.3.3-2 -> 5.3.8-1",
    "Security: None",
    "Authentication         : Open",
    'APT::Periodic::Unattended-Upgrade "1";',
    "ENABLED=yes",
    "Zugriff verweigert",
    "😀" * 3,
]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "Updates",
                    "Profiles",
                    "Enabled",
                    "Name",
                    "Adapters",
                    "RouteInterface",
                    "dev",
                    "WindowsUpdate",
                    "PauseUpdatesExpiryTime",
                    "NetworkCategory",
                    "Store",
                    "nftables",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)
texts = (
    st.lists(st.sampled_from(FRAGMENTS), max_size=4).map("\n".join)
    | json_values.map(json.dumps)
    | st.text(max_size=60)
)


@dataclass
class DrawnCommands:
    data: st.DataObject

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        key = tuple(argv)
        if self.data.draw(st.booleans(), label="command answers"):
            return CommandResult(
                key,
                CommandOutcome.OK,
                self.data.draw(st.sampled_from([0, 1, 2, 3, 100, 252, -1])),
                self.data.draw(texts, label=f"stdout of {key[0]}"),
                self.data.draw(texts, label="stderr"),
            )
        return CommandResult(key, self.data.draw(st.sampled_from(list(CommandOutcome))))


@dataclass
class DrawnFiles:
    data: st.DataObject

    def read_text(self, path: str) -> FileRead:
        outcome = self.data.draw(st.sampled_from(list(FileOutcome)), label=path)
        text = self.data.draw(texts) if outcome is FileOutcome.OK else ""
        return FileRead(path, outcome, text, NOW - 86400)

    def read_first_line(self, path: str) -> FileRead:
        return self.read_text(path)

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        return self.data.draw(st.none() | st.lists(st.text(max_size=20), max_size=3).map(tuple))

    def mtime(self, path: str) -> float | None:
        return self.data.draw(st.none() | st.floats(0, NOW + 1e6))


interfaces = st.lists(
    st.builds(
        NetInterface,
        st.sampled_from(["eth0", "wlp2s0", "tun0", "utun4", "ppp0", "wg0", "Wi-Fi"]),
        st.booleans(),
        st.sampled_from([(), ("up", "pointopoint", "running")]),
        st.lists(
            st.builds(
                InterfaceAddress,
                st.sampled_from(["ipv4", "ipv6", "link"]),
                st.sampled_from(["10.8.0.2", "100.86.1.2", "fe80::1%x", "192.168.1.5", ""]),
            ),
            max_size=2,
        ).map(tuple),
    ),
    max_size=3,
)


@pytest.mark.parametrize("check", tuple(default_registry()), ids=lambda c: c.meta.id)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    data=st.data(),
    preset=st.sampled_from(["debian", "ubuntu", "fedora", "arch", "windows", "macos"]),
    admin=st.booleans(),
    offline=st.booleans(),
    nics=interfaces,
    boot=st.none() | st.floats(NOW - 1e7, NOW),
)
def test_any_answers_give_an_honest_finding(check, data, preset, admin, offline, nics, boot):
    base = machine(preset, interfaces=nics, boot_time=boot)
    platform = replace(base.platform, is_admin=admin)
    seams = replace(base, commands=DrawnCommands(data), files=DrawnFiles(data), platform=platform)
    finding = check.run(ProbeContext(seams, offline=offline))
    assert finding.status is not Status.ERROR
    if finding.status.is_problem:
        assert finding.fix is not None and finding.fix.verify_check == check.meta.id
        assert finding.fix.steps_for(platform.os)
    if finding.status.needs_reason:
        assert finding.reason
    json.dumps(dict(finding.evidence))  # evidence is plain JSON
