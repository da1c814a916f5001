"""The printable report's HTML: self-contained (nothing to fetch, no script), every piece of
data escaped, every area, finding and fix step of the checkup, set-asides with their reasons,
the organisation's contact card and notes, and `redact` leaving out what identifies the machine.

The page is read back with `html.parser`, as a browser would parse it, never by string search
alone: a string search finds escaped markup too."""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.engine.assessment import assess
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_
from hygiene_app.engine.model import (
    Category,
    CheckResult,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.options import CheckOptions
from hygiene_app.engine.probes import FileOutcome, FileRead
from hygiene_app.engine.runner import Checkup, run_checkup
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.text import terminal_safe
from hygiene_app.services.report_html import (
    Organisation,
    ReportRequest,
    file_kind,
    render_html,
)
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from tests.hostile_data import HOSTILE, MARKUP, TERMINAL_HOSTILE_CHARS, hostile_snapshot

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CAFE = FIXTURES / "snapshots" / "windows-11-cafe.json"
NOW = 1_793_491_200.0
DAY = 86400.0


@dataclass(frozen=True)
class Contact:
    name: str = ""
    email: str = ""
    phone: str = ""
    url: str = ""
    message: str = ""


@dataclass(frozen=True)
class Note:
    text: str = ""
    links: tuple[tuple[str, str], ...] = ()


class Page(HTMLParser):
    """What a browser would make of the page: its tags, attributes and visible text."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.chunks: list[str] = []
        self._skip = 0
        self.feed(source)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.chunks).split())

    def named(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for t, attrs in self.tags if t == tag]

    def hrefs(self) -> list[str]:
        return [str(a.get("href")) for a in self.named("a")]


def words(text: str) -> str:
    """`text` with its white space folded, as `Page.text` reads it."""
    return " ".join(text.split())


def checkup_of(snapshot: Snapshot, *, replayed: bool = True) -> Checkup:
    return run_checkup(tuple(default_registry()), ProbeContext(snapshot.seams()), replayed=replayed)


@pytest.fixture(scope="module")
def cafe() -> Checkup:
    return checkup_of(Snapshot.load(CAFE))


def page_of(
    checkup: Checkup,
    *,
    organisation: Organisation | None = None,
    set_asides: dict[str, SetAside] | None = None,
    redact: bool = False,
    translate=str,
) -> tuple[str, Page]:
    assessment = assess(checkup.results, checkup.platform.os, set_asides)
    request = ReportRequest(checkup, assessment, organisation or Organisation(), redact=redact)
    source = render_html(request, translate)
    return source, Page(source)


def test_the_page_carries_everything_and_fetches_nothing(cafe) -> None:
    organisation = Organisation(
        Contact("IT desk", "it@example.org", "+44 20 7946 0000", "https://it.example.org/help"),
        {"NET-001": Note("Call us first.", (("Our guide", "https://it.example.org/fw"),))},
    )
    source, page = page_of(cafe, organisation=organisation)
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "frame", "base"}
    assert tags >= {"html", "head", "style", "body", "h1", "h2", "table", "ol"}
    assert not any("src" in attrs for _, attrs in page.tags)
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert "url(" not in source and "@import" not in source
    csp = [m for m in page.named("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in str(csp[0]["content"])
    # The only links: the ones a person follows, built by us.
    assert sorted(page.hrefs()) == sorted(
        [
            "mailto:it@example.org",
            "tel:+442079460000",
            "https://it.example.org/help",
            "https://it.example.org/fw",
            *{
                s.link
                for r in cafe.results
                if r.status.is_problem and r.finding.fix is not None
                for s in r.finding.fix.steps_for(OSFamily.WINDOWS)
                if s.link and s.link.startswith("https://")
            },
        ]
    )


def test_every_area_finding_and_fix_step_is_in_the_page(cafe) -> None:
    _source, page = page_of(cafe)
    areas = [a for a in page.named("h2") if a.get("class") == "area"]
    assert len(areas) == len({r.meta.category for r in cafe.results})
    text = page.text
    for area in {r.meta.category for r in cafe.results}:
        assert area.label in text
    for r in cafe.results:
        assert f"({r.meta.id})" in text
        assert words(r.finding.summary) in text
        if r.status.is_problem and r.finding.fix is not None:
            assert words(r.finding.fix.title) in text
            for step in r.finding.fix.steps_for(OSFamily.WINDOWS):
                assert words(step.text) in text
                if step.command:
                    assert words(step.command) in text
    score = assess(cafe.results, cafe.platform.os).score.value
    assert f"{score} out of 100" in text
    assert "host" in text  # the machine's name, since the report is not redacted


def test_areas_come_in_the_apps_order_problems_first(cafe) -> None:
    source, _page = page_of(cafe)
    positions = [source.index(f">{c.label}</h2>") for c in Category if c.label in source]
    assert positions == sorted(positions)
    passwords = source[
        source.index(">Passwords</h2>") : source.index(">Two-step verification</h2>")
    ]
    assert passwords.index("Action needed") < passwords.index("Good")


def test_set_asides_are_listed_with_their_reasons(cafe) -> None:
    asides = {
        "NET-001": SetAside("NET-001", SetAsideKind.ACCEPT, NOW + 30 * DAY, "IT manages it"),
        "UPD-003": SetAside("UPD-003", SetAsideKind.SNOOZE, NOW + 7 * DAY, "after the deadline"),
    }
    _source, page = page_of(cafe, set_asides=asides)
    text = page.text
    assert "Set aside Findings the user snoozed or accepted" in text
    assert "Risk accepted until 2026-12-01: IT manages it" in text
    assert "Snoozed until 2026-11-08" in text
    assert "Reason: after the deadline" in text
    assert "still cost points" in text


def test_hostile_data_is_shown_as_text_never_as_markup() -> None:
    checkup = checkup_of(hostile_snapshot())
    organisation = Organisation(
        Contact(HOSTILE, f"{HOSTILE}@x", HOSTILE, 'https://x/"><script>alert(1)</script>', HOSTILE),
        {"PWD-003": Note(HOSTILE, ((HOSTILE, "javascript:alert(1)"),))},
    )
    asides = {
        "PWD-003": SetAside("PWD-003", SetAsideKind.ACCEPT, NOW + DAY, HOSTILE),
    }
    source, page = page_of(checkup, organisation=organisation, set_asides=asides)
    tags = {t for t, _ in page.tags}
    assert "font" not in tags and "img" not in tags and "script" not in tags
    assert not any(h.startswith("javascript:") for h in page.hrefs())
    assert MARKUP in page.text  # the OS name, shown as the characters it is
    assert words(terminal_safe(HOSTILE)) in page.text
    assert "<script>" not in source and "<font" not in source
    # A bidi override would show every line after it reversed ("E-mail:" as ":liam-E"), to the
    # end of the paragraph; controls show as boxes. They are shown as "?", as in the terminal.
    for char in TERMINAL_HOSTILE_CHARS:
        assert char not in source, repr(char)
    assert "E-mail: " in page.text


def test_only_web_links_and_our_own_schemes_are_clickable(cafe) -> None:
    organisation = Organisation(
        Contact("IT", url="http://plain.example.org"),
        {
            "NET-001": Note(
                "x",
                (("file", "file:///etc/passwd"), ("web", "https://ok.example.org/a b")),
            )
        },
    )
    _source, page = page_of(cafe, organisation=organisation)
    assert all(h.startswith(("https://", "mailto:", "tel:")) for h in page.hrefs())
    assert "http://plain.example.org" in page.text  # shown, not linked
    assert "windowsdefender://threat/" in page.text or "ms-settings:" in page.text


def test_no_contact_card_without_an_organisation(cafe) -> None:
    _source, page = page_of(cafe)
    assert "Your IT contact" not in page.text
    assert "From your organisation" not in page.text


def test_the_organisation_card_note_and_warning_are_shown(cafe) -> None:
    organisation = Organisation(
        Contact("Acme IT", "help@acme.example", message="Ask us anything."),
        {"NET-001": Note("Call the IT desk before changing this.")},
        warning="Your organisation's settings could not be read (x); the usual checks apply.",
    )
    _source, page = page_of(cafe, organisation=organisation)
    text = page.text
    assert "Your IT contact Acme IT Ask us anything. E-mail: help@acme.example" in text
    assert "From your organisation: Call the IT desk before changing this." in text
    assert "the usual checks apply" in text


def _private_machine() -> Checkup:
    """A checkup of alice's laptop: her names in a path, a summary, facts and a step."""
    home = "/home/alice"
    export = f"{home}/Downloads/alice-bank-logins.csv"
    base = hostile_snapshot()
    snapshot = replace(
        base,
        platform=replace(base.platform, hostname="alice-laptop", username="alice", home=home),
        files={export: FileRead(export, FileOutcome.OK, "name,url,username,password\n", NOW, 9)},
        dirs={f"{home}/Downloads": ("alice-bank-logins.csv",), f"{home}/Desktop": ()},
        inventory=None,
    )
    checkup = checkup_of(snapshot, replayed=False)
    meta = next(c.meta for c in default_registry() if c.meta.id == "DEV-007")
    remote = CheckResult(
        meta,
        Finding(
            Status.FAIL,
            "SSH on 192.168.1.20 lets alice in from alice-laptop.local",
            Severity.HIGH,
            facts=(Fact(N_("Listening on"), "192.168.1.20, fe80::1c2b:3aff:fe4d:5e6f"),),
            fix=FixGuide(
                "Turn off SSH",
                "",
                {OSFamily.LINUX: (FixStep("Edit /home/alice/.ssh/config", "rm -r /home/alice/x"),)},
                "DEV-007",
            ),
        ),
        0.1,
    )
    return replace(checkup, results=(*checkup.results, remote))


def test_redact_leaves_out_names_folders_files_and_addresses() -> None:
    checkup = _private_machine()
    source, page = page_of(checkup, redact=True)
    text = page.text
    for private in ("alice", "192.168.1.20", "fe80::1c2b", "bank-logins"):
        assert private not in source.lower(), private
    assert "Computer" not in text
    assert "1 file holds passwords in clear text (its name is left out)." in text
    assert "rm -r ~/x" in text and "lets user in from host" in text
    # Not redacted: all of it is there.
    _source, plain = page_of(checkup)
    assert "alice-laptop" in plain.text and "/home/alice/Downloads/alice-bank-logins.csv" in (
        plain.text
    )
    assert "192.168.1.20" in plain.text


def test_every_word_of_the_page_goes_through_the_translator(cafe) -> None:
    """The app's report is in the reader's language: our own words are marked for translation
    and rendered with the translator the app passes."""
    _source, page = page_of(cafe, translate=lambda s: f"«{s}»")
    text = page.text
    assert "«Security checkup report»" in text
    assert "«Score»" in text and "«Passwords»" in text and "«Action needed»" in text
    assert "«Turn on the firewall»" in text or "«How to fix: Turn on the firewall»" in text


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.html", "html"), ("A.HTM", "html"), ("r.pdf", "pdf"), ("r.PDF", "pdf"), ("r.txt", None)],
)
def test_the_file_kind_follows_the_name(name: str, kind: str | None) -> None:
    assert file_kind(name) == kind


