"""The checkup as readable terminal text: grouped by category, problems first, each with the
first step of its fix. Colour only when asked for (the CLI decides: a TTY and no NO_COLOR).

With an organisation's policy it also says what the organisation decided: a policy that could
not be used (at the top), the checks it turned off (as turned off, not as problems), its note
under each fix, and its contact card at the end. Without one the text is exactly as before."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from hygiene_app import __version__
from hygiene_app.engine.assessment import Assessment, SetAsideFinding, assess
from hygiene_app.engine.catalog import ENGLISH_TRANSLATE, Formats
from hygiene_app.engine.fix_line import fix_step
from hygiene_app.engine.i18n import N_, Translate, as_text, fmt, fmt_plural, render
from hygiene_app.engine.model import Category, CheckResult
from hygiene_app.engine.runner import Checkup, is_turned_off
from hygiene_app.engine.status_words import TURNED_OFF, StatusWord, status_label, status_word
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


@dataclass(frozen=True, slots=True)
class TextStyle:
    """How the report is written: colour, width, and the language (`translate` renders every
    marked text; `formats` writes numbers the reader's way)."""

    colour: bool = False
    width: int = 88
    translate: Translate = ENGLISH_TRANSLATE
    formats: Formats = field(default_factory=Formats)

    def t(self, text: str) -> str:
        """Marked text (a template with its arguments) in the reader's language."""
        return render(text, self.translate, self.formats.decimal, self.formats.date)

    @property
    def label_width(self) -> int:
        return max(len(self.t(word.label)) for word in StatusWord) + 2

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
    width = style.label_width
    words = style.t(status_label(result, aside is not None))
    title = style.t(fmt(N_("{title} ({id})"), title=result.meta.title, id=result.meta.id))
    indent = 2 + width
    if len(words) < width:
        label = style.paint(words.ljust(width), _COLOUR[word])
        lines = [f"  {label}{terminal_safe(title)}"]
    else:
        # "Turned off by your organisation" is wider than the column: it gets its own line.
        lines = [f"  {style.paint(words, _COLOUR[word])}", " " * indent + terminal_safe(title)]
    if not is_turned_off(result):  # else the summary repeats the words above
        lines += _wrap(style.t(finding.summary), style, indent)
    if aside is not None:
        note = style.t(aside.note).rstrip(". ")
        cost = fmt(N_("{note}. It still costs {points}."), note=note, points=_points(aside.cost))
        lines += _wrap(style.t(cost), style, indent)
    if finding.status.needs_reason and not is_turned_off(result):
        lines += _wrap(style.t(fmt(N_("Why: {reason}"), reason=finding.reason)), style, indent)
    if finding.status.is_problem:
        lines += _file_lines(result, indent, style)
    if finding.status.is_problem and finding.fix is not None:
        steps = finding.fix.steps_for(checkup.platform.os)
        if steps:
            first = fix_step(steps)
            fix = fmt(N_("Fix: {title}. {step}"), title=finding.fix.title, step=first.text)
            lines += _wrap(style.t(fix), style, indent)
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
        _wrap(style.t(fmt(N_("Your organisation: {note}"), note=note.text)), style, indent)
        if (note.text)
        else []
    )
    for label, url in note.links:
        lines += _wrap(style.t(fmt(N_("{label}: {url}"), label=label, url=url)), style, indent + 2)
    return lines


def _contact_lines(contact: ContactCard | None, style: TextStyle) -> list[str]:
    """The organisation's contact card, last: whom to ask. Plain text from the policy."""
    if contact is None or contact.is_empty():
        return []
    out = ["", style.paint(style.t(N_("Your organisation's contact")), _BOLD)]
    for label, value in (
        (N_("Name"), contact.name),
        (N_("E-mail"), contact.email),
        (N_("Phone"), contact.phone),
        (N_("Web"), contact.url),
    ):
        if value:
            out += _wrap(style.t(fmt(N_("{label}: {value}"), label=label, value=value)), style, 2)
    if contact.message:
        out += _wrap(contact.message, style, 2)
    return out


def _file_lines(result: CheckResult, indent: int, style: TextStyle) -> list[str]:
    """The password exports a finding names, one whole path a line (not wrapped, so it can be
    copied), so the fix's "find the files" step has them to point to. A path is data: made
    terminal-safe, and a newline or tab in a name cannot start a line of its own."""
    paths = [e.path for e in found_exports(result)]
    if not paths:
        return []
    one_line = str.maketrans({"\n": REPLACEMENT, "\t": REPLACEMENT})
    pad = " " * (indent + 2)
    head = " " * indent + style.t(N_("Files:"))
    return [head] + [pad + terminal_safe(p).translate(one_line) for p in paths]


