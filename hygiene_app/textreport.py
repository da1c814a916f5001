"""The checkup as readable terminal text: grouped by category, problems first, each with the
first step of its fix. Colour only when asked for (the CLI decides: a TTY and no NO_COLOR)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass

from hygiene_app import __version__
from hygiene_app.engine.model import Category, CheckResult, Severity, Status
from hygiene_app.engine.runner import Checkup
from hygiene_app.engine.score import Score, compute_score

_LABEL = {
    Status.FAIL: "FAIL",
    Status.WARN: "WARN",
    Status.PASS: "PASS",
    Status.UNKNOWN: "UNKNOWN",
    Status.SKIPPED: "SKIPPED",
    Status.ERROR: "ERROR",
}
_COLOUR = {
    Status.FAIL: "\033[1;31m",
    Status.WARN: "\033[1;33m",
    Status.PASS: "\033[32m",
    Status.UNKNOWN: "\033[35m",
    Status.SKIPPED: "\033[2m",
    Status.ERROR: "\033[1;35m",
}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
#: Problems first, then what could not be told, then the good news.
_ORDER = [Status.FAIL, Status.WARN, Status.ERROR, Status.UNKNOWN, Status.PASS, Status.SKIPPED]
_LABEL_WIDTH = 9


@dataclass(frozen=True, slots=True)
class TextStyle:
    colour: bool = False
    width: int = 88

    def paint(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.colour else text


def _wrap(text: str, style: TextStyle, indent: int) -> list[str]:
    width = max(40, style.width - indent)
    pad = " " * indent
    return [pad + line for line in textwrap.wrap(text, width)] or [pad]


def _result_lines(result: CheckResult, checkup: Checkup, style: TextStyle) -> list[str]:
    finding = result.finding
    text = _LABEL[finding.status]
    if finding.status is Status.WARN and finding.severity is Severity.INFO:
        text = "NOTE"  # advice, not a problem: it does not cost score points either
    label = style.paint(text.ljust(_LABEL_WIDTH), _COLOUR[finding.status])
    lines = [f"  {label}{result.meta.title} ({result.meta.id})"]
    indent = 2 + _LABEL_WIDTH
    lines += _wrap(finding.summary, style, indent)
    if finding.status.needs_reason:
        lines += _wrap(f"Why: {finding.reason}", style, indent)
    if finding.status.is_problem and finding.fix is not None:
        steps = finding.fix.steps_for(checkup.platform.os)
        if steps:
            # The first step that does something (opens a screen, runs a command), not
            # "save your work".
            first = next((s for s in steps if s.command or s.link), steps[0])
            lines += _wrap(f"Fix: {finding.fix.title}. {first.text}", style, indent)
            if first.command:
                lines.append(" " * (indent + 5) + style.paint(first.command, _BOLD))
            elif first.link:
                lines.append(" " * (indent + 5) + style.paint(first.link, _DIM))
    return lines


def _score_line(score: Score, style: TextStyle) -> str:
    if score.value is None:
        return "Score: not available (no check reached a verdict)"
    return f"Score: {style.paint(f'{score.value}/100', _BOLD)}"


def _counts(results: Iterable[CheckResult]) -> str:
    results = list(results)
    parts = []
    for status in _ORDER:
        n = sum(1 for r in results if r.status is status)
        if n:
            parts.append(f"{n} {status.value}")
    return ", ".join(parts)


def render_text(checkup: Checkup, style: TextStyle) -> str:
    score = compute_score(checkup.results)
    head = f"Hygiene Checkup {__version__} on {checkup.platform.display_name}"
    if checkup.replayed:
        head += " (replayed from a snapshot)"
    out = [style.paint(head, _BOLD), f"{_score_line(score, style)}   ({_counts(checkup.results)})"]
    if checkup.cancelled:
        out.append("The checkup was cancelled before every check finished.")
    by_category: dict[Category, list[CheckResult]] = {}
    for r in checkup.results:
        by_category.setdefault(r.meta.category, []).append(r)
    for category, results in by_category.items():
        out.append("")
        out.append(style.paint(category.label, _BOLD))
        for r in sorted(results, key=lambda r: (_ORDER.index(r.status), -r.severity)):
            out += _result_lines(r, checkup, style)
    costly = sorted((i for i in score.items if i.cost > 0), key=lambda i: -i.cost)
    if costly:
        out.append("")
        titles = {r.meta.id: r.meta.title for r in checkup.results}
        gains = "; ".join(f"{titles[i.check_id]} +{i.cost:g}" for i in costly[:3])
        out += textwrap.wrap(f"Biggest gains: {gains}.", style.width)
    if score.excluded:
        ids = ", ".join(e.check_id for e in score.excluded)
        out += textwrap.wrap(f"Not counted in the score (no verdict): {ids}.", style.width)
    return "\n".join(out) + "\n"
