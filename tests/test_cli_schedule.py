"""`hygiene-app schedule on|off|status` and the scheduler definitions the installers ship.

The scheduler tools are fakes on PATH (tests/fake_tools.py): each call is logged, and answers are
scripted through the environment. The definitions are parsed the way their readers would:
configparser for systemd units, ElementTree for the Task Scheduler XML, plistlib for launchd.
"""

from __future__ import annotations

import argparse
import configparser
import io
import plistlib
import re
import shlex
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from hygiene_app.cli import main
from hygiene_app.cli_schedule import ScheduleUsageError, cmd_schedule
from hygiene_app.services.policy import LoadedPolicy, Policy
from hygiene_app.services.schedule import (
    INSTALLED_COMMANDS,
    LAUNCHD_LABEL,
    MAX_HOURS,
    MAX_TOOL_OUTPUT,
    SYSTEMD_UNIT,
    TASK_NAME,
    ScheduleError,
    ScheduleState,
    apply_policy_schedule,
    hours_of_task,
    hours_of_timer,
    launchd_plist,
    run_tool,
    scheduler_for,
    systemd_service,
    systemd_timer,
    task_xml,
)
from tests.fake_tools import FakeTools

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "packaging" / "schedule"
TASK_NS = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="fake tools are POSIX scripts")


def unit(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


# -- the shipped definitions -----------------------------------------------------------------


def test_packaged_definitions_are_current():
    """The installers ship exactly what the code would write for the installed program;
    `python scripts/schedule_templates.py` regenerates them."""
    assert (TEMPLATES / f"{SYSTEMD_UNIT}.service").read_text() == systemd_service(
        INSTALLED_COMMANDS["linux"]
    )
    assert (TEMPLATES / f"{SYSTEMD_UNIT}.timer").read_text() == systemd_timer()
    assert (TEMPLATES / f"{SYSTEMD_UNIT}.xml").read_bytes() == task_xml(INSTALLED_COMMANDS["win32"])
    assert (TEMPLATES / f"{LAUNCHD_LABEL}.plist").read_bytes() == launchd_plist(
        INSTALLED_COMMANDS["darwin"]
    )


def test_systemd_units_parse_and_run_the_scheduled_check_daily():
    service = unit((TEMPLATES / f"{SYSTEMD_UNIT}.service").read_text())
    assert service["Service"]["Type"] == "oneshot"
    assert shlex.split(service["Service"]["ExecStart"]) == [
        "/usr/bin/hygiene-app",
        "scheduled-check",
    ]
    timer = unit((TEMPLATES / f"{SYSTEMD_UNIT}.timer").read_text())
    assert timer["Timer"]["OnUnitActiveSec"] == "24h"
    assert timer["Install"]["WantedBy"] == "timers.target"


def test_windows_task_runs_hidden_as_the_user_daily():
    root = ET.fromstring((TEMPLATES / f"{SYSTEMD_UNIT}.xml").read_bytes())  # noqa: S314 - ours
    assert root.tag == f"{TASK_NS}Task"
    assert root.findtext(f"{TASK_NS}RegistrationInfo/{TASK_NS}URI") == TASK_NAME
    action = root.find(f"{TASK_NS}Actions/{TASK_NS}Exec")
    assert action is not None
    assert action.findtext(f"{TASK_NS}Command") == "conhost.exe"
    assert action.findtext(f"{TASK_NS}Arguments") == (
        '--headless "C:\\Program Files\\Hygiene Checkup\\hygiene-app.exe" scheduled-check'
    )
    principal = root.find(f"{TASK_NS}Principals/{TASK_NS}Principal")
    assert principal is not None
    assert principal.findtext(f"{TASK_NS}RunLevel") == "LeastPrivilege"
    days = root.findtext(
        f".//{TASK_NS}CalendarTrigger/{TASK_NS}ScheduleByDay/{TASK_NS}DaysInterval"
    )
    assert days == "1"


def test_launchd_agent_runs_the_scheduled_check_daily_in_the_background():
    plist = plistlib.loads((TEMPLATES / f"{LAUNCHD_LABEL}.plist").read_bytes())
    assert plist["Label"] == LAUNCHD_LABEL
    assert plist["ProgramArguments"] == [
        "/Applications/Hygiene Checkup.app/Contents/MacOS/hygiene-app",
        "scheduled-check",
    ]
    assert plist["StartInterval"] == 24 * 3600
    assert plist["RunAtLoad"] is False and plist["ProcessType"] == "Background"


@pytest.mark.parametrize("hours", [1, 6, 23, 24, 48, 168, 745, MAX_HOURS])
def test_every_interval_reads_back(hours):
    assert hours_of_timer(systemd_timer(hours)) == hours
    expected = hours if hours % 24 == 0 or hours <= 744 else round(hours / 24) * 24
    assert hours_of_task(task_xml(("app.exe",), hours).decode("utf-16")) == expected
    assert plistlib.loads(launchd_plist(("app",), hours))["StartInterval"] == hours * 3600


def test_a_path_with_spaces_quotes_and_percent_is_one_exec_word():
    service = unit(systemd_service(('/home/a b/100% "x"/python', "-m", "hygiene_app")))
    exec_start = service["Service"]["ExecStart"]
    assert "%%" in exec_start  # systemd would expand a lone % as a specifier
    words = shlex.split(exec_start.replace("%%", "%"))
    assert words == ['/home/a b/100% "x"/python', "-m", "hygiene_app", "scheduled-check"]


def test_a_path_with_dollar_and_percent_reaches_systemd_unexpanded():
    path = "/home/a$HOME/50%$x$$/py"
    exec_start = unit(systemd_service((path, "-m", "hygiene_app")))["Service"]["ExecStart"]
    # systemd expands $VAR and %-specifiers even inside quotes; "$$" and "%%" are literal.
    assert re.fullmatch(r"(?:[^$%]|\$\$|%%)*", exec_start), exec_start
    literal = re.sub(r"\$\$|%%", lambda m: m.group(0)[0], exec_start)
    assert shlex.split(literal) == [path, "-m", "hygiene_app", "scheduled-check"]


# -- schedule on|off|status: Linux -----------------------------------------------------------


@pytest.fixture
def tools(tmp_path, monkeypatch) -> FakeTools:
    fakes = FakeTools(tmp_path / "fakes").add("systemctl", "schtasks", "launchctl")
    monkeypatch.setenv("PATH", fakes.path())
    return fakes


@pytest.fixture(autouse=True)
def no_policy(tmp_path, monkeypatch):
    """The policy loader reads this (absent) file, never the machine's own policy."""
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(tmp_path / "no-policy.json"))


