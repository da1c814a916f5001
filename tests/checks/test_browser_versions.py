"""UPD-004 "Browsers up to date": each OS from recorded outputs, the grace period, offline and
failing feeds, the fix guides, a local feed server and a fake browser on this machine's PATH."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from hygiene_app.checks import browser_versions as bv
from hygiene_app.checks.browser_installs import (
    FLATPAK_LIST,
    UNINSTALL_ROOTS,
    BrowserInstall,
    Version,
    reg_query_argv,
)
from hygiene_app.checks.browser_profiles import Packaging
from hygiene_app.checks.browser_versions import (
    BrowserVersionsCheck,
    Release,
    State,
    previous_line,
    required_version,
)
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.live import LiveHttpClient, live_seams
from hygiene_app.engine.model import Finding, OSFamily, Status
from hygiene_app.engine.options import CheckOptions
from hygiene_app.engine.probes import CommandOutcome, HttpOutcome, HttpResponse
from hygiene_app.engine.snapshot import Recorder, Snapshot
from tests.services.passwords.server import recording_server
from tests.support import MeteredCommands, fixture_text, machine

CHECK = BrowserVersionsCheck()
DAY = 86400.0
#: 2026-09-27T12:00Z, the day the 3P feed fixtures were measured.
SEPT_27 = 1790510400.0
#: 2026-10-15T12:00Z: every release in those fixtures is older than its grace period.
OCT_15 = SEPT_27 + 18 * DAY


def fx(name: str) -> str:
    return fixture_text("browsers", "versions", name)


def v(text: str) -> Version:
    return Version(tuple(int(p) for p in text.split(".")))


@dataclass
class FeedHttp:
    """Answers feed URLs from a dict; anything else is offline. Notes every URL asked."""

    answers: Mapping[str, str | int | HttpResponse]
    asked: list[str] = field(default_factory=list)

    def get(self, url, *, timeout=10.0, headers=None, max_bytes=1 << 20):
        self.asked.append(url)
        answer = self.answers.get(url)
        if answer is None:
            return HttpResponse(url, HttpOutcome.OFFLINE, message="no route")
        if isinstance(answer, HttpResponse):
            return replace(answer, url=url)
        if isinstance(answer, int):
            return HttpResponse(url, HttpOutcome.HTTP_ERROR, status=answer)
        return HttpResponse(url, HttpOutcome.OK, status=200, text=answer)


LINUX_CHROME_FEED = bv.CHROME_FEED.replace("{platform}", "linux")
WIN_CHROME_FEED = bv.CHROME_FEED.replace("{platform}", "win64")
MAC_CHROME_FEED = bv.CHROME_FEED.replace("{platform}", "mac_arm64")
ALL_FEEDS = {
    LINUX_CHROME_FEED: fx("chrome-releases-win-3p.json"),
    WIN_CHROME_FEED: fx("chrome-releases-win-3p.json"),
    MAC_CHROME_FEED: fx("chrome-releases-win-3p.json"),
    bv.FIREFOX_FEED: fx("firefox-versions-3p.json"),
    bv.EDGE_FEED: fx("edge-products-recon.json"),
    bv.BRAVE_FEED: fx("brave-latest-recon.json"),
}


def run(seams: Seams, feeds: Mapping[str, str | int] | None = None, **ctx) -> Finding:
    http = FeedHttp(ALL_FEEDS if feeds is None else feeds)
    return CHECK.run(ProbeContext(replace(seams, http=http), **ctx))


def facts(finding: Finding) -> dict[str, str]:
    return {f.label: f.value for f in finding.facts}


def linux(now: float = OCT_15, preset: str = "debian", **given) -> Seams:
    return machine(preset, now=now, commands=given.pop("argv", {}), **given)


# ----- the grace period ---------------------------------------------------------------------


def test_a_release_younger_than_the_grace_period_does_not_make_a_browser_outdated():
    releases = bv.parse_chrome_feed(fx("chrome-releases-win-3p.json"))
    # 27 September: 155 started 4 days ago, 154 five: neither is 14 days old yet.
    newest, required = required_version(releases, SEPT_27, 14)
    assert (str(newest), str(required)) == ("155.0.8059.12", "154")
    # 15 October: both are, so the newest counts.
    assert str(required_version(releases, OCT_15, 14)[1]) == "155.0.8059.12"
    # 7 October: only 154 (started 22 September) has had its 14 days.
    assert str(required_version(releases, SEPT_27 + 10 * DAY, 14)[1]) == "154.0.8037.58"


def test_the_grace_period_is_per_browser_and_documented():
    assert bv.GRACE_DAYS == {"chrome": 14, "chromium": 14, "edge": 14, "brave": 14, "firefox": 10}
    for browser, days in bv.GRACE_DAYS.items():
        assert f"{days} days" in (bv.__doc__ or ""), browser


def test_a_release_is_outdated_only_once_the_grace_period_is_over():
    chrome = BrowserInstall("chrome", Packaging.NATIVE, v("154.0.8037.58"), "test")
    releases = (Release(v("155.0.8059.12"), SEPT_27),)
    for days, state in ((0, State.CURRENT), (13.9, State.CURRENT), (14, State.OUTDATED)):
        verdict = bv.judge(chrome, v("154.0.8037.58"), releases, SEPT_27 + days * DAY)
        assert verdict.state is state, days


def test_without_dates_the_previous_line_still_counts():
    assert previous_line(v("155.0.1"), 1) == v("154")
    assert previous_line(v("1.73.97"), 2) == v("1.72")
    assert previous_line(v("0.1"), 1) == v("0")
    undated = (Release(v("121.0.6167.57")),)
    assert required_version(undated, OCT_15, 14) == (v("121.0.6167.57"), v("120"))


# ----- Linux --------------------------------------------------------------------------------


def test_linux_outdated_chrome_from_its_version_line():
    seams = linux(argv={("google-chrome", "--version"): (0, fx("google-chrome-version.txt"))})
    finding = run(seams)
    assert finding.status is Status.FAIL
    assert finding.summary == "Browser out of date: Google Chrome"
    assert facts(finding) == {"Google Chrome": "120.0.6099.109, current 155.0.8059.12: out of date"}
    assert finding.fix is bv.FIX_BROWSER_APT
    (browser,) = finding.evidence["browsers"]
    assert browser["source"] == "google-chrome --version"


def test_linux_current_firefox_from_application_ini_without_starting_it():
    ini = fx("application-firefox.ini").replace("126.0.1", "156.0.1")
    seams = linux(
        files={"/usr/lib/firefox/application.ini": ini},
        argv={("firefox", "--version"): CommandOutcome.TIMEOUT},
    )
    finding = run(seams)
    assert finding.status is Status.PASS, finding
    assert facts(finding) == {"Firefox": "156.0.1, up to date"}


def test_linux_esr_firefox_is_compared_with_its_esr_line():
    seams = linux(
        argv={("firefox-esr", "--version"): (0, "Mozilla Firefox 140.16.0esr\n")},
    )
    finding = run(seams)
    assert finding.status is Status.PASS, finding
    assert facts(finding) == {"Firefox": "140.16.0esr, up to date"}
    old = linux(argv={("firefox", "--version"): (0, "Mozilla Firefox 140.2.0esr\n")})
    assert run(old).status is Status.FAIL


def test_linux_flatpak_and_snap_browsers_each_get_a_line_and_their_own_fix():
    seams = linux(
        preset="ubuntu",
        argv={FLATPAK_LIST: (0, fx("flatpak-list.txt"))},
        files={"/snap/firefox/current/meta/snap.yaml": fx("snap-firefox.yaml")},
    )
    finding = run(seams)
    assert finding.status is Status.FAIL
    assert facts(finding) == {
        "Firefox (Flatpak)": "126.0, current 156.0.1: out of date",
        "Google Chrome (Flatpak)": "131.0.6778.85, current 155.0.8059.12: out of date",
        "Brave (Flatpak)": "1.73.97, current 1.82.166: out of date",
        "Chromium (Flatpak)": "version not known, not checked: Flatpak lists no version for it",
        "Firefox (Snap)": "133.0, current 156.0.1: out of date",
    }
    steps = finding.fix.steps_for(OSFamily.LINUX)
    commands = [s.command for s in steps if s.command]
    assert commands == ["flatpak update", "sudo snap refresh"]
    assert [s.headline for s in steps[:2]] == [True, False]


def test_linux_flatpak_only_gets_the_flatpak_guide():
    seams = linux(argv={FLATPAK_LIST: (0, "com.google.Chrome\t120.0.6099.109\n")})
    assert run(seams).fix is bv.FIX_BROWSER_FLATPAK


def test_ubuntus_firefox_wrapper_and_its_snap_are_one_browser():
    snap = fx("snap-firefox.yaml")
    seams = linux(
        preset="ubuntu",
        argv={
            ("firefox", "--version"): (0, "Mozilla Firefox 133.0\n"),
            ("chromium-browser", "--version"): CommandOutcome.TIMEOUT,
        },
        files={
            "/snap/firefox/current/meta/snap.yaml": snap,
            "/snap/chromium/current/meta/snap.yaml": "version: 155.0.8059.12\n",
        },
    )
    metered = MeteredCommands(seams.commands)
    finding = run(replace(seams, commands=metered))
    assert list(facts(finding)) == ["Firefox (Snap)", "Chromium (Snap)"]
    # The wrappers only start the snaps: they are not run at all.
    ran = {argv[0] for argv, _ in metered.calls}
    assert not ran & {"firefox", "firefox-esr", "chromium", "chromium-browser"}


def test_chromium_is_compared_with_chromes_releases_and_brave_with_its_own():
    seams = linux(
        argv={
            ("chromium", "--version"): (0, fx("chromium-version-debian.txt")),
            ("brave-browser", "--version"): (0, "Brave Browser 154.1.82.166\n"),
        }
    )
    found = facts(run(seams))
    assert found["Chromium"] == "120.0.6099.224, current 155.0.8059.12: out of date"
    assert found["Brave"] == "1.82.166, up to date"


def test_a_browser_whose_version_command_hangs_is_named_not_judged():
    seams = linux(
        argv={
            ("google-chrome", "--version"): CommandOutcome.TIMEOUT,
            ("firefox", "--version"): (0, "Mozilla Firefox 156.0.1\n"),
        }
    )
    finding = run(seams)
    assert finding.status is Status.PASS
    assert finding.detail == "Not checked: it did not tell its version in time (Google Chrome)."
    assert facts(finding)["Google Chrome"].startswith("version not known, not checked:")


def test_opera_and_vivaldi_have_no_feed_and_are_never_called_fine():
    seams = linux(
        argv={
            ("opera", "--version"): (0, "115.0.5322.68\n"),
            ("vivaldi", "--version"): (0, fx("vivaldi-version.txt")),
        }
    )
    finding = run(seams)
    assert finding.status is Status.UNKNOWN
    assert finding.reason == "Its maker publishes no release feed (Opera, Vivaldi)."
    assert (
        facts(finding)["Opera"] == "115.0.5322.68, not checked: its maker publishes no release feed"
    )


def test_no_browser_at_all_is_said_plainly():
    finding = run(linux())
    assert finding.status is Status.SKIPPED
    assert finding.summary == "No browser found"
    assert finding.reason.startswith("None of the browsers this check knows")


def test_no_browser_found_when_a_place_could_not_be_looked_at_is_unknown():
    finding = run(linux(argv={FLATPAK_LIST: CommandOutcome.TIMEOUT}))
    assert finding.status is Status.UNKNOWN
    assert "flatpak" in finding.reason


# ----- offline and failing feeds ------------------------------------------------------------


def test_offline_is_unknown_and_asks_nothing():
    seams = linux(argv={("google-chrome", "--version"): (0, fx("google-chrome-version.txt"))})
    http = FeedHttp(ALL_FEEDS)
    finding = CHECK.run(ProbeContext(replace(seams, http=http), offline=True))
    assert finding.status is Status.UNKNOWN
    assert http.asked == []
    assert "offline mode is on" in finding.reason.lower()


@pytest.mark.parametrize("answer", [503, "<html>rate limited</html>", "{}"])
def test_a_failing_feed_is_unknown_for_its_browsers_only(answer):
    seams = linux(
        argv={
            ("google-chrome", "--version"): (0, fx("google-chrome-version.txt")),
            ("chromium", "--version"): (0, fx("chromium-version-debian.txt")),
            ("firefox", "--version"): (0, "Mozilla Firefox 156.0.1\n"),
        }
    )
    http = FeedHttp({**ALL_FEEDS, LINUX_CHROME_FEED: answer})
    finding = CHECK.run(ProbeContext(replace(seams, http=http)))
    assert finding.status is Status.PASS  # Firefox is judged; the other two are named
    assert http.asked.count(LINUX_CHROME_FEED) == 1  # Chrome and Chromium share the feed
    feeds = {b["browser"]: b["feed"] for b in finding.evidence["browsers"]}
    assert feeds["chrome"] == feeds["chromium"] == LINUX_CHROME_FEED
    assert (
        "the release feed gave no usable answer" in finding.detail
        or "did not list" in finding.detail
    )
    assert "(Google Chrome, Chromium)" in finding.detail


def test_every_feed_failing_is_unknown_never_pass():
    seams = linux(argv={("firefox", "--version"): (0, "Mozilla Firefox 100.0\n")})
    finding = run(seams, feeds={})
    assert finding.status is Status.UNKNOWN
    assert finding.summary == "Could not tell whether the browsers are up to date"


def test_a_mirror_from_the_settings_replaces_the_public_feed():
    seams = linux(argv={("google-chrome", "--version"): (0, fx("google-chrome-version.txt"))})
    mirror = "https://mirror.example/chrome/{platform}.json"
    http = FeedHttp({"https://mirror.example/chrome/linux.json": fx("chrome-releases-win-3p.json")})
    options = CheckOptions(release_feeds=(("chrome", mirror),))
    finding = CHECK.run(ProbeContext(replace(seams, http=http), options=options))
    assert http.asked == ["https://mirror.example/chrome/linux.json"]
    assert finding.status is Status.FAIL


# ----- Windows and macOS from recorded outputs ----------------------------------------------


def windows(now: float = OCT_15) -> Seams:
    outputs = {
        reg_query_argv(UNINSTALL_ROOTS[0]): (0, fx("reg-query-uninstall-hklm.txt")),
        reg_query_argv(UNINSTALL_ROOTS[1]): (0, fx("reg-query-uninstall-wow64.txt")),
        reg_query_argv(UNINSTALL_ROOTS[2]): (0, fx("reg-query-uninstall-hkcu.txt")),
    }
    return machine("windows", now=now, commands=outputs)


def test_windows_browsers_from_the_uninstall_entries():
    finding = run(windows())
    assert finding.status is Status.FAIL
    assert facts(finding) == {
        "Firefox": "126.0, current 156.0.1: out of date",
        "Google Chrome": "120.0.6099.109, current 155.0.8059.12: out of date",
        "Microsoft Edge": "154.0.3578.62, current 155.0.3600.41: out of date",
        "Opera": "105.0.4970.21, not checked: its maker publishes no release feed",
        "Brave": "1.73.97, current 1.82.166: out of date",
    }
    assert finding.summary == "Browser out of date: Firefox, Google Chrome, Microsoft Edge, Brave"
    steps = finding.fix.steps_for(OSFamily.WINDOWS)
    assert "chrome://settings/help" in [s.command for s in steps]
    assert steps[0].headline


def test_windows_within_the_grace_period_edge_is_current():
    # 27 September: Edge 155 was published two days ago.
    found = facts(run(windows(now=SEPT_27)))
    assert (
        found["Microsoft Edge"]
        == "154.0.3578.62, up to date (155.0.3600.41 is still being rolled out)"
    )


def test_windows_german_reg_query_and_missing_keys():
    outputs = {
        reg_query_argv(UNINSTALL_ROOTS[0]): (1, "", fx("reg-query-notfound-de.txt")),
        reg_query_argv(UNINSTALL_ROOTS[1]): (0, fx("reg-query-uninstall-de.txt")),
        reg_query_argv(UNINSTALL_ROOTS[2]): (1, "", fx("reg-query-notfound-de.txt")),
    }
    finding = run(machine("windows", now=OCT_15, commands=outputs))
    assert facts(finding) == {"Google Chrome": "120.0.6099.109, current 155.0.8059.12: out of date"}


def test_windows_registry_unreadable_is_unknown():
    finding = run(machine("windows", now=OCT_15))  # reg is "not installed"
    assert finding.status is Status.UNKNOWN
    assert finding.summary == "Could not tell which browsers are installed"


def test_macos_browsers_from_their_info_plist():
    seams = machine(
        "macos",
        now=OCT_15,
        files={
            "/Applications/Google Chrome.app/Contents/Info.plist": fx("info-plist-chrome.xml"),
            "/Users/user/Applications/Firefox.app/Contents/Info.plist": (
                "<key>CFBundleShortVersionString</key>\n<string>156.0.1</string>"
            ),
        },
    )
    finding = run(seams)
    assert facts(finding) == {
        "Google Chrome": "120.0.6099.109, current 155.0.8059.12: out of date",
        "Firefox": "156.0.1, up to date",
    }
    assert finding.fix.steps_for(OSFamily.MACOS)[0].headline


def test_macos_binary_plist_is_read_with_plutil():
    plist = "/Applications/Brave Browser.app/Contents/Info.plist"
    argv = ("plutil", "-extract", "CFBundleShortVersionString", "raw", "-o", "-", plist)
    seams = machine(
        "macos",
        now=OCT_15,
        files={plist: "bplist00\x00garbage"},
        commands={argv: (0, "154.1.82.166\n")},
    )
    assert facts(run(seams)) == {"Brave": "1.82.166, up to date"}


# ----- what leaves the computer, and a local feed server ------------------------------------


def _routes(server, feeds: Mapping[str, str]) -> None:
    for path, body in feeds.items():
        server.behaviour.routes[path] = lambda _p, _h, body=body: (200, body, "application/json")


def test_against_a_local_feed_server_only_the_feed_addresses_are_asked():
    seams = linux(
        argv={
            ("google-chrome", "--version"): (0, fx("google-chrome-version.txt")),
            ("firefox", "--version"): (0, "Mozilla Firefox 156.0.1\n"),
        }
    )
    with recording_server() as server:
        _routes(
            server,
            {
                "/chrome/linux": fx("chrome-releases-win-3p.json"),
                "/ff": fx("firefox-versions-3p.json"),
            },
        )
        options = CheckOptions(
            release_feeds=(
                ("chrome", server.url + "/chrome/{platform}"),
                ("firefox", server.url + "/ff"),
            )
        )
        ctx = ProbeContext(replace(seams, http=LiveHttpClient()), options=options)
        finding = CHECK.run(ctx)
    assert finding.status is Status.FAIL
    assert facts(finding)["Firefox"] == "156.0.1, up to date"
    assert sorted(r.path for r in server.requests) == ["/chrome/linux", "/ff"]
    for request in server.requests:
        assert request.body == b""
        names = {k.lower() for k in request.headers}
        assert names <= {"host", "user-agent", "accept-encoding", "accept", "connection"}
        assert "user" not in request.path and "host" not in request.path


def _fake_browser(folder: Path, name: str, line: str) -> None:
    script = folder / name
    script.write_text(f"#!/bin/sh\necho '{line}'\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for the browser")
def test_live_an_old_chrome_on_path_against_a_local_feed(tmp_path, monkeypatch):
    """The issue's "done when": a fake `google-chrome` on PATH, live seams, a local feed."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_browser(bin_dir, "google-chrome", "Google Chrome 120.0.6099.109 ")
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("HOME", str(tmp_path))
    feed = fx("chrome-releases-win-3p.json")
    with recording_server() as server:
        _routes(server, {"/chrome/linux": feed})
        # Every feed points here: a real browser on this machine never reaches the internet.
        options = CheckOptions(
            release_feeds=tuple(
                (key, server.url + ("/chrome/{platform}" if key == "chrome" else f"/{key}"))
                for key in bv.FEEDS
            )
        )
        seams = live_seams()
        finding = CHECK.run(ProbeContext(seams, options=options))
        recorder = Recorder(seams)
        recorded = CHECK.run(ProbeContext(recorder.seams, options=options))
    assert finding.status is Status.FAIL
    line = facts(finding)["Google Chrome"]
    assert line.startswith("120.0.6099.109, current 155.0.8059.12")
    assert finding.fix is not None and finding.fix.verify_check == "UPD-004"
    assert finding.fix.steps_for(seams.platform.os)
    # Recorded and replayed (a support snapshot), the verdict is the same; offline, unknown.
    snap = Snapshot.from_json(json.loads(json.dumps(recorder.snapshot().to_json())))
    replayed = CHECK.run(ProbeContext(snap.seams(), options=options))
    assert recorded.status is replayed.status is Status.FAIL
    assert facts(replayed)["Google Chrome"] == line
    assert CHECK.run(ProbeContext(snap.seams(), offline=True)).status is Status.UNKNOWN


