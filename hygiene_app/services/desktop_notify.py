"""A desktop notification without Qt, for the scheduled checkup (which never opens a window).

Each system has a tool that shows one: `notify-send` (or `gdbus` talking to the freedesktop
notification service) on Linux, a PowerShell toast on Windows, `osascript` on macOS. A missing
tool, one that fails or one that hangs past `TIMEOUT` means no notification, never an error: the
checkup's result is in its report and history either way.

The title and body are data (a finding's summary can name an account or a file): they are made
`notification_safe`, and they never become part of a command or a script's text. They reach the
tool as separate arguments (notify-send, osascript), as quoted GVariant strings (gdbus), or
through the environment (PowerShell), so nothing in them can run.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from hygiene_app.engine.live import LiveCommandRunner
from hygiene_app.services.notify import notification_safe

log = logging.getLogger(__name__)

APP_NAME = "Hygiene Checkup"
#: Seconds a notification tool may take before it is given up on.
TIMEOUT = 10.0
#: How long the notification stays up, where the server honours it (milliseconds).
EXPIRE_MS = 10_000

#: Windows: the title and body reach the toast script through these variables, never its text.
TITLE_VAR = "HYGIENE_NOTIFY_TITLE"
BODY_VAR = "HYGIENE_NOTIFY_BODY"
#: The toast is shown as PowerShell's own (an unregistered app id shows nothing on Windows 10).
_POWERSHELL_APP_ID = r"{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\WindowsPowerShell\v1.0\powershell.exe"
_TOAST_SCRIPT = (
    "$ErrorActionPreference = 'Stop';"
    "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications,"
    " ContentType = WindowsRuntime] | Out-Null;"
    "[Windows.Data.Xml.Dom.XmlDocument, Windows.Data.Xml.Dom.XmlDocument,"
    " ContentType = WindowsRuntime] | Out-Null;"
    "$t = [Security.SecurityElement]::Escape($env:" + TITLE_VAR + ");"
    "$b = [Security.SecurityElement]::Escape($env:" + BODY_VAR + ");"
    "$x = New-Object Windows.Data.Xml.Dom.XmlDocument;"
    "$x.LoadXml('<toast><visual><binding template=\"ToastGeneric\"><text>' + $t +"
    " '</text><text>' + $b + '</text></binding></visual></toast>');"
    "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier("
    "'" + _POWERSHELL_APP_ID + "').Show("
    "[Windows.UI.Notifications.ToastNotification]::new($x))"
)
_APPLESCRIPT = (
    "on run argv",
    "display notification (item 3 of argv) with title (item 2 of argv)",
    "end run",
)
#: osascript reads options up to its first other argument: this one goes first, so a title or
#: body that starts with "-" is never read as an option (macOS's getopt does not reorder).
_OSASCRIPT_FIRST_ARG = "hygiene-app"
#: Bytes read of a notification tool's stdout and of its stderr (they print next to nothing).
MAX_TOOL_OUTPUT = 64 << 10

#: A notifier takes (title, body) and says whether the notification was handed over.
Notifier = Callable[[str, str], bool]
Which = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Command:
    """One run of a notification tool: its argv and any extra environment."""

    argv: tuple[str, ...]
    env: Mapping[str, str] | None = None


def gvariant_string(text: str) -> str:
    """`text` as a GVariant text-format string literal, which is how gdbus reads its
    arguments: quoted, with backslashes, quotes and line breaks escaped."""
    escaped = (
        text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    )
    return f"'{escaped}'"


def notify_commands(platform: str, which: Which, title: str, body: str) -> tuple[Command, ...]:
    """The commands that would show (title, body) on `platform`, best first; empty when the
    system has none of the tools. Only the first that succeeds is used."""
    title, body = notification_safe(title, body)
    if platform == "win32":
        shell = which("powershell.exe") or which("powershell")
        if shell is None:
            return ()
        argv = (shell, "-NoProfile", "-NonInteractive", "-WindowStyle", "Hidden")
        return (Command((*argv, "-Command", _TOAST_SCRIPT), {TITLE_VAR: title, BODY_VAR: body}),)
    if platform == "darwin":
        osascript = which("osascript")
        if osascript is None:
            return ()
        lines = [part for line in _APPLESCRIPT for part in ("-e", line)]
        return (Command((osascript, *lines, _OSASCRIPT_FIRST_ARG, title, body)),)
    commands: list[Command] = []
    notify_send = which("notify-send")
    if notify_send is not None:
        commands.append(
            Command(
                (
                    notify_send,
                    f"--app-name={APP_NAME}",
                    f"--expire-time={EXPIRE_MS}",
                    "--",
                    title,
                    body,
                )
            )
        )
    gdbus = which("gdbus")
    if gdbus is not None:
        commands.append(
            Command(
                (
                    gdbus,
                    "call",
                    "--session",
                    "--dest=org.freedesktop.Notifications",
                    "--object-path=/org/freedesktop/Notifications",
                    "--method=org.freedesktop.Notifications.Notify",
                    gvariant_string(APP_NAME),
                    "0",
                    "''",
                    gvariant_string(title),
                    gvariant_string(body),
                    "@as []",
                    "@a{sv} {}",
                    str(EXPIRE_MS),
                )
            )
        )
    return tuple(commands)


def _run(command: Command) -> bool:
    """Run one tool through the engine's runner: a timeout and a byte cap on what it prints.
    The person's locale is kept (the runner's default is C), as the text may not be ASCII."""
    keep = {name: os.environ.get(name, "") for name in ("LC_ALL", "LANG", "LANGUAGE")}
    runner = LiveCommandRunner(
        extra_env={**keep, **(command.env or {})}, max_output_bytes=MAX_TOOL_OUTPUT
    )
    done = runner.run(command.argv, timeout=TIMEOUT)
    if not done.ran:
        log.info("notification tool %s did not run: %s", command.argv[0], done.message)
        return False
    return done.returncode == 0


def desktop_notifier(
    platform: str = sys.platform,
    which: Which = shutil.which,
    run: Callable[[Command], bool] = _run,
) -> Notifier:
    """A `Notifier` for this system (tests pass the platform, `which` and `run`)."""

    def notify(title: str, body: str) -> bool:
        commands: Sequence[Command] = notify_commands(platform, which, title, body)
        return any(run(command) for command in commands)

    return notify