def user_units(home_config: Path) -> Path:
    return home_config / "systemd" / "user"


@posix_only
def test_schedule_on_writes_the_user_units_and_enables_the_timer(
    tools, tmp_path, capsys, monkeypatch
):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setattr("hygiene_app.cli_schedule.scheduler_for", _linux_here)
    assert main(["schedule", "on", "--hours", "6"]) == 0
    assert "every 6 hours" in capsys.readouterr().out
    units = user_units(config)
    timer = unit((units / f"{SYSTEMD_UNIT}.timer").read_text())
    assert timer["Timer"]["OnUnitActiveSec"] == "6h"
    service = unit((units / f"{SYSTEMD_UNIT}.service").read_text())
    assert shlex.split(service["Service"]["ExecStart"])[-3:] == [
        "-m",
        "hygiene_app",
        "scheduled-check",
    ]
    assert tools.calls() == [
        ["systemctl", "--user", "daemon-reload"],
        ["systemctl", "--user", "enable", "--now", f"{SYSTEMD_UNIT}.timer"],
    ]


def _linux_here():
    return scheduler_for(platform="linux")


@posix_only
def test_schedule_status_and_off(tools, tmp_path, capsys, monkeypatch):
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setattr("hygiene_app.cli_schedule.scheduler_for", _linux_here)
    monkeypatch.setenv("FAKE_SYSTEMCTL_IS_ENABLED", "disabled\n")
    assert main(["schedule", "status"]) == 0
    assert capsys.readouterr().out == "Scheduled checkup: off.\n"

    assert main(["schedule", "on", "--hours", "12"]) == 0
    monkeypatch.setenv("FAKE_SYSTEMCTL_IS_ENABLED", "enabled\n")
    capsys.readouterr()
    assert main(["schedule", "status"]) == 0
    assert capsys.readouterr().out == "Scheduled checkup: on, every 12 hours.\n"

    monkeypatch.setenv("FAKE_SYSTEMCTL_IS_ENABLED", "disabled\n")
    assert main(["schedule", "off"]) == 0
    assert ["systemctl", "--user", "disable", "--now", f"{SYSTEMD_UNIT}.timer"] in tools.calls()
    assert list(user_units(config).iterdir()) == []


