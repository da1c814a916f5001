"""What the checks say reads well on any machine: no clause said twice in one text, every reason
a full sentence, no "1 logins", and the CLI's "Fix:" line stands on its own.

Findings come from the composed snapshot machines (every OS), from machines whose probes answer
with any recorded fixture output or a fragment of one (hypothesis), and from account lists.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hygiene_app.checks import default_registry, mfa
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.fix_line import fix_step
from hygiene_app.engine.model import Finding, FixGuide, OSFamily, Status
from hygiene_app.engine.probes import (
    AccountRecord,
    CommandOutcome,
    CommandResult,
    FileOutcome,
    FileRead,
    Inventory,
)
from hygiene_app.engine.snapshot import Snapshot
from tests.support import NOW, machine

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SNAPSHOTS = FIXTURES / "snapshots"
CHECKS = tuple(default_registry())

#: Every recorded output (not the composed snapshots, which are replayed whole below).
RECORDED = tuple(
    p.read_text(encoding="utf-8")
    for p in sorted(FIXTURES.rglob("*"))
    if p.is_file()
    and p.suffix in (".txt", ".json", ".ini", ".csv", ".conf", "")
    and "snapshots" not in p.parts
    and p.name != "PROVENANCE.md"
)

# ----- the rules ----------------------------------------------------------------------------

_CLAUSE_SPLIT = re.compile(r"[;:.,()]\s+|[;:.,()]$|\s+\(")
#: "1 logins", "1 accounts": a count of one followed by a plural (not "1 address", "1 process").
_ONE_PLURAL = re.compile(r"(?<![\d.,])\b1 (?!\w*(?:ss|us|is)\b)([a-z]{3,}s)\b")
#: Words a sentence cannot start with and stand on its own.
CONTINUATIONS = (
    "if there is no",
    "if that",
    "if it",
    "otherwise",
    "then",
    "or",
    "also",
    "else",
    "and",
    "but",
    "if not",
    "if so",
    "there",
)


def clauses(text: str) -> list[str]:
    """The text's clauses of three words or more, normalised for comparison."""
    parts = (" ".join(p.split()).strip(" '\"").casefold() for p in _CLAUSE_SPLIT.split(text))
    return [p for p in parts if len(p.split()) >= 3]


#: Characters of quoted data (JSON, tool output), whose repetitions are the data's own.
_DATA = re.compile(r"[{}\[\]\"=<>/\\]")


def repeated_clauses(text: str) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for clause in (c for c in clauses(text) if not _DATA.search(c)):
        if clause in seen:
            repeated.append(clause)
        seen.add(clause)
    return repeated


def is_sentence(text: str) -> bool:
    """Starts with a capital (or a quoted name, a number), ends with a full stop, has a verb-ish
    second word: the reason reads on its own after "Why:"."""
    text = text.strip()
    first = text.split()[0] if text else ""
    return (
        len(text.split()) >= 3
        and not (first.isalpha() and first.islower())  # "wlp2s0 is connected" is a name
        and text.endswith((".", "?", "!"))
        and not text.casefold().startswith(("could not", "cannot", "unexpected"))
    )


def problems(finding: Finding) -> list[str]:
    found = []
    for name in ("summary", "detail", "reason"):
        text = getattr(finding, name)
        for clause in repeated_clauses(text):
            found.append(f"{name} repeats {clause!r}: {text!r}")
        if _ONE_PLURAL.search(text):
            found.append(f"{name} has a singular count with a plural noun: {text!r}")
    if finding.status in (Status.UNKNOWN, Status.ERROR) and not is_sentence(finding.reason):
        found.append(f"reason is not a full sentence: {finding.reason!r}")
    return found


# ----- unit tests of the rules themselves ---------------------------------------------------


def test_the_rules_catch_what_they_are_for():
    assert repeated_clauses(
        "The kernel's rules let everything in; the kernel's rules let everything in. Programs"
    ) == ["the kernel's rules let everything in"]
    assert not repeated_clauses("Turn it on for: Gmail. Also find out for: Bank.")
    assert _ONE_PLURAL.search("1 logins use this password")
    assert not _ONE_PLURAL.search("1 login, 1 address, 1 process, 11 logins, 2.1 days")
    assert is_sentence("'apt' is not installed.")
    assert not is_sentence("could not read your account list")
    assert not is_sentence("The list could not be read")


# ----- findings from recorded and composed machines -----------------------------------------


def snapshot_findings() -> Iterator[tuple[str, Finding]]:
    for path in sorted(SNAPSHOTS.glob("*.json")):
        seams = Snapshot.load(path).seams()
        for check in CHECKS:
            if seams.platform.os in check.meta.platforms:
                for offline in (False, True):
                    finding = check.run(ProbeContext(seams, offline=offline))
                    yield f"{path.stem} {check.meta.id}", finding


def test_texts_on_the_composed_machines_read_well():
    found = [f"{where}: {p}" for where, finding in snapshot_findings() for p in problems(finding)]
    assert found == []


FRAGMENTS = ("", "\ufeff", "null", "[]", "{}", "Listing...", "enabled", "Zugriff verweigert")
outputs = st.sampled_from(RECORDED) | st.sampled_from(FRAGMENTS)


