"""`hygiene-app history`: the checkups this computer remembers, and what changed between them.

Reads the same history the window keeps (`services.history`); a full `hygiene-app check` of this
computer adds to it too. A checkup limited with --only/--skip is not recorded (compared with a
whole one, it would report everything it left out as fixed or new), nor is a replay, which is
somebody else's machine. Exit codes: 0, or 2 for a usage error (a date that is not a date).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from hygiene_app.engine.catalog import Catalog
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.text import terminal_safe_json
from hygiene_app.services.history import HistoryStore, RunRecord, changes, default_history_path

#: The JSON output's format name and version (docs/cli.md).
JSON_FORMAT = "hygiene-app.history"
JSON_VERSION = 1


class HistoryUsageError(ValueError):
    """A usage error of the history command (the CLI exits 2 with its message)."""


def add_history_parser(subparsers: Any) -> None:
    """Add the `history` command to the CLI's subparsers."""
    parser = subparsers.add_parser(
        "history",
        help=N_("list past checkups and what changed between them"),
        description=N_(
            "List the checkups this computer remembers (from the app and from "
            "'hygiene-app check'), oldest first, each with its score and the problems it found "
            "fixed or new since the one before. Nothing a check read is kept, only statuses."
        ),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--since",
        metavar="DATE",
        help=N_("only checkups on or after this day (YYYY-MM-DD, local time) or time (ISO 8601)"),
    )


def parse_since(text: str | None) -> float | None:
    """Seconds since the epoch for --since; a day alone means its local midnight."""
    if text is None:
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise HistoryUsageError(
            f"--since must be a date such as 2026-11-30 or 2026-11-30T08:00 (not {text!r})"
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # local time, as a person means a day
    return when.timestamp()


def cmd_history(args: argparse.Namespace, out: TextIO, store: HistoryStore | None = None) -> int:
    store = store or HistoryStore(default_history_path())
    since = parse_since(args.since)
    # One run before the window, so the first one shown can say what it changed.
    runs = store.runs()
    shown = [n for n, run in enumerate(runs) if since is None or run.at >= since]
    from hygiene_app.cli import language_catalog  # the CLI's --lang, read when it runs

    catalog = language_catalog(args)
    if args.format == "json":
        out.write(terminal_safe_json(history_json(runs, shown)) + "\n")
    else:
        out.write(history_text(runs, shown, catalog))
    if store.problem:
        out.write(catalog.text(fmt(N_("Note: {problem}"), problem=store.problem)) + "\n")
    return 0


def _stamp(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def history_json(runs: Sequence[RunRecord], shown: Sequence[int]) -> dict[str, Any]:
    items = []
    for n in shown:
        run = runs[n]
        change = changes(runs[n - 1], run) if n > 0 else None
        items.append(
            {
                "at": _stamp(run.at),
                "app_version": run.app_version,
                "origin": run.origin.value,
                "score": run.score,
                "score_change": None if change is None else change.score_delta,
                "fixed": [] if change is None else list(change.fixed),
                "new": [] if change is None else list(change.new),
                "checks": [
                    {
                        "id": r.check_id,
                        "status": r.status.value,
                        "severity": r.severity.name.lower(),
                    }
                    for r in run.results
                ],
            }
        )
    return {"format": JSON_FORMAT, "version": JSON_VERSION, "runs": items}


def history_text(
    runs: Sequence[RunRecord], shown: Sequence[int], catalog: Catalog | None = None
) -> str:
    """The remembered checkups, one a line, in the reader's language (dates the reader's
    way); check ids and the origin (`app`, `cli`...) stay as they are."""
    t = (catalog or Catalog()).text
    formats = (catalog or Catalog()).formats
    if not shown:
        return (
            t(N_("No checkup remembered yet: run one in the app or with 'hygiene-app check'."))
            if not runs
            else t(N_("No checkup in that period."))
        ) + "\n"
    lines = []
    for n in shown:
        run = runs[n]
        local = formats.datetime(datetime.fromtimestamp(run.at).astimezone())
        score = N_("not scored") if run.score is None else fmt(N_("score {score}"), score=run.score)
        line = t(fmt(N_("{when}  {score}"), when=local, score=score))
        if n > 0:
            change = changes(runs[n - 1], run)
            if change.score_delta:
                line += f" ({change.score_delta:+d})"
            if change.fixed:
                line += t(fmt(N_("; fixed: {ids}"), ids=", ".join(change.fixed)))
            if change.new:
                line += t(fmt(N_("; new: {ids}"), ids=", ".join(change.new)))
        lines.append(f"{line}  [{run.origin.value}]")
    return "\n".join(lines) + "\n"
