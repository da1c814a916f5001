"""UPD-004: every installed browser runs its vendor's current release.

The browser is the program that reads the most untrusted content on a computer, and browsers
get security fixes every few weeks, often for holes already being attacked. Each browser found
(see browser_installs.py) is compared with its vendor's public release feed:

- Google Chrome, and Chromium (distributions ship Chromium's upstream releases, numbered like
  Chrome's): Google's versionhistory API for this platform, the releases serving now.
- Microsoft Edge: Microsoft's edgeupdates API, the Stable product for this platform.
- Firefox: Mozilla's product-details `firefox_versions.json`; an ESR install (its major is one
  of the ESR majors listed there) is compared with that ESR line, not with the newest release.
- Brave: the latest release on GitHub (brave/brave-browser).
- Opera and Vivaldi publish no release feed: they are named as not checked, never called fine.

A new release is not "out of date" on the day it ships: vendors roll updates out in stages and a
browser installs them at its next restart. So a browser only counts as out of date when it is
older than the newest release that has been out for at least its grace period:

- Chromium browsers (Chrome, Chromium, Edge, Brave): 14 days. Google's and Microsoft's staged
  rollouts reach everybody within about a week, and Chrome's own "Update" button turns red after
  a week of waiting for a relaunch.
- Firefox: 10 days. Mozilla throttles a new major release for a few days before offering it to
  everyone, and Firefox applies updates at its next start.

The release date is each release's first day of serving (Chrome), its publication time (Edge,
Brave) or, for Firefox, `LAST_RELEASE_DATE`: the feed dates only the last release, so a Firefox
dot release counts from that date. When no release in a feed is older than the grace period (a
feed without dates, or one listing only a new release), every release of the previous major
(for Brave, the previous 1.x line) still counts as current. An organisation may set one grace
period for every browser (`CheckOptions.browser_grace_days`).

Offline, or when a feed does not answer, that browser is "not checked" with the reason: never
fine. The feed addresses are settings (`release_feeds`: "chrome", "edge", "firefox", "brave"),
so an organisation can point them at its own mirror; a "chrome" mirror address may contain
`{platform}`, which becomes linux, win64, win, win_arm64, mac or mac_arm64.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from hygiene_app.checks import _facts
from hygiene_app.checks._common import ParseError, load_json, with_sentences
from hygiene_app.checks.browser_installs import (
    KINDS_BY_KEY,
    BrowserInstall,
    InstallSurvey,
    Version,
    parse_version,
    survey_installs,
)
from hygiene_app.checks.browser_profiles import Packaging
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Text, fmt, fmt_plural, joined
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Fact,
    Finding,
    FixGuide,
    FixStep,
    JsonValue,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.options import NETWORK_RELEASE_FEEDS
from hygiene_app.engine.probes import HttpOutcome, HttpResponse, PlatformInfo
from hygiene_app.services.feed_cache import judged_now, server_time

META = CheckMeta(
    id="UPD-004",
    title=N_("Browsers up to date"),
    category=Category.UPDATES,
    platforms=ALL_OSES,
    weight=8,
    severity=Severity.HIGH,
    leaves_machine=N_(
        "For each browser found, one request for its current version number to the vendor's "
        "public release feed (Google for Chrome and Chromium, Microsoft for Edge, Mozilla for "
        "Firefox, GitHub for Brave). Nothing about this computer or its browsers is sent."
    ),
    # Worst case, every probe hanging: ten `--version` calls (3 s), flatpak (4 s); the feeds
    # get what is left. All of it usually takes well under a second.
    timeout=40.0,
)

DAY = 86400.0

#: Days a new release has before an older browser counts as out of date (module docstring).
GRACE_DAYS: Mapping[str, int] = {
    "chrome": 14,
    "chromium": 14,
    "edge": 14,
    "brave": 14,
    "firefox": 10,
}

# ----- feeds --------------------------------------------------------------------------------

CHROME_FEED = (
    "https://versionhistory.googleapis.com/v1/chrome/platforms/{platform}/channels/stable/"
    "versions/all/releases?filter=endtime=none&order_by=version%20desc"
)
FIREFOX_FEED = "https://product-details.mozilla.org/1.0/firefox_versions.json"
EDGE_FEED = "https://edgeupdates.microsoft.com/api/products"
BRAVE_FEED = "https://api.github.com/repos/brave/brave-browser/releases/latest"


@dataclass(frozen=True, slots=True)
class FeedSpec:
    #: The settings key of the feed ("chrome"...).
    key: str
    default_url: str
    max_bytes: int
    #: How many leading numbers make a release line ("the previous major").
    line_parts: int = 1


FEEDS: Mapping[str, FeedSpec] = {
    "chrome": FeedSpec("chrome", CHROME_FEED, 1 << 20),
    "firefox": FeedSpec("firefox", FIREFOX_FEED, 256 << 10),
    # The whole product list, every channel and platform, with artifacts and CVE lists.
    "edge": FeedSpec("edge", EDGE_FEED, 8 << 20),
    # A release's notes and its list of downloads.
    "brave": FeedSpec("brave", BRAVE_FEED, 4 << 20, line_parts=2),
}
#: Which feed judges which browser (none: Opera, Vivaldi).
FEED_OF: Mapping[str, str] = {
    "chrome": "chrome",
    "chromium": "chrome",
    "edge": "edge",
    "firefox": "firefox",
    "brave": "brave",
}
HTTP_TIMEOUT = 8.0


@dataclass(frozen=True, slots=True)
class Release:
    version: Version
    #: When it started shipping (seconds since the epoch); None when the feed does not say.
    released: float | None = None


def _iso_time(value: object) -> float | None:
    """ "2026-09-23T18:50:42.380821Z", "2026-09-25": seconds since the epoch; None if odd."""
    if not isinstance(value, str) or not 8 <= len(value) <= 40:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def _version_field(item: Mapping[str, Any], key: str) -> Version | None:
    value = item.get(key)
    return parse_version(value) if isinstance(value, str) else None


def parse_chrome_feed(text: str) -> tuple[Release, ...]:
    """versionhistory `.../releases` (`{"releases": [{"version", "serving": {"startTime"}}]}`,
    a version's first serving start is its release date) or `.../versions` (no dates)."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("expected a JSON object")
    items = doc.get("releases", doc.get("versions"))
    if not isinstance(items, list):
        raise ParseError("no releases listed")
    first: dict[Version, float | None] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        version = _version_field(item, "version")
        if version is None:
            continue
        serving = item.get("serving")
        start = _iso_time(serving.get("startTime")) if isinstance(serving, dict) else None
        known = first.get(version)
        if version not in first or (start is not None and (known is None or start < known)):
            first[version] = start
    if not first:
        raise ParseError("no version in the feed")
    return tuple(Release(v, t) for v, t in first.items())


@dataclass(frozen=True, slots=True)
class FirefoxFeed:
    latest: Version
    #: The ESR versions listed (FIREFOX_ESR, FIREFOX_ESR_NEXT, FIREFOX_ESR115...).
    esr: tuple[Version, ...]
    released: float | None


def parse_firefox_feed(text: str) -> FirefoxFeed:
    """product-details firefox_versions.json. ESR values may be "" or null."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("expected a JSON object")
    latest = _version_field(doc, "LATEST_FIREFOX_VERSION")
    if latest is None:
        raise ParseError("no LATEST_FIREFOX_VERSION")
    esr = tuple(
        v
        for key in sorted(doc)
        if isinstance(key, str) and key.startswith("FIREFOX_ESR")
        if (v := _version_field(doc, key)) is not None
    )
    return FirefoxFeed(latest, esr, _iso_time(doc.get("LAST_RELEASE_DATE")))


def firefox_releases(feed: FirefoxFeed, installed: Version) -> tuple[Release, ...]:
    """The line this Firefox follows: an ESR whose major it has, else the newest release."""
    for esr in feed.esr:
        if esr.major == installed.major and esr.major != feed.latest.major:
            return (Release(esr, feed.released),)
    return (Release(feed.latest, feed.released),)


#: Edge's names for our platforms.
_EDGE_PLATFORMS = {OSFamily.WINDOWS: "windows", OSFamily.MACOS: "macos", OSFamily.LINUX: "linux"}


def parse_edge_feed(text: str, os_family: OSFamily) -> tuple[Release, ...]:
    """edgeupdates `api/products`: `[{"Product": "Stable", "Releases": [{"Platform",
    "ProductVersion", "PublishedTime"}...]}...]`; this platform's Stable releases (and those
    for any platform: no Platform, or "Any"). Another platform's (Windows, iOS, Android) never
    judge this one: a major can ship on one platform weeks before another."""
    doc = load_json(text)
    if not isinstance(doc, list):
        raise ParseError("expected a list of products")
    stable: list[dict[str, Any]] = []
    for product in doc:
        if isinstance(product, dict) and str(product.get("Product", "")).lower() == "stable":
            listed = product.get("Releases")
            if isinstance(listed, list):
                stable += [r for r in listed if isinstance(r, dict)]
    ours = (_EDGE_PLATFORMS[os_family], "", "any")
    mine = [r for r in stable if str(r.get("Platform") or "").strip().lower() in ours]
    releases = []
    for item in mine:
        version = _version_field(item, "ProductVersion")
        if version is not None:
            releases.append(Release(version, _iso_time(item.get("PublishedTime"))))
    if not releases:
        raise ParseError("no Stable release listed")
    return tuple(releases)


def parse_brave_feed(text: str) -> tuple[Release, ...]:
    """GitHub `releases/latest`: `tag_name` "v1.73.97", `published_at`."""
    doc = load_json(text)
    if not isinstance(doc, dict):
        raise ParseError("expected a JSON object")
    version = _version_field(doc, "tag_name")
    if version is None:
        raise ParseError("no release tag")
    return (Release(version, _iso_time(doc.get("published_at"))),)


# ----- judging ------------------------------------------------------------------------------


class State(enum.StrEnum):
    CURRENT = "current"
    OUTDATED = "outdated"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Verdict:
    install: BrowserInstall
    state: State
    #: The newest release the feed lists.
    newest: Version | None = None
    #: The oldest version that still counts as current (the grace period applied).
    required: Version | None = None
    reason: str = ""
    #: The feed asked, when one was, and what the HTTP client said when it failed.
    feed: str = ""
    feed_error: str = ""


def previous_line(version: Version, line_parts: int) -> Version:
    """The start of the release line before `version`'s: 155.0.1 -> 154; Brave 1.73.97 -> 1.72."""
    head = list(version.parts[:line_parts]) or [0]
    head[-1] = max(0, head[-1] - 1)
    return Version(tuple(head))


