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

from hygiene_app.checks import (
    auto_updates,
    default_registry,
    mfa,
    password_exports,
    restart_pending,
    vpn,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.fix_line import fix_step
from hygiene_app.engine.model import Finding, FixGuide, FixStep, OSFamily, Status
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
#: Words a sentence cannot start with and stand on its own, or that make it apply to some
#: readers only ("If you moved it to the Trash instead", "Without such an app").
CONTINUATIONS = (
    "if",
    "unless",
    "when",
    "where",
    "without",
    "with",
    "otherwise",
    "instead",
    "alternatively",
    "then",
    "or",
    "also",
    "else",
    "and",
    "but",
    "there",
    "in case",
    "either",
)
#: "On Debian, ...", "On KDE Plasma, ...": a step for one kind of machine only.
_ONLY_ON = re.compile(r"on\s[^.:;]*?,", re.IGNORECASE)


def fix_line_problem(text: str) -> str | None:
    """Why `text` cannot be the whole of a one-line "Fix:" (None when it can)."""
    stripped = text.strip()
    first = stripped.casefold()
    words = first.split()
    if any(first == w or first.startswith((w + " ", w + ",")) for w in CONTINUATIONS):
        return "starts mid-thought or for some readers only"
    if _ONLY_ON.match(stripped):
        return "is for one kind of machine only"
    if " instead" in first:
        return "is an alternative to another step"
    if len(words) < 2 and first.endswith(":"):
        return "is a label for a command, not a sentence"
    if "run this check again" in first and len(words) <= 8:
        return "checks the fix instead of making it"
    word = stripped.split()[0] if stripped else ""
    if word.isalpha() and word.islower():
        return "starts in lower case"
    return None


def clauses(text: str) -> list[str]:
    """The text's clauses of three words or more, normalised for comparison."""
    parts = (" ".join(p.split()).strip(" '\"").casefold() for p in _CLAUSE_SPLIT.split(text))
    return [p for p in parts if len(p.split()) >= 3]


#: Characters of quoted data (JSON, tool output), whose repetitions are the data's own.
_DATA = re.compile(r"[{}\[\]\"=<>/\\]")


#: A tool's own words, quoted in a reason: data, whose repetitions are the tool's.
#: A parenthesised aside listing names ("(profiles Default, Work and Home)") is data too.
_QUOTED = re.compile(r"\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)|\([^()]*\)")


def repeated_clauses(text: str) -> list[str]:
    seen: set[str] = set()
    repeated = []
    text = _QUOTED.sub('"…"', text)
    for clause in (c for c in clauses(text) if not _DATA.search(c)):
        # The tail of a list ("…, and Opera GX") may end two lists: the same browser can have
        # profiles unreadable for two different reasons.
        if clause.startswith(("and ", "or ")):
            continue
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


@pytest.mark.parametrize(
    ("name", "guide"), list(every_fix_guide()), ids=lambda v: v if isinstance(v, str) else "guide"
)
def test_the_step_the_cli_shows_stands_on_its_own(name, guide):
    for os_family in OSFamily:
        steps = guide.steps_for(os_family)
        if not steps:
            continue
        step = fix_step(steps)
        problem = fix_line_problem(step.text)
        assert problem is None, f"{name} on {os_family}: {step.text!r} {problem}"


@pytest.mark.parametrize(
    "text",
    [
        "If you moved it to the Trash instead, empty the Trash, or run:",
        "Without such an app, open Settings > Network, select '+' next to VPN.",
        "On Debian, and on desktops without that tab, open a terminal:",
        "Otherwise open Settings.",
        "If there is no such tab, open a terminal.",
        "Or open a terminal and type:",
        "Then choose Restart.",
        "Also delete the file from the bin.",
        "When you are back, run this check again.",
        "Run this check again.",
        "Fedora:",
        "In a terminal instead, type:",
    ],
)
def test_the_fix_line_rule_catches_steps_that_lean_on_another(text):
    assert fix_line_problem(text) is not None


_LINUX, _WINDOWS, _MACOS = OSFamily.LINUX, OSFamily.WINDOWS, OSFamily.MACOS


@pytest.mark.parametrize(
    ("guide", "os_family", "expected"),
    [
        # PWD-003 used to show "If you moved it to the Trash instead, empty the Trash" on Linux
        # (telling someone with an export in Downloads to empty the Trash).
        *((password_exports.FIX_DELETE_EXPORTS, o, "Delete the files:") for o in OSFamily),
        # NET-002 used to show "Without such an app, open ..." on every OS.
        *((vpn.FIX_CONNECT_VPN, o, "Connect your VPN:") for o in OSFamily),
        # UPD-002 on Debian used to show "On Debian, and on desktops without that tab, ...".
        (auto_updates.FIX_AUTO_DEBIAN, _LINUX, "Open a terminal, type the following"),
        # "Save your work and close your apps." is not the fix.
        (restart_pending.FIX_RESTART, _WINDOWS, "Open Start, select the power button"),
        (restart_pending.FIX_RESTART, _MACOS, "Open the Apple menu and choose Restart."),
    ],
    ids=lambda v: v.verify_check if isinstance(v, FixGuide) else str(v),
)
def test_the_fix_line_of_guides_that_lead_with_an_alternative(guide, os_family, expected):
    """These guides' steps start with, or include, steps for some readers only; the "Fix:"
    line is the step the guide marks as its headline, and it reads on its own."""
    step = fix_step(guide.steps_for(os_family))
    assert step.headline, step.text
    assert fix_line_problem(step.text) is None, step.text
    assert step.text.startswith(expected), step.text


def test_a_marked_headline_wins_over_the_guess():
    steps = (
        FixStep("Save your work.", command="true"),
        FixStep("Open the Apple menu and choose Restart.", headline=True),
    )
    assert fix_step(steps) is steps[1]
    assert fix_step(steps[:1]) is steps[0]


def test_the_guess_skips_alternatives_labels_and_the_recheck():
    steps = (
        FixStep("If you have an app, open it.", link="app:"),
        FixStep("On Debian, open a terminal:", command="apt"),
        FixStep("Fedora:", command="dnf"),
        FixStep("Open Settings, then Network."),
        FixStep("If you moved it to the Trash instead, run:", command="gio trash --empty"),
        FixStep("Run this check again."),
    )
    assert fix_step(steps) is steps[3]
    assert fix_step(steps[-1:]) is steps[-1]


def test_debian_fix_line_is_the_command_that_works_on_every_debian():
    step = fix_step(auto_updates.FIX_AUTO_DEBIAN.steps_for(OSFamily.LINUX))
    assert step.command is not None and "unattended-upgrades" in step.command


def test_cli_fix_lines_on_the_composed_machines_stand_on_their_own(capsys):
    """The report's "Fix:" lines, as printed, on every composed machine."""
    from hygiene_app.cli import main

    for path in sorted(SNAPSHOTS.glob("*.json")):
        main(["check", "--replay", str(path)])
        out = capsys.readouterr().out
        fixes = [line.split("Fix: ", 1)[1] for line in out.splitlines() if "Fix: " in line]
        assert fixes or "Action" not in out, out
        for line in fixes:
            _title, _, step = line.partition(". ")
            problem = fix_line_problem(step)
            assert problem is None, f"{path.name}: {line!r} {problem}"


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


def test_two_tools_printing_the_same_words_are_quoted_not_repeated_as_ours():
    """Found by hypothesis: firewall-cmd and nft both printing one line made the reason repeat
    a clause. A tool's words are quoted, so they read as its words (and repeat as data)."""
    from hygiene_app.engine.probes import CommandOutcome, CommandResult

    said = "Current Network Information:"
    one = CommandResult(("firewall-cmd", "--state"), CommandOutcome.OK, 1, "", said)
    two = CommandResult(("nft", "list", "ruleset"), CommandOutcome.OK, 1, "", said)
    text = f"No tool answered ({one.why_not()}; {two.why_not()})."
    assert f'("{said}")' in one.why_not()
    assert repeated_clauses(text) == []
