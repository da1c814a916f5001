"""`hygiene-app scheduled-check`: what the timer, task or agent runs. No window; a scheduled run
in the history; the JSON report in the policy's folder; only new problems notified, as the tray
does; a missing or hanging notification tool is no error."""

from __future__ import annotations

import getpass
import json
import os
import re
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hygiene_app import cli
from hygiene_app.checks import default_registry
from hygiene_app.cli_schedule import (
    KEEP_REPORTS,
    LATEST,
    SHARED_FOLDER_MODE,
    ReportFolderError,
    cmd_scheduled_check,
    safe_user_name,
    scheduled_run,
    user_report_folder,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.probes import CommandOutcome, CommandResult
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services import desktop_notify
from hygiene_app.services.desktop_notify import (
    BODY_VAR,
    TITLE_VAR,
    Command,
    desktop_notifier,
    gvariant_string,
    notify_commands,
)
from hygiene_app.services.history import HistoryStore, Origin, default_history_path
from hygiene_app.services.policy import LoadedPolicy, Policy, PolicyProblem, no_policy
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import SettingsStore, default_settings_path
from tests.fake_tools import FakeTools
from tests.test_cli import NOW, SCHEMA, write_snapshot

#: This user's own folder inside the policy's report folder.
ME = safe_user_name(getpass.getuser())

ROOT = Path(__file__).resolve().parent.parent
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and fake tools")


class Notifications:
    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, body: str) -> bool:
        self.shown.append((title, body))
        return True


@pytest.fixture(autouse=True)
def _no_machine_policy(tmp_path, monkeypatch):
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(tmp_path / "no-policy.json"))


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """'This computer' is a snapshot whose restart is pending (UPD-003 fails) until `fix()`."""
    path = write_snapshot(tmp_path / "machine.json", restart_needed=True)

    class Machine:
        @staticmethod
        def fix() -> None:
            # No flag, and a package that would write one is installed: no restart pending.
            clean = Snapshot.load(write_snapshot(path, restart_needed=False))
            replace(clean, stats={"/usr/bin/unattended-upgrade": NOW - 3600}).save(path)

        @staticmethod
        def break_again() -> None:
            write_snapshot(path, restart_needed=True)

    def run(_args, _loaded=None):
        checks = default_registry().select(["UPD-003"], [])
        return run_checkup(checks, ProbeContext(Snapshot.load(path).seams(), offline=True))

    monkeypatch.setattr(cli, "_run", run)
    return Machine


def once(notifications: Notifications, policy: LoadedPolicy | None = None):
    return scheduled_run(
        offline=True, notifier=notifications, policy=policy or no_policy(), clock=lambda: NOW
    )


def test_new_problems_are_announced_once_and_again_when_they_come_back(machine):
    shown = Notifications()
    assert once(shown).notified == ("UPD-003",)
    assert len(shown.shown) == 1
    title, body = shown.shown[0]
    assert title and body
    assert once(shown).notified == ()  # still there: not announced twice
    machine.fix()
    assert once(shown).notified == ()
    machine.break_again()
    assert once(shown).notified == ("UPD-003",)
    assert len(shown.shown) == 2


def test_a_snoozed_problem_is_not_announced(machine):
    SettingsStore(default_settings_path()).update(
        lambda s: s.with_set_aside(SetAside("UPD-003", SetAsideKind.SNOOZE, NOW + 86400))
    )
    shown = Notifications()
    assert once(shown).notified == ()
    assert shown.shown == []


def test_a_problem_the_app_already_showed_is_not_announced(machine):
    SettingsStore(default_settings_path()).update(
        lambda s: s.__class__(notified=frozenset({"UPD-003:fail"}))
    )
    shown = Notifications()
    once(shown)
    assert shown.shown == []


def test_unreadable_settings_are_left_alone_and_nothing_is_announced(machine):
    path = default_settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    shown = Notifications()
    once(shown)
    assert shown.shown == []
    assert path.read_text() == "{not json"  # not set aside, not overwritten


def test_the_run_is_recorded_as_scheduled(machine):
    once(Notifications())
    runs = HistoryStore(default_history_path()).runs()
    assert [r.origin for r in runs] == [Origin.SCHEDULED]
    assert runs[0].status_of("UPD-003") is not None


