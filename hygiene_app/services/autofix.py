"""Running a guide's automatic fix: elevation through the operating system's own prompt, and
what happened, told in plain words.

We never see a password. On Linux `pkexec` asks through the desktop's polkit agent; on macOS
`osascript` makes the system show its administrator dialog; on Windows `Start-Process -Verb
RunAs` raises the UAC prompt. Every command is an argument list, never a shell line of ours:
where an OS tool only takes one string (AppleScript's `do shell script`, a Windows command
line) each argument is quoted so it stays exactly one argument.
"""

from __future__ import annotations

import re
import shlex
import threading
from collections.abc import Callable
from dataclasses import dataclass

from hygiene_app.checks._common import powershell, powershell_script
from hygiene_app.engine.i18n import N_, fmt, joined
from hygiene_app.engine.model import AutoFix, OSFamily
from hygiene_app.engine.probes import CommandOutcome, CommandResult, CommandRunner

#: How much of the command's output the outcome keeps for the details view.
DETAIL_CHARS = 800
#: pkexec: "the user dismissed the authentication dialog".
PKEXEC_DISMISSED = 126
#: pkexec: "not authorized, or authorization could not be obtained".
PKEXEC_NOT_AUTHORIZED = 127
#: Windows ERROR_CANCELLED; our PowerShell wrapper exits with it when UAC was refused.
WINDOWS_CANCELLED = 1223
#: AppleScript's "User canceled." error number.
_MAC_CANCELLED = re.compile(r"\(-128\)|user cancel", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AutoFixOutcome:
    #: True when the fix ran to the end and reported success.
    ok: bool
    #: One or two sentences for a non-expert.
    message: str
    #: The end of what the command printed, for the curious and for support.
    detail: str = ""
    #: True when the user said no at the administrator prompt (nothing was changed).
    cancelled: bool = False


# ----- quoting ------------------------------------------------------------------------------


def applescript_string(text: str) -> str:
    """`text` as an AppleScript string literal, quotes included."""
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def windows_arg(arg: str) -> str:
    """One argument quoted for a Windows command line (the rules of CommandLineToArgvW and the
    Microsoft C runtime): backslashes are literal except before a double quote."""
    if arg and not any(c in arg for c in ' \t\n\v"'):
        return arg
    out = ['"']
    backslashes = 0
    for c in arg:
        if c == "\\":
            backslashes += 1
            continue
        if c == '"':
            out.append("\\" * (2 * backslashes + 1) + '"')
        else:
            out.append("\\" * backslashes + c)
        backslashes = 0
    out.append("\\" * (2 * backslashes) + '"')
    return "".join(out)


def windows_cmdline(argv: tuple[str, ...] | list[str]) -> str:
    return " ".join(windows_arg(a) for a in argv)


#: PowerShell ends a single-quoted string at any of these, so each is doubled inside one.
_PS_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"


def powershell_literal(text: str) -> str:
    """`text` as a PowerShell single-quoted string: nothing inside is expanded."""
    return "'" + "".join(c * 2 if c in _PS_SINGLE_QUOTES else c for c in text) + "'"


# ----- elevation ----------------------------------------------------------------------------


def elevated_argv(fix: AutoFix, os_family: OSFamily) -> tuple[str, ...]:
    """The argv that runs `fix`, asking for administrator rights through the OS's own prompt
    when it needs them."""
    argv = tuple(fix.argv)
    if not argv:
        raise ValueError("an automatic fix needs a command")
    if not fix.needs_admin:
        return argv
    if os_family is OSFamily.LINUX:
        return ("pkexec", *argv)
    if os_family is OSFamily.MACOS:
        script = (
            f"do shell script {applescript_string(shlex.join(argv))} with administrator privileges"
        )
        return ("osascript", "-e", script)
    start = f"Start-Process -FilePath {powershell_literal(argv[0])}"
    if len(argv) > 1:
        start += f" -ArgumentList {powershell_literal(windows_cmdline(argv[1:]))}"
    start += " -Verb RunAs -WindowStyle Hidden -Wait -PassThru"
    # Start-Process throws when the UAC prompt is refused: the one way it fails here (the
    # program is Windows' own), reported with ERROR_CANCELLED.
    return powershell(
        f"try{{$p={start}}}catch{{[Console]::Error.WriteLine($_.Exception.Message);"
        f"exit {WINDOWS_CANCELLED}}};exit $p.ExitCode"
    )


def missing_for_auto_fix(
    fix: AutoFix, os_family: OSFamily, which: Callable[[str], str | None]
) -> str:
    """The program an automatic fix needs that this computer lacks (the OS's elevation prompt
    or the tool itself); empty when both are there. Offering a fix that cannot run would end
    in an error after the user already said yes."""
    for program in dict.fromkeys((elevated_argv(fix, os_family)[0], fix.argv[0])):
        if which(program) is None:
            return program
    return ""


def display_command(argv: tuple[str, ...], os_family: OSFamily) -> str:
    """`argv` as one line a person can read (and paste into that OS's terminal)."""
    if os_family is OSFamily.WINDOWS:
        return windows_cmdline(argv)
    return shlex.join(argv)


def readable_command(fix: AutoFix, os_family: OSFamily) -> str:
    """What the fix does, without the elevation wrapper and PowerShell's boilerplate."""
    script = powershell_script(fix.argv)
    return script if script is not None else display_command(fix.argv, os_family)


# ----- running ------------------------------------------------------------------------------


def _tail(result: CommandResult) -> str:
    text = result.output.strip()
    if not text and result.message:
        text = result.message
    if len(text) > DETAIL_CHARS:
        text = "…" + text[-(DETAIL_CHARS - 1) :]
    return text


def _manual() -> str:
    return N_("Please follow the steps in this guide instead.")


def run_auto_fix(
    fix: AutoFix,
    os_family: OSFamily,
    runner: CommandRunner,
    timeout: float = 120.0,
    cancel: threading.Event | None = None,
) -> AutoFixOutcome:
    """Run `fix` (elevated when it needs it) and say what happened. Blocks: call it off the UI
    thread. Never raises for anything the command does."""
    argv = elevated_argv(fix, os_family)
    result = runner.run(argv, timeout=timeout, cancel=cancel)
    detail = _tail(result)
    elevated = fix.needs_admin

    match result.outcome:
        case CommandOutcome.NOT_FOUND:
            if elevated and os_family is OSFamily.LINUX:
                message = N_(
                    "This computer has no 'pkexec', the tool the app uses to ask for the "
                    "administrator password, so the app cannot make this change."
                )
            else:
                message = fmt(
                    N_(
                        "The program this fix needs ('{name}') is not on this computer, so "
                        "nothing was changed."
                    ),
                    name=argv[0],
                )
            return AutoFixOutcome(False, joined(message, _manual()), detail)
        case CommandOutcome.TIMEOUT:
            minutes = max(1, round(timeout / 60))
            return AutoFixOutcome(
                False,
                fmt(
                    N_(
                        "The fix did not finish within {minutes} min, so the app stopped waiting. "
                        "It may or may not have worked: check again to find out."
                    ),
                    minutes=minutes,
                ),
                detail,
            )
        case CommandOutcome.CANCELLED:
            return AutoFixOutcome(
                False,
                N_("The fix was stopped before it finished. Check again to see where it is."),
                detail,
                cancelled=True,
            )
        case CommandOutcome.PERMISSION_DENIED | CommandOutcome.FAILED:
            message = N_("The fix could not be started, so nothing was changed.")
            return AutoFixOutcome(False, joined(message, _manual()), detail)
        case CommandOutcome.TOO_MUCH_OUTPUT:
            return AutoFixOutcome(
                False,
                N_(
                    "The fix printed far more than expected, so the app stopped it. It may or "
                    "may not have worked: check again to find out."
                ),
                detail,
            )
        case CommandOutcome.OK:
            pass

    code = result.returncode
    if code == 0:
        return AutoFixOutcome(True, N_("Done: the change was made."), detail)
    if elevated and _prompt_cancelled(os_family, result):
        return AutoFixOutcome(
            False,
            N_("You cancelled the administrator prompt; nothing was changed."),
            detail,
            cancelled=True,
        )
    if elevated and os_family is OSFamily.LINUX and code == PKEXEC_NOT_AUTHORIZED:
        message = N_(
            "The change was not allowed: the password was not accepted, or this account may "
            "not make changes as an administrator. Nothing was changed."
        )
        return AutoFixOutcome(False, joined(message, _manual()), detail)
    message = fmt(N_("The fix did not work (it stopped with error code {code})."), code=code)
    return AutoFixOutcome(False, joined(message, _manual()), detail)


def _prompt_cancelled(os_family: OSFamily, result: CommandResult) -> bool:
    if os_family is OSFamily.LINUX:
        return result.returncode == PKEXEC_DISMISSED
    if os_family is OSFamily.MACOS:
        return bool(_MAC_CANCELLED.search(result.stderr))
    return result.returncode == WINDOWS_CANCELLED