def required_version(
    releases: Sequence[Release], now: float, grace_days: int, line_parts: int = 1
) -> tuple[Version, Version]:
    """(newest release, oldest version still current): the newest release out for at least
    `grace_days`, or, when none is, the previous release line."""
    newest = max(r.version for r in releases)
    cutoff = now - grace_days * DAY
    settled = [r.version for r in releases if r.released is not None and r.released <= cutoff]
    if settled:
        return newest, max(settled)
    return newest, previous_line(newest, line_parts)


def grace_days(browser: str, chosen: int | None) -> int:
    """The grace period for `browser`: the organisation's (`browser_grace_days`), else its own."""
    return GRACE_DAYS[browser] if chosen is None else max(0, chosen)


def judge(
    install: BrowserInstall,
    version: Version,
    releases: Sequence[Release],
    now: float,
    grace: int | None = None,
) -> Verdict:
    """`grace`: the organisation's grace period in days; None for the browser's own."""
    spec = FEEDS[FEED_OF[install.browser]]
    days = grace_days(install.browser, grace)
    newest, required = required_version(releases, now, days, spec.line_parts)
    state = State.CURRENT if version >= required else State.OUTDATED
    return Verdict(install, state, newest, required)


def chrome_platform(platform: PlatformInfo) -> str:
    """versionhistory's platform name for this machine."""
    arch = platform.arch.lower()
    if platform.os is OSFamily.WINDOWS:
        if arch in ("arm64", "aarch64"):
            return "win_arm64"
        return "win64" if arch in ("amd64", "x86_64", "x64") else "win"
    if platform.os is OSFamily.MACOS:
        return "mac_arm64" if arch in ("arm64", "aarch64") else "mac"
    return "linux"


