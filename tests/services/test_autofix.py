import re
import shlex
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import firewall
from hygiene_app.engine.model import AutoFix, OSFamily
from hygiene_app.engine.probes import CommandOutcome, CommandResult
from hygiene_app.services import autofix
from hygiene_app.services.autofix import (
    elevated_argv,
    powershell_literal,
    run_auto_fix,
    windows_cmdline,
)

UFW = AutoFix("Switch on ufw", ("/usr/sbin/ufw", "--force", "enable"))


@dataclass
class FakeRunner:
    """Answers every command with `result` (its argv replaced) and notes what it was asked."""

    outcome: CommandOutcome = CommandOutcome.OK
    returncode: int | None = 0
    stdout: str = ""
    stderr: str = ""
    calls: list[tuple[tuple[str, ...], float]] = field(default_factory=list)

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float = 10.0,
        cancel: threading.Event | None = None,
    ) -> CommandResult:
        self.calls.append((tuple(argv), timeout))
        return CommandResult(
            tuple(argv),
            self.outcome,
            self.returncode if self.outcome is CommandOutcome.OK else None,
            self.stdout,
            self.stderr,
        )


# ----- quoting: whatever the argument, it stays one argument --------------------------------

ARG = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)
ARGV = st.lists(ARG, min_size=1, max_size=6).map(tuple)


def applescript_unquote(literal: str) -> str:
    assert literal.startswith('"') and literal.endswith('"')
    body = literal[1:-1]
    out = []
    i = 0
    escapes = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t"}
    while i < len(body):
        c = body[i]
        if c == "\\":
            out.append(escapes[body[i + 1]])
            i += 2
            continue
        assert c != '"', "an unescaped quote would end the AppleScript string"
        out.append(c)
        i += 1
    return "".join(out)


def mac_shell_command(argv: tuple[str, ...]) -> str:
    exe, flag, script = elevated_argv(AutoFix("x", argv), OSFamily.MACOS)
    assert (exe, flag) == ("osascript", "-e")
    prefix, suffix = "do shell script ", " with administrator privileges"
    assert script.startswith(prefix) and script.endswith(suffix)
    return applescript_unquote(script[len(prefix) : -len(suffix)])


_PS_QUOTES = "'\u2018\u2019\u201a\u201b"


def powershell_unquote(text: str, start: int) -> tuple[str, int]:
    """Read the single-quoted PowerShell string starting at `start`; return it and the end."""
    assert text[start] in _PS_QUOTES
    out = []
    i = start + 1
    while True:
        c = text[i]
        if c in _PS_QUOTES:
            if i + 1 < len(text) and text[i + 1] in _PS_QUOTES:
                out.append(c)
                i += 2
                continue
            return "".join(out), i + 1
        out.append(c)
        i += 1