def _points(n: int) -> str:
    return fmt_plural("{n} point", "{n} points", n, n=n)


def _score_line(assessment: Assessment, style: TextStyle) -> str:
    value = assessment.score.value
    if value is None:
        return style.t(N_("Score: not available (no check reached a verdict)"))
    score = style.paint(style.t(fmt(N_("{value}/100"), value=value)), _BOLD)
    return style.t(fmt(N_("Score: {score}"), score=score))


def _counts(assessment: Assessment, style: TextStyle, turned_off: int = 0) -> str:
    """The overview's counts, in the same words: "Action needed: 1 · Good: 8". Checks the
    organisation turned off are counted as such, not as "Not run"."""
    counts = [
        (word.label, n - turned_off if word is StatusWord.NOT_RUN else n)
        for word, n in assessment.counts
    ]
    if turned_off:
        counts.append((TURNED_OFF, turned_off))
    return " · ".join(
        style.t(fmt(N_("{label}: {value}"), label=as_text(label), value=style.formats.number(n)))
        for label, n in counts
        if n
    )


def _first_title(result: CheckResult) -> str:
    """What to do, as the fix names it ("Turn on the firewall"); the check's title names the
    good state instead."""
    fix = result.finding.fix
    title = fix.title if fix is not None else result.meta.title
    return fmt(N_("{title} ({id})"), title=title, id=result.meta.id)


def _summary_lines(assessment: Assessment, style: TextStyle) -> list[str]:
    """What would raise the score and the fix to do first and why: the same as the window's
    overview, from the same assessment."""
    out: list[str] = []
    gains = assessment.top_gains()
    if gains:
        parts = "; ".join(
            style.t(
                fmt(
                    N_("{title} +{points} ({set_aside})"),
                    set_aside=as_text(StatusWord.SET_ASIDE.label),
                    title=g.result.meta.title,
                    points=g.points,
                )
                if g.set_aside
                else fmt(N_("{title} +{points}"), title=g.result.meta.title, points=g.points)
            )
            for g in gains
        )
        out.append("")
        raise_line = style.t(fmt(N_("What would raise your score: {parts}."), parts=parts))
        out += textwrap.wrap(terminal_safe(raise_line), style.width)
    first = assessment.first
    if first is not None:
        first_line = fmt(
            N_("Do this first: {title}. {why}"), title=_first_title(first.result), why=first.why
        )
        out += textwrap.wrap(terminal_safe(style.t(first_line)), style.width)
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
    head = (
        fmt(
            N_("Hygiene Checkup {version} on {computer} (replayed from a snapshot)"),
            version=__version__,
            computer=checkup.platform.display_name,
        )
        if checkup.replayed
        else fmt(
            N_("Hygiene Checkup {version} on {computer}"),
            version=__version__,
            computer=checkup.platform.display_name,
        )
    )
    counts = _counts(assessment, style, sum(1 for r in checkup.results if is_turned_off(r)))
    out = [style.paint(style.t(head), _BOLD), f"{_score_line(assessment, style)}   ({counts})"]
    if checkup.cancelled:
        out.append(style.t(N_("The checkup was cancelled before every check finished.")))
    warning = organisation.warning()
    if warning:
        out += textwrap.wrap(terminal_safe(style.t(warning)), style.width)
    by_category: dict[Category, list[CheckResult]] = {}
    for r in checkup.results:
        by_category.setdefault(r.meta.category, []).append(r)
    for category, results in by_category.items():
        out.append("")
        out.append(style.paint(style.t(category.label), _BOLD))
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
        not_counted = fmt(N_("Not counted in the score (no verdict): {ids}."), ids=ids)
        out += textwrap.wrap(terminal_safe(style.t(not_counted)), style.width)
    if turned_off:
        ids = ", ".join(r.meta.id for r in checkup.results if r.meta.id in turned_off)
        out += textwrap.wrap(
            terminal_safe(style.t(fmt(N_("Turned off by your organisation: {ids}."), ids=ids))),
            style.width,
        )
    out += _contact_lines(organisation.policy.contact, style)
    return "\n".join(out) + "\n"