def feed_url(ctx: ProbeContext, key: str) -> str:
    url = ctx.options.release_feed(key, FEEDS[key].default_url)
    return url.replace("{platform}", chrome_platform(ctx.platform)) if key == "chrome" else url


#: Why a feed gave no answer, in words (the client's own message stays in the evidence).
_HTTP_WHY: Mapping[HttpOutcome, str] = {
    HttpOutcome.OFFLINE: N_("no connection"),
    HttpOutcome.TIMEOUT: N_("no answer in time"),
    HttpOutcome.TLS_ERROR: N_("its secure connection could not be verified"),
    HttpOutcome.DISABLED: N_("offline mode is on"),
    HttpOutcome.TOO_LARGE: N_("the answer was far larger than a feed"),
}


def _http_problem(response: HttpResponse) -> str:
    why = _HTTP_WHY.get(response.outcome)
    if why is None:
        why = fmt(N_("the server answered {status}"), status=response.status or N_("an error"))
    return fmt(N_("the release feed gave no usable answer: {why}"), why=why)


@dataclass
class _Feeds:
    """Each feed fetched at most once per run (Chromium and Chrome share Google's)."""

    ctx: ProbeContext
    answers: dict[str, HttpResponse]

    def get(self, key: str) -> HttpResponse:
        url = feed_url(self.ctx, key)
        if url not in self.answers:
            left = self.ctx.remaining()
            timeout = HTTP_TIMEOUT if left is None else max(0.1, min(HTTP_TIMEOUT, left - 0.5))
            self.answers[url] = self.ctx.http.get(
                url,
                timeout=timeout,
                headers={"Accept": "application/json"},
                max_bytes=FEEDS[key].max_bytes,
            )
        return self.answers[url]


