"""A checkup as a page people can read, keep and print: one self-contained HTML file.

The page goes to people who do not run the app (a manager, the IT desk, the owner's own
records), so it carries everything in itself: inline CSS, no script, no image, no font, no
stylesheet to fetch, and a Content-Security-Policy that forbids fetching anything, so opening it
in a browser contacts nobody. Every string from the machine, a snapshot, the user's set-aside
reasons or the organisation's policy is data: it is escaped with `html.escape`, characters that
act instead of showing (a bidi override, controls) are shown as "?" as in the terminal, and only
links we build ourselves (https pages, mailto:, tel:) become clickable.

The same page is the PDF's source (`ui.report_pdf` lays it out with Qt's QTextDocument), so it
sticks to the HTML that Qt's rich text understands as well as browsers do: headings,
paragraphs, lists and tables, styled with a small style sheet, page breaks between areas.

`--redact` (and the app's choice) leaves out the computer's name and replaces user and host
names, the home folder, Wi-Fi names and IP addresses in what the checks found, with the same
redaction a snapshot gets (`engine.redact`); the password export files a finding lists are
counted, not named.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Protocol

from hygiene_app import __version__
from hygiene_app.engine.assessment import Assessment, SetAsideFinding
from hygiene_app.engine.i18n import N_, Date, fmt, fmt_plural
from hygiene_app.engine.model import Category, CheckResult, FixStep, Status
from hygiene_app.engine.probes import PlatformInfo
from hygiene_app.engine.redact import NetworkRedactor, Redactor
from hygiene_app.engine.runner import Checkup, is_turned_off
from hygiene_app.engine.status_words import TURNED_OFF, StatusWord, status_word
from hygiene_app.engine.text import terminal_safe
from hygiene_app.services.exports import found_exports
from hygiene_app.services.policy import LoadedPolicy

#: Renders marked engine text in the reader's language (`str`: English, as the CLI prints).
Translate = Callable[[str], str]

#: Links a reader may follow from the page: web pages only (a settings page such as
#: `ms-settings:` opens on the computer that was checked, not the reader's: shown as text).
_WEB = ("https://",)

#: Problems first, then what could not be told, set aside, good, not run (the app's order).
_ORDER = list(StatusWord)

#: CSS class of each status word (colour helps; the word itself carries the meaning in print).
_WORD_CLASS = {
    StatusWord.ACTION_NEEDED: "needed",
    StatusWord.ACTION_RECOMMENDED: "recommended",
    StatusWord.TIP: "tip",
    StatusWord.COULD_NOT_CHECK: "unknown",
    StatusWord.CHECK_FAILED: "unknown",
    StatusWord.SET_ASIDE: "aside",
    StatusWord.GOOD: "good",
    StatusWord.NOT_RUN: "notrun",
}

#: Print-first: black on white, no backgrounds (browsers drop them when printing), a page per
#: area, a finding never split across pages. Qt's rich text reads the same rules.
STYLE = """
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 11pt;
  color: #111; line-height: 1.4; max-width: 46em; margin: 1.5em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin: 0 0 0.2em 0; }
