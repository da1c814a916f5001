"""The command line: the same engine as the desktop app, for terminals, scripts, MDM and RMM.

Exit codes (docs/cli.md) are a contract with admins' scripts:
0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or input error,
3 internal error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import socket
import sys
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from hygiene_app import __version__
from hygiene_app.checks import default_registry
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.cli_audit import add_audit_parser, cmd_audit_passwords
from hygiene_app.cli_history import HistoryUsageError, add_history_parser, cmd_history
from hygiene_app.cli_link import add_link_parser, cmd_link
from hygiene_app.cli_output import OutputError, output_target, write_output
from hygiene_app.cli_password import add_password_parser, cmd_password
from hygiene_app.cli_policy import add_policy_parser, cmd_policy
from hygiene_app.cli_report import ReportUsageError, add_report_parser, cmd_report
from hygiene_app.cli_schedule import (
    SCHEDULE_COMMANDS,
    ScheduleUsageError,
    add_schedule_parser,
    run_schedule_command,
)
from hygiene_app.engine.assessment import Assessment, assess
from hygiene_app.engine.catalog import (
    ENGLISH_TRANSLATE,
    Catalog,
    UnknownLanguageError,
    catalog_for,
    load_catalog,
    require_language,
)
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.i18n import N_, Text, Translate, fmt, fmt_plural, render
from hygiene_app.engine.model import Severity
from hygiene_app.engine.registry import UnknownCheckError
from hygiene_app.engine.report import build_report, problems_at_or_above, text_block
from hygiene_app.engine.runner import Checkup, run_checkup, turned_off_finding
from hygiene_app.engine.snapshot import Recorder, Snapshot, SnapshotError
from hygiene_app.engine.text import TerminalWriter, terminal_safe_json
from hygiene_app.report_organisation import organisation_json
from hygiene_app.services.autofix import missing_for_auto_fix
from hygiene_app.services.machine import Machine
from hygiene_app.services.policy import LoadedPolicy, effective_options, load_policy, no_policy
from hygiene_app.services.set_aside import active_set_asides
from hygiene_app.services.settings import read_settings_quietly
from hygiene_app.textreport import PAINT_CODES, TextStyle, render_text

if TYPE_CHECKING:
    from hygiene_app.services.mfa.setup import MfaParts

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

PROG = "hygiene-app"
log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad input from the user: one line on stderr, exit 2."""


#: argparse's own words (it asks the stdlib's gettext domain, which has no catalog of ours):
#: `_Formatter` asks our catalog for them instead.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("subcommands"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help in the reader's language: headings, descriptions, epilogs and each
    option's help (marked with `N_` where they are written) through `translate`."""

    def __init__(self, prog: str, *, translate: Translate = ENGLISH_TRANSLATE, **kw: Any) -> None:
        super().__init__(prog, **kw)
        self._say = translate

    def _words(self, text: str | None) -> str | None:
        """A marked help text in the reader's language (a `fmt` template with its arguments
        too: its English alone is in no catalog)."""
        return render(text, self._say) if text and text is not argparse.SUPPRESS else text

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, self._say("usage: ", None) if prefix is None else prefix
        )

    def start_section(self, heading: str | None) -> None:
        super().start_section(self._words(heading))

    def add_text(self, text: str | None) -> None:
        super().add_text(self._words(text))

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return self._words(super()._get_help_string(action))


class _Parser(argparse.ArgumentParser):
    """Errors are `UsageError`s (one line, exit 2); help in the language of `translate`, and
    every command's parser (`add_subparsers`) speaks the same."""

    def __init__(self, *args: Any, translate: Translate = ENGLISH_TRANSLATE, **kw: Any) -> None:
        kw.setdefault("formatter_class", partial(_Formatter, translate=translate))
        super().__init__(*args, **kw)
        self.translate = translate

    def add_subparsers(self, **kw: Any) -> Any:
        kw.setdefault("parser_class", partial(_Parser, translate=self.translate))
        return super().add_subparsers(**kw)

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            fmt(N_("{message} (see '{prog} --help')"), message=message, prog=self.prog)
        )


