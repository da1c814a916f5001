"""The scheduled checkup: one definition for each system's scheduler, and turning it on or off.

Linux runs it from a systemd user timer, Windows from a Task Scheduler task, macOS from a launchd
agent; each runs `hygiene-app scheduled-check`, which never opens a window. The installers put
the same definitions in place, OFF (`packaging/schedule/`, rendered by these functions with the
installed program's path; a test keeps them current). `hygiene-app schedule on` writes this
user's own copy (with the program actually running, so a copy installed anywhere works) and
asks the scheduler to start it; `off` stops it and removes that copy.

Every scheduler is driven through an argv list with a timeout, found on PATH (so tests put fakes
there), never a shell. A scheduler that is missing or refuses is a `ScheduleError` with one line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import plistlib
import re
import shutil
import subprocess  # nosec B404: argv lists only, never a shell
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from xml.etree import ElementTree as ET  # nosec B405: only to build XML, never to parse

from hygiene_app.engine.atomic import atomic_write_bytes, atomic_write_text, private_dir
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.live import LiveCommandRunner
from hygiene_app.engine.probes import CommandOutcome
from hygiene_app.services.policy_doc import MAX_SCHEDULE_HOURS

#: The command a scheduled run gives the app.
SCHEDULED_COMMAND = "scheduled-check"
DEFAULT_HOURS = 24
#: The longest interval: the policy's own bound (a year).
MAX_HOURS = MAX_SCHEDULE_HOURS
#: Task Scheduler repeats within a day at most every 31 days; longer ones count whole days.
MAX_REPEAT_HOURS = 31 * 24
#: Seconds a scheduler tool may take.
TIMEOUT = 30.0
#: Bytes read of a scheduler tool's stdout and of its stderr: its answers are a few KB.
MAX_TOOL_OUTPUT = 1 << 20

SYSTEMD_UNIT = "hygiene-app-checkup"
TASK_NAME = "\\Hygiene Checkup\\Scheduled checkup"
LAUNCHD_LABEL = "io.github.hygienecheckup.HygieneCheckup.checkup"

#: Where the installers put the app, for the packaged definitions.
INSTALLED_COMMANDS: Mapping[str, tuple[str, ...]] = {
    "linux": ("/usr/bin/hygiene-app",),
    "win32": ("C:\\Program Files\\Hygiene Checkup\\hygiene-app.exe",),
    "darwin": ("/Applications/Hygiene Checkup.app/Contents/MacOS/hygiene-app",),
}

log = logging.getLogger(__name__)

_TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"


class ScheduleError(Exception):
    """The schedule could not be read or changed; the message is one plain line."""


#: Why `off` cannot stop a schedule an administrator set up for every user of the computer.
_SET_FOR_EVERYONE = N_(
    "the scheduled checkup is set up for every user of this computer by an administrator "
    "(systemctl --global, or /Library/LaunchAgents); only they can turn it off"
)


@dataclass(frozen=True, slots=True)
class ScheduleState:
    """Whether the scheduled checkup is on, and how often (None when unknown or off)."""

    on: bool
    hours: int | None = None


def check_hours(hours: int) -> int:
    """`hours` if it is an interval every scheduler accepts, else ValueError."""
    if isinstance(hours, bool) or not 1 <= hours <= MAX_HOURS:
        raise ValueError(
            fmt(N_("the interval must be 1 to {most} hours"), most=MAX_HOURS),
        )
    return hours


def app_command() -> tuple[str, ...]:
    """How to start this very program again: the frozen executable, or this Python running
    the package (a source checkout, a wheel in a venv)."""
    if getattr(sys, "frozen", False):
        return (sys.executable,)
    return (sys.executable, "-m", "hygiene_app")


# -- the definitions -------------------------------------------------------------------------


def _systemd_quote(arg: str) -> str:
    """One ExecStart= word: quoted, with systemd's escapes ("\\", '"'), and "%" specifiers and
    "$" variables off (systemd expands both even inside quotes)."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"' if re.search(r'[\s"\\;$%\']', arg) or not arg else escaped


def systemd_service(command: Sequence[str]) -> str:
    """The user service that runs one scheduled checkup."""
    exec_start = " ".join(_systemd_quote(a) for a in (*command, SCHEDULED_COMMAND))
    return (
        "# Hygiene Checkup: one scheduled checkup, without a window (see the .timer).\n"
        "[Unit]\n"
        "Description=Hygiene Checkup scheduled checkup\n"
        "Documentation=man:hygiene-app(1)\n"
        "\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
        "Nice=10\n"
        "IOSchedulingClass=idle\n"
        "TimeoutStartSec=1h\n"
    )


def systemd_timer(hours: int = DEFAULT_HOURS) -> str:
    """The user timer: a while after the session starts, then every `hours`. Off until enabled
    (`hygiene-app schedule on`, or an admin's `systemctl --global enable`)."""
    check_hours(hours)
    return (
        "# Hygiene Checkup: runs hygiene-app-checkup.service. Off until enabled, with\n"
        "# 'hygiene-app schedule on' (this user) or 'systemctl --global enable\n"
        "# hygiene-app-checkup.timer' (every user).\n"
        "[Unit]\n"
        "Description=Hygiene Checkup scheduled checkup timer\n"
        "Documentation=man:hygiene-app(1)\n"
        "\n"
        "[Timer]\n"
        "OnStartupSec=15min\n"
        f"OnUnitActiveSec={hours}h\n"
        "RandomizedDelaySec=10min\n"
        "AccuracySec=5min\n"
        "\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def task_xml(command: Sequence[str], hours: int = DEFAULT_HOURS) -> bytes:
    """The Task Scheduler task, as UTF-16 with a byte order mark (what `schtasks /XML` reads
    and writes). The console program runs under `conhost --headless`, so no window shows."""
    check_hours(hours)
    ET.register_namespace("", _TASK_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{_TASK_NS}}}{tag}")
        if text is not None:
            element.text = text
        return element

    task = ET.Element(f"{{{_TASK_NS}}}Task", {"version": "1.2"})
    info = sub(task, "RegistrationInfo")
    sub(info, "Description", "Hygiene Checkup: a scheduled checkup, without a window.")
    sub(info, "URI", TASK_NAME)
    triggers = sub(task, "Triggers")
    if hours % 24 and hours <= MAX_REPEAT_HOURS:
        trigger = sub(triggers, "TimeTrigger")
        sub(sub(trigger, "Repetition"), "Interval", f"PT{hours}H")
        sub(trigger, "StartBoundary", "2026-01-01T09:00:00")
        sub(trigger, "Enabled", "true")
    else:
        trigger = sub(triggers, "CalendarTrigger")
        sub(trigger, "StartBoundary", "2026-01-01T09:00:00")
        sub(trigger, "Enabled", "true")
        days = max(1, round(hours / 24))
        sub(sub(trigger, "ScheduleByDay"), "DaysInterval", str(days))
    principal = sub(sub(task, "Principals"), "Principal")
    principal.set("id", "Author")
    sub(principal, "LogonType", "InteractiveToken")
    sub(principal, "RunLevel", "LeastPrivilege")
    settings = sub(task, "Settings")
    for tag, value in (
        ("MultipleInstancesPolicy", "IgnoreNew"),
        ("DisallowStartIfOnBatteries", "false"),
        ("StopIfGoingOnBatteries", "false"),
        ("StartWhenAvailable", "true"),
        ("RunOnlyIfNetworkAvailable", "false"),
        ("ExecutionTimeLimit", "PT1H"),
        ("Enabled", "true"),
        ("Hidden", "false"),
        ("Priority", "7"),
    ):
        sub(settings, tag, value)
    actions = sub(task, "Actions")
    actions.set("Context", "Author")
    exec_ = sub(actions, "Exec")
    sub(exec_, "Command", "conhost.exe")
    sub(exec_, "Arguments", subprocess.list2cmdline(["--headless", *command, SCHEDULED_COMMAND]))
    ET.indent(task)
    body = ET.tostring(task, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-16"?>\n' + body + "\n").encode("utf-16")


def launchd_plist(command: Sequence[str], hours: int = DEFAULT_HOURS) -> bytes:
    """The launchd agent: every `hours` while the user is logged in, in the background."""
    check_hours(hours)
    return plistlib.dumps(
        {
            "Label": LAUNCHD_LABEL,
            "ProgramArguments": [*command, SCHEDULED_COMMAND],
            "StartInterval": hours * 3600,
            "RunAtLoad": False,
            "ProcessType": "Background",
            "LowPriorityIO": True,
            "Nice": 10,
        }
    )


def hours_of_timer(text: str) -> int | None:
    match = re.search(r"^OnUnitActiveSec=(\d+)h\s*$", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def hours_of_task(xml: str) -> int | None:
    """The interval of our task's XML (as `task_xml` writes it and `schtasks /Query /XML`
    prints it), in hours; read with a pattern, not an XML parser, as it is one element."""
    days = re.search(r"<DaysInterval>(\d+)</DaysInterval>", xml)
    if days:
        return int(days.group(1)) * 24
    hours = re.search(r"<Interval>PT(\d+)H</Interval>", xml)
    return int(hours.group(1)) if hours else None


def hours_of_plist(data: bytes) -> int | None:
    try:
        interval = plistlib.loads(data).get("StartInterval")
    except (plistlib.InvalidFileException, ValueError, AttributeError):
        return None
    ok = isinstance(interval, int) and interval > 0 and interval % 3600 == 0
    return interval // 3600 if ok else None


# -- the schedulers --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


Runner = Callable[[Sequence[str]], Ran]
Which = Callable[[str], str | None]


def run_tool(argv: Sequence[str], which: Which = shutil.which) -> Ran:
    """Run a scheduler tool found on PATH; a missing tool, a timeout or a flood of output is a
    ScheduleError. The engine's runner reads at most `MAX_TOOL_OUTPUT` bytes of each stream."""
    tool = which(argv[0])
    if tool is None:
        raise ScheduleError(fmt(N_("{tool} is not available on this computer"), tool=argv[0]))
    done = LiveCommandRunner(max_output_bytes=MAX_TOOL_OUTPUT).run(
        [tool, *argv[1:]], timeout=TIMEOUT
    )
    if done.outcome is CommandOutcome.TIMEOUT:
        raise ScheduleError(
            fmt(N_("{tool} did not answer within {n} seconds"), tool=argv[0], n=int(TIMEOUT))
        )
    if done.outcome is not CommandOutcome.OK or done.returncode is None:
        raise ScheduleError(
            fmt(N_("{tool} could not run: {reason}"), tool=argv[0], reason=done.message)
        )
    return Ran(done.returncode, done.stdout, done.stderr)


def _refused(tool: str, ran: Ran) -> ScheduleError:
    said = (ran.stderr.strip() or ran.stdout.strip()).splitlines()
    reason = said[-1] if said else fmt(N_("exit status {code}"), code=ran.returncode)
    return ScheduleError(fmt(N_("{tool} refused: {reason}"), tool=tool, reason=reason))


class Scheduler(Protocol):
    def turn_on(self, hours: int) -> None: ...
    def turn_off(self) -> None: ...
    def status(self) -> ScheduleState: ...


@dataclass
class SystemdScheduler:
    """A systemd user timer in the user's own unit folder."""

    unit_dir: Path
    command: tuple[str, ...]
    run: Runner = run_tool

    def _ctl(self, *args: str, check: bool = True) -> Ran:
        ran = self.run(("systemctl", "--user", *args))
        if check and ran.returncode != 0:
            raise _refused("systemctl", ran)
        return ran

    @property
    def _timer(self) -> Path:
        return self.unit_dir / f"{SYSTEMD_UNIT}.timer"

    @property
    def _service(self) -> Path:
        return self.unit_dir / f"{SYSTEMD_UNIT}.service"

    def turn_on(self, hours: int) -> None:
        check_hours(hours)
        try:
            private_dir(self.unit_dir)
            atomic_write_text(self._service, systemd_service(self.command))
            atomic_write_text(self._timer, systemd_timer(hours))
        except OSError as exc:
            raise ScheduleError(
                fmt(N_("cannot write {path}: {reason}"), path=str(self.unit_dir), reason=exc)
            ) from None
        self._ctl("daemon-reload")
        self._ctl("enable", "--now", f"{SYSTEMD_UNIT}.timer")

    def turn_off(self) -> None:
        self._ctl("disable", "--now", f"{SYSTEMD_UNIT}.timer", check=False)
        for path in (self._timer, self._service):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        self._ctl("daemon-reload", check=False)
        if self.status().on:
            raise ScheduleError(_SET_FOR_EVERYONE)

    def status(self) -> ScheduleState:
        ran = self._ctl("is-enabled", f"{SYSTEMD_UNIT}.timer", check=False)
        if ran.stdout.strip() not in ("enabled", "enabled-runtime"):
            return ScheduleState(on=False)
        try:
            hours = hours_of_timer(self._timer.read_text(encoding="utf-8"))
        except (OSError, UnicodeError):
            hours = None
        return ScheduleState(on=True, hours=hours)


@dataclass
class TaskScheduler:
    """A Task Scheduler task of this user, registered from our XML with `schtasks`."""

    work_dir: Path
    command: tuple[str, ...]
    run: Runner = run_tool

    def turn_on(self, hours: int) -> None:
        check_hours(hours)
        xml = self.work_dir / "scheduled-checkup.xml"
        try:
            private_dir(self.work_dir)
            atomic_write_bytes(xml, task_xml(self.command, hours))
        except OSError as exc:
            raise ScheduleError(
                fmt(N_("cannot write {path}: {reason}"), path=str(xml), reason=exc)
            ) from None
        try:
            ran = self.run(("schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml), "/F"))
        finally:
            with contextlib.suppress(OSError):
                xml.unlink()
        if ran.returncode != 0:
            raise _refused("schtasks", ran)

    def turn_off(self) -> None:
        if not self.status().on:
            return
        ran = self.run(("schtasks", "/Delete", "/TN", TASK_NAME, "/F"))
        if ran.returncode != 0:
            raise _refused("schtasks", ran)

    def status(self) -> ScheduleState:
        ran = self.run(("schtasks", "/Query", "/TN", TASK_NAME, "/XML"))
        if ran.returncode != 0:
            return ScheduleState(on=False)
        return ScheduleState(on=True, hours=hours_of_task(ran.stdout))


@dataclass
class LaunchdScheduler:
    """A launchd agent in the user's LaunchAgents folder, loaded into the GUI session."""

    agents_dir: Path
    command: tuple[str, ...]
    uid: int
    run: Runner = run_tool

    @property
    def _plist(self) -> Path:
        return self.agents_dir / f"{LAUNCHD_LABEL}.plist"

    @property
    def _service(self) -> str:
        return f"gui/{self.uid}/{LAUNCHD_LABEL}"

    @property
    def everyone_plist(self) -> Path:
        return Path("/Library/LaunchAgents") / f"{LAUNCHD_LABEL}.plist"

    def turn_on(self, hours: int) -> None:
        check_hours(hours)
        try:
            private_dir(self.agents_dir)
            atomic_write_bytes(self._plist, launchd_plist(self.command, hours))
        except OSError as exc:
            raise ScheduleError(
                fmt(N_("cannot write {path}: {reason}"), path=str(self._plist), reason=exc)
            ) from None
        self.run(("launchctl", "bootout", self._service))  # an older definition: gone first
        ran = self.run(("launchctl", "bootstrap", f"gui/{self.uid}", str(self._plist)))
        if ran.returncode != 0:
            raise _refused("launchctl", ran)

    def turn_off(self) -> None:
        self.run(("launchctl", "bootout", self._service))
        with contextlib.suppress(FileNotFoundError):
            self._plist.unlink()
        if self.everyone_plist.exists():  # launchd would load it again at the next login
            raise ScheduleError(_SET_FOR_EVERYONE)

    def status(self) -> ScheduleState:
        if self.run(("launchctl", "print", self._service)).returncode != 0:
            return ScheduleState(on=False)
        try:
            hours = hours_of_plist(self._plist.read_bytes())
        except OSError:
            hours = None
        return ScheduleState(on=True, hours=hours)


def scheduler_for(
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    home: Path | None = None,
    command: tuple[str, ...] | None = None,
    run: Runner = run_tool,
) -> Scheduler:
    """This system's scheduler, for this user."""
    home = home or Path.home()
    command = command or app_command()
    if platform == "win32":
        local = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return TaskScheduler(Path(local) / "hygiene-app" / "schedule", command, run)
    if platform == "darwin":
        uid = os.getuid() if hasattr(os, "getuid") else 0
        return LaunchdScheduler(home / "Library" / "LaunchAgents", command, uid, run)
    config = env.get("XDG_CONFIG_HOME") or str(home / ".config")
    return SystemdScheduler(Path(config) / "systemd" / "user", command, run)


def apply_policy_schedule(hours: int | None, scheduler: Scheduler | None = None) -> bool:
    """Turn the scheduled checkup on at the interval an organisation's policy sets
    (`Policy.schedule_hours`), unless it already runs at that interval. Returns True when it
    changed something. The app calls this at start, off the UI thread (it may wait on the
    scheduler for up to `TIMEOUT` seconds); raises ScheduleError when the scheduler refuses."""
    if hours is None:
        return False
    scheduler = scheduler or scheduler_for()
    if scheduler.status() == ScheduleState(on=True, hours=hours):
        return False
    scheduler.turn_on(hours)
    return True


def apply_policy_schedule_in_background(
    hours: int | None,
    scheduler: Scheduler | None = None,
    *,
    failed: Callable[[], object] | None = None,
) -> threading.Thread | None:
    """`apply_policy_schedule` on a daemon thread, for the app's start (the UI never waits on
    a scheduler). A refusal is logged, never raised, and `failed` is called (on that thread):
    the app then runs the checkup itself at the policy's interval while it is open, since
    nothing else will. Returns the thread (tests join it), or None when the policy sets no
    schedule."""
    if hours is None:
        return None

    def apply() -> None:
        try:
            apply_policy_schedule(hours, scheduler)
        except (ScheduleError, ValueError):
            log.warning("could not turn on the organisation's scheduled checkup", exc_info=True)
            if failed is not None:
                failed()

    thread = threading.Thread(target=apply, name="policy-schedule", daemon=True)
    thread.start()
    return thread