def command_line_to_argv(line: str) -> list[str]:
    """The Microsoft C runtime's rules (CommandLineToArgvW for arguments after the first)."""
    args: list[str] = []
    i, n = 0, len(line)
    while True:
        while i < n and line[i] in " \t":
            i += 1
        if i >= n:
            return args
        arg: list[str] = []
        quoted = False
        while i < n and (quoted or line[i] not in " \t"):
            if line[i] == "\\":
                j = i
                while j < n and line[j] == "\\":
                    j += 1
                count = j - i
                if j < n and line[j] == '"':
                    arg.append("\\" * (count // 2))
                    if count % 2:
                        arg.append('"')
                        i = j + 1
                    else:
                        i = j
                else:
                    arg.append("\\" * count)
                    i = j
            elif line[i] == '"':
                quoted = not quoted
                i += 1
            else:
                arg.append(line[i])
                i += 1
        args.append("".join(arg))


def windows_parts(argv: tuple[str, ...]) -> tuple[str, list[str]]:
    elevated = elevated_argv(AutoFix("x", argv), OSFamily.WINDOWS)
    assert elevated[0] == "powershell.exe" and elevated[-2] == "-Command"
    script = elevated[-1]
    m = re.search(r"Start-Process -FilePath ", script)
    assert m
    exe, end = powershell_unquote(script, m.end())
    rest = script[end:]
    if rest.startswith(" -ArgumentList "):
        line, _ = powershell_unquote(rest, len(" -ArgumentList "))
        return exe, command_line_to_argv(line)
    return exe, []


@given(ARGV)
def test_linux_prefixes_pkexec_and_keeps_every_argument(argv):
    assert elevated_argv(AutoFix("x", argv), OSFamily.LINUX) == ("pkexec", *argv)


@given(ARGV)
def test_macos_shell_command_splits_back_into_the_same_arguments(argv):
    assert shlex.split(mac_shell_command(argv)) == list(argv)


@given(ARGV)
def test_windows_command_line_splits_back_into_the_same_arguments(argv):
    exe, args = windows_parts(argv)
    assert exe == argv[0]
    assert args == list(argv[1:])


@given(ARG)
def test_powershell_literal_round_trips(text):
    literal = powershell_literal(text)
    assert powershell_unquote(literal + " rest", 0) == (text, len(literal))


def test_examples_of_quoting():
    assert windows_cmdline(("a b", 'say "hi"', "C:\\my dir\\", "C:\\x\\", "")) == (
        '"a b" "say \\"hi\\"" "C:\\my dir\\\\" C:\\x\\ ""'
    )
    assert mac_shell_command(("/bin/echo", "it's", 'a "b"')) == ("/bin/echo 'it'\"'\"'s' 'a \"b\"'")
    assert powershell_literal("it\u2019s") == "'it\u2019\u2019s'"


def test_no_admin_runs_as_is():
    fix = AutoFix("x", ("/usr/bin/true", "a b"), needs_admin=False)
    for os_family in OSFamily:
        assert elevated_argv(fix, os_family) == ("/usr/bin/true", "a b")


def test_an_empty_command_is_a_bug():
    with pytest.raises(ValueError):
        elevated_argv(AutoFix("x", ()), OSFamily.LINUX)


def test_the_real_windows_fix_runs_its_powershell_elevated():
    fix = firewall.FIX_UFW.auto_fix[OSFamily.WINDOWS]
    exe, args = windows_parts(fix.argv)
    assert exe == "powershell.exe"
    assert args == list(fix.argv[1:])
    assert "-Verb RunAs" in elevated_argv(fix, OSFamily.WINDOWS)[-1]


# ----- outcomes in plain words --------------------------------------------------------------


def test_success_runs_pkexec_with_the_fix():
    runner = FakeRunner(stdout="Firewall is active and enabled on system startup\n")
    outcome = run_auto_fix(UFW, OSFamily.LINUX, runner)
    assert outcome.ok and not outcome.cancelled
    assert outcome.message == "Done: the change was made."
    assert "Firewall is active" in outcome.detail
    assert runner.calls == [(("pkexec", "/usr/sbin/ufw", "--force", "enable"), 120.0)]


def test_dismissed_pkexec_prompt_changes_nothing():
    outcome = run_auto_fix(UFW, OSFamily.LINUX, FakeRunner(returncode=126))
    assert not outcome.ok and outcome.cancelled
    assert outcome.message == "You cancelled the administrator prompt; nothing was changed."


def test_pkexec_not_authorized():
    runner = FakeRunner(
        returncode=127, stderr="Error executing command as another user: Not authorized"
    )
    outcome = run_auto_fix(UFW, OSFamily.LINUX, runner)
    assert not outcome.ok and not outcome.cancelled
    assert "not allowed" in outcome.message
    assert "Not authorized" in outcome.detail


def test_missing_pkexec_points_to_the_manual_steps():
    outcome = run_auto_fix(UFW, OSFamily.LINUX, FakeRunner(CommandOutcome.NOT_FOUND))
    assert not outcome.ok
    assert "pkexec" in outcome.message
    assert "follow the steps" in outcome.message


def test_missing_tool_without_elevation_names_it():
    fix = AutoFix("x", ("frobnicate",), needs_admin=False)
    outcome = run_auto_fix(fix, OSFamily.LINUX, FakeRunner(CommandOutcome.NOT_FOUND))
    assert "'frobnicate'" in outcome.message


def test_timeout_says_it_may_have_worked():
    runner = FakeRunner(CommandOutcome.TIMEOUT)
    outcome = run_auto_fix(UFW, OSFamily.LINUX, runner, timeout=90)
    assert not outcome.ok
    assert "2 min" in outcome.message and "check again" in outcome.message
    assert runner.calls[0][1] == 90


@pytest.mark.parametrize("outcome", [CommandOutcome.FAILED, CommandOutcome.PERMISSION_DENIED])
def test_could_not_start(outcome):
    result = run_auto_fix(UFW, OSFamily.LINUX, FakeRunner(outcome))
    assert not result.ok and "could not be started" in result.message


def test_macos_user_canceled():
    runner = FakeRunner(returncode=1, stderr="0:120: execution error: User canceled. (-128)\n")
    outcome = run_auto_fix(firewall.FIX_UFW.auto_fix[OSFamily.MACOS], OSFamily.MACOS, runner)
    assert outcome.cancelled
    assert runner.calls[0][0][0] == "osascript"


def test_macos_failure_shows_the_error():
    runner = FakeRunner(returncode=1, stderr="execution error: Operation not permitted (1)\n")
    outcome = run_auto_fix(firewall.FIX_UFW.auto_fix[OSFamily.MACOS], OSFamily.MACOS, runner)
    assert not outcome.ok and not outcome.cancelled
    assert "error code 1" in outcome.message
    assert "Operation not permitted" in outcome.detail


def test_windows_uac_refused():
    runner = FakeRunner(returncode=autofix.WINDOWS_CANCELLED, stderr="canceled by the user")
    outcome = run_auto_fix(firewall.FIX_UFW.auto_fix[OSFamily.WINDOWS], OSFamily.WINDOWS, runner)
    assert outcome.cancelled


def test_other_exit_codes_fail_plainly():
    outcome = run_auto_fix(UFW, OSFamily.LINUX, FakeRunner(returncode=3, stderr="boom"))
    assert not outcome.ok and not outcome.cancelled
    assert "error code 3" in outcome.message


def test_detail_keeps_only_the_tail():
    runner = FakeRunner(returncode=1, stdout="x" * 5000 + "THE END")
    detail = run_auto_fix(UFW, OSFamily.LINUX, runner).detail
    assert len(detail) <= autofix.DETAIL_CHARS
    assert detail.startswith("…") and detail.endswith("THE END")
