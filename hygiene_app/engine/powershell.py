"""How every Windows probe and fix runs PowerShell, in one place: the checks build their
commands with it, and a recording made by an earlier version still replays."""

from __future__ import annotations

from collections.abc import Sequence

#: No profile (a user's profile can print text or hang), no prompts, UTF-8 output so names in
#: any language survive. Constrained Language Mode (AppLocker, WDAC) refuses to set a .NET
#: property: there the script still runs, and its output comes in the console's code page,
#: which the live runner decodes.
PS_PREFIX = (
    "$ErrorActionPreference='Stop';"
    "try{[Console]::OutputEncoding=[System.Text.Encoding]::UTF8}catch{};"
    "$ProgressPreference='SilentlyContinue';"
)

#: What earlier versions put before the script (newest first).
OLDER_PS_PREFIXES = (
    "$ErrorActionPreference='Stop';"
    "[Console]::OutputEncoding=[System.Text.Encoding]::UTF8;"
    "$ProgressPreference='SilentlyContinue';",
)

_HEAD = (
    "powershell.exe",
    "-NoProfile",
    "-NonInteractive",
    "-ExecutionPolicy",
    "Bypass",
    "-Command",
)


def powershell(script: str) -> tuple[str, ...]:
    """The argv that runs `script` in Windows PowerShell."""
    return (*_HEAD, PS_PREFIX + script)


def powershell_script(argv: Sequence[str]) -> str | None:
    """The script inside an argv made by `powershell()` (now or by an earlier version), for
    showing to people; else None."""
    if tuple(argv[: len(_HEAD)]) != _HEAD or len(argv) != len(_HEAD) + 1:
        return None
    script = argv[-1]
    for prefix in (PS_PREFIX, *OLDER_PS_PREFIXES):
        if script.startswith(prefix):
            return script[len(prefix) :]
    return script


def current_form(argv: tuple[str, ...]) -> tuple[str, ...]:
    """`argv` as this version writes it: a PowerShell command recorded with an earlier prefix
    gets today's, so that the checks, which ask with today's, find it in the recording."""
    script = powershell_script(argv)
    if script is None or argv[-1].startswith(PS_PREFIX) or argv[-1] == script:
        return argv
    return powershell(script)
