"""Running by itself: `hygiene-app scheduled-check` and `hygiene-app schedule on|off|status`.

`scheduled-check` is what the systemd timer, the Windows task and the launchd agent run
(`services.schedule`). It never opens a window and never asks anything: it runs the whole
checkup of this computer like `hygiene-app check` (with the organisation's policy), records it in
the history as a scheduled run, writes the JSON report into the policy's `report_folder` when
there is one (one file per run plus `latest.json`, the oldest dropped past `KEEP_REPORTS`), and
announces only problems it has not announced before, exactly as the tray does
(`services.notify`), through the system's own notification tool (`services.desktop_notify`).

Exit codes: 0 the checkup ran (findings are in the report, not in the exit code: a scheduler
would mark the job failed); 2 usage error, or the report folder cannot be used; 3 internal error.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hygiene_app.engine.atomic import atomic_write_text, private_dir
from hygiene_app.engine.i18n import N_, fmt, fmt_plural
from hygiene_app.services.desktop_notify import Notifier, desktop_notifier
from hygiene_app.services.notify import new_problems, notification_text
from hygiene_app.services.schedule import (
    DEFAULT_HOURS,
    MAX_HOURS,
    ScheduleError,
    Scheduler,
    check_hours,
    scheduler_for,
)
from hygiene_app.services.user_name import login_name, safe_folder_name

if TYPE_CHECKING:
    from hygiene_app.engine.assessment import Assessment
    from hygiene_app.engine.runner import Checkup
    from hygiene_app.services.policy import LoadedPolicy, Policy

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2
#: Reports kept in the policy's report folder, besides latest.json.
KEEP_REPORTS = 30
LATEST = "latest.json"
_REPORT_NAME = re.compile(r"checkup-\d{8}T\d{6}Z\.json")
#: The policy's report folder when a run has to create it: every user of the computer may make
#: their own folder in it (sticky: nobody may remove or rename another's), nobody may list it.
SHARED_FOLDER_MODE = 0o1733


class ScheduleUsageError(ValueError):
    """A usage error of these commands (the CLI exits 2 with its message)."""


def add_schedule_parser(subparsers: Any) -> None:
    """Add `schedule` and `scheduled-check` to the CLI's subparsers."""
    schedule = subparsers.add_parser(
        "schedule",
        help=N_("turn the scheduled checkup on or off for this user, or show it"),
        description=N_(
            "Run a checkup by itself every few hours, without a window, through this "
            "system's scheduler (a systemd user timer, a Windows scheduled task or a launchd "
            "agent). It notifies only about new problems. An organisation's policy may set it."
        ),
    )
    schedule.add_argument("action", choices=("on", "off", "status"))
    schedule.add_argument(
        "--hours",
        type=_hours,
        metavar="N",
        help=fmt(
            N_("hours between checkups (1-{most}; default {usual})"),
            most=MAX_HOURS,
            usual=DEFAULT_HOURS,
        ),
    )
    scheduled = subparsers.add_parser(
        "scheduled-check",
        help=N_("run one checkup as the schedule does (no window, new problems notified)"),
        description=N_(
            "Run the checkup of this computer without a window: record it in the "
            "history, write the JSON report into the organisation's report folder if its policy "
            "names one, and notify only about problems not announced before."
        ),
    )
    scheduled.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help=N_("send nothing over the network"),
    )