def test_the_page_is_escaped_html_that_parses_back_to_the_data() -> None:
    """Round trip: what `html.escape` wrote, the parser gives back unchanged."""
    checkup = checkup_of(hostile_snapshot())
    source, page = page_of(checkup)
    assert html.escape(MARKUP) in source
    assert MARKUP in page.text


def test_a_check_the_organisation_turned_off_says_so_and_nothing_else() -> None:
    options = CheckOptions(disabled_checks=frozenset({"NET-003"}))
    checkup = run_checkup(
        tuple(default_registry()),
        ProbeContext(Snapshot.load(CAFE).seams(), options=options),
        replayed=True,
    )
    _source, page = page_of(checkup)
    text = page.text
    assert "Turned off by your organisation · Open Wi-Fi without a VPN (NET-003)" in text
    assert "Turned off by your organisation: NET-003." in text
    assert "Why: Turned off" not in text
    assert "NET-003" not in text.split("Not counted in the score")[-1].split(".")[0]


def test_a_count_in_the_table_of_areas_is_never_broken_across_lines(cafe) -> None:
    """Lines break between counts only: a narrow column once printed "recommend-ed"."""
    source, _page = page_of(cafe)
    table = source[source.index('<table class="grid areas"') :]
    table = table[: table.index("</table>")]
    assert 'Action&nbsp;recommended</span>:&nbsp;2 · <span class="good">Good</span>:&nbsp;1' in (
        table
    )
    assert table.count("<td") == 2 * len({r.meta.category for r in cafe.results})