def _ids(text: str) -> list[str]:
    """Comma-separated check ids. None at all (`--only ""`, often an empty variable in a
    script) is a usage error: it must not quietly mean "every check"."""
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise argparse.ArgumentTypeError("expected check ids, e.g. UPD-001,NET-001")
    return ids


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser(translate: Translate = ENGLISH_TRANSLATE) -> argparse.ArgumentParser:
    """The command line; its help in the language of `translate` (the man page's is English)."""
    parser = _Parser(
        prog=PROG,
        translate=translate,
        description=N_(
            "Hygiene Checkup: checks this computer's security basics and explains "
            "how to fix what it finds."
        ),
        epilog=N_(
            "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; "
            "2 usage or input error; 3 internal error."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--replay",
        type=Path,
        metavar="FILE",
        help=N_("open the window over a snapshot file instead of this computer"),
    )
    parser.add_argument("--offline", action="store_true", help=N_("send nothing over the network"))
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=N_(
            "the language of the text and the app (de, fr, es, en; before or after the "
            "command; default: the Settings' choice, else the system's)"
        ),
    )
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        description=N_("Without a command, the desktop app opens."),
    )

    check = sub.add_parser(
        "check",
        help=N_("run the checkup and report"),
        description=N_("Run the checkup and print a report."),
        epilog=N_(
            "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; "
            "2 usage or input error; 3 internal error."
        ),
    )
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--only",
        type=_ids,
        action="extend",
        default=[],
        metavar="IDS",
        help=N_("run only these checks (comma-separated ids, e.g. UPD-001,NET-001)"),
    )
    check.add_argument(
        "--skip",
        type=_ids,
        action="extend",
        default=[],
        metavar="IDS",
        help=N_("do not run these checks"),
    )
    # SUPPRESS: an option given before the command (`hygiene-app --replay X check`) is kept,
    # not overwritten by the command's own default.
    check.add_argument(
        "--replay",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="FILE",
        help=N_("read the machine from a snapshot file instead of this computer"),
    )
    check.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help=N_("send nothing over the network"),
    )
    check.add_argument(
        "--fail-on",
        type=_severity,
        default=Severity.HIGH,
        metavar="SEVERITY",
        help=N_(
            "exit 1 when a problem has at least this severity: info, low, medium, high "
            "(default), critical"
        ),
    )
    check.add_argument(
        "--ignore-set-asides",
        action="store_true",
        help=N_(
            "show findings you snoozed or accepted as if you had not (the score and the exit "
            "code never depend on them)"
        ),
    )
    check.add_argument(
        "--output",
        "-o",
        type=Path,
        metavar="FILE",
        help=N_(
            "write the report to FILE instead of the terminal, whole or not at all (0600); "
            "its folder must exist"
        ),
    )

    snap = sub.add_parser(
        "snapshot",
        help=N_("record what the checks read into a file for support or tests"),
        description=N_(
            "Run the checkup while recording everything the checks read into one "
            "JSON file. User and host names, Wi-Fi names and IP addresses are replaced, and only "
            "what the checks need is kept; no secrets are read."
        ),
    )
    snap.add_argument("--output", "-o", type=Path, required=True, metavar="FILE")
    snap.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help=N_("send nothing over the network"),
    )

    sub.add_parser(
        "checks",
        help=N_("list the checks"),
        description=N_("List every check: id, title, platforms and what leaves this machine."),
    )
    add_password_parser(sub)
    add_audit_parser(sub)
    add_link_parser(sub)
    add_history_parser(sub)
    add_schedule_parser(sub)
    add_report_parser(sub)
    add_policy_parser(sub)
    return parser


def _use_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def _policy(args: argparse.Namespace) -> LoadedPolicy:
    """The organisation's policy for this checkup: this computer's, never for a replay (a
    recording is somebody else's machine)."""
    return no_policy() if args.replay is not None else load_policy()


