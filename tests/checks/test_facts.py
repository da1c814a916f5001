"""Every finding says what was found in words a person reads: `Finding.facts`.

A pass, warn or fail always has at least one fact, and no fact label (nor, on the recorded and
composed machines, any value) shows a field name, a Python module path, a tool's raw enum word or
a Python literal. On machines that answer anything (hypothesis), values may quote what the
machine said (a package name, an interface), so there only labels are held to the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hygiene_app.checks import _facts, default_registry, mfa
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Fact, Finding, Status
from hygiene_app.engine.probes import Inventory
from hygiene_app.engine.snapshot import Snapshot
from tests.checks.test_any_machine import DrawnCommands, DrawnFiles, interfaces
from tests.checks.test_texts import RecordedCommands, RecordedFiles, accounts
from tests.snapshot_machines import MACHINES
from tests.support import NOW, machine

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"
CHECKS = tuple(default_registry())

_RAW = (
    re.compile(r"\b[a-z]+_[a-z_]+\b"),  # snake_case field names: csv_files_checked
    re.compile(r"\b[A-Za-z_]+\.[A-Za-z_]+\.[A-Za-z_.]+\b"),  # keyring.backends.fail.Keyring
    re.compile(r"\b(?:Not|Active|Persistent|Local|Group)[A-Z][a-z]+[A-Za-z]*\b"),  # NotConfigured
    re.compile(r"\b(?:True|False|None|null)\b"),
)


def raw_words(text: str) -> list[str]:
    return [m.group(0) for pattern in _RAW for m in pattern.finditer(text)]


def fact_problems(finding: Finding, *, values: bool = True) -> list[str]:
    found = []
    if finding.status in (Status.PASS, Status.WARN, Status.FAIL) and not finding.facts:
        found.append(f"a {finding.status} finding has no facts: {finding.summary!r}")
    for fact in finding.facts:
        if not fact.label.strip() or not fact.value.strip():
            found.append(f"empty fact {fact!r}")
        texts = (fact.label, fact.value) if values else (fact.label,)
        for text in texts:
            if raw := raw_words(text):
                found.append(f"raw words {raw} in {fact!r}")
    return found


def test_the_rule_catches_raw_words():
    assert raw_words("Csv files checked: csv_files_checked")
    assert raw_words("keyring.backends.fail.Keyring")
    assert raw_words("NotConfigured") and raw_words("ActiveStore") and raw_words("None")
    assert not raw_words("Firewall: switched off")
    assert not raw_words("KeePassXC, 1Password, GlobalProtect, perl-modules-5.34")
    bare = Finding(Status.FAIL, "Firewall is off")
    assert fact_problems(bare) == ["a fail finding has no facts: 'Firewall is off'"]


def test_facts_are_frozen_and_a_tuple():
    finding = Finding(Status.PASS, "ok", facts=[Fact("Firewall", "switched on")])  # type: ignore[arg-type]
    assert finding.facts == (Fact("Firewall", "switched on"),)
    with pytest.raises(AttributeError):
        finding.facts[0].label = "x"  # type: ignore[misc]


def _findings(seams_by_name: Iterator[tuple[str, Snapshot]]) -> Iterator[tuple[str, Finding]]:
    for name, snap in seams_by_name:
        seams = snap.seams()
        for check in CHECKS:
            if seams.platform.os in check.meta.platforms:
                for offline in (False, True):
                    yield f"{name} {check.meta.id}", check.run(ProbeContext(seams, offline=offline))


def test_recorded_machines_say_what_they_found_in_words():
    recorded = ((p.stem, Snapshot.load(p)) for p in sorted(SNAPSHOTS.glob("*.json")))
    found = [f"{where}: {p}" for where, f in _findings(recorded) for p in fact_problems(f)]
    assert found == []


def test_composed_machines_say_what_they_found_in_words():
    composed = ((name, Snapshot.from_json(build())) for name, build in MACHINES.items())
    found = [f"{where}: {p}" for where, f in _findings(composed) for p in fact_problems(f)]
    assert found == []


def test_the_cafe_machine_reads_like_a_person_wrote_it():
    snap = Snapshot.load(SNAPSHOTS / "windows-11-cafe.json").seams()
    by_id = {c.meta.id: c.run(ProbeContext(snap)) for c in CHECKS}
    firewall = {f.label: f.value for f in by_id["NET-001"].facts}
    assert firewall["Firewall"] == "switched off"
    assert firewall["Public network"] == "switched off"
    updates = {f.label: f.value for f in by_id["UPD-001"].facts}
    assert updates["Updates waiting"] == "3, of which security: 1"
    keyring = {f.label: f.value for f in by_id["PWD-002"].facts}
    assert keyring == {"Where apps keep secrets": "Windows Credential Manager"}


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    data=st.data(),
    preset=st.sampled_from(["debian", "ubuntu", "fedora", "arch", "windows", "macos"]),
    admin=st.booleans(),
    recorded=st.booleans(),
    nics=interfaces,
)
def test_any_machine_gets_facts_with_human_labels(check, data, preset, admin, recorded, nics):
    base = machine(preset, interfaces=nics)
    commands = RecordedCommands(data) if recorded else DrawnCommands(data)
    files = RecordedFiles(data) if recorded else DrawnFiles(data)
    platform = replace(base.platform, is_admin=admin)
    seams = replace(base, commands=commands, files=files, platform=platform)
    finding = check.run(ProbeContext(seams))
    assert fact_problems(finding, values=False) == []


@given(
    st.none() | st.builds(Inventory, st.lists(accounts, max_size=12).map(tuple), st.integers(1, 24))
)
def test_account_findings_get_facts_in_words(inventory):
    for finding in (
        mfa.evaluate_coverage(inventory),
        mfa.evaluate_review(inventory, NOW),
        mfa.evaluate_inventory(inventory),
        mfa.evaluate_method(inventory),
    ):
        assert fact_problems(_facts.with_facts(finding, mfa.facts)) == []