def test_a_place_that_could_not_be_looked_at_is_named_beside_the_verdicts():
    seams = linux(
        argv={
            ("firefox", "--version"): (0, "Mozilla Firefox 156.0.1\n"),
            FLATPAK_LIST: CommandOutcome.TIMEOUT,
        }
    )
    finding = run(seams)
    assert finding.status is Status.PASS
    assert finding.detail == (
        "Not checked: some browsers may not have been found ('flatpak' did not answer in time)."
    )


def test_a_snapshot_keeps_only_the_browsers_of_the_program_listings():
    from hygiene_app.checks.recording import minimise_recording

    flatpak = fx("flatpak-list.txt")
    seams = replace(windows(), http=FeedHttp(ALL_FEEDS))
    brave = (0, fx("brave-version.txt"))
    linux_seams = replace(
        linux(argv={FLATPAK_LIST: (0, flatpak), ("brave-browser", "--version"): brave}),
        http=FeedHttp(ALL_FEEDS),
    )
    for live in (seams, linux_seams):
        recorder = Recorder(live, minimise=minimise_recording)
        before = CHECK.run(ProbeContext(recorder.seams))
        snap = Snapshot.from_json(json.loads(json.dumps(recorder.snapshot().to_json())))
        kept = json.dumps(snap.to_json())
        assert "7-Zip" not in kept and "23170F69" not in kept and "Calculator" not in kept
        after = CHECK.run(ProbeContext(snap.seams()))
        assert after.status is before.status is Status.FAIL
        assert facts(after) == facts(before)
    assert "Google Chrome" in kept or "com.google.Chrome" in kept


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (503, "the server answered 503"),
        (None, "no connection"),
        (HttpResponse("x", HttpOutcome.TOO_LARGE, status=200), "far larger than a feed"),
        (HttpResponse("x", HttpOutcome.TIMEOUT, message="no answer in 8s"), "no answer in time"),
        (HttpResponse("x", HttpOutcome.TLS_ERROR, message="CERTIFICATE_VERIFY_FAILED"), "secure"),
    ],
)
def test_why_a_feed_failed_is_said_in_words_and_kept_raw_for_support(answer, words):
    seams = linux(argv={("firefox", "--version"): (0, "Mozilla Firefox 156.0.1\n")})
    feeds = {} if answer is None else {bv.FIREFOX_FEED: answer}
    finding = run(seams, feeds=feeds)
    assert finding.status is Status.UNKNOWN
    assert finding.reason.startswith("The release feed gave no usable answer: ")
    assert words in finding.reason and finding.reason.endswith("(Firefox).")
    assert "HTTP 200" not in finding.reason and "CERTIFICATE" not in finding.reason
    (browser,) = finding.evidence["browsers"]
    assert browser["feed"] == bv.FIREFOX_FEED
    assert browser["feed_error"] == ("no route" if answer is None else answer_message(answer))