def _releases(key: str, text: str, version: Version, os_family: OSFamily) -> Sequence[Release]:
    if key == "chrome":
        return parse_chrome_feed(text)
    if key == "edge":
        return parse_edge_feed(text, os_family)
    if key == "brave":
        return parse_brave_feed(text)
    return firefox_releases(parse_firefox_feed(text), version)


def judge_all(ctx: ProbeContext, installs: Iterable[BrowserInstall]) -> list[Verdict]:
    feeds = _Feeds(ctx, {})
    verdicts = []
    for install in installs:
        key = FEED_OF.get(install.browser)
        version = install.version
        if version is None:
            verdicts.append(Verdict(install, State.UNKNOWN, reason=install.problem))
            continue
        if key is None:
            verdicts.append(
                Verdict(install, State.UNKNOWN, reason=N_("its maker publishes no release feed"))
            )
            continue
        if ctx.offline:
            verdicts.append(
                Verdict(
                    install,
                    State.UNKNOWN,
                    reason=N_("offline mode is on, so the current versions were not asked for"),
                )
            )
            continue
        response = feeds.get(key)
        if not response.ok:
            verdicts.append(
                Verdict(
                    install,
                    State.UNKNOWN,
                    reason=_http_problem(response),
                    feed=response.url,
                    feed_error=response.message,
                )
            )
            continue
        try:
            releases = _releases(key, response.text, version, ctx.platform.os)
        except ParseError:
            verdicts.append(
                Verdict(
                    install,
                    State.UNKNOWN,
                    reason=N_("the release feed did not list a version"),
                    feed=response.url,
                )
            )
            continue
        verdicts.append(
            replace(
                judge(
                    install, version, releases, _now(ctx, response), ctx.options.browser_grace_days
                ),
                feed=response.url,
            )
        )
    return verdicts


