"""Writes the hygiene-app(1) man page from the command line's own argparse definitions.

Generated, never hand-written, so the page cannot drift from `--help`: every subcommand gets its
usage, description and options. `python scripts/manpage.py OUT` writes roff to OUT, gzipped
(-n style: no name or time stamp, so builds are reproducible) when OUT ends in `.gz`.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hygiene_app import __version__  # noqa: E402
from hygiene_app.cli import PROG, build_parser  # noqa: E402

#: The page's date: the newest release's, so a rebuild of the same version gives the same bytes.
RELEASE_DATE = "2026-12-01"


def roff(text: str) -> str:
    """Text safe in a roff body: backslashes escaped, hyphens literal, and no line that starts
    with a control character ('.' or "'"), which roff would read as a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = [("\\&" + ln if ln[:1] in (".", "'") else ln) for ln in text.splitlines()]
    return "\n".join(lines)


def _formatter(parser: argparse.ArgumentParser) -> argparse.HelpFormatter:
    return argparse.HelpFormatter(prog=parser.prog, width=10_000, max_help_position=10_000)


def _synopsis(parser: argparse.ArgumentParser) -> str:
    usage = parser.format_usage().removeprefix("usage: ").strip()
    return re.sub(r"\s+", " ", usage)


def _options(parser: argparse.ArgumentParser) -> list[str]:
    out: list[str] = []
    fmt = _formatter(parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        invocation = fmt._format_action_invocation(action)
        out.append(".TP")
        out.append(f"\\fB{roff(invocation)}\\fR")
        help_text = fmt._expand_help(action) if action.help else ""
        out.append(roff(help_text) if help_text else "\\&")
    return out


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices.items())
    return []


def _subcommand_help(parser: argparse.ArgumentParser) -> dict[str, str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: a.help or "" for a in action._choices_actions}
    return {}


def render(parser: argparse.ArgumentParser | None = None) -> str:
    """The man page (roff, man macros) for `parser`, the CLI's own by default."""
    parser = parser or build_parser()
    summary = _subcommand_help(parser)
    lines = [
        f'.TH HYGIENE\\-APP 1 "{RELEASE_DATE}" "{roff(PROG)} {__version__}" "User Commands"',
        ".SH NAME",
        f"{roff(PROG)} \\- {roff('check this computer' + chr(39) + 's security basics')}",
        ".SH SYNOPSIS",
        f".B {roff(PROG)}",
        roff(_synopsis(parser).removeprefix(PROG).strip()),
        ".SH DESCRIPTION",
        roff(parser.description or ""),
        ".PP",
        roff(
            "Without a command, the desktop app opens. The commands below run in a terminal "
            "and never load the window."
        ),
        ".SH OPTIONS",
        *_options(parser),
        ".SH COMMANDS",
    ]
    for name, sub in _subcommands(parser):
        lines += [f".SS {roff(name)}", f"{roff(summary.get(name, ''))}", ".PP"]
        lines += [".nf", roff(_synopsis(sub)), ".fi"]
        if sub.description:
            lines += [".PP", roff(sub.description)]
        lines += _options(sub)
        if sub.epilog and sub.epilog != parser.epilog:
            lines += [".PP", roff(sub.epilog)]
    lines += [
        ".SH EXIT STATUS",
        roff((parser.epilog or "").removesuffix(".") + "; 130 interrupted."),
        ".SH FILES",
        roff(
            "Settings, the account inventory, caches and the checkup history are kept in the "
            "user's own configuration and data folders (for example ~/.config/hygiene-app and "
            "~/.local/share/hygiene-app); removing the package leaves them."
        ),
        ".SH SEE ALSO",
        roff("The report format and the exit codes: /usr/share/doc/hygiene-app/ and the "),
        roff("project's docs/cli.md and docs/report-format.md."),
    ]
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> None:
    """Write `text` to `path`, gzipped with no name or time stamp when it ends in .gz."""
    data = text.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        with (
            path.open("wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as gz,
        ):
            gz.write(data)
    else:
        path.write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: manpage.py OUTPUT[.gz]", file=sys.stderr)
        return 2
    write(Path(args[0]), render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
