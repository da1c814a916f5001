"""`hygiene-app link URL`: is this link likely phishing? Local and offline.

The link is never fetched, resolved or sent: only its text is read (services.link_check). The
user's own account domains (from the account inventory, read-only, when there is one) are
protected like the bundled brands, so a look-alike of "mybank.co.uk" is caught too.

Exit codes: 0 nothing suspicious, 1 suspicious, 2 usage (no link, not a link, too long). A link
is data from somebody else: every character a terminal would obey is shown as "?" (text) or
escaped (JSON).
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any, TextIO, cast

from hygiene_app.engine.catalog import Catalog
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.text import TerminalWriter, terminal_safe_json
from hygiene_app.services.link_check import Level, LinkError, LinkVerdict, check_link

EXIT_OK = 0
EXIT_SUSPICIOUS = 1
EXIT_USAGE = 2
#: The JSON output's format version (docs/cli.md).
JSON_VERSION = 1
#: How much of a long link the text output repeats.
SHOWN_URL_CHARS = 300


def add_link_parser(subparsers: Any) -> None:
    """Add the `link` command to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "link",
        help=N_("check a link for signs of phishing (offline; the link is never opened)"),
        description=N_(
            "Check a link for signs of phishing: look-alike names, brand names in "
            "somebody else's address, user@host tricks, IP addresses, shorteners, plain http for "
            "a sign-in page and more. Nothing is fetched or sent. Exit codes: 0 nothing "
            "suspicious, 1 suspicious, 2 usage error."
        ),
    )
    parser.add_argument("url", metavar="URL", help=N_("the link to check (quote it in the shell)"))
    parser.add_argument("--format", choices=("text", "json"), default="text")


def read_inventory_domains(path: Path | None = None) -> tuple[str, ...]:
    """The domains of the user's account inventory, read-only (the file is never created,
    migrated or set aside from here); none when there is no inventory or it cannot be read."""
    if path is None:
        from hygiene_app.services.mfa.inventory import default_inventory_path

        path = default_inventory_path()
    if not path.is_file():
        return ()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            rows = conn.execute("SELECT DISTINCT domain FROM accounts").fetchall()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return ()
    return tuple(str(row[0]) for row in rows if isinstance(row[0], str) and row[0].strip())


def verdict_json(verdict: LinkVerdict) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "url": verdict.url,
        "suspicious": verdict.suspicious,
        "summary": str(verdict.summary),
        "scheme": verdict.scheme,
        "host": verdict.host,
        "host_ascii": verdict.host_ascii,
        "domain": verdict.domain,
        "reasons": [
            {"id": r.sign.value, "level": r.level.value, "text": str(r.text)}
            for r in verdict.reasons
        ],
    }


def _render_text(verdict: LinkVerdict, out: TextIO, catalog: Catalog | None = None) -> None:
    """The verdict for people, in `catalog`'s language (the address and names are data)."""
    t = (catalog or Catalog()).text
    url = verdict.url.strip()
    if len(url) > SHOWN_URL_CHARS:
        url = url[:SHOWN_URL_CHARS] + "…"
    out.write(t(fmt(N_("Link: {url}"), url=url)) + "\n")
    if verdict.host:
        where = verdict.host
        if verdict.domain and verdict.domain != verdict.host:
            where = t(fmt(N_("{host} (the site: {domain})"), host=where, domain=verdict.domain))
        out.write(t(fmt(N_("Goes to: {where}"), where=where)) + "\n")
    out.write(t(fmt(N_("Verdict: {summary}"), summary=verdict.summary)) + "\n")
    warnings = [r for r in verdict.reasons if r.level is Level.WARNING]
    notes = [r for r in verdict.reasons if r.level is Level.NOTE]
    if warnings:
        out.write(t(N_("Why:")) + "\n")
        for reason in warnings:
            out.write(f"  - {t(reason.text)}\n")
    if notes:
        out.write(t(N_("Good to know:")) + "\n")
        for reason in notes:
            out.write(f"  - {t(reason.text)}\n")
    out.write(t(N_("The link was not opened: only its address was read.")) + "\n")


def cmd_link(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    *,
    known_domains: tuple[str, ...] | None = None,
) -> int:
    """Check one link; 0 nothing suspicious, 1 suspicious, 2 when it is not a link."""
    out, err = cast(TextIO, TerminalWriter(out)), cast(TextIO, TerminalWriter(err))
    known = read_inventory_domains() if known_domains is None else known_domains
    try:
        verdict = check_link(str(args.url), known)
    except LinkError as exc:
        err.write(f"hygiene-app link: error: {exc}\n")
        return EXIT_USAGE
    if getattr(args, "format", "text") == "json":
        out.write(terminal_safe_json(verdict_json(verdict)) + "\n")
    else:
        from hygiene_app.cli import language_catalog  # the CLI's --lang, read when it runs

        _render_text(verdict, out, language_catalog(args))
    return EXIT_SUSPICIOUS if verdict.suspicious else EXIT_OK