h2 { font-size: 15pt; margin: 0.9em 0 0.3em 0; border-bottom: 1px solid #888; }
h2.area { page-break-before: always; break-before: page; }
h3 { font-size: 12pt; margin: 1em 0 0.2em 0; }
p { margin: 0.2em 0 0.4em 0; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em 0; }
th, td { text-align: left; vertical-align: top; padding: 3px 10px 3px 0; }
table.grid { width: 100%; }
table.grid th, table.grid td { border-bottom: 1px solid #bbb; padding: 3px 8px 3px 4px; }
table.areas th, table.areas td { font-size: 9.5pt; }
table.card { border: 1px solid #555; }
table.card td { padding: 6px 12px; }
.meta { color: #333; }
.score { font-size: 26pt; font-weight: bold; }
.finding { page-break-inside: avoid; break-inside: avoid; }
.word { font-weight: bold; }
.needed { color: #a40000; }
.recommended { color: #8a4b00; }
.tip { color: #005a87; }
.unknown { color: #6b2c91; }
.aside { color: #444; }
.good { color: #1d6b2a; }
.notrun { color: #555; }
.note { border-left: 3px solid #555; padding-left: 8px; margin: 0.4em 0; }
.warning { border: 1px solid #8a4b00; padding: 6px; }
code, pre { font-family: "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace;
  font-size: 9.5pt; }
pre { white-space: pre-wrap; border: 1px solid #999; padding: 4px 6px; margin: 0.2em 0; }
.small { font-size: 9pt; color: #333; }
a { color: #003f8a; }
@media print { body { margin: 0; max-width: none; } a { color: #111; } }
"""

#: Nothing may be fetched: no script, image, font, frame or stylesheet from anywhere.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


class ContactLike(Protocol):
    """What the page reads from the organisation's contact card (`services.policy`)."""

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str: ...

    @property
    def phone(self) -> str: ...

    @property
    def url(self) -> str: ...

    @property
    def message(self) -> str: ...


class NoteLike(Protocol):
    """The organisation's extra text and links for one check."""

    @property
    def text(self) -> str: ...

    @property
    def links(self) -> tuple[tuple[str, str], ...]: ...


@dataclass(frozen=True, slots=True)
class Organisation:
    """What the organisation's policy adds to the page: nothing by default (no policy, or a
    recording of another machine, whose policy we do not have)."""

    contact: ContactLike | None = None
    #: Extra text and links per check id.
    notes: Mapping[str, NoteLike] = field(default_factory=lambda: MappingProxyType({}))
    #: Why the policy could not be read (one plain sentence); empty when it was fine.
    warning: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "notes", MappingProxyType(dict(self.notes)))


@dataclass(frozen=True, slots=True)
class ReportRequest:
    """One report: the checkup, its assessment (with the user's set-asides), the
    organisation's additions, and whether to leave out what identifies the machine."""

    checkup: Checkup
    assessment: Assessment
    organisation: Organisation = Organisation()
    redact: bool = False


class _Scrub:
    """Data as the page may show it: unchanged, or redacted (see the module docstring)."""

    def __init__(self, platform: PlatformInfo, redact: bool) -> None:
        self.redact = redact
        self._home = platform.home.rstrip("/\\") if redact else ""
        self._names = Redactor.for_machine(platform.username, platform.hostname)
        self._network = NetworkRedactor()

    def __call__(self, text: str) -> str:
        if not self.redact or not text:
            return text
        if len(self._home) > 1:
            text = text.replace(self._home, "~")
        text = self._names.text(text)
        return self._network.command_output(("report",), text)


class _Page:
    """Builds the page's HTML; every string that is not our own markup goes through `_e`."""

    def __init__(self, request: ReportRequest, translate: Translate) -> None:
        self.r = request
        self.t = translate
        self.os = request.checkup.platform.os
        self.scrub = _Scrub(request.checkup.platform, request.redact)
        self.asides = {a.result.meta.id: a for a in request.assessment.set_asides}

    # -- text ----------------------------------------------------------------------------

    def _e(self, text: str, *, data: bool = False) -> str:
        """`text` translated, redacted when it is data, and escaped."""
        shown = self.t(text)
        if data:
            shown = self.scrub(shown)
        return _esc(shown, quote=True)

    def _word(self, result: CheckResult) -> StatusWord:
        return status_word(result, result.meta.id in self.asides)

    def _turned_off(self, result: CheckResult) -> bool:
        """A check the organisation turned off: labelled and counted so, not as "Not run"."""
        return is_turned_off(result) and result.meta.id not in self.asides

    def _score_counts(self) -> list[tuple[str, str, int]]:
        """(label, CSS class, count) of the whole checkup, the overview's words, with the
        checks the organisation turned off counted as such."""
        off = sum(1 for r in self.r.checkup.results if self._turned_off(r))
        rows = [
            (w.label, _WORD_CLASS[w], n - off if w is StatusWord.NOT_RUN else n)
            for w, n in self.r.assessment.counts
        ]
        if off:
            rows.append((TURNED_OFF, _WORD_CLASS[StatusWord.NOT_RUN], off))
        return [row for row in rows if row[2]]

    # -- the page ------------------------------------------------------------------------

    def build(self, lang: str) -> str:
        parts = [
            "<!DOCTYPE html>",
            f'<html lang="{_esc(lang, quote=True)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="Hygiene Checkup {_esc(__version__)}">',
            f"<title>{self._e(N_('Security checkup report'))}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            *self._head(),
            *self._organisation_warning(),
            *self._contact(),
            *self._score(),
            *self._areas_overview(),
            *self._set_asides(),
            *self._areas(),
            *self._foot(),
            "</body>",
            "</html>",
        ]
        return "\n".join(parts) + "\n"

    def _head(self) -> list[str]:
        checkup = self.r.checkup
        platform = checkup.platform
        out = [f"<h1>{self._e(N_('Security checkup report'))}</h1>"]
        rows: list[tuple[str, str]] = []
        if not self.r.redact:
            rows.append((N_("Computer"), _esc(platform.hostname)))
        rows.append((N_("System"), self._e(platform.display_name, data=True)))
        rows.append((N_("Checked"), _esc(_when(checkup.started_at, self.t))))
        rows.append((N_("App version"), _esc(__version__)))
        out.append('<table class="meta">')
        out += [f"<tr><th>{self._e(k)}</th><td>{v}</td></tr>" for k, v in rows]
        out.append("</table>")
        if checkup.replayed:
            out.append(
                "<p><b>"
                + self._e(
                    N_(
                        "This report was made from a recording of another computer, not from "
                        "the computer that printed it."
                    )
                )
                + "</b></p>"
            )
        if checkup.cancelled:
            out.append(
                "<p><b>"
                + self._e(N_("The checkup was cancelled before every check finished."))
                + "</b></p>"
            )
        if self.r.redact:
            out.append(
                '<p class="small">'
                + self._e(
                    N_(
                        "Names of the computer and its user, folders, Wi-Fi names and network "
                        "addresses are left out of this report."
                    )
                )
                + "</p>"
            )
        return out

    def _organisation_warning(self) -> list[str]:
        warning = self.r.organisation.warning
        if not warning:
            return []
        return [f'<p class="warning">{self._e(warning)}</p>']

    def _contact(self) -> list[str]:
        card = self.r.organisation.contact
        if card is None or not any((card.name, card.email, card.phone, card.url, card.message)):
            return []
        lines: list[str] = []
        if card.name:
            lines.append(f"<b>{_esc(card.name)}</b>")
        if card.message:
            lines.append(_esc(card.message))
        if card.email:
            label = self._e(N_("E-mail"))
            lines.append(f"{label}: {_link('mailto:' + card.email, card.email)}")
        if card.phone:
            label = self._e(N_("Phone"))
            lines.append(f"{label}: {_link('tel:' + _dialable(card.phone), card.phone)}")
        if card.url:
            label = self._e(N_("Web"))
            lines.append(f"{label}: {_web_link(card.url, card.url)}")
        return [
            f"<h2>{self._e(N_('Your IT contact'))}</h2>",
            '<table class="card"><tr><td>',
            "<br>".join(lines),
            "</td></tr></table>",
        ]

    def _score(self) -> list[str]:
        assessment = self.r.assessment
        value = assessment.score.value
        score = (
            self._e(fmt(N_("{value} out of 100"), value=value))
            if value is not None
            else self._e(N_("not available (no check reached a verdict)"))
        )
        out = [
            f"<h2>{self._e(N_('Score'))}</h2>",
            f'<p><span class="score">{score}</span></p>',
            "<p>"
            + " · ".join(
                f'<span class="{css}">{self._e(label)}</span>: {n}'
                for label, css, n in self._score_counts()
            )
            + "</p>",
        ]
        first = assessment.first
        if first is not None:
            fix = first.result.finding.fix
            title = fix.title if fix is not None else first.result.meta.title
            out.append(
                f"<p><b>{self._e(N_('Do this first:'))}</b> {self._e(title, data=True)} "
                f"({_esc(first.result.meta.id)}). {self._e(first.why)}</p>"
            )
        turned_off = [r.meta.id for r in self.r.checkup.results if is_turned_off(r)]
        excluded = [e.check_id for e in assessment.score.excluded if e.check_id not in turned_off]
        if excluded:
            ids = ", ".join(excluded)
            out.append(
                '<p class="small">'
                + self._e(fmt(N_("Not counted in the score (no verdict): {ids}."), ids=ids))
                + "</p>"
            )
        if turned_off:
            ids = ", ".join(turned_off)
            out.append(
                '<p class="small">'
                + self._e(fmt(N_("Turned off by your organisation: {ids}."), ids=ids))
                + "</p>"
            )
        out.append(
            '<p class="small">'
            + self._e(
                N_(
                    "The score describes the computer: findings that were snoozed or accepted "
                    "still count."
                )
            )
            + "</p>"
        )
        return out

    def _by_area(self) -> list[tuple[Category, list[CheckResult]]]:
        grouped: dict[Category, list[CheckResult]] = {}
        for r in self.r.checkup.results:
            grouped.setdefault(r.meta.category, []).append(r)
        return [
            (
                area,
                sorted(grouped[area], key=lambda r: (_ORDER.index(self._word(r)), -r.severity)),
            )
            for area in Category
            if area in grouped
        ]

    def _areas_overview(self) -> list[str]:
        """One row per area: how many findings have each status word, in the app's words. A
        line breaks only between two counts, never inside one (a column per word squeezed
        "recommended" into "recommend-ed" once most words were present)."""
        out = [
            f"<h2>{self._e(N_('Areas'))}</h2>",
            '<table class="grid areas" width="100%">',
            f"<tr><th>{self._e(N_('Area'))}</th><th>{self._e(N_('Findings'))}</th></tr>",
        ]
        for area, results in self._by_area():
            counts: dict[StatusWord, int] = {}
            off = 0
            for r in results:
                if self._turned_off(r):
                    off += 1
                else:
                    counts[self._word(r)] = counts.get(self._word(r), 0) + 1
            rows = [(w.label, _WORD_CLASS[w], counts[w]) for w in StatusWord if w in counts]
            if off:
                rows.append((TURNED_OFF, _WORD_CLASS[StatusWord.NOT_RUN], off))
            items = " · ".join(
                f'<span class="{css}">{self._e(label).replace(" ", "&nbsp;")}</span>:&nbsp;{n}'
                for label, css, n in rows
            )
            out.append(f'<tr><td width="30%">{self._e(area.label)}</td><td>{items}</td></tr>')
        out.append("</table>")
        return out

    def _set_asides(self) -> list[str]:
        asides = self.r.assessment.set_asides
        if not asides:
            return []
        out = [
            f"<h2>{self._e(N_('Set aside'))}</h2>",
            "<p>"
            + self._e(
                N_(
                    "Findings the user snoozed or accepted, with their reason. They still "
                    "cost points."
                )
            )
            + "</p>",
            '<table class="grid" width="100%">',
            "<tr>"
            + "".join(
                f"<th>{self._e(h)}</th>"
                for h in (N_("Finding"), N_("What and why"), N_("Still costs"))
            )
            + "</tr>",
        ]
        for aside in asides:
            out.append(self._aside_row(aside))
        out.append("</table>")
        return out

    def _aside_row(self, aside: SetAsideFinding) -> str:
        meta = aside.result.meta
        cost = fmt_plural("{n} point", "{n} points", aside.cost, n=aside.cost)
        what = self._e(aside.note, data=True)
        if aside.reason.strip() and aside.reason not in aside.note:
            # A snooze's sentence has its date only; its optional reason is shown too.
            what += "<br>" + self._e(fmt(N_("Reason: {reason}"), reason=aside.reason), data=True)
        return (
            f"<tr><td>{self._e(meta.title, data=True)} ({_esc(meta.id)})</td>"
            f"<td>{what}</td><td>{self._e(cost)}</td></tr>"
        )

    def _areas(self) -> list[str]:
        out: list[str] = []
        for area, results in self._by_area():
            out.append(f'<h2 class="area">{self._e(area.label)}</h2>')
            for r in results:
                out += self._finding(r)
        return out

    def _finding(self, result: CheckResult) -> list[str]:
        meta, finding = result.meta, result.finding
        word = self._word(result)
        # A check the organisation turned off says so, and nothing else: it is not a problem.
        turned_off = is_turned_off(result)
        label = N_("Turned off by your organisation") if turned_off else word.label
        out = [
            '<div class="finding">',
            f'<h3><span class="word {_WORD_CLASS[word]}">{self._e(label)}</span> · '
            f"{self._e(meta.title, data=True)} "
            f'<span class="small">({_esc(meta.id)})</span></h3>',
        ]
        if not turned_off:
            out.append(f"<p>{self._e(finding.summary, data=True)}</p>")
        if finding.status.needs_reason and finding.reason and not turned_off:
            out.append(
                "<p>" + self._e(fmt(N_("Why: {reason}"), reason=finding.reason), data=True) + "</p>"
            )
        aside = self.asides.get(meta.id)
        if aside is not None:
            out.append(f'<p class="small">{self._e(aside.note, data=True)}</p>')
        if finding.status is not Status.PASS and finding.facts:
            out.append('<table class="small">')
            out += [
                f"<tr><th>{self._e(f.label)}</th><td>{self._e(f.value, data=True)}</td></tr>"
                for f in finding.facts
            ]
            out.append("</table>")
        # The organisation's word comes before the fix ("call the IT desk before changing this").
        out += self._note(meta.id)
        if finding.status.is_problem:
            out += self._files(result)
            out += self._fix(result)
        out.append("</div>")
        return out

    def _files(self, result: CheckResult) -> list[str]:
        found = found_exports(result)
        if not found:
            return []
        if self.r.redact:
            n = len(found)
            return [
                "<p>"
                + self._e(
                    fmt_plural(
                        "{n} file holds passwords in clear text (its name is left out).",
                        "{n} files hold passwords in clear text (their names are left out).",
                        n,
                        n=n,
                    )
                )
                + "</p>"
            ]
        items = "".join(f"<li><code>{_esc(f.path)}</code></li>" for f in found)
        return [f"<p>{self._e(N_('Files:'))}</p>", f"<ul>{items}</ul>"]

    def _fix(self, result: CheckResult) -> list[str]:
        fix = result.finding.fix
        if fix is None:
            return []
        steps = fix.steps_for(self.os)
        out = [
            f"<p><b>{self._e(fmt(N_('How to fix: {title}'), title=fix.title), data=True)}</b></p>",
        ]
        if fix.why:
            out.append(f"<p>{self._e(fix.why, data=True)}</p>")
        if steps:
            out.append("<ol>")
            out += [f"<li>{self._step(step)}</li>" for step in steps]
            out.append("</ol>")
        else:
            out.append(
                "<p>" + self._e(N_("There are no steps for this system in the app.")) + "</p>"
            )
        return out

    def _step(self, step: FixStep) -> str:
        text = self._e(step.text, data=True)
        if step.command:
            text += f"<pre>{self._e(step.command, data=True)}</pre>"
        if step.link:
            link = self.scrub(step.link)
            text += "<br>" + (
                _web_link(link, link)
                if link.lower().startswith(_WEB)
                else f"<code>{_esc(link)}</code>"
            )
        return text

    def _note(self, check_id: str) -> list[str]:
        note = self.r.organisation.notes.get(check_id)
        if note is None or not (note.text or note.links):
            return []
        out = ['<div class="note">', f"<p><b>{self._e(N_('From your organisation:'))}</b>"]
        if note.text:
            out.append(f" {_esc(note.text)}")
        out.append("</p>")
        links = [_web_link(url, label or url) for label, url in note.links]
        if links:
            out.append("<p>" + "<br>".join(links) + "</p>")
        out.append("</div>")
        return out

    def _foot(self) -> list[str]:
        return [
            '<p class="small">',
            self._e(
                fmt(
                    N_(
                        "Made by Hygiene Checkup {version}. It lists what the checks found; "
                        "it holds no password."
                    ),
                    version=__version__,
                )
            ),
            "</p>",
        ]


def _when(ts: float, translate: Translate = str) -> str:
    """The checkup's time in local time with its offset from UTC ("2026-11-01 09:30 +01:00";
    the date and time in the reader's locale through `translate`)."""
    try:
        local = datetime.fromtimestamp(ts).astimezone()
    except (OverflowError, OSError, ValueError):
        return "?"
    offset = local.strftime("%z")
    moment = translate(Date(local.replace(tzinfo=None), with_time=True))
    return f"{moment} " + (f"{offset[:3]}:{offset[3:]}" if offset else "")


def _dialable(phone: str) -> str:
    """A phone number as a tel: link dials it: digits and a leading +."""
    digits = "".join(c for c in phone if c.isdigit() and c.isascii())
    return ("+" if phone.strip().startswith("+") else "") + digits


def _esc(text: str, *, quote: bool = True) -> str:
    """Data as HTML text: escaped, and with the characters that act instead of showing (bidi
    overrides that would turn "txt.exe" into "exe.txt" to the end of the paragraph, control
    characters) shown as "?", as the terminal shows them (`engine.text.terminal_safe`)."""
    return html.escape(terminal_safe(text), quote=quote)


def _link(href: str, label: str) -> str:
    """A link to `href`; shown as text when `href` holds a character that acts."""
    if terminal_safe(href) != href or any(c.isspace() for c in href):
        return _esc(label)
    return f'<a href="{_esc(href)}">{_esc(label)}</a>'


def _web_link(url: str, label: str) -> str:
    """A link only when `url` is an https page; anything else is shown as text."""
    if url.strip().lower().startswith(_WEB):
        return _link(url.strip(), label)
    return _esc(label)


def render_html(request: ReportRequest, translate: Translate = str, *, lang: str = "en") -> str:
    """The report as one self-contained HTML page. `translate` renders marked text in the
    reader's language (the app passes its `engine_text`; the CLI prints English)."""
    return _Page(request, translate).build(lang)


def file_kind(name: str) -> str | None:
    """ "html" or "pdf" by the file name's ending (case-insensitive); None for anything else."""
    lower = name.lower()
    if lower.endswith((".html", ".htm")):
        return "html"
    if lower.endswith(".pdf"):
        return "pdf"
    return None


def organisation_of(loaded: LoadedPolicy) -> Organisation:
    """The organisation's part of a report of this computer: its policy's contact card, notes
    and warning (a recording has `no_policy()`, and so none of it)."""
    policy = loaded.policy
    return Organisation(policy.contact, dict(policy.check_notes), loaded.warning())
