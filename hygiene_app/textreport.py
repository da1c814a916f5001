"""The checkup as readable terminal text: grouped by category, problems first, each with the
first step of its fix. Colour only when asked for (the CLI decides: a TTY and no NO_COLOR).

With an organisation's policy it also says what the organisation decided: a policy that could
not be used (at the top), the checks it turned off (as turned off, not as problems), its note
under each fix, and its contact card at the end. Without one the text is exactly as before."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from hygiene_app import __version__
from hygiene_app.engine.assessment import Assessment, SetAsideFinding, assess
from hygiene_app.engine.fix_line import fix_step
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.model import Category, CheckResult
from hygiene_app.engine.runner import Checkup, is_turned_off
from hygiene_app.engine.status_words import StatusWord, status_word
from hygiene_app.engine.text import REPLACEMENT, terminal_safe
from hygiene_app.services.exports import found_exports
from hygiene_app.services.policy import ContactCard, LoadedPolicy, no_policy

#: Each finding is labelled with the app's one vocabulary (the window's words).
_COLOUR = {
    StatusWord.ACTION_NEEDED: "\033[1;31m",
    StatusWord.ACTION_RECOMMENDED: "\033[1;33m",
    StatusWord.TIP: "\033[36m",
    StatusWord.COULD_NOT_CHECK: "\033[35m",
    StatusWord.CHECK_FAILED: "\033[1;35m",
    StatusWord.SET_ASIDE: "\033[2m",
    StatusWord.GOOD: "\033[32m",
    StatusWord.NOT_RUN: "\033[2m",
}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
#: Every escape sequence the report itself writes; anything else is data and is made safe.
PAINT_CODES = frozenset((*_COLOUR.values(), _BOLD, _DIM, _RESET))
#: Problems first, then what could not be told, then what is set aside and the good news.
_ORDER = list(StatusWord)
_LABEL_WIDTH = max(len(word.label) for word in StatusWord) + 2
_SET_ASIDE = StatusWord.SET_ASIDE.label


@dataclass(frozen=True, slots=True)
class TextStyle:
    colour: bool = False
    width: int = 88

    def paint(self, text: str, code: str) -> str:
        """`text` (made terminal-safe first: it may come from data) in the colour `code`."""
        text = terminal_safe(text)
        return f"{code}{text}{_RESET}" if self.colour else text


def _wrap(text: str, style: TextStyle, indent: int) -> list[str]:
    width = max(40, style.width - indent)
    pad = " " * indent
    return [pad + line for line in textwrap.wrap(terminal_safe(text), width)] or [pad]


def _result_lines(
    result: CheckResult,
    checkup: Checkup,
    style: TextStyle,
    aside: SetAsideFinding | None,
    organisation: LoadedPolicy,
) -> list[str]:
    finding = result.finding
    word = status_word(result, aside is not None)
    label = style.paint(word.label.ljust(_LABEL_WIDTH), _COLOUR[word])
    lines = [f"  {label}{terminal_safe(f'{result.meta.title} ({result.meta.id})')}"]
    indent = 2 + _LABEL_WIDTH
    lines += _wrap(finding.summary, style, indent)
    if aside is not None:
        note = aside.note.rstrip(". ")
        lines += _wrap(f"{note}. It still costs {_points(aside.cost)}.", style, indent)
    if finding.status.needs_reason and not is_turned_off(result):
        lines += _wrap(f"Why: {finding.reason}", style, indent)
    if finding.status.is_problem:
        lines += _file_lines(result, indent)
    if finding.status.is_problem and finding.fix is not None:
        steps = finding.fix.steps_for(checkup.platform.os)
        if steps:
            first = fix_step(steps)
            lines += _wrap(f"Fix: {finding.fix.title}. {first.text}", style, indent)
            if first.command:
                lines.append(" " * (indent + 5) + style.paint(first.command, _BOLD))
            elif first.link:
                lines.append(" " * (indent + 5) + style.paint(first.link, _DIM))
    if finding.status.is_problem:
        lines += _note_lines(result, organisation, style, indent)
    return lines


def _note_lines(
    result: CheckResult, organisation: LoadedPolicy, style: TextStyle, indent: int
) -> list[str]:
    """The organisation's note on this check ("Call the IT desk before changing this") and its
    links, one whole address a line so it can be copied. Text from the policy: data."""
    note = organisation.policy.note_for(result.meta.id)
    if note is None:
        return []
    lines = (
        _wrap(fmt(N_("Your organisation: {note}"), note=note.text), style, indent)
        if (note.text)
        else []
    )
    for label, url in note.links:
        lines += _wrap(fmt(N_("{label}: {url}"), label=label, url=url), style, indent + 2)
    return lines


def _contact_lines(contact: ContactCard | None, style: TextStyle) -> list[str]:
    """The organisation's contact card, last: whom to ask. Plain text from the policy."""
    if contact is None or contact.is_empty():
        return []
    out = ["", style.paint(N_("Your organisation's contact"), _BOLD)]
    for label, value in (
        (N_("Name"), contact.name),
        (N_("E-mail"), contact.email),
        (N_("Phone"), contact.phone),
        (N_("Web"), contact.url),
    ):
        if value:
            out += _wrap(fmt(N_("{label}: {value}"), label=label, value=value), style, 2)
    if contact.message:
        out += _wrap(contact.message, style, 2)
    return out