def _hours(text: str) -> int:
    try:
        return check_hours(int(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            fmt(N_("expected a whole number of hours from 1 to {most}"), most=MAX_HOURS)
        ) from None


#: The commands this module runs (`run_schedule_command`).
SCHEDULE_COMMANDS = ("schedule", "scheduled-check")


def run_schedule_command(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run `schedule` or `scheduled-check`, as parsed by `add_schedule_parser`."""
    if args.command == "schedule":
        return cmd_schedule(args, out)
    return cmd_scheduled_check(args, err)


# -- schedule on|off|status ------------------------------------------------------------------


def cmd_schedule(
    args: argparse.Namespace,
    out: TextIO,
    *,
    scheduler: Scheduler | None = None,
    policy: LoadedPolicy | None = None,
) -> int:
    """Turn the schedule on or off, or say how it is. The organisation's `schedule_hours`
    wins: it cannot be turned off, nor set to another interval, from here."""
    locked = _policy(policy).policy.schedule_hours
    from hygiene_app.cli import language_catalog  # the CLI's --lang, read when it runs

    t = language_catalog(args).text
    if args.hours is not None and args.action != "on":
        raise ScheduleUsageError(N_("--hours applies to 'schedule on' only"))
    if locked is not None and (
        args.action == "off" or (args.hours is not None and args.hours != locked)
    ):
        raise ScheduleUsageError(
            fmt_plural(
                "your organisation sets the scheduled checkup (every {n} hour)",
                "your organisation sets the scheduled checkup (every {n} hours)",
                locked,
                n=locked,
            )
        )
    scheduler = scheduler or scheduler_for()
    try:
        if args.action == "on":
            hours = args.hours or locked or DEFAULT_HOURS
            scheduler.turn_on(hours)
            said = fmt_plural(
                "Scheduled checkup on: every {n} hour.",
                "Scheduled checkup on: every {n} hours.",
                hours,
                n=hours,
            )
            out.write(f"{t(said)}\n")
        elif args.action == "off":
            scheduler.turn_off()
            out.write(f"{t(N_('Scheduled checkup off.'))}\n")
        else:
            state = scheduler.status()
            for line in _status_lines(state.on, state.hours, locked):
                out.write(f"{t(line)}\n")
    except ScheduleError as exc:
        raise ScheduleUsageError(str(exc)) from None
    return EXIT_OK


def _status_lines(on: bool, hours: int | None, locked: int | None) -> list[str]:
    lines: list[str]
    if not on:
        lines = [N_("Scheduled checkup: off.")]
    elif hours is None:
        lines = [N_("Scheduled checkup: on.")]
    else:
        lines = [
            fmt_plural(
                "Scheduled checkup: on, every {n} hour.",
                "Scheduled checkup: on, every {n} hours.",
                hours,
                n=hours,
            )
        ]
    if locked is not None:
        lines.append(
            fmt_plural(
                "Your organisation sets it to every {n} hour.",
                "Your organisation sets it to every {n} hours.",
                locked,
                n=locked,
            )
        )
    return lines


def _policy(policy: LoadedPolicy | None) -> LoadedPolicy:
    if policy is not None:
        return policy
    from hygiene_app.services.policy import load_policy

    return load_policy()


# -- scheduled-check -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScheduledRun:
    """What a scheduled checkup did, for tests and the exit code."""

    notified: tuple[str, ...]
    report: Path | None
    problem: str = ""
    #: The policy's warning when it could not be used (the defaults applied); else "".
    warning: str = ""


def cmd_scheduled_check(
    args: argparse.Namespace,
    err: TextIO,
    *,
    notifier: Notifier | None = None,
    policy: LoadedPolicy | None = None,
    clock: Callable[[], float] = time.time,
) -> int:
    """One scheduled checkup (see the module's docstring). Says nothing on stdout: a scheduler
    keeps it in a log nobody reads; problems go to stderr, which the journal keeps."""
    done = scheduled_run(
        offline=getattr(args, "offline", False),
        notifier=notifier or desktop_notifier(),
        policy=_policy(policy),
        clock=clock,
    )
    if done.warning:
        err.write(f"hygiene-app: {done.warning}\n")
    if done.problem:
        err.write(done.problem + "\n")
        return EXIT_USAGE
    return EXIT_OK


def scheduled_run(
    *, offline: bool, notifier: Notifier, policy: LoadedPolicy, clock: Callable[[], float]
) -> ScheduledRun:
    from hygiene_app import cli

    # The same checkup and assessment as `hygiene-app check` (policy, set-asides and all).
    check_args = cli.build_parser().parse_args(["check", *(["--offline"] if offline else [])])
    checkup = cli._run(check_args, policy)
    assessment = cli._assessment(check_args, checkup, policy)
    _record(checkup, assessment)
    notified = _announce(checkup, notifier, policy.policy, clock())
    report: Path | None = None
    problem = ""
    if policy.policy.report_folder:
        try:
            folder = user_report_folder(report_folder(policy.policy.report_folder))
            document = _report_json(checkup, assessment, policy)
            report = write_report(folder, document, checkup.started_at)
        except ReportFolderError as exc:
            problem = str(exc)
    return ScheduledRun(notified, report, problem, policy.warning())


def _record(checkup: Checkup, assessment: Assessment) -> None:
    if checkup.cancelled:
        return
    from hygiene_app.services.history import (
        HistoryStore,
        Origin,
        default_history_path,
        run_record,
    )

    record = run_record(
        checkup.results, assessment.score.value, checkup.started_at, Origin.SCHEDULED
    )
    HistoryStore(default_history_path()).add(record)


def _announce(checkup: Checkup, notifier: Notifier, policy: Policy, now: float) -> tuple[str, ...]:
    """Notify the problems not announced yet, as the tray does, and remember them in the
    settings' `notified` set; a set-aside counts only where the organisation lets staff make
    it (as in `hygiene-app check`). Settings that cannot be read are left alone (the app sets a
    broken file aside and says so; here nobody would hear it) and nothing is announced."""
    from hygiene_app.services.set_aside import active_set_asides
    from hygiene_app.services.settings import (
        Settings,
        SettingsStore,
        _read_settings_file,
        default_settings_path,
    )

    path = default_settings_path()
    try:
        settings = _read_settings_file(path)
    except FileNotFoundError:
        settings = Settings()
    except (OSError, ValueError, KeyError, TypeError, RecursionError, OverflowError):
        log.warning("settings unreadable: no notification this time", exc_info=True)
        return ()
    set_aside_ids = set(policy.honoured(active_set_asides(settings.set_asides, now)))
    problems, notified = new_problems(checkup.results, set_aside_ids, settings.notified)
    if notified != settings.notified:
        try:
            SettingsStore(path).update(lambda s: replace(s, notified=notified))
        except OSError:
            # Worst case a problem is announced again next time; never lose the message.
            log.warning("could not save which problems were announced", exc_info=True)
    if not problems:
        return ()
    notifier(*notification_text(problems))
    return tuple(p.meta.id for p in problems)


def _report_json(checkup: Checkup, assessment: Assessment, policy: LoadedPolicy) -> str:
    """The same JSON report as `hygiene-app check --format json`, organisation block and all."""
    from hygiene_app.engine.report import build_report
    from hygiene_app.engine.text import terminal_safe_json
    from hygiene_app.report_organisation import organisation_json

    document = build_report(checkup, assessment, organisation_json(policy))
    return terminal_safe_json(document) + "\n"


class ReportFolderError(ValueError):
    """The policy's report folder cannot be used; the message is one plain line."""


def report_folder(text: str) -> Path:
    """The policy's folder, which must be absolute (the policy loader already insists)."""
    folder = Path(text)
    if not folder.is_absolute():
        raise ReportFolderError(
            fmt(N_("the policy's report folder is not an absolute path: {folder}"), folder=text)
        )
    return folder


def safe_user_name(user: str) -> str:
    """`user` as one folder name on every OS, two names never one folder (`safe_folder_name`)."""
    return safe_folder_name(user)


def user_report_path(parent: Path, user: str | None = None) -> Path:
    """Where `user_report_folder` puts this user's reports, without creating anything (the
    settings page names it)."""
    return parent / safe_user_name(_user_name() if user is None else user)


def user_report_folder(parent: Path, user: str | None = None) -> Path:
    """This user's own folder in the policy's report folder: several people on one computer
    neither overwrite each other's `latest.json` nor are locked out by the first one's private
    folder. `parent` is created (`SHARED_FOLDER_MODE`) only when missing and is never chmod-ed
    when it exists (it is the administrator's); the user's folder is created 0700 and must be
    a real folder of this user's, not a link or somebody else's."""
    try:
        _shared_folder(parent)
        folder = private_dir(user_report_path(parent, user))
        info = folder.lstat()
    except OSError as exc:
        raise ReportFolderError(
            fmt(
                N_("cannot write the report into {folder}: {reason}"),
                folder=str(parent),
                reason=exc.strerror or exc,
            )
        ) from None
    getuid = getattr(os, "getuid", None)
    if not stat.S_ISDIR(info.st_mode) or (getuid is not None and info.st_uid != getuid()):
        raise ReportFolderError(
            fmt(N_("{folder} is not this user's own folder: no report written"), folder=str(folder))
        )
    return folder


def _user_name() -> str:
    """Who runs this checkup (the login name; the user id when the system has no name)."""
    return login_name() or str(getattr(os, "getuid", lambda: "user")())


def _shared_folder(parent: Path) -> None:
    """Create the policy's report folder if it is missing, open to every user's own folder."""
    if os.path.lexists(parent):
        return  # the administrator's (or an earlier run's): its mode is not ours to change
    private_dir(parent.parent)  # any folder made above it is this user's alone (0700)
    try:
        parent.mkdir()
    except FileExistsError:
        return  # another user's run made it meanwhile
    if os.name == "posix":
        parent.chmod(SHARED_FOLDER_MODE)  # mkdir's mode is cut by the umask


def write_report(folder: Path, report: str, at: float | None = None) -> Path:
    """Write one run's report into `folder` (created 0700 if missing) as
    checkup-<UTC time>.json and as latest.json, each whole or not at all, and drop the oldest
    past `KEEP_REPORTS`. Returns the run's file."""
    stamp = datetime.fromtimestamp(time.time() if at is None else at, UTC)
    target = folder / f"checkup-{stamp:%Y%m%dT%H%M%SZ}.json"
    try:
        private_dir(folder)
        atomic_write_text(target, report)
        atomic_write_text(folder / LATEST, report)
        kept = sorted(p for p in folder.iterdir() if _REPORT_NAME.fullmatch(p.name))
        for old in kept[:-KEEP_REPORTS]:
            old.unlink()
    except OSError as exc:
        raise ReportFolderError(
            fmt(
                N_("cannot write the report into {folder}: {reason}"),
                folder=str(folder),
                reason=exc.strerror or exc,
            )
        ) from None
    return target
