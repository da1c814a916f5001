"""`hygiene-app audit-passwords FILE`: the vault audit of a password-manager export, in a terminal.

The report names rows, sites and usernames, never a password. With `--breach-check`, only the
first five hex characters of each password's SHA-1 leave the machine. The export itself holds
every password in clear text: the command ends by saying so.

Exit codes follow `check`: 0 no findings, 1 findings, 2 a bad file or bad usage; and 4 when the
breach check was asked for and some lookups failed, so that a script never reads "success" (or
"only these findings") from an audit that is incomplete. 4 wins over 1: the findings are still
printed, but they may not be all of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from hygiene_app.cli_network import BREACH_TURNED_OFF, breach_lookup
from hygiene_app.engine import i18n
from hygiene_app.engine.catalog import Catalog
from hygiene_app.engine.probes import HttpClient
from hygiene_app.engine.text import terminal_safe, terminal_safe_json
from hygiene_app.services.passwords.audit import AuditReport, EntryReport, Issue, audit
from hygiene_app.services.passwords.audit import report_to_json as _report_to_json
from hygiene_app.services.passwords.breach import DEFAULT_API, BreachStatus, RangeClient
from hygiene_app.services.passwords.export_formats import compact, supported_formats_text
from hygiene_app.services.passwords.vault import (
    ColumnMapping,
    ExportReading,
    UnknownLayoutError,
    VaultImportError,
    first_row_is_header,
    parse_export_file,
    preview_rows,
    read_export_bytes,
)
from hygiene_app.services.service_url import acceptable_service_url

PROG = "hygiene-app"
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
#: The breach check was asked for and at least one lookup failed: the audit is incomplete.
EXIT_INCOMPLETE = 4

_ISSUE_WORDS = {
    Issue.BREACHED: i18n.N_("breached"),
    Issue.REUSED: i18n.N_("reused"),
    Issue.WEAK: i18n.N_("weak"),
}


def add_audit_parser(subparsers: Any) -> None:
    """Add `audit-passwords` to the CLI's subparsers (an argparse `_SubParsersAction`)."""
    parser = subparsers.add_parser(
        "audit-passwords",
        help=i18n.N_("audit a password-manager export: breached, reused and weak passwords"),
        description=(
            f"Read a CSV export from {supported_formats_text()} (or any CSV with a password "
            "column and a url or name column; any other CSV with --columns) and report the "
            "logins whose password is breached, reused or weak. The report never shows a "
            "password. Delete the export when you are done: it holds every password in clear "
            "text."
        ),
        epilog=(
            i18n.N_(
                "Exit codes: 0 no findings; 1 findings; 2 usage or input error; 3 internal "
                "error; 4 the breach check was asked for and some lookups failed (the audit is "
                "incomplete; 4 wins over 1)."
            )
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE", help=i18n.N_("the exported CSV file"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--columns",
        metavar="LIST",
        default=None,
        help=i18n.N_(
            "for a file with no header row or one that is not recognised: what each column "
            "holds, in order, e.g. 'skip,name,username,password,url' (words: url or name, "
            "username, password, skip)"
        ),
    )
    parser.add_argument(
        "--header",
        choices=("auto", "yes", "no"),
        default="auto",
        help=i18n.N_(
            "with --columns: whether the first row names the columns (auto: when its "
            "password column holds a word such as 'Password')"
        ),
    )
    parser.add_argument(
        "--breach-check",
        action="store_true",
        help=i18n.N_(
            "also check each password against Pwned Passwords; only the first 5 hex "
            "characters of its SHA-1 are sent, one request per distinct prefix"
        ),
    )
    parser.add_argument(
        "--breach-api",
        metavar="URL",
        default=None,
        help=i18n.fmt(
            i18n.N_(
                "base URL of the range API or your organisation's mirror (default {api}); "
                "needs --breach-check"
            ),
            api=DEFAULT_API,
        ),
    )


def _usage(err: TextIO, message: str) -> int:
    err.write(f"{PROG}: error: {terminal_safe(message)}\n")
    return EXIT_USAGE


def _clean(text: str, limit: int = 80) -> str:
    """One table cell: terminal escapes from a hostile CSV are shown, not obeyed, and a line
    break or tab in it would break the table's layout."""
    text = terminal_safe(text).replace("\n", "?").replace("\t", "?")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rows(rows: tuple[int, ...], limit: int = 6) -> str:
    shown = ", ".join(str(r) for r in rows[:limit])
    more = len(rows) - limit
    return i18n.fmt(i18n.N_("{rows} and {more} more"), rows=shown, more=more) if more > 0 else shown


def _describe(entry: EntryReport, t: Callable[[str], str] = str) -> str:
    """What is wrong with one login, in the reader's language (`t`)."""
    parts: list[str] = []
    for issue in entry.issues:
        if issue is Issue.BREACHED and entry.breach is not None:
            parts.append(t(i18n.fmt(i18n.N_("breached ({verdict})"), verdict=entry.breach.bucket)))
        elif issue is Issue.REUSED:
            reused = i18n.fmt_plural(
                "reused (same password on row {rows})",
                "reused (same password on rows {rows})",
                len(entry.reused_with),
                rows=_rows(entry.reused_with),
            )
            parts.append(t(reused))
        elif issue is Issue.WEAK:
            parts.append(t(i18n.fmt(i18n.N_("weak (strength {score} of 4)"), score=entry.score)))
        else:
            parts.append(t(_ISSUE_WORDS[issue]))
    if entry.breach is not None and entry.breach.status is BreachStatus.UNKNOWN:
        parts.append(t(entry.breach.bucket))
    return "; ".join(parts)


def render_text(
    report: AuditReport,
    source: str,
    *,
    breach_checked: bool,
    reading: ExportReading | None = None,
    breach_turned_off: bool = False,
    catalog: Catalog | None = None,
) -> str:
    """The audit for people, in `catalog`'s language (sites, names and the file are data)."""
    t = (catalog or Catalog()).text
    N_, fmt, fmt_plural = i18n.N_, i18n.fmt, i18n.fmt_plural
    head = fmt(
        N_("Password audit of {source} (read as: {format})"),
        source=source,
        format=report.format.display_name,
    )
    lines = [terminal_safe(t(head))]
    skipped = reading.skipped_text() if reading is not None else None
    if skipped:
        lines.append(t(skipped))
    if report.cancelled and not report.entries:
        lines.append(t(N_("Cancelled before the passwords were rated: no results.")))
        return "\n".join(lines) + "\n"
    if report.total == 0:
        lines.append(t(N_("No logins with a password were found in this file: nothing to audit.")))
        return "\n".join(lines) + "\n"
    summary = fmt_plural(
        "{n} login: {breached} breached, {reused} reused, {weak} weak",
        "{n} logins: {breached} breached, {reused} reused, {weak} weak",
        report.total,
        n=report.total,
        breached=report.breached,
        reused=report.reused,
        weak=report.weak,
    )
    lines.append(t(summary))
    if breach_checked:
        checked = fmt_plural(
            "Breach check: {n} request to the range API (only 5-character hash prefixes were sent)",
            "Breach check: {n} requests to the range API (only 5-character hash prefixes were "
            "sent)",
            report.breach_requests,
            n=report.breach_requests,
        )
        if report.breach_unknown:
            unknown = fmt_plural(
                "{n} login", "{n} logins", report.breach_unknown, n=report.breach_unknown
            )
            checked = fmt(
                N_("{checked}; {unknown} could not be checked"),
                checked=checked,
                unknown=unknown,
            )
        lines.append(t(checked))
    elif breach_turned_off:
        lines.append(t(BREACH_TURNED_OFF))
    else:
        lines.append(t(N_("Breach check: not run (add --breach-check)")))
    if report.cancelled:
        lines.append(t(N_("Cancelled: the breach check is incomplete.")))
    problems = [e for e in report.entries if e.issues or _unknown(e)]
    if not problems:
        lines.append("")
        lines.append(t(N_("No breached, reused or weak passwords found.")))
        return "\n".join(lines) + "\n"
    lines.append("")
    width = min(30, max(len(_clean(e.site, 30)) for e in problems))
    for entry in problems:
        site = _clean(entry.site or t(N_("(no site)")), 30).ljust(width)
        user = _clean(entry.username or t(N_("(no username)")), 30)
        row = fmt(
            N_("row {row}  {site}  {user}: {issues}"),
            row=f"{entry.row:>5}",
            site=site,
            user=user,
            issues=_describe(entry, t),
        )
        lines.append(t(row))
    return "\n".join(lines) + "\n"


def _unknown(entry: EntryReport) -> bool:
    return entry.breach is not None and entry.breach.status is BreachStatus.UNKNOWN


def _reminder(path: Path, catalog: Catalog | None = None) -> str:
    reminder = i18n.fmt(
        i18n.N_(
            "Reminder: {path} holds every password in clear text. Once they are in your "
            "password manager, delete the file (and empty the trash); do not keep or share it."
        ),
        path=str(path),
    )
    return terminal_safe((catalog or Catalog()).text(reminder) + "\n")


def cmd_audit_passwords(
    args: argparse.Namespace, out: TextIO, err: TextIO, *, http: HttpClient | None = None
) -> int:
    """Run the audit for `args` (from `add_audit_parser`); `http` replaces the live client in
    tests. Returns the exit code."""
    path: Path = args.file
    breach_api: str | None = args.breach_api
    if breach_api is not None and not args.breach_check:
        return _usage(err, "--breach-api needs --breach-check")
    if breach_api is not None and not acceptable_service_url(breach_api):
        return _usage(
            err, "--breach-api must be an https:// address (plain http:// only to this computer)"
        )
    if args.breach_check and getattr(args, "offline", False):
        return _usage(err, "--breach-check sends hash prefixes over the network; drop --offline")

    if args.columns is None and getattr(args, "header", "auto") != "auto":
        return _usage(err, "--header needs --columns")

    columns: ColumnMapping | None = None
    try:
        if args.columns is not None:
            columns = _mapping(args.columns, path, header=getattr(args, "header", "auto"))
        reading = parse_export_file(path, columns=columns)
    except UnknownLayoutError as exc:
        return _usage(
            err, f"{exc} In the terminal: --columns skip,name,username,password,url (see --help)"
        )
    except (VaultImportError, _BadColumns) as exc:
        return _usage(err, str(exc))  # it names the path
    fmt, entries = reading.format, list(reading.entries)

    client: RangeClient | None = None
    lookup = breach_lookup(breach_api)  # the organisation's switch and mirror win
    turned_off = args.breach_check and not lookup.allowed
    if turned_off:
        err.write(f"hygiene-app audit-passwords: {BREACH_TURNED_OFF}\n")
    elif args.breach_check:
        if http is None:
            from hygiene_app.engine.live import LiveHttpClient

            http = LiveHttpClient()
        client = RangeClient(http, lookup.api)

    report = audit(entries, fmt, breach=client)
    from hygiene_app.cli import language_catalog  # the CLI's --lang, read when it runs

    catalog = language_catalog(args)
    del entries  # the passwords are not needed any more

    if args.format == "json":
        doc = _report_to_json(report)
        doc["skipped_rows"] = [
            {"reason": reason.value, "count": count} for reason, count in reading.skipped
        ]
        out.write(terminal_safe_json(doc) + "\n")
        err.write(_reminder(path, catalog))
    else:
        text = render_text(
            report,
            str(path),
            breach_checked=client is not None,
            reading=reading,
            breach_turned_off=turned_off,
            catalog=catalog,
        )
        out.write(terminal_safe(text))
        out.write("\n" + _reminder(path, catalog))
    return _exit_code(report, breach_checked=client is not None)


class _BadColumns(ValueError):
    """`--columns` does not say which column holds the password (one line, for the user)."""


#: The words `--columns` understands, in compact form.
_SITE_WORDS = frozenset({"url", "site", "website", "uri", "address"})
_NAME_WORDS = frozenset({"name", "title", "account"})
_USER_WORDS = frozenset({"username", "user", "login", "email"})
_PASSWORD_WORDS = frozenset({"password", "pass", "pwd"})
_SKIP_WORDS = frozenset({"", "-", "skip", "ignore"})


def _mapping(spec: str, path: Path, *, header: str = "auto") -> ColumnMapping:
    """`--columns 'skip,name,username,password,url'` as a ColumnMapping for `path`. With
    `header` "auto", the first row is a header when it names the columns (only the file's
    first row is looked at for that)."""
    roles: dict[str, list[int]] = {"url": [], "name": [], "username": [], "password": []}
    for index, word in enumerate(compact(w) for w in spec.split(",")):
        if word in _SITE_WORDS:
            roles["url"].append(index)
        elif word in _NAME_WORDS:
            roles["name"].append(index)
        elif word in _USER_WORDS:
            roles["username"].append(index)
        elif word in _PASSWORD_WORDS:
            roles["password"].append(index)
        elif word not in _SKIP_WORDS:
            raise _BadColumns(
                f"--columns: {word!r} is not a column word; use url or name, username, "
                "password, or skip"
            )
    if len(roles["password"]) != 1:
        raise _BadColumns("--columns must name exactly one password column")
    if any(len(found) > 1 for found in roles.values()):
        raise _BadColumns("--columns names the same kind of column twice")
    sites = roles["url"] or roles["name"]
    site = sites[0] if sites else None
    username = roles["username"][0] if roles["username"] else None
    mapping = ColumnMapping(site, username, roles["password"][0], has_header=header == "yes")
    if header != "auto":
        return mapping
    try:
        first = preview_rows(read_export_bytes(path), limit=1)
    except VaultImportError:
        first = ()  # reading the file says what is wrong with it, naming the path
    if first and first_row_is_header(first[0], mapping):
        mapping = ColumnMapping(site, username, mapping.password, has_header=True)
    return mapping


def _exit_code(report: AuditReport, *, breach_checked: bool) -> int:
    """4 when a breach lookup failed (incomplete), else 1 with findings, else 0."""
    if breach_checked and (report.breach_unknown or report.cancelled):
        return EXIT_INCOMPLETE
    return EXIT_FINDINGS if any(e.issues for e in report.entries) else EXIT_OK