def _now(ctx: ProbeContext, response: HttpResponse) -> float:
    """The grace periods count from today: by the later of this computer's clock and the feed
    server's date when the two are days apart (see `judged_now`). A clock behind would let a
    browser a whole release behind pass; a stale proxy's old date must not do the same."""
    return judged_now(ctx.now(), server_time(response.headers))


# ----- fix guides ---------------------------------------------------------------------------

_WHY = N_(
    "A browser opens whatever web pages send it, and old versions have security holes that "
    "attackers know and use: a single visit to a bad page can be enough. Updates close them, "
    "and usually take a minute and a restart of the browser."
)
_ABOUT_PAGE = FixStep(
    N_(
        "Open the out-of-date browser's About page: the browser looks for the update and "
        "installs it by itself."
    ),
    headline=True,
)
_CHROME = FixStep(
    N_(
        "Google Chrome: open the menu (three dots), then Help > About Google Chrome, or type "
        "this in the address bar:"
    ),
    command="chrome://settings/help",
)
_EDGE = FixStep(
    N_(
        "Microsoft Edge: open the menu (three dots), then Help and feedback > About Microsoft "
        "Edge, or type this in the address bar:"
    ),
    command="edge://settings/help",
)
_BRAVE = FixStep(
    N_("Brave: open the menu, then About Brave, or type this in the address bar:"),
    command="brave://settings/help",
)
_FIREFOX = FixStep(
    N_("Firefox: open the menu (three lines), then Help > About Firefox."),
)
_RELAUNCH = FixStep(
    N_(
        "When the page shows 'Relaunch' (Firefox: 'Restart to update Firefox'), select it. "
        "Your open tabs come back after the restart."
    )
)
_AGAIN = FixStep(N_("Run this check again."))
_VENDOR_STEPS = (_ABOUT_PAGE, _CHROME, _EDGE, _BRAVE, _FIREFOX, _RELAUNCH, _AGAIN)

_APT = FixStep(
    N_(
        "Install the updates of your software, browsers included: open 'Software Updater' or "
        "your software centre's Updates page, or open a terminal and type:"
    ),
    command="sudo apt update && sudo apt upgrade",
    headline=True,
)
_DNF = FixStep(
    N_(
        "Install the updates of your software, browsers included: open 'Software' or "
        "'Discover' at Updates, or open a terminal and type:"
    ),
    command="sudo dnf upgrade --refresh",
    headline=True,
)
_PACMAN = FixStep(
    N_("Update the whole system at once, browsers included; open a terminal and type:"),
    command="sudo pacman -Syu",
    headline=True,
)
_LINUX_OTHER = FixStep(
    N_("Install the updates of your software, browsers included, from your software centre."),
    headline=True,
)
_FLATPAK = FixStep(
    N_("Update the browsers installed from Flatpak (also possible from your software centre):"),
    command="flatpak update",
    headline=True,
)
_SNAP = FixStep(N_("Update the browsers installed as Snaps:"), command="sudo snap refresh")
_LINUX_RELAUNCH = FixStep(
    N_("Close the browser completely and open it again: it runs the new version from then on.")
)


def _guide(linux_steps: tuple[FixStep, ...]) -> FixGuide:
    return FixGuide(
        title=N_("Update your browser"),
        why=_WHY,
        steps={
            OSFamily.WINDOWS: _VENDOR_STEPS,
            OSFamily.MACOS: _VENDOR_STEPS,
            OSFamily.LINUX: (*linux_steps, _LINUX_RELAUNCH, _AGAIN),
        },
        verify_check=META.id,
    )


#: The vendor's own updater (Windows, macOS) and Linux's package managers.
FIX_BROWSER_APT = _guide((_APT,))
FIX_BROWSER_DNF = _guide((_DNF,))
FIX_BROWSER_PACMAN = _guide((_PACMAN,))
FIX_BROWSER_LINUX = _guide((_LINUX_OTHER,))
FIX_BROWSER_FLATPAK = _guide((_FLATPAK,))
FIX_BROWSER_SNAP = _guide((replace(_SNAP, headline=True),))