def _file_lines(result: CheckResult, indent: int) -> list[str]:
    """The password exports a finding names, one whole path a line (not wrapped, so it can be
    copied), so the fix's "find the files" step has them to point to. A path is data: made
    terminal-safe, and a newline or tab in a name cannot start a line of its own."""
    paths = [e.path for e in found_exports(result)]
    if not paths:
        return []
    one_line = str.maketrans({"\n": REPLACEMENT, "\t": REPLACEMENT})
    pad = " " * (indent + 2)
    return [" " * indent + "Files:"] + [pad + terminal_safe(p).translate(one_line) for p in paths]


def _points(n: int) -> str:
    return "1 point" if n == 1 else f"{n} points"


def _score_line(assessment: Assessment, style: TextStyle) -> str:
    value = assessment.score.value
    if value is None:
        return "Score: not available (no check reached a verdict)"
    return f"Score: {style.paint(f'{value}/100', _BOLD)}"


def _counts(assessment: Assessment) -> str:
    """The overview's counts, in the same words: "Action needed: 1 · Good: 8"."""
    return " · ".join(f"{word.label}: {n}" for word, n in assessment.counts)


def _first_title(result: CheckResult) -> str:
    """What to do, as the fix names it ("Turn on the firewall"); the check's title names the
    good state instead."""
    fix = result.finding.fix
    return f"{fix.title if fix is not None else result.meta.title} ({result.meta.id})"


def _summary_lines(assessment: Assessment, style: TextStyle) -> list[str]:
    """What would raise the score and the fix to do first and why: the same as the window's
    overview, from the same assessment."""
    out: list[str] = []
    gains = assessment.top_gains()
    if gains:
        parts = "; ".join(
            f"{g.result.meta.title} +{g.points}" + (f" ({_SET_ASIDE})" if g.set_aside else "")
            for g in gains
        )
        out.append("")
        out += textwrap.wrap(terminal_safe(f"What would raise your score: {parts}."), style.width)
    first = assessment.first
    if first is not None:
        out += textwrap.wrap(
            terminal_safe(f"Do this first: {_first_title(first.result)}. {first.why}"),
            style.width,
        )
    return out


def render_text(
    checkup: Checkup,
    style: TextStyle,
    assessment: Assessment | None = None,
    organisation: LoadedPolicy | None = None,
) -> str:
    """The report of `checkup`, scored by `assessment` (the caller's, with the user's
    set-asides; by default one without any), with what `organisation`'s policy decided (a
    replay has none)."""
    organisation = organisation or no_policy()
    if assessment is None:
        assessment = assess(checkup.results, checkup.platform.os)
    score = assessment.score
    asides = {a.result.meta.id: a for a in assessment.set_asides}
    head = f"Hygiene Checkup {__version__} on {checkup.platform.display_name}"
    if checkup.replayed:
        head += " (replayed from a snapshot)"
    out = [style.paint(head, _BOLD), f"{_score_line(assessment, style)}   ({_counts(assessment)})"]
    if checkup.cancelled:
        out.append("The checkup was cancelled before every check finished.")
    warning = organisation.warning()
    if warning:
        out += textwrap.wrap(terminal_safe(warning), style.width)
    by_category: dict[Category, list[CheckResult]] = {}
    for r in checkup.results:
        by_category.setdefault(r.meta.category, []).append(r)
    for category, results in by_category.items():
        out.append("")
        out.append(style.paint(category.label, _BOLD))
        for r in sorted(
            results,
            key=lambda r: (_ORDER.index(status_word(r, r.meta.id in asides)), -r.severity),
        ):
            out += _result_lines(r, checkup, style, asides.get(r.meta.id), organisation)
    out += _summary_lines(assessment, style)
    turned_off = {r.meta.id for r in checkup.results if is_turned_off(r)}
    excluded = [e.check_id for e in score.excluded if e.check_id not in turned_off]
    if excluded:
        ids = ", ".join(excluded)
        out += textwrap.wrap(
            terminal_safe(f"Not counted in the score (no verdict): {ids}."), style.width
        )
    if turned_off:
        ids = ", ".join(r.meta.id for r in checkup.results if r.meta.id in turned_off)
        out += textwrap.wrap(
            terminal_safe(fmt(N_("Turned off by your organisation: {ids}."), ids=ids)),
            style.width,
        )
    out += _contact_lines(organisation.policy.contact, style)
    return "\n".join(out) + "\n"
