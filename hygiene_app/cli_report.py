"""`hygiene-app report --output FILE.html|FILE.pdf`: the checkup as a page people can read.

It runs the same checkup as `hygiene-app check` (or reads a recording with --replay), scores it
the same way, and writes one self-contained HTML page (`services.report_html`) or a PDF of that
page made with Qt's printing support (`ui.report_pdf`; Qt is loaded only for a PDF). The file
is written whole or not at all, 0600 (`engine.atomic`), and its folder must exist: a typo is
exit 2 before the checkup runs. This computer's report carries the organisation's contact card
and notes from its policy; a recording is somebody else's machine and carries none.

Exit codes: 0 written, 2 usage error (wrong file type, folder missing, unreadable recording),
3 internal error.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from hygiene_app.cli_output import OutputError, output_target
from hygiene_app.engine.atomic import atomic_write_text
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.services.report_html import (
    Organisation,
    ReportRequest,
    file_kind,
    organisation_of,
    render_html,
)


class ReportUsageError(ValueError):
    """A usage error of the report command (the CLI exits 2 with its message)."""


def add_report_parser(subparsers: Any) -> None:
    """Add the `report` command to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "report",
        help=N_("write the checkup as a page to read and print (HTML or PDF)"),
        description=N_(
            "Run the checkup and write a report people can read and print: the "
            "score, each area, each finding with its fix steps, what was set aside and why, and "
            "your organisation's contact. FILE ending in .html gives one self-contained web page; "
            ".pdf gives a PDF. Nothing is sent anywhere."
        ),
    )
    parser.add_argument(
        "--output", "-o", type=Path, required=True, metavar="FILE", help=N_("FILE.html or FILE.pdf")
    )
    parser.add_argument(
        "--replay",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="FILE",
        help=N_("report on a snapshot file instead of this computer"),
    )
    parser.add_argument(
        "--redact",
        action="store_true",
        help=N_("leave out the computer's name, user names, folders, Wi-Fi names and addresses"),
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help=N_("send nothing over the network"),
    )
    # The checkup is the whole of `check`'s, never limited: a report lists every area.
    parser.set_defaults(only=[], skip=[], ignore_set_asides=False)


def report_target(path: Path) -> str:
    """The kind of file to write at `path` ("html" or "pdf"), once its folder is known to
    exist; a ReportUsageError says what is wrong."""
    try:
        output_target(path)
    except OutputError as exc:
        raise ReportUsageError(str(exc)) from None
    kind = file_kind(path.name)
    if kind is None:
        raise ReportUsageError(
            fmt(N_("{path}: the report is written as .html or .pdf"), path=str(path))
        )
    return kind


def cmd_report(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Run (or replay) the checkup and write the report; `out` says where it went."""
    from hygiene_app.cli import PROG, _assessment, _policy, _remember, _run, language_catalog

    target: Path = args.output
    kind = report_target(target)
    loaded = _policy(args)  # this computer's; none for a recording
    if loaded.warning():
        err.write(f"{PROG}: {loaded.warning()}\n")
    checkup = _run(args, loaded)
    assessment = _assessment(args, checkup, loaded)
    _remember(args, checkup, assessment)  # a whole checkup of this computer, as `check` keeps
    organisation = Organisation() if checkup.replayed else organisation_of(loaded)
    catalog = language_catalog(args)  # --lang, the Settings' language, or the system's
    request = ReportRequest(checkup, assessment, organisation, redact=args.redact)
    page = render_html(request, catalog.text, lang=catalog.language)
    try:
        if kind == "pdf":
            _write_pdf(target, page, catalog.text(N_("Security checkup report")))
        else:
            atomic_write_text(target, page)
    except OSError as exc:
        raise ReportUsageError(
            fmt(
                N_("cannot write {path}: {reason}"),
                path=str(target),
                reason=exc.strerror or str(exc),
            )
        ) from None
    out.write(catalog.text(fmt(N_("Report written to {path}."), path=str(target))) + "\n")
    return 0


def _write_pdf(target: Path, page: str, title: str) -> None:
    """The PDF through Qt (loaded only here: every other command runs without it)."""
    from hygiene_app.ui.report_pdf import pdf_application, write_pdf

    pdf_application()
    write_pdf(target, page, title=title)