@posix_only
def test_the_report_goes_into_the_policy_folder_whole_and_private(machine, tmp_path):
    folder = tmp_path / "reports" / "staff"
    policy = LoadedPolicy(policy=Policy(report_folder=str(folder)), sources=(("x", "test"),))
    done = once(Notifications(), policy)
    assert done.problem == "" and done.report is not None
    assert done.report.parent == folder / ME
    assert done.report.name.startswith("checkup-") and done.report.suffix == ".json"
    report = json.loads(done.report.read_text())
    jsonschema.validate(report, SCHEMA)
    assert (folder / ME / LATEST).read_text() == done.report.read_text()
    assert stat.S_IMODE(folder.stat().st_mode) == SHARED_FOLDER_MODE  # others make theirs
    assert stat.S_IMODE((folder / ME).stat().st_mode) == 0o700
    assert stat.S_IMODE(done.report.stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / ME / LATEST).stat().st_mode) == 0o600


def test_the_report_folder_keeps_a_bounded_number_of_runs(machine, tmp_path):
    folder = tmp_path / "reports" / ME
    folder.mkdir(parents=True)
    for n in range(KEEP_REPORTS + 5):
        (folder / f"checkup-2020010{n // 10}T0000{n % 10:02d}Z.json").write_text("{}")
    (folder / "notes.txt").write_text("the admin's own file\n")
    policy = LoadedPolicy(policy=Policy(report_folder=str(folder.parent)), sources=(("x", "test"),))
    done = once(Notifications(), policy)
    runs = sorted(p.name for p in folder.glob("checkup-*.json"))
    assert len(runs) == KEEP_REPORTS
    assert runs[-1] == done.report.name  # the newest stays, the oldest went
    assert (folder / "notes.txt").exists() and (folder / LATEST).exists()


def test_an_unusable_report_folder_is_exit_2_after_recording_and_notifying(
    machine, tmp_path, capsys
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    policy = LoadedPolicy(policy=Policy(report_folder=str(blocker)), sources=(("x", "test"),))
    shown = Notifications()
    err = _Err()
    args = cli.build_parser().parse_args(["scheduled-check", "--offline"])
    assert cmd_scheduled_check(args, err, notifier=shown, policy=policy, clock=lambda: NOW) == 2
    assert err.text.count("\n") == 1 and "cannot write the report" in err.text
    assert len(shown.shown) == 1
    assert len(HistoryStore(default_history_path()).runs()) == 1


class _Err:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)


# -- the notifier -----------------------------------------------------------------------------

HOSTILE = 'Wi-Fi "x\'" $(touch pwned) `id` <b>bold</b> & \x1b[31m\nsecond line \\'


def _which(*present: str):
    return lambda name: f"/usr/bin/{name}" if name in present else None


def test_linux_notify_send_gets_title_and_body_as_arguments():
    (command, fallback) = notify_commands("linux", _which("notify-send", "gdbus"), HOSTILE, "b")
    assert command.argv[0] == "/usr/bin/notify-send"
    assert command.argv[-3] == "--"  # a title starting with '-' is not an option
    title = command.argv[-2]
    assert "$(touch pwned)" in title  # data, passed as it is: no shell ever reads it
    assert "<b>" not in title and "\x1b" not in title  # notification_safe
    assert fallback.argv[0] == "/usr/bin/gdbus"


def test_gdbus_strings_are_quoted_gvariant_literals():
    assert gvariant_string("it's a \\ path\nnext") == "'it\\'s a \\\\ path\\nnext'"
    (command,) = notify_commands("linux", _which("gdbus"), "T", "line 1\nline 2")
    assert "'line 1\\nline 2'" in command.argv


def test_windows_toast_reads_the_text_from_the_environment_not_the_script():
    (command,) = notify_commands("win32", _which("powershell.exe"), HOSTILE, "body")
    assert command.env is not None and command.env[BODY_VAR] == "body"
    assert "pwned" in command.env[TITLE_VAR]
    assert not any("pwned" in arg or arg == "body" for arg in command.argv)


def test_macos_osascript_gets_the_text_as_run_arguments():
    (command,) = notify_commands("darwin", _which("osascript"), "Title", "Body")
    assert command.argv[-2:] == ("Title", "Body")
    script = " ".join(command.argv[1:-3])
    assert "Title" not in script and "Body" not in script


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_no_tool_means_no_notification_and_no_error(platform):
    notifier = desktop_notifier(platform=platform, which=_which())
    assert notifier("Title", "Body") is False