def fix_for(platform: PlatformInfo, outdated: Sequence[BrowserInstall]) -> FixGuide:
    """Windows and macOS: the browser's own updater. Linux: how the out-of-date browsers were
    installed: the package manager, Flatpak, Snap, or several of them."""
    if platform.os is not OSFamily.LINUX:
        return FIX_BROWSER_LINUX  # every guide's Windows and macOS steps: the vendor's updater
    ways = {i.packaging for i in outdated}
    if ways == {Packaging.FLATPAK}:
        return FIX_BROWSER_FLATPAK
    if ways == {Packaging.SNAP}:
        return FIX_BROWSER_SNAP
    if platform.is_distribution("debian", "ubuntu"):
        native, guide = _APT, FIX_BROWSER_APT
    elif platform.is_distribution("fedora", "rhel", "centos"):
        native, guide = _DNF, FIX_BROWSER_DNF
    elif platform.is_distribution("arch"):
        native, guide = _PACMAN, FIX_BROWSER_PACMAN
    else:
        native, guide = _LINUX_OTHER, FIX_BROWSER_LINUX
    steps = [native] if Packaging.NATIVE in ways else []
    if Packaging.FLATPAK in ways:
        steps.append(replace(_FLATPAK, headline=False))
    if Packaging.SNAP in ways:
        steps.append(_SNAP)
    if steps == [native]:
        return guide
    steps = [replace(step, headline=i == 0) for i, step in enumerate(steps)]
    return _guide(tuple(steps))


# ----- the check ----------------------------------------------------------------------------


class BrowserVersionsCheck:
    meta = META
    #: Without the vendors' release feeds it cannot tell: an organisation that turns them off
    #: turns this check off (the runner reports it so).
    network_feature = NETWORK_RELEASE_FEEDS

    def run(self, ctx: ProbeContext) -> Finding:
        survey = survey_installs(ctx)
        verdicts = judge_all(ctx, survey.installs)
        finding = evaluate(survey, verdicts, ctx.platform)
        return with_sentences(_facts.with_facts(finding, facts))


def _words(install: BrowserInstall) -> Text:
    """ "Google Chrome", "Firefox (Snap)"."""
    name = fmt(install.name)
    if install.packaging is Packaging.FLATPAK:
        return fmt(N_("{browser} (Flatpak)"), browser=name)
    if install.packaging is Packaging.SNAP:
        return fmt(N_("{browser} (Snap)"), browser=name)
    return name


def _names(verdicts: Iterable[Verdict]) -> str:
    return ", ".join(dict.fromkeys(str(_words(v.install)) for v in verdicts))


def _unknown_clauses(unknown: Sequence[Verdict]) -> list[Text]:
    """One clause per reason, naming its browsers: "offline mode is on, ... (Google Chrome,
    Firefox)"; a reason shared by several browsers is said once."""
    by_reason: dict[str, list[Verdict]] = {}
    for v in unknown:
        by_reason.setdefault(v.reason or N_("no version could be read"), []).append(v)
    return [
        fmt(N_("{reason} ({browsers})"), reason=reason, browsers=_names(vs))
        for reason, vs in by_reason.items()
    ]


def _evidence(survey: InstallSurvey, verdicts: Sequence[Verdict]) -> dict[str, JsonValue]:
    return {
        "browsers": [
            {
                "browser": v.install.browser,
                "packaging": v.install.packaging.value,
                "version": None if v.install.version is None else str(v.install.version),
                "source": v.install.source,
                "state": v.state.value,
                "newest": None if v.newest is None else str(v.newest),
                "required": None if v.required is None else str(v.required),
                "reason": v.reason,
                "feed": v.feed,
                "feed_error": v.feed_error,
            }
            for v in verdicts
        ],
        "problems": list(survey.problems),
    }