def answer_message(answer: object) -> str:
    return answer.message if isinstance(answer, HttpResponse) else ""


def _dated(body: str, moment: float) -> HttpResponse:
    from email.utils import formatdate

    headers = {"Date": formatdate(moment, usegmt=True)}
    return HttpResponse("", HttpOutcome.OK, status=200, text=body, headers=headers)


def test_a_clock_days_off_the_feed_servers_counts_the_grace_period_by_the_later_date():
    chrome = {("google-chrome", "--version"): (0, "Google Chrome 154.0.8037.58\n")}
    feed = fx("chrome-releases-win-3p.json")  # 155 first served on 23 September
    # The feed's Date says 27 September, when 155 was four days old; this computer's clock says
    # 15 October, past its 14 days. A proxy's stale answer (no Age) must not keep 154 current.
    ahead = run(linux(now=OCT_15, argv=chrome), {LINUX_CHROME_FEED: _dated(feed, SEPT_27)})
    assert ahead.status is Status.FAIL
    # The clock says 27 September, but the feed answered on 15 October: 154 is out of date.
    behind = run(linux(now=SEPT_27, argv=chrome), {LINUX_CHROME_FEED: _dated(feed, OCT_15)})
    assert behind.status is Status.FAIL
    # A day off is a time zone or a cache: the clock is this computer's own.
    near = run(linux(now=OCT_15, argv=chrome), {LINUX_CHROME_FEED: _dated(feed, OCT_15 - DAY)})
    assert near.status is Status.FAIL