def test_a_failing_tool_falls_back_and_a_hanging_one_is_given_up(monkeypatch):
    tried: list[str] = []

    def run(command: Command) -> bool:
        tried.append(Path(command.argv[0]).name)
        return Path(command.argv[0]).name == "gdbus"

    assert desktop_notifier("linux", _which("notify-send", "gdbus"), run)("T", "B") is True
    assert tried == ["notify-send", "gdbus"]

    class Hanging:
        def __init__(self, **_kwargs: object) -> None:
            pass

        def run(self, argv, *, timeout):
            assert timeout == desktop_notify.TIMEOUT
            return CommandResult(tuple(argv), CommandOutcome.TIMEOUT, message="stopped")

    monkeypatch.setattr(desktop_notify, "LiveCommandRunner", Hanging)
    assert desktop_notifier("linux", _which("notify-send"))("T", "B") is False


@posix_only
def test_a_notification_tool_that_floods_its_output_is_stopped_at_the_cap(tmp_path):
    flood = tmp_path / "notify-send"
    flood.write_text(
        f"#!/bin/sh\nhead -c {desktop_notify.MAX_TOOL_OUTPUT * 4} /dev/zero | tr '\\0' x\n"
    )
    flood.chmod(0o700)
    (command, *_) = notify_commands("linux", lambda _n: str(flood), "T", "B")
    assert desktop_notify._run(command) is False


@posix_only
def test_a_title_starting_with_a_dash_is_not_an_osascript_option(tmp_path):
    """The fake reads options as macOS's osascript does (getopt, stopping at the first other
    argument) and shows what the script's `item 2` and `item 3 of argv` would be."""
    shown = tmp_path / "shown"
    fake = tmp_path / "osascript"
    fake.write_text(
        "#!/bin/sh\n"
        "while getopts 'e:l:is:' opt; do [ \"$opt\" = '?' ] && exit 1; done\n"
        "shift $((OPTIND - 1))\n"
        f'printf "%s|%s" "$2" "$3" > "{shown}"\n'
    )
    fake.chmod(0o700)
    (command,) = notify_commands("darwin", lambda _n: str(fake), "-e title", "--body")
    assert desktop_notify._run(command) is True
    assert shown.read_text() == "-e title|--body"


# -- end to end: the real command, this computer, no window ------------------------------------


@posix_only
def test_scheduled_check_opens_no_window_and_notifies_through_the_system_tool(tmp_path):
    fakes = FakeTools(tmp_path / "fakes").add("notify-send")
    policy = tmp_path / "policy.json"
    folder = tmp_path / "reports"
    policy.write_text(json.dumps({"version": 1, "schedule": {"report_folder": str(folder)}}))
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env |= {"PATH": fakes.path(keep_system=True), "HYGIENE_APP_POLICY": str(policy)}
    code = (
        "import sys\n"
        "from hygiene_app.cli import main\n"
        "rc = main(['scheduled-check', '--offline'])\n"
        "assert 'PySide6' not in sys.modules, 'the scheduled check loaded Qt'\n"
        "sys.exit(rc)\n"
    )
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == ""
    report = json.loads((folder / ME / LATEST).read_text())
    jsonschema.validate(report, SCHEMA)
    problems = [c for c in report["checks"] if c["status"] in ("fail", "warn")]
    calls = fakes.calls()
    # Whatever this computer's problems are, they are announced once, on the first run only.
    assert len(calls) == (1 if problems else 0)
    if calls:
        assert calls[0][:4] == ["notify-send", "--app-name=Hygiene Checkup", calls[0][2], "--"]
    origins = [r.origin for r in HistoryStore(default_history_path()).runs()]
    assert origins == [Origin.SCHEDULED, Origin.SCHEDULED]


def test_a_snooze_the_organisation_does_not_allow_does_not_silence_a_problem(machine):
    SettingsStore(default_settings_path()).update(
        lambda s: s.with_set_aside(SetAside("UPD-003", SetAsideKind.SNOOZE, NOW + 86400))
    )
    strict = LoadedPolicy(policy=Policy(snooze_allowed=frozenset()), sources=(("x", "test"),))
    shown = Notifications()
    assert once(shown, strict).notified == ("UPD-003",)