@dataclass
class RecordedCommands:
    """Each probe answers with some recorded output, an exit code, or a failure to run."""

    data: st.DataObject

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        key = tuple(argv)
        if self.data.draw(st.integers(0, 4), label="command answers") > 0:
            return CommandResult(
                key,
                CommandOutcome.OK,
                self.data.draw(st.sampled_from([0, 0, 0, 1, 2, 100])),
                self.data.draw(outputs, label=f"stdout of {key[0]}"),
                self.data.draw(st.sampled_from(FRAGMENTS)),
            )
        outcome = self.data.draw(st.sampled_from([o for o in CommandOutcome if o.value != "ok"]))
        return CommandResult(key, outcome, message="Permission denied")


@dataclass
class RecordedFiles:
    data: st.DataObject

    def read_text(self, path: str) -> FileRead:
        outcome = self.data.draw(st.sampled_from(list(FileOutcome)), label=path)
        text = self.data.draw(outputs) if outcome is FileOutcome.OK else ""
        return FileRead(path, outcome, text, NOW - 86400)

    def read_first_line(self, path: str) -> FileRead:
        return self.read_text(path)

    def list_dir(self, path: str) -> tuple[str, ...] | None:
        names = st.sampled_from(["Downloads", "passwords.csv", "notes.txt", "Documents"])
        return self.data.draw(st.none() | st.lists(names, max_size=3).map(tuple))

    def mtime(self, path: str) -> float | None:
        return self.data.draw(st.none() | st.floats(NOW - 1e7, NOW))


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.meta.id)
@settings(max_examples=120, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    data=st.data(),
    preset=st.sampled_from(["debian", "ubuntu", "fedora", "arch", "windows", "macos"]),
    admin=st.booleans(),
    offline=st.booleans(),
)
def test_texts_on_machines_answering_with_recorded_outputs_read_well(
    check, data, preset, admin, offline
):
    base = machine(preset)
    platform = replace(base.platform, is_admin=admin)
    seams = replace(
        base, commands=RecordedCommands(data), files=RecordedFiles(data), platform=platform
    )
    finding = check.run(ProbeContext(seams, offline=offline))
    assert problems(finding) == []


accounts = st.builds(
    AccountRecord,
    st.sampled_from(["Gmail", "Bank", "Shop", "Club", "Work"]),
    st.sampled_from(["gmail.com", "bank.example", ""]),
    st.sampled_from(mfa.CATEGORIES),
    st.sampled_from(mfa.MFA_STATES),
    st.lists(st.sampled_from(mfa.METHODS), max_size=2).map(tuple),
    st.lists(st.sampled_from(mfa.METHODS), max_size=3).map(tuple),
    st.none() | st.floats(NOW - 4e7, NOW),
)


@given(
    st.none() | st.builds(Inventory, st.lists(accounts, max_size=12).map(tuple), st.integers(1, 24))
)
def test_texts_about_accounts_read_well(inventory):
    for finding in (
        mfa.evaluate_coverage(inventory),
        mfa.evaluate_review(inventory, NOW),
        mfa.evaluate_inventory(inventory),
        mfa.evaluate_method(inventory),
    ):
        assert problems(finding) == []


# ----- the CLI's "Fix:" line ----------------------------------------------------------------


def every_fix_guide() -> Iterator[tuple[str, FixGuide]]:
    """Every FixGuide a check module defines (also those only some machines get)."""
    import hygiene_app.checks as package

    seen: set[int] = set()
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in sorted(vars(module).items()):
            if isinstance(value, FixGuide) and id(value) not in seen:
                seen.add(id(value))
                yield f"{info.name}.{name}", value


def test_every_fix_guide_is_found():
    names = [name for name, _ in every_fix_guide()]
    assert len(names) >= 20
    assert "firewall.FIX_UFW" in names


@pytest.mark.parametrize(("name", "guide"), list(every_fix_guide()), ids=lambda v: str(v))
def test_the_step_the_cli_shows_stands_on_its_own(name, guide):
    for os_family in OSFamily:
        steps = guide.steps_for(os_family)
        if not steps:
            continue
        step = fix_step(steps)
        first = step.text.strip().casefold()
        assert not first.startswith(tuple(w + " " for w in CONTINUATIONS)), (
            f"{name} on {os_family}: {step.text!r}"
        )
        assert not first.startswith(tuple(w + "," for w in CONTINUATIONS)), step.text
        word = step.text.split()[0]
        assert not (word.isalpha() and word.islower()), step.text


def test_nftables_and_iptables_saying_the_same_is_said_once():
    """Both read the kernel's rules; the finding used to say "the kernel's rules let everything
    in; the kernel's rules let everything in"."""
    from hygiene_app.checks._common import with_sentences
    from hygiene_app.checks.firewall import (
        LinuxFirewall,
        Observation,
        Signal,
        evaluate_linux,
    )

    note = "the kernel's rules let everything in"
    unclear = (
        "the rules drop some traffic, but whether they block unrequested connections is unclear"
    )
    off = LinuxFirewall(
        (
            Observation("nftables ruleset", Signal.OFF, note),
            Observation("iptables", Signal.OFF, note),
        ),
        is_admin=True,
    )
    finding = evaluate_linux(off)
    assert finding.detail.casefold().count(note) == 1
    both = LinuxFirewall(
        (
            Observation("nftables ruleset", Signal.NO_ANSWER, unclear),
            Observation("iptables", Signal.NO_ANSWER, unclear),
        ),
        is_admin=True,
    )
    finding = evaluate_linux(both)
    assert finding.reason.count(unclear) == 1
    assert "nftables ruleset and iptables" in finding.reason
    assert problems(with_sentences(finding)) == []  # as the check's run() hands it on