@posix_only
def test_a_refusing_systemctl_is_exit_2_with_its_reason(tools, capsys, monkeypatch):
    monkeypatch.setattr("hygiene_app.cli_schedule.scheduler_for", _linux_here)
    monkeypatch.setenv("FAKE_SYSTEMCTL_DAEMON_RELOAD_RC", "1")
    monkeypatch.setenv("FAKE_SYSTEMCTL_STDERR", "Failed to connect to bus: No medium found\n")
    assert main(["schedule", "on"]) == 2
    err = capsys.readouterr().err
    assert (
        err == "hygiene-app: error: systemctl refused: Failed to connect to bus: No medium found\n"
    )


@posix_only
def test_no_systemctl_is_exit_2_not_a_crash(tmp_path, capsys, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr("hygiene_app.cli_schedule.scheduler_for", _linux_here)
    assert main(["schedule", "status"]) == 2
    assert "systemctl is not available" in capsys.readouterr().err


@posix_only
def test_a_scheduler_tool_that_floods_its_output_is_stopped_at_the_cap(tmp_path):
    flood = tmp_path / "systemctl"
    flood.write_text(f"#!/bin/sh\nhead -c {MAX_TOOL_OUTPUT * 3} /dev/zero | tr '\\0' x\n")
    flood.chmod(0o700)
    with pytest.raises(ScheduleError, match="more than"):
        run_tool(["systemctl", "--user", "status"], which=lambda _name: str(flood))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["schedule", "on", "--hours", "0"], "whole number of hours"),
        (["schedule", "on", "--hours", "many"], "whole number of hours"),
        (["schedule", "off", "--hours", "6"], "applies to 'schedule on' only"),
        (["schedule", "sometimes"], "invalid choice"),
    ],
)
def test_usage_errors_are_exit_2(argv, message, tools, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


# -- Windows and macOS, through the same fakes -----------------------------------------------


@posix_only
def test_windows_task_is_created_from_our_xml_and_read_back(tools, tmp_path, monkeypatch):
    scheduler = scheduler_for(platform="win32", env={"LOCALAPPDATA": str(tmp_path / "local")})
    scheduler.turn_on(8)
    create = tools.calls()[0]
    assert create[:4] == ["schtasks", "/Create", "/TN", TASK_NAME]
    assert create[4] == "/XML" and create[6:] == ["/F"]
    assert not Path(create[5]).exists()  # the task file is not left behind
    xml = tools.task_xml.read_bytes()
    assert hours_of_task(xml.decode("utf-16")) == 8
    monkeypatch.setenv("FAKE_SCHTASKS_QUERY", xml.decode("utf-16"))
    assert scheduler.status() == ScheduleState(on=True, hours=8)
    scheduler.turn_off()
    assert tools.calls()[-1] == ["schtasks", "/Delete", "/TN", TASK_NAME, "/F"]
    monkeypatch.setenv("FAKE_SCHTASKS_QUERY_RC", "1")
    assert scheduler.status() == ScheduleState(on=False)


@posix_only
def test_macos_agent_is_bootstrapped_into_the_gui_session(tools, tmp_path, monkeypatch):
    scheduler = scheduler_for(platform="darwin", home=tmp_path / "mac", command=("/app",))
    scheduler.turn_on(24)
    plist_path = tmp_path / "mac" / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
    assert plistlib.loads(plist_path.read_bytes())["ProgramArguments"] == [
        "/app",
        "scheduled-check",
    ]
    calls = tools.calls()
    assert calls[-1][:2] == ["launchctl", "bootstrap"]
    assert calls[-1][2].startswith("gui/") and calls[-1][3] == str(plist_path)
    assert scheduler.status() == ScheduleState(on=True, hours=24)
    scheduler.turn_off()
    assert not plist_path.exists()
    monkeypatch.setenv("FAKE_LAUNCHCTL_PRINT_RC", "113")
    assert scheduler.status() == ScheduleState(on=False)


# -- the organisation's policy wins -----------------------------------------------------------


class RecordingScheduler:
    def __init__(self, state: ScheduleState | None = None) -> None:
        self.state = state or ScheduleState(on=False)
        self.turned_on: list[int] = []
        self.turned_off = 0

    def turn_on(self, hours: int) -> None:
        self.turned_on.append(hours)
        self.state = ScheduleState(on=True, hours=hours)

    def turn_off(self) -> None:
        self.turned_off += 1
        self.state = ScheduleState(on=False)

    def status(self) -> ScheduleState:
        return self.state


def _args(action: str, hours: int | None = None) -> argparse.Namespace:
    return argparse.Namespace(command="schedule", action=action, hours=hours)


LOCKED = LoadedPolicy(policy=Policy(schedule_hours=12), sources=(("schedule.hours", "test"),))


@pytest.mark.parametrize(("action", "hours"), [("off", None), ("on", 6)])
def test_the_policy_schedule_cannot_be_changed_here(action, hours):
    scheduler = RecordingScheduler(ScheduleState(on=True, hours=12))
    with pytest.raises(ScheduleUsageError, match="your organisation sets"):
        cmd_schedule(_args(action, hours), io.StringIO(), scheduler=scheduler, policy=LOCKED)
    assert scheduler.turned_on == [] and scheduler.turned_off == 0


def test_schedule_on_uses_the_policy_interval_and_status_says_it_is_set():
    scheduler = RecordingScheduler()
    out = io.StringIO()
    cmd_schedule(_args("on"), out, scheduler=scheduler, policy=LOCKED)
    cmd_schedule(_args("status"), out, scheduler=scheduler, policy=LOCKED)
    assert scheduler.turned_on == [12]
    assert out.getvalue().splitlines()[-2:] == [
        "Scheduled checkup: on, every 12 hours.",
        "Your organisation sets it to every 12 hours.",
    ]


def test_apply_policy_schedule_turns_it_on_once():
    scheduler = RecordingScheduler()
    assert apply_policy_schedule(None, scheduler) is False
    assert apply_policy_schedule(12, scheduler) is True
    assert apply_policy_schedule(12, scheduler) is False  # already so: no scheduler call
    assert apply_policy_schedule(6, scheduler) is True
    assert scheduler.turned_on == [12, 6]


@posix_only
def test_without_a_policy_schedule_on_defaults_to_daily(tools, no_policy, capsys, monkeypatch):
    monkeypatch.setattr("hygiene_app.cli_schedule.scheduler_for", _linux_here)
    assert main(["schedule", "on"]) == 0
    assert capsys.readouterr().out == "Scheduled checkup on: every 24 hours.\n"


@pytest.mark.parametrize(
    ("recipe", "shipped"),
    [
        ("linux/build.sh", f"{SYSTEMD_UNIT}.service"),
        ("linux/build.sh", f"{SYSTEMD_UNIT}.timer"),
        ("windows/build.ps1", f"{SYSTEMD_UNIT}.xml"),
        ("macos/build_dmg.sh", f"{LAUNCHD_LABEL}.plist"),
    ],
)
def test_each_installer_puts_its_definition_in_place_but_never_turns_it_on(recipe, shipped):
    text = (ROOT / "packaging" / recipe).read_text(encoding="utf-8")
    assert f"schedule/{shipped}" in text.replace("\\", "/")
    for turns_on in ("systemctl", "schtasks", "launchctl"):
        assert not any(
            turns_on in line and not line.lstrip().startswith("#") for line in text.splitlines()
        ), f"{recipe} turns the schedule on"


def test_the_app_applies_the_policy_schedule_off_its_thread_and_never_raises(caplog):
    from hygiene_app.services.schedule import ScheduleError, apply_policy_schedule_in_background

    assert apply_policy_schedule_in_background(None, RecordingScheduler()) is None
    scheduler = RecordingScheduler()
    failures: list[str] = []
    thread = apply_policy_schedule_in_background(
        12, scheduler, failed=lambda: failures.append("failed")
    )
    assert thread is not None
    thread.join()
    assert scheduler.turned_on == [12]
    assert failures == []

    class Refusing(RecordingScheduler):
        def turn_on(self, hours: int) -> None:
            raise ScheduleError("systemctl refused: no bus")

    thread = apply_policy_schedule_in_background(
        12, Refusing(), failed=lambda: failures.append("failed")
    )
    assert thread is not None
    thread.join()
    assert "could not turn on the organisation's scheduled checkup" in caplog.text
    # The app is told, so that it runs the checkup itself (nothing else will).
    assert failures == ["failed"]


@posix_only
def test_off_says_so_when_an_administrator_enabled_it_for_everyone(tools, capsys, monkeypatch):
    monkeypatch.setattr("hygiene_app.cli_schedule.scheduler_for", _linux_here)
    # `systemctl --global enable`: still enabled for this user after a --user disable.
    monkeypatch.setenv("FAKE_SYSTEMCTL_IS_ENABLED", "enabled\n")
    assert main(["schedule", "off"]) == 2
    assert "set up for every user of this computer by an administrator" in capsys.readouterr().err


def test_one_hour_is_said_in_the_singular():
    out = io.StringIO()
    scheduler = RecordingScheduler()
    cmd_schedule(_args("on", 1), out, scheduler=scheduler, policy=LoadedPolicy())
    cmd_schedule(_args("status"), out, scheduler=scheduler, policy=LoadedPolicy())
    assert out.getvalue() == (
        "Scheduled checkup on: every 1 hour.\nScheduled checkup: on, every 1 hour.\n"
    )