def evaluate(survey: InstallSurvey, verdicts: Sequence[Verdict], platform: PlatformInfo) -> Finding:
    evidence = _evidence(survey, verdicts)
    if not verdicts:
        if survey.problems:
            return Finding(
                Status.UNKNOWN,
                N_("Could not tell which browsers are installed"),
                reason=joined(*dict.fromkeys(survey.problems), sep="; "),
                evidence=evidence,
            )
        return Finding(
            Status.SKIPPED,
            N_("No browser found"),
            reason=N_(
                "none of the browsers this check knows (Chrome, Edge, Firefox, Brave, Chromium, "
                "Opera, Vivaldi) was found on this computer"
            ),
            evidence=evidence,
        )
    outdated = [v for v in verdicts if v.state is State.OUTDATED]
    current = [v for v in verdicts if v.state is State.CURRENT]
    unknown = [v for v in verdicts if v.state is State.UNKNOWN]
    clauses = _unknown_clauses(unknown)
    if survey.problems:
        problems = joined(*dict.fromkeys(survey.problems), sep="; ")
        clauses.append(
            fmt(N_("some browsers may not have been found ({problems})"), problems=problems)
        )
    not_checked = (
        fmt(N_("Not checked: {reasons}."), reasons=joined(*clauses, sep="; ")) if clauses else ""
    )
    if outdated:
        detail = fmt_plural(
            "{names} is older than the version its maker ships now. Old browsers have "
            "security holes that web pages can use.",
            "{names} are older than the versions their makers ship now. Old browsers have "
            "security holes that web pages can use.",
            len(outdated),
            names=_names(outdated),
        )
        return Finding(
            Status.FAIL,
            fmt(N_("Browser out of date: {names}"), names=_names(outdated)),
            Severity.HIGH,
            detail=joined(detail, not_checked) if not_checked else detail,
            evidence=evidence,
            fix=fix_for(platform, [v.install for v in outdated]),
        )
    if current:
        return Finding(
            Status.PASS,
            fmt(N_("Browsers up to date: {names}"), names=_names(current)),
            detail=not_checked,
            evidence=evidence,
        )
    return Finding(
        Status.UNKNOWN,
        N_("Could not tell whether the browsers are up to date"),
        reason=joined(*clauses, sep="; "),
        evidence=evidence,
    )


def _fact_value(item: Mapping[str, JsonValue]) -> str:
    version = _facts.text(item, "version") or N_("version not known")
    newest = _facts.text(item, "newest")
    required = _facts.text(item, "required")
    state = item.get("state")
    if state == State.OUTDATED and newest:
        return fmt(N_("{version}, current {newest}: out of date"), version=version, newest=newest)
    if state == State.CURRENT and newest:
        installed, latest = parse_version(version), parse_version(newest)
        if installed is not None and latest is not None and installed < latest and required:
            return fmt(
                N_("{version}, up to date ({newest} is still being rolled out)"),
                version=version,
                newest=newest,
            )
        return fmt(N_("{version}, up to date"), version=version)
    reason = _facts.text(item, "reason")
    if reason:
        return fmt(N_("{version}, not checked: {reason}"), version=version, reason=reason)
    return fmt(N_("{version}, not checked"), version=version)


_PACKAGINGS = {p.value: p for p in Packaging}


def facts(finding: Finding) -> tuple[Fact, ...]:
    """One line per browser: "Google Chrome: 120.0.6099.109, current 131.0.6778.85: out of
    date"."""
    found = []
    for item in _facts.items(finding.evidence, "browsers"):
        if not isinstance(item, Mapping):
            continue
        key = _facts.text(item, "browser")
        packaging = _PACKAGINGS.get(_facts.text(item, "packaging") or "", Packaging.NATIVE)
        if key not in KINDS_BY_KEY:
            continue
        label = _words(BrowserInstall(key, packaging, None, ""))
        found.append(Fact(label, _fact_value(item)))
    if not found and finding.status is not Status.UNKNOWN:
        found.append(Fact(N_("Browsers found"), N_("none")))
    return tuple(found)