def test_a_policy_that_cannot_be_used_is_said_on_stderr_and_in_the_report(machine, tmp_path):
    folder = tmp_path / "reports"
    broken = LoadedPolicy(
        policy=Policy(report_folder=str(folder)),
        problems=(PolicyProblem("/etc/hygiene-app/policy.json", 3, "not JSON"),),
    )
    err = _Err()
    args = cli.build_parser().parse_args(["scheduled-check", "--offline"])
    code = cmd_scheduled_check(
        args, err, notifier=Notifications(), policy=broken, clock=lambda: NOW
    )
    assert code == 0
    assert err.text == f"hygiene-app: {broken.warning()}\n"
    report = json.loads((folder / ME / LATEST).read_text())
    jsonschema.validate(report, SCHEMA)
    assert report["organisation"]["problems"]


@posix_only
def test_each_user_of_the_computer_writes_into_a_folder_of_their_own(tmp_path: Path) -> None:
    shared = tmp_path / "reports"
    shared.mkdir()
    shared.chmod(0o755)  # the administrator's folder, as they made it
    alice, bob = user_report_folder(shared, "alice"), user_report_folder(shared, "bob")
    assert (alice, bob) == (shared / "alice", shared / "bob")
    assert stat.S_IMODE(alice.stat().st_mode) == 0o700
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # an existing folder is never chmod-ed
    assert user_report_folder(shared, "alice") == alice  # the next run: the same folder


def test_a_user_name_becomes_one_safe_folder_name() -> None:
    assert safe_user_name("alice") == "alice"
    assert re.fullmatch(r"EXAMPLE_Bob_Smith-[0-9a-f]{8}", safe_user_name("EXAMPLE\\Bob Smith"))
    assert re.fullmatch(r"_\.\._etc-[0-9a-f]{8}", safe_user_name("../../etc"))
    assert re.fullmatch(r"user-[0-9a-f]{8}", safe_user_name(".."))
    assert re.fullmatch(r"user-[0-9a-f]{8}", safe_user_name(""))
    assert len(safe_user_name("x" * 300)) == 64


@given(st.text(max_size=80), st.text(max_size=80))
def test_two_user_names_never_share_a_report_folder(one: str, other: str) -> None:
    """A shared folder would let one person's run overwrite the other's latest.json."""
    assume(one != other)
    assert safe_user_name(one) != safe_user_name(other)
    for name in (one, other):
        folder = safe_user_name(name)
        assert re.fullmatch(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}", folder), folder


def test_names_that_clean_up_alike_get_folders_of_their_own() -> None:
    names = ["bob@x", "bob_x", "bob x", "Bob\\x", ".bob_x"]
    folders = {safe_user_name(n) for n in names}
    assert len(folders) == len(names) and "bob_x" in folders
    # A real name that looks like a hashed one is hashed too, so it cannot take its place.
    hashed = safe_user_name("bob@x")
    assert safe_user_name(hashed) != hashed


def test_one_user_name_rule_for_the_report_folder_and_the_policy_sources() -> None:
    from hygiene_app.services import policy_sources
    from hygiene_app.services.user_name import login_name

    env = {"USER": "ann"}
    assert policy_sources._user_name(env) == login_name(env) == "ann"
    for path_like in ("../root", "a/b", "..", "a\\b"):
        assert policy_sources._user_name({"USER": path_like}) == ""


@posix_only
def test_folders_made_above_the_report_folder_are_private(tmp_path: Path) -> None:
    parent = tmp_path / "made" / "by" / "the run" / "reports"
    mine = user_report_folder(parent, "alice")
    assert stat.S_IMODE(parent.stat().st_mode) == SHARED_FOLDER_MODE & 0o7777
    for above in (tmp_path / "made", tmp_path / "made" / "by", parent.parent):
        assert stat.S_IMODE(above.stat().st_mode) == 0o700, above
    assert stat.S_IMODE(mine.stat().st_mode) == 0o700


@posix_only
def test_a_link_in_place_of_the_users_folder_is_refused(tmp_path: Path) -> None:
    shared = tmp_path / "reports"
    shared.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (shared / "alice").symlink_to(elsewhere)
    with pytest.raises(ReportFolderError, match="not this user's own folder"):
        user_report_folder(shared, "alice")
