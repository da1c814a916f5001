"""`hygiene-app password`: rate a password, and optionally check it against known breaches.

The password is read from a no-echo prompt on a terminal, or as one line of standard input
otherwise (so `printf '%s\\n' "$pw" | hygiene-app password` works without it ever being an
argument, which every user of the machine could read in the process list). It is never printed,
logged or written; with --breach-check only the first five hex characters of its SHA-1 are sent.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any, TextIO, cast

from hygiene_app.cli_network import BREACH_TURNED_OFF, breach_lookup
from hygiene_app.engine.catalog import Catalog
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.probes import HttpClient
from hygiene_app.engine.text import TerminalWriter, terminal_safe_json
from hygiene_app.services.passwords.breach import DEFAULT_API, BreachResult, RangeClient
from hygiene_app.services.passwords.strength import Strength, rate
from hygiene_app.services.service_url import acceptable_service_url
from hygiene_app.services.settings import read_settings_quietly

EXIT_OK = 0
EXIT_USAGE = 2
#: Longer than this on stdin is not a password (and not worth holding in memory).
MAX_INPUT_CHARS = 65_536
PROMPT = "Password (not shown): "


def _api_url(text: str) -> str:
    if acceptable_service_url(text):
        return text.strip()
    raise argparse.ArgumentTypeError(
        "give an https:// address (plain http:// only to this computer, for tests)"
    )


def add_password_parser(subparsers: Any) -> None:
    """Add the `password` command to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "password",
        help=N_("rate a password's strength, and optionally check it against known breaches"),
        description=N_(
            "Rate a password typed at a hidden prompt (or given as one line on "
            "standard input). It is never shown, stored or sent; with --breach-check only the "
            "first 5 characters of its SHA-1 hash go to the Pwned Passwords service."
        ),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--breach-check",
        action="store_true",
        help=N_(
            "ask Pwned Passwords whether the password appeared in known breaches "
            "(k-anonymity: only a 5-character hash prefix is sent)"
        ),
    )
    parser.add_argument(
        "--breach-api",
        type=_api_url,
        default=None,
        metavar="URL",
        help=fmt(
            N_(
                "the Pwned Passwords range API to ask (default: the settings' mirror, else "
                "{api}; an organisation's policy mirror always wins)"
            ),
            api=DEFAULT_API,
        ),
    )
    # SUPPRESS: without the flag here, `hygiene-app --offline password` keeps the global one.
    parser.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help=N_("send nothing over the network"),
    )


class _InputError(Exception):
    """Reading the password failed; the message never contains any of it."""


def _read_password(stdin: TextIO, err: TextIO) -> str:
    isatty = getattr(stdin, "isatty", None)
    if callable(isatty) and isatty():
        try:
            return getpass.getpass(PROMPT, stream=err)
        except EOFError:
            raise _InputError("no password was typed") from None
    try:
        line = stdin.readline(MAX_INPUT_CHARS + 2)
    except UnicodeDecodeError:
        raise _InputError("the password on standard input is not valid text (UTF-8)") from None
    except OSError as exc:
        raise _InputError(f"standard input could not be read ({exc.strerror})") from None
    if line == "":
        raise _InputError("no password on standard input (give it as one line)")
    if line.endswith("\n"):
        line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
    elif len(line) > MAX_INPUT_CHARS:
        raise _InputError(f"the input is longer than {MAX_INPUT_CHARS:,} characters")
    return line


def strength_json(strength: Strength) -> dict[str, Any]:
    return {
        "score": strength.score,
        "label": strength.label,
        "crack_time": {
            "online_throttled": strength.crack_online,
            "offline_slow_hash": strength.crack_offline,
        },
        "warning": strength.warning,
        "suggestions": list(strength.suggestions),
        "length": strength.length,
        "truncated": strength.truncated,
    }


def breach_json(result: BreachResult) -> dict[str, Any]:
    return {
        "status": result.status.value,
        "count": result.count,
        "reason": result.reason,
        "summary": result.bucket,
    }


def _render_text(
    strength: Strength, breach: BreachResult | None, out: TextIO, catalog: Catalog | None = None
) -> None:
    """The rating for people, in `catalog`'s language."""
    t = (catalog or Catalog()).text
    rating = fmt(N_("Strength: {label} ({score} of 4)"), label=strength.label, score=strength.score)
    out.write(t(rating) + "\n")
    out.write(t(fmt(N_("Length: {n} characters"), n=strength.length)) + "\n")
    guess = fmt(
        N_("Time to guess: {online} online (throttled), {offline} offline (slow hash)"),
        online=strength.crack_online,
        offline=strength.crack_offline,
    )
    out.write(t(guess) + "\n")
    if strength.warning:
        out.write(t(fmt(N_("Warning: {warning}"), warning=strength.warning)) + "\n")
    if strength.suggestions:
        out.write(t(N_("Suggestions:")) + "\n")
        for item in strength.suggestions:
            out.write(f"  - {t(item)}\n")
    if breach is not None:
        out.write(t(fmt(N_("Breaches: {verdict}"), verdict=breach.bucket)) + "\n")


def cmd_password(
    args: argparse.Namespace,
    out: TextIO,
    err: TextIO,
    *,
    stdin: TextIO | None = None,
    http: HttpClient | None = None,
) -> int:
    """Rate one password; 0 when rated (whatever the verdict), 2 when none could be read."""
    source = sys.stdin if stdin is None else stdin
    # Ratings, warnings and a mirror's error messages are data: shown, never obeyed.
    out, err = cast(TextIO, TerminalWriter(out)), cast(TextIO, TerminalWriter(err))
    try:
        password = _read_password(source, err)
    except _InputError as exc:
        err.write(f"hygiene-app password: error: {exc}\n")
        return EXIT_USAGE
    try:
        settings = read_settings_quietly()
        strength = rate(password, settings.user_hints)
        breach: BreachResult | None = None
        lookup = breach_lookup(getattr(args, "breach_api", None))
        if getattr(args, "breach_check", False) and not lookup.allowed:
            err.write(f"hygiene-app password: {BREACH_TURNED_OFF}\n")
        elif getattr(args, "breach_check", False):
            if http is None:
                from hygiene_app.engine.live import LiveHttpClient

                http = LiveHttpClient(offline=bool(getattr(args, "offline", False)))
            breach = RangeClient(http, lookup.api).check(password)
    finally:
        del password
    if getattr(args, "format", "text") == "json":
        doc: dict[str, Any] = {"strength": strength_json(strength)}
        doc["breach"] = breach_json(breach) if breach is not None else None
        out.write(terminal_safe_json(doc) + "\n")
    else:
        from hygiene_app.cli import language_catalog  # the CLI's --lang, read when it runs

        _render_text(strength, breach, out, language_catalog(args))
    return EXIT_OK