def _run(args: argparse.Namespace, loaded: LoadedPolicy | None = None) -> Checkup:
    """Run the selected checks on this computer with the settings and `loaded` policy (by
    default this computer's), or on a replayed snapshot with neither."""
    registry = default_registry()
    try:
        checks = registry.select(args.only, args.skip)
    except UnknownCheckError as exc:
        raise UsageError(str(exc)) from None
    if not checks:
        raise UsageError("--skip leaves no check to run")
    if args.replay is not None:
        try:
            snapshot = Snapshot.load(args.replay)
        except SnapshotError as exc:
            raise UsageError(str(exc)) from None
        ctx = ProbeContext(snapshot.seams(), offline=args.offline)
        return run_checkup(checks, ctx, replayed=True)
    loaded = _policy(args) if loaded is None else loaded
    # The policy's locked values win over the settings file: the checks, the MFA inventory's
    # review interval and the end-of-life mirror all see the applied settings.
    settings = loaded.policy.apply_to(read_settings_quietly())
    seams = _live_seams(args.offline)
    options = effective_options(settings, loaded)
    return run_checkup(checks, ProbeContext(seams, offline=args.offline, options=options))


def _live_seams(offline: bool) -> Seams:
    return _this_computer(offline)[0]


def _this_computer(offline: bool) -> tuple[Seams, MfaParts]:
    """This machine, with the user's MFA inventory (read from its store; the 2FA Directory
    only from the cache: a checkup never waits on that download). The settings are the user's
    with the organisation's locked values in their place (the review interval, the mirrors)."""
    from hygiene_app.engine.live import LiveHttpClient, live_seams
    from hygiene_app.services.feed_cache import with_endoflife_cache
    from hygiene_app.services.mfa.setup import open_mfa

    settings = load_policy().policy.apply_to(read_settings_quietly())
    mfa = open_mfa(LiveHttpClient(offline=True), settings, refresh=False)
    seams = live_seams(offline=offline, inventory=mfa.store)
    # UPD-006's end-of-support dates: cached, revalidated with conditional requests.
    return with_endoflife_cache(seams, settings.endoflife_url), mfa


def _assessment(
    args: argparse.Namespace, checkup: Checkup, loaded: LoadedPolicy | None = None
) -> Assessment:
    """The score and its explanation, with this user's active set-asides marked (read-only),
    except those the organisation's policy (`loaded`, by default this computer's) does not let
    staff make. A replay is somebody else's machine: none of this user's set-asides apply to
    it, so the settings are not even read, and nothing can be fixed on it from here."""
    os_family = checkup.platform.os
    if args.replay is not None or checkup.replayed:
        return assess(checkup.results, os_family, can_auto_fix=lambda _fix: False)
    policy = (load_policy() if loaded is None else loaded).policy
    set_asides = (
        {}
        if args.ignore_set_asides
        else policy.honoured(
            active_set_asides(read_settings_quietly().set_asides, checkup.started_at)
        )
    )
    # "The app can do it for you" only where the fix's tools are on this computer.
    return assess(
        checkup.results,
        os_family,
        set_asides,
        can_auto_fix=lambda fix: not missing_for_auto_fix(fix, os_family, shutil.which),
    )


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO | None = None) -> int:
    if args.output is not None:
        _output_target(args.output)  # a wrong folder is exit 2 before the checkup, not after
    loaded = _policy(args)
    if loaded.warning() and err is not None:
        # A policy that could not be used is said on stderr too: a script reading the report
        # from stdout (or a file) would otherwise never learn that the defaults applied.
        print(f"{PROG}: {loaded.warning()}", file=err)
    checkup = _run(args, loaded)
    assessment = _assessment(args, checkup, loaded)
    _remember(args, checkup, assessment)
    catalog = language_catalog(args)
    if args.format == "json":
        document = build_report(checkup, assessment, organisation_json(loaded))
        if args.lang or not catalog.is_english:
            document["text"] = text_block(checkup, catalog.language, catalog.translate)
        report = terminal_safe_json(document) + "\n"
    else:
        width = min(100, shutil.get_terminal_size((88, 24)).columns)
        to_file = args.output is not None
        style = TextStyle(
            colour=not to_file and _use_colour(out),
            width=88 if to_file else width,
            translate=catalog.translate,
            formats=catalog.formats,
        )
        report = render_text(checkup, style, assessment, loaded)
    if args.output is None:
        out.write(report)
    else:
        _write_output(args.output, report)
    return EXIT_FINDINGS if problems_at_or_above(checkup, args.fail_on) else EXIT_OK


def split_lang(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """`--lang X` / `--lang=X` taken out of `argv` wherever it is (before or after the
    command; not after `--`), and the rest; the last one given wins."""
    lang: str | None = None
    rest: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--":
            rest += [item, *items]
            break
        if item == "--lang":
            lang = next(items, None)
            if lang is None:
                raise UsageError("--lang needs a language, e.g. --lang de")
        elif item.startswith("--lang="):
            lang = item.split("=", 1)[1]
        else:
            rest.append(item)
    return lang, rest


def _said(exc: Exception, lang: str | None) -> str:
    """An error's one line in the user's language when it is marked text (`fmt`, `N_`),
    also when it was passed on as `UsageError(str(exc))` (the original is its context)."""
    message: object = None
    for said in (exc, exc.__context__):
        first = said.args[0] if said is not None and said.args else None
        if isinstance(first, Text) and str(first) == str(exc):
            message = first
            break
    if not isinstance(message, Text):
        return str(exc)
    return _in_language(message, lang)


def _in_language(message: Text, lang: str | None) -> str:
    """`message` in the language of `--lang` (if it names one), else the system's."""
    try:
        catalog = load_catalog(require_language(lang)) if lang else catalog_for(None)
    except UnknownLanguageError:
        catalog = catalog_for(None)
    return catalog.text(message)


def _help_catalog(lang: str | None, argv: Sequence[str]) -> Catalog:
    """The language of `--help` and usage errors: `--lang` if it names one (an unknown one is
    reported once the command line is read), else the Settings' choice (not for a replay,
    which reads nothing of this user's), else the system's."""
    replay = any(item == "--replay" or item.startswith("--replay=") for item in argv)
    try:
        return language_catalog(argparse.Namespace(lang=lang, replay="" if replay else None))
    except UsageError:
        return catalog_for(None)


def language_catalog(args: argparse.Namespace) -> Catalog:
    """The catalog for this run: `--lang` (an unknown one is a usage error), else the language
    chosen in the Settings (not for a replay), else the system's."""
    lang = getattr(args, "lang", None)
    if lang:
        try:
            return load_catalog(require_language(lang))
        except UnknownLanguageError as exc:
            raise UsageError(str(exc)) from None
    if getattr(args, "replay", None) is not None:
        return catalog_for(None)  # a replay reads nothing of this user's: the system's language
    return catalog_for(read_settings_quietly().language or None)


def _output_target(path: Path) -> None:
    try:
        output_target(path)
    except OutputError as exc:
        raise UsageError(str(exc)) from None


def _write_output(path: Path, report: str) -> None:
    try:
        write_output(path, report)
    except OutputError as exc:
        raise UsageError(str(exc)) from None


def _remember(args: argparse.Namespace, checkup: Checkup, assessment: Assessment) -> None:
    """Add a whole checkup of this computer to the history (see `cli_history`); a history
    that cannot be written never fails the checkup."""
    if args.replay is not None or checkup.replayed or checkup.cancelled or args.only or args.skip:
        return
    from hygiene_app.services.history import (
        HistoryStore,
        Origin,
        default_history_path,
        run_record,
    )

    record = run_record(checkup.results, assessment.score.value, checkup.started_at, Origin.CLI)
    HistoryStore(default_history_path()).add(record)


def cmd_snapshot(args: argparse.Namespace, out: TextIO) -> int:
    target: Path = args.output
    if target.exists() and target.is_dir():
        raise UsageError(f"{target} is a directory; give a file name")
    if not target.parent.is_dir():
        raise UsageError(f"folder {target.parent} does not exist")
    recorder = Recorder(_live_seams(args.offline), minimise=minimise_recording)
    checkup = run_checkup(
        tuple(default_registry()),
        ProbeContext(
            recorder.seams,
            offline=args.offline,
            options=read_settings_quietly().check_options(),
        ),
    )
    snapshot = replace(
        recorder.snapshot(),
        statuses={r.meta.id: r.status.value for r in checkup.results},
    )
    try:
        snapshot.save(target)
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    n_commands, n_files = len(snapshot.commands), len(snapshot.files)
    commands = fmt_plural("{n} command", "{n} commands", n_commands, n=n_commands)
    files = fmt_plural("{n} file", "{n} files", n_files, n=n_files)
    out.write(
        f"Snapshot written to {target}: {commands}, {files}. User and host names, Wi-Fi names "
        "and IP addresses are replaced; read it before sharing it.\n"
    )
    return EXIT_OK


def cmd_checks(out: TextIO, catalog: Catalog | None = None) -> int:
    """Every check, and which of them this computer's organisation turned off, in
    `catalog`'s language (ids and platform names as they are)."""
    t = (catalog or Catalog()).text
    width = min(100, shutil.get_terminal_size((88, 24)).columns)
    indent = " " * 9
    options = effective_options(read_settings_quietly(), load_policy())
    for check in default_registry():
        meta = check.meta
        platforms = ", ".join(sorted(p.display_name for p in meta.platforms))
        out.write(f"{meta.id}  {t(meta.title)}\n")
        out.write(indent + t(fmt(N_("platforms: {names}"), names=platforms)) + "\n")
        if turned_off_finding(check, options) is not None:
            out.write(indent + t(N_("turned off by your organisation")) + "\n")
        leaves = textwrap.fill(
            t(fmt(N_("leaves this machine: {what}"), what=meta.leaves_machine)),
            width,
            initial_indent=indent,
            subsequent_indent=indent + "  ",
        )
        out.write(leaves + "\n")
    return EXIT_OK


def wayland_socket(env: Mapping[str, str]) -> str:
    """The compositor's socket as libwayland finds it: WAYLAND_DISPLAY itself when it is an
    absolute path, else that name in XDG_RUNTIME_DIR; empty when it cannot be located."""
    name = env.get("WAYLAND_DISPLAY", "")
    if not name:
        return ""
    if Path(name).is_absolute():
        return name
    runtime = Path(env.get("XDG_RUNTIME_DIR", ""))
    return str(runtime / name) if runtime.is_absolute() else ""


def socket_accepts(path: str) -> bool:
    """True when a program listens on the Unix socket at `path` (a stale WAYLAND_DISPLAY
    names a socket file nobody listens on, or none at all)."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(2.0)
            sock.connect(path)
    except OSError:  # missing, refused, not a socket, path too long, timed out
        return False
    return True


def display_problem(
    env: Mapping[str, str],
    find_library: Callable[[str], str | None],
    accepts: Callable[[str], bool] = socket_accepts,
) -> str:
    """Why the desktop app cannot open on this Linux session, in one line; empty when it can.
    Qt would otherwise abort with a long plugin message (it cannot be caught). A Wayland
    session counts only when its compositor answers: otherwise Qt falls back to X11."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("WAYLAND_SOCKET"):  # a connection handed over by the compositor itself
        return ""
    stale_wayland = False
    if env.get("WAYLAND_DISPLAY"):
        path = wayland_socket(env)
        if path and accepts(path):
            return ""
        stale_wayland = True
    if not env.get("DISPLAY"):
        if stale_wayland:
            return (
                "no display to open the window on (WAYLAND_DISPLAY is set but no Wayland "
                "compositor answers); 'hygiene-app check' runs in the terminal"
            )
        return "no display to open the window on; 'hygiene-app check' runs in the terminal"
    if find_library("xcb-cursor") is None:
        return (
            "the desktop app needs the libxcb-cursor0 package on X11: "
            "sudo apt install libxcb-cursor0 ('hygiene-app check' works without it)"
        )
    return ""


def cmd_gui(args: argparse.Namespace) -> int:
    """The desktop app. Qt is imported only here, so the terminal commands never load it."""
    import ctypes.util

    problem = display_problem(os.environ, ctypes.util.find_library)
    if problem:
        raise UsageError(problem)
    machine = _gui_machine(args)
    from hygiene_app.app import run_gui

    return run_gui(machine, language=args.lang)


def _gui_machine(args: argparse.Namespace) -> Machine:
    """The machine the window looks at. A recording is opened without touching this user's
    settings or account inventory: it is somebody else's computer."""
    if args.replay is not None:
        try:
            return Machine.recording_of(
                Snapshot.load(args.replay), args.replay, offline=args.offline
            )
        except SnapshotError as exc:
            raise UsageError(str(exc)) from None
    from hygiene_app.services.history import HistoryStore, default_history_path
    from hygiene_app.services.settings import SettingsStore, default_settings_path

    seams, mfa = _this_computer(args.offline)
    settings = SettingsStore(default_settings_path())
    history = HistoryStore(default_history_path())
    return Machine.this_computer(seams, settings, offline=args.offline, mfa=mfa, history=history)


def main(argv: Sequence[str] | None = None) -> int:
    # Everything printed passes through terminal_safe: file names, snapshot strings and tool
    # output are data, and a terminal obeys the escape sequences in data.
    out = cast(TextIO, TerminalWriter(sys.stdout, keep=PAINT_CODES))
    err = cast(TextIO, TerminalWriter(sys.stderr))
    logging.basicConfig(
        level=logging.CRITICAL if not os.environ.get("HYGIENE_DEBUG") else logging.DEBUG,
        stream=err,
    )
    lang: str | None = None
    try:
        lang, rest = split_lang(sys.argv[1:] if argv is None else argv)
        args = build_parser(_help_catalog(lang, rest).translate).parse_args(rest)
        if lang is not None:
            args.lang = lang
        if args.lang:
            language_catalog(args)  # an unknown language is a usage error before anything runs
        if args.replay is not None and args.command not in (None, "check", "report"):
            # Only the window, `check` and `report` read a recording; anything else would
            # quietly act on this computer instead of the file the user named.
            raise UsageError(f"--replay does not apply to '{args.command}'")
        if args.command == "check":
            return cmd_check(args, out, err)
        if args.command == "snapshot":
            return cmd_snapshot(args, out)
        if args.command == "checks":
            return cmd_checks(out, language_catalog(args))
        if args.command == "password":
            return cmd_password(args, out, err)
        if args.command == "audit-passwords":
            return cmd_audit_passwords(args, out, err)
        if args.command == "link":
            return cmd_link(args, out, err)
        if args.command in SCHEDULE_COMMANDS:
            try:
                return run_schedule_command(args, out, err)
            except ScheduleUsageError as exc:
                raise UsageError(str(exc)) from None
        if args.command == "history":
            try:
                return cmd_history(args, out)
            except HistoryUsageError as exc:
                raise UsageError(str(exc)) from None
        if args.command == "policy":
            return cmd_policy(args, out)
        if args.command == "report":
            try:
                return cmd_report(args, out, err)
            except ReportUsageError as exc:
                raise UsageError(str(exc)) from None
        return cmd_gui(args)
    except UsageError as exc:
        said = fmt(N_("{prog}: error: {message}"), prog=PROG, message=_said(exc, lang))
        print(_in_language(said, lang), file=err)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (`| head`) went away: nothing more to say, and nobody to say it to.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        log.exception("internal error")
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} "
            "(set HYGIENE_DEBUG=1 for details)",
            file=err,
        )
        return EXIT_INTERNAL
