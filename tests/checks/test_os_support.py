"""UPD-006: the operating system release against its end of security support."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import os_support
from hygiene_app.checks._common import ParseError
from hygiene_app.checks.os_support import (
    PRO_STATUS,
    WINDOWS_PROBE,
    Cycle,
    Edition,
    Esm,
    OsSupportCheck,
    WindowsRelease,
    bundled,
    edition_of,
    macos_cycle_name,
    match_windows,
    parse_endoflife,
    parse_pro_status,
    parse_windows_release,
)
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.options import CheckOptions
from hygiene_app.engine.probes import (
    DEFAULT_HTTP_MAX_BYTES,
    CommandOutcome,
    HttpOutcome,
    HttpResponse,
    PlatformInfo,
)
from hygiene_app.services.feed_cache import CACHE_HEADER, CHECKED_HEADER
from tests.support import NOW, fixture_text, machine

CHECK = OsSupportCheck()
DAY = 86400.0


def at(day: str) -> float:
    """Noon UTC of `day`, as the test machine's clock."""
    d = date.fromisoformat(day)
    return datetime(d.year, d.month, d.day, 12, tzinfo=UTC).timestamp()


@dataclass
class Feed:
    """endoflife.date as the check sees it through the seam."""

    answers: Mapping[str, HttpResponse] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_HTTP_MAX_BYTES,
    ) -> HttpResponse:
        self.asked.append(url)
        return self.answers.get(url) or HttpResponse(url, HttpOutcome.OFFLINE, message="down")


def live(product: str, text: str | None = None, **headers: str) -> Feed:
    url = f"https://endoflife.date/api/{product}.json"
    body = text if text is not None else fixture_text("os_support", f"{product}_v0.json")
    return Feed({url: HttpResponse(url, HttpOutcome.OK, 200, body, headers)})


def run(
    os_name: str,
    feed: Feed | None = None,
    *,
    now: float = NOW,
    commands: Mapping[Sequence[str], object] | None = None,
    platform: PlatformInfo | None = None,
    offline: bool = False,
    warn_days: int = 60,
):
    seams = machine(os_name, now=now, commands=commands or {}, platform=platform)  # type: ignore[arg-type]
    # The made-up machine answers from a snapshot, but stands for this computer: a live run.
    seams = replace(seams, replay=False)
    if feed is not None:
        seams = replace(seams, http=feed)
    options = CheckOptions(eol_warning_days=warn_days)
    return CHECK.run(ProbeContext(seams, offline=offline, options=options))


def facts_of(finding) -> dict[str, str]:
    return {f.label: f.value for f in finding.facts}


# ----- parsers -------------------------------------------------------------------------------


@pytest.mark.parametrize("product", os_support.PRODUCTS)
def test_every_product_fixture_parses(product):
    cycles = parse_endoflife(fixture_text("os_support", f"{product}_v0.json"))
    assert len(cycles) >= 5
    assert all(isinstance(c.eol, date | bool) for c in cycles)


def test_odd_types_are_read_or_left_out_never_guessed():
    cycles = {c.cycle: c for c in parse_endoflife(fixture_text("os_support", "odd_types_v0.json"))}
    assert cycles["24.04"].eol == date(2029, 5, 31)  # a timestamp: its date
    assert cycles["24.04"].lts is True  # lts given as a date
    assert cycles["24.04"].extended is True
    assert cycles["22.04"].eol == date(2027, 4, 1)  # cycle given as a number
    assert cycles["21.10"].eol is True
    assert cycles["15"].eol is False and cycles["15"].codename == ""
    assert "21.04" not in cycles and "20.10" not in cycles and "14" not in cycles
    assert "" not in cycles


def test_the_v1_envelope_reads_the_same_dates():
    cycles = {c.cycle: c for c in parse_endoflife(fixture_text("os_support", "ubuntu_v1.json"))}
    assert cycles["22.04"].eol == date(2027, 4, 1)
    assert cycles["22.04"].extended == date(2032, 4, 9) and cycles["22.04"].lts
    assert cycles["20.04"].eol == date(2025, 5, 31)
    assert cycles["23.10"].eol is True
    assert cycles["24.04"].latest == "24.04.4"


@pytest.mark.parametrize("text", ["", "null", "{}", "[]", '{"result": 1}', "[1, 2]", "<html>"])
def test_empty_and_garbage_documents_are_refused(text):
    with pytest.raises(ParseError):
        parse_endoflife(text)


@given(st.text(max_size=200))
def test_the_parser_never_crashes_on_text(text):
    with contextlib.suppress(ParseError):
        parse_endoflife(text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "cycle",
                    "eol",
                    "lts",
                    "extendedSupport",
                    "latest",
                    "result",
                    "releases",
                    "name",
                    "eolFrom",
                    "isEol",
                    "eoesFrom",
                    "codename",
                ]
            ),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)


@given(json_values)
def test_the_parser_never_crashes_on_any_json(value):
    with contextlib.suppress(ParseError):
        parse_endoflife(json.dumps(value))


def test_pro_status():
    assert parse_pro_status(fixture_text("os_support", "pro_status_enabled.json")) is Esm.ENABLED
    assert parse_pro_status(fixture_text("os_support", "pro_status_disabled.json")) is Esm.DISABLED
    unattached = fixture_text("os_support", "pro_status_unattached.json")
    assert parse_pro_status(unattached) is Esm.DISABLED
    for garbage in ("", "null", "{}", "Zugriff verweigert", '{"services": [1]}'):
        assert parse_pro_status(garbage) is Esm.UNKNOWN


@given(st.text(max_size=120))
def test_pro_status_never_crashes(text):
    assert parse_pro_status(text) in set(Esm)


def test_windows_release_from_the_registry_probe():
    pro = parse_windows_release(
        fixture_text("os_support", "windows_release_pro_23h2.json"), "10.0.22631"
    )
    assert pro == WindowsRelease(22631, "23H2", Edition.WORKSTATION, "Professional")
    ltsc = parse_windows_release(fixture_text("os_support", "windows_release_ltsc_2021.json"), "")
    assert ltsc.edition is Edition.LTSC and ltsc.build == 19044
    server = parse_windows_release(fixture_text("os_support", "windows_release_server.json"), "")
    assert server.server
    assert parse_windows_release("garbage", "10.0.19045.1") == WindowsRelease(19045)


@given(st.text(max_size=80), st.text(max_size=20))
def test_windows_release_never_crashes(text, version):
    parse_windows_release(text, version)


@pytest.mark.parametrize(
    ("edition_id", "edition"),
    [
        ("Core", Edition.WORKSTATION),
        ("CoreSingleLanguage", Edition.WORKSTATION),
        ("Professional", Edition.WORKSTATION),
        ("ProfessionalWorkstation", Edition.WORKSTATION),
        ("Enterprise", Edition.ENTERPRISE),
        ("EnterpriseN", Edition.ENTERPRISE),
        ("Education", Edition.ENTERPRISE),
        ("IoTEnterprise", Edition.ENTERPRISE),
        ("EnterpriseS", Edition.LTSC),
        ("IoTEnterpriseS", Edition.LTSC),
        ("", Edition.UNKNOWN),
    ],
)
def test_windows_editions(edition_id, edition):
    assert edition_of(edition_id) is edition


def test_windows_cycles_by_build_and_edition():
    cycles = parse_endoflife(fixture_text("os_support", "windows_v0.json"))
    assert match_windows(cycles, WindowsRelease(22631, "23H2", Edition.WORKSTATION)).cycle == (
        "11-23h2-w"
    )
    assert match_windows(cycles, WindowsRelease(22631, "23H2", Edition.ENTERPRISE)).cycle == (
        "11-23h2-e"
    )
    assert match_windows(cycles, WindowsRelease(22631)).cycle == "11-23h2-w"
    assert match_windows(cycles, WindowsRelease(19045, "22H2", Edition.ENTERPRISE)).cycle == (
        "10-22h2"
    )
    assert match_windows(cycles, WindowsRelease(19044, "21H2", Edition.LTSC)).cycle == (
        "10-21h2-e-lts"
    )
    assert match_windows(cycles, WindowsRelease(19045, "22H2", Edition.LTSC)) is None
    assert match_windows(cycles, WindowsRelease(None)) is None
    # A build the data does not name, found by its feature version:
    renamed = [replace(c, latest="") for c in cycles]
    assert match_windows(renamed, WindowsRelease(26100, "24H2", Edition.ENTERPRISE)).cycle == (
        "11-24h2-e"
    )


@pytest.mark.parametrize(
    ("version", "cycle"), [("15.2", "15"), ("26.0.1", "26"), ("10.15.7", "10.15"), ("", "")]
)
def test_macos_cycles(version, cycle):
    assert macos_cycle_name(version) == cycle


def test_the_bundled_copy_covers_every_product_and_says_how_old():
    for product in os_support.PRODUCTS:
        dates = bundled(product)
        assert dates.cycles and dates.source is os_support.Source.BUNDLED
        assert dates.as_of == datetime(2026, 3, 15, tzinfo=UTC).timestamp()


# ----- verdicts ------------------------------------------------------------------------------


def test_a_supported_ubuntu_passes_with_its_dates_in_words():
    finding = run("ubuntu", live("ubuntu"), commands={PRO_STATUS: CommandOutcome.NOT_FOUND})
    assert finding.status is Status.PASS
    assert (
        finding.summary == "Ubuntu 22.04 (Jammy Jellyfish) gets security updates until 1 April 2027"
    )
    facts = facts_of(finding)
    assert facts["Ubuntu 22.04"] == "security updates until 1 April 2027"
    assert facts["Expanded Security Maintenance (ESM) until"] == "9 April 2032"
    assert facts["End-of-support dates"] == "from endoflife.date, checked now"


@pytest.mark.parametrize(
    ("today", "status"),
    [
        ("2027-01-30", Status.PASS),  # 61 days before the end
        ("2027-01-31", Status.WARN),  # 60 days before: the window starts
        ("2027-04-01", Status.WARN),  # the last day
        ("2027-04-02", Status.UNKNOWN),  # over; ESM remains, and whether it is on is not known
    ],
)
def test_the_warning_window_and_its_day_boundaries(today, status):
    assert run("ubuntu", live("ubuntu"), now=at(today)).status is status


def test_the_warning_window_follows_the_setting():
    assert run("ubuntu", live("ubuntu"), now=at("2026-12-01")).status is Status.PASS
    finding = run("ubuntu", live("ubuntu"), now=at("2026-12-01"), warn_days=150)
    assert finding.status is Status.WARN
    assert finding.summary == (
        "Ubuntu 22.04 (Jammy Jellyfish) stops getting security updates on 1 April 2027 "
        "(in 121 days)"
    )


def test_the_last_day_says_today():
    finding = run("ubuntu", live("ubuntu"), now=at("2027-04-01"))
    assert finding.summary == "Ubuntu 22.04 (Jammy Jellyfish) gets its last security updates today"


def _ubuntu_2004(esm_output: str | None):
    platform = replace(machine("ubuntu").platform, os_version="20.04")
    commands = {PRO_STATUS: (0, esm_output)} if esm_output is not None else {}
    return run("ubuntu", live("ubuntu"), platform=platform, commands=commands)


def test_ubuntu_out_of_standard_support_with_esm_on_passes_and_says_until_when():
    finding = _ubuntu_2004(fixture_text("os_support", "pro_status_enabled.json"))
    assert finding.status is Status.PASS
    assert "through ESM until 2 April 2030" in finding.summary
    assert facts_of(finding)["ESM switched on"] == "yes"


def test_ubuntu_out_of_standard_support_without_esm_fails_with_the_esm_guide():
    finding = _ubuntu_2004(fixture_text("os_support", "pro_status_unattached.json"))
    assert finding.status is Status.FAIL
    assert finding.fix is os_support.FIX_UBUNTU_ESM
    assert facts_of(finding)["ESM switched on"] == "no"


def test_ubuntu_out_of_standard_support_without_pro_is_unknown():
    finding = _ubuntu_2004(None)
    assert finding.status is Status.UNKNOWN
    assert "whether it is on could not be told" in finding.reason


def test_ubuntu_past_esm_fails():
    platform = replace(machine("ubuntu").platform, os_version="14.04")
    finding = run("ubuntu", live("ubuntu"), platform=platform)
    assert finding.status is Status.FAIL
    assert finding.fix is os_support.FIX_UBUNTU


def test_debian_with_only_lts_left_warns_and_names_the_date():
    finding = run("debian", live("debian"))
    assert finding.status is Status.WARN
    assert finding.summary == "Debian 12 gets only Long Term Support, until 10 June 2028"
    assert facts_of(finding)["Debian 12"] == "security updates ended on 10 June 2026"
    assert finding.fix is os_support.FIX_DEBIAN


def test_debian_past_lts_fails():
    assert run("debian", live("debian"), now=at("2028-06-11")).status is Status.FAIL


def test_fedora_past_eol_fails_with_the_upgrade_guide():
    finding = run("fedora", live("fedora"))
    assert finding.status is Status.FAIL
    assert finding.summary == "Fedora 40 no longer gets security updates"
    assert finding.fix is os_support.FIX_FEDORA
    assert finding.fix.steps_for(OSFamily.LINUX)


def test_macos_that_apple_still_patches_passes_and_an_old_one_fails():
    assert run("macos", live("macos")).status is Status.PASS
    old = replace(machine("macos").platform, os_version="13.6.1")
    finding = run("macos", live("macos"), platform=old)
    assert finding.status is Status.FAIL
    assert finding.summary == "macOS 13.6.1 (Ventura) no longer gets security updates"
    assert finding.fix is os_support.FIX_MACOS


def test_macos_26_seen_as_16_by_an_older_python_is_macos_26():
    # macOS 26 reports "16.x" to programs built with an older SDK (as Big Sur said 10.16);
    # "macOS 16.0 is not in the end-of-support dates" named a macOS that never existed.
    assert macos_cycle_name("16.1") == "26"
    assert os_support.macos_version("16.0.1") == "26.0.1"
    assert os_support.macos_version("15.6") == "15.6"
    tahoe = replace(machine("macos").platform, os_version="16.0")
    finding = run("macos", live("macos"), platform=tahoe)
    assert finding.evidence["cycle"] == "26"
    assert finding.evidence["name"] == "macOS 26.0"
    assert finding.status is not Status.UNKNOWN


def _windows(edition_file: str | None, version: str = "10.0.22631", now: float = NOW):
    platform = replace(machine("windows").platform, os_version=version)
    commands: dict[Sequence[str], object] = {}
    if edition_file is not None:
        commands[WINDOWS_PROBE] = (0, fixture_text("os_support", edition_file))
    return run("windows", live("windows"), platform=platform, commands=commands, now=now)


def test_windows_10_after_its_end_of_support_fails():
    finding = _windows("windows_release_10_home.json", "10.0.19045")
    assert finding.status is Status.FAIL
    assert finding.summary == "Windows 10 22H2 (build 19045) no longer gets security updates"
    assert finding.fix is os_support.FIX_WINDOWS
    assert facts_of(finding)["Edition"] == "Home or Pro"


def test_windows_11_by_edition():
    assert _windows("windows_release_pro_23h2.json").status is Status.FAIL  # ended 2025-11-11
    enterprise = _windows("windows_release_enterprise_23h2.json")  # ends 2026-11-10
    assert enterprise.status is Status.WARN
    assert facts_of(enterprise)["Edition"] == "Enterprise or Education"
    unknown = _windows(None, "10.0.22621")
    assert facts_of(unknown)["Edition"] == "not known: the dates for Home and Pro are used"


def test_windows_ltsc_and_server():
    ltsc = _windows("windows_release_ltsc_2021.json", "10.0.19044")
    assert ltsc.status is Status.PASS
    server = _windows("windows_release_server.json", "10.0.20348")
    assert server.status is Status.UNKNOWN and "Windows Server" in server.reason


def test_windows_server_core_and_nano_are_server_whatever_the_build_shares():
    # Server 2019 Core has Windows 10 1809's build: it must not get 1809's (past) client dates.
    core = _windows("windows_release_server_core_2019.json", "10.0.17763")
    assert core.status is Status.UNKNOWN and "Windows Server" in core.reason
    nano = (
        '{"EditionID":"ServerStandardNano","CurrentBuild":"14393","InstallationType":"Nano Server"}'
    )
    assert parse_windows_release(nano, "").server
    no_type = '{"EditionID":"ServerStandard","CurrentBuild":"26100"}'
    assert parse_windows_release(no_type, "").server
    # Enterprise multi-session calls itself ServerRdsh but is a client.
    rdsh = '{"EditionID":"ServerRdsh","CurrentBuild":"22631","InstallationType":"Client"}'
    assert not parse_windows_release(rdsh, "").server
    assert not parse_windows_release('{"EditionID":"ServerRdsh"}', "").server


def test_debian_testing_without_a_version_id_is_never_read_as_an_old_debian():
    # Debian testing/sid's os-release has no VERSION_ID, so the platform's version is the
    # kernel's; with Debian 6 in the dates (endoflife.date lists it) that read as "Debian 6".
    doc = json.loads(fixture_text("os_support", "debian_v0.json"))
    doc.append({"cycle": "6", "codename": "Squeeze", "eol": "2014-05-31", "lts": False})
    sid = replace(machine("debian").platform, os_version="6.12.9-amd64")
    finding = run("debian", live("debian", json.dumps(doc)), platform=sid)
    assert finding.status is Status.UNKNOWN
    assert "does not say which release it is" in finding.reason
    point = replace(machine("debian").platform, os_version="12.5")
    assert os_support.linux_release(point) == os_support.Release("debian", "12", "Debian 12")


def test_a_rolling_release_is_not_run_and_says_why():
    finding = run("arch", Feed())
    assert finding.status is Status.SKIPPED
    assert "rolling release" in finding.reason


def test_an_unknown_distribution_or_release_is_unknown():
    mint = PlatformInfo(
        OSFamily.LINUX, "21.3", "x86_64", "h", "u", "/home/u", "linuxmint", ("ubuntu",), "Mint"
    )
    assert run("ubuntu", live("ubuntu"), platform=mint).status is Status.UNKNOWN
    future = replace(machine("ubuntu").platform, os_version="30.04")
    finding = run("ubuntu", live("ubuntu"), platform=future)
    assert finding.status is Status.UNKNOWN
    assert "Ubuntu 30.04 is not in the end-of-support dates" in finding.reason
    sid = replace(machine("debian").platform, os_version="6.12.1-amd64")
    assert run("debian", live("debian"), platform=sid).status is Status.UNKNOWN


# ----- where the dates come from -------------------------------------------------------------


def test_it_asks_the_configured_mirror():
    feed = Feed()
    seams = replace(machine("ubuntu"), http=feed)
    options = CheckOptions(endoflife_url="https://mirror.example.org/eol/")
    CHECK.run(ProbeContext(seams, options=options))
    assert feed.asked == ["https://mirror.example.org/eol/ubuntu.json"]


def test_offline_uses_the_bundled_copy_and_says_how_old():
    finding = run("fedora", Feed(), offline=True)
    assert finding.status is Status.FAIL  # an end that has passed stays passed
    facts = facts_of(finding)
    assert facts["End-of-support dates"] == (
        "the copy that came with the app, as of 15 March 2026 (231 days old)"
    )
    assert facts["Why the dates were not refreshed"] == "offline mode is on"


def test_offline_with_an_old_copy_cannot_confirm_support():
    finding = run("ubuntu", Feed(), offline=True)
    assert finding.status is Status.UNKNOWN
    assert "too old to confirm it" in finding.reason
    # ...while a copy recent enough can (an organisation's mirror, a cache a week old):
    recent = run("ubuntu", Feed(), offline=True, now=at("2026-04-01"))
    assert recent.status is Status.PASS
    assert "the copy that came with the app" in facts_of(recent)["End-of-support dates"]


def test_a_stale_cached_copy_says_its_date():
    feed = live("ubuntu", **{CACHE_HEADER: "stale", CHECKED_HEADER: repr(NOW - 3 * DAY)})
    finding = run("ubuntu", feed)
    assert finding.status is Status.PASS
    assert facts_of(finding)["End-of-support dates"] == "the copy from 29 October 2026 (3 days old)"


def test_a_revalidated_copy_counts_as_checked_now():
    feed = live("ubuntu", **{CACHE_HEADER: "revalidated", CHECKED_HEADER: repr(NOW)})
    assert (
        facts_of(run("ubuntu", feed))["End-of-support dates"] == "from endoflife.date, checked now"
    )


def test_unreadable_data_from_the_server_falls_back_to_the_bundled_copy():
    finding = run("fedora", live("fedora", "<html>Maintenance</html>"))
    assert finding.evidence["data_source"] == "bundled"
    assert facts_of(finding)["Why the dates were not refreshed"] == (
        "endoflife.date sent data that could not be read"
    )


def test_the_check_never_waits_longer_than_its_budget():
    calls: list[float] = []

    class Slow:
        def run(self, argv, *, timeout=10.0, cancel: threading.Event | None = None):
            from hygiene_app.engine.probes import CommandResult

            calls.append(timeout)
            return CommandResult(tuple(argv), CommandOutcome.TIMEOUT)

    seams = replace(machine("windows"), commands=Slow(), http=Feed())
    CHECK.run(ProbeContext(seams))
    assert sum(calls) + os_support._HTTP_TIMEOUT < os_support.META.timeout


def test_a_cycle_without_a_date_but_ended_is_a_fail():
    cycle = Cycle("10.12", True)
    release = os_support.Release("macos", "10.12", "macOS 10.12")
    dates = os_support.Dates((cycle,), os_support.Source.NETWORK, NOW)
    finding = os_support.evaluate(os_support.Situation(release, cycle, dates, 60), NOW)
    assert finding.status is Status.FAIL


def test_a_recording_replays_the_same_verdict_without_any_cache(tmp_path):
    """The answer the cache gave (a copy from three days ago) is recorded like any answer and
    replayed as such: the replay reaches the same verdict and says the same age."""
    from hygiene_app.checks.recording import minimise_recording
    from hygiene_app.engine.snapshot import Recorder, Snapshot

    feed = live("ubuntu", **{CACHE_HEADER: "stale", CHECKED_HEADER: repr(NOW - 3 * DAY)})
    recorder = Recorder(replace(machine("ubuntu"), http=feed), minimise=minimise_recording)
    recorded = CHECK.run(ProbeContext(recorder.seams))
    path = tmp_path / "snapshot.json"
    recorder.snapshot().save(path)
    replayed = CHECK.run(ProbeContext(Snapshot.load(path).seams()))
    assert replayed.status is recorded.status is Status.PASS
    assert replayed.facts == recorded.facts
    assert facts_of(replayed)["End-of-support dates"] == (
        "the copy from 29 October 2026 (3 days old)"
    )


def test_without_the_edition_windows_is_judged_only_when_both_editions_agree():
    unknown = _windows(None)  # 23H2: Home/Pro ended, Enterprise/Education not yet
    assert unknown.status is Status.UNKNOWN
    assert unknown.reason == (
        "The Windows edition could not be read, and it decides: Home and Pro get security "
        "updates until 11 November 2025, Enterprise and Education until 10 November 2026."
    )
    assert facts_of(unknown)["Edition"] == "not known"
    assert "Windows 11 23H2 (build 22631)" not in facts_of(unknown)  # no date claimed
    assert _windows(None, "10.0.19045").status is Status.FAIL  # 10 22H2: one date for all
    assert _windows(None, "10.0.22621").status is Status.FAIL  # 22H2: both ended


def test_pro_is_asked_only_when_esm_decides():
    asked: list[tuple[str, ...]] = []

    class Commands:
        def run(self, argv, *, timeout=10.0, cancel: threading.Event | None = None):
            from hygiene_app.engine.probes import CommandResult

            asked.append(tuple(argv))
            return CommandResult(tuple(argv), CommandOutcome.NOT_FOUND)

    seams = replace(machine("ubuntu"), commands=Commands(), http=live("ubuntu"))
    CHECK.run(ProbeContext(seams))  # 22.04 in November 2026: five months of support left
    assert PRO_STATUS not in asked
    old = replace(seams, platform=replace(seams.platform, os_version="20.04"))
    CHECK.run(ProbeContext(old))
    assert PRO_STATUS in asked


def test_a_clock_behind_the_bundled_copy_never_reads_as_supported():
    # A dead clock battery, a restored virtual machine: the clock says a day long before the
    # bundled copy was made (15 March 2026). Windows 10 ended in October 2025, a date that has
    # surely passed; with the clock's date it read "gets security updates until 14 October 2025".
    platform = replace(machine("windows").platform, os_version="10.0.19045")
    commands = {WINDOWS_PROBE: (0, fixture_text("os_support", "windows_release_10_home.json"))}
    ended = run(
        "windows", Feed(), platform=platform, commands=commands, offline=True, now=at("2025-06-01")
    )
    assert ended.status is Status.FAIL
    assert ended.summary == "Windows 10 22H2 (build 19045) no longer gets security updates"
    # Ubuntu 24.04 is supported by the copy's date, but the real date is not known.
    behind = run("ubuntu", Feed(), offline=True, now=at("2025-06-01"))
    assert behind.status is Status.UNKNOWN
    assert str(behind.reason) == (
        "This computer's clock says it is 1 June 2025, but the end-of-support dates at hand are "
        "from 15 March 2026: with the clock wrong, whether support has ended cannot be told."
    )
    # A day or so behind is a time zone, not a wrong clock.
    assert run("ubuntu", Feed(), offline=True, now=at("2026-03-14")).status is Status.PASS


def test_a_cached_copy_from_the_clocks_future_is_unknown_even_when_it_says_ended():
    # The cache was confirmed "on 1 November 2026" by a clock that now says 2025: one of the two
    # readings is wrong, so neither date can be trusted.
    feed = live("windows", **{CACHE_HEADER: "stale", CHECKED_HEADER: repr(NOW)})
    platform = replace(machine("windows").platform, os_version="10.0.19045")
    commands = {WINDOWS_PROBE: (0, fixture_text("os_support", "windows_release_10_home.json"))}
    finding = run("windows", feed, platform=platform, commands=commands, now=at("2025-06-01"))
    assert finding.status is Status.UNKNOWN
    assert "clock says it is 1 June 2025" in str(finding.reason)


def _http_date(moment: float) -> str:
    from email.utils import formatdate

    return formatdate(moment, usegmt=True)


def test_a_clock_days_off_the_servers_is_judged_by_the_later_of_the_two_dates():
    # A server date days behind this computer's clock (a proxy serving an old answer without
    # an Age, a mirror with a wrong clock) must not move today back into a pass: the server says
    # June 2025, before Windows 10's end (14 October 2025); the clock says November 2026.
    platform = replace(machine("windows").platform, os_version="10.0.19045")
    commands = {WINDOWS_PROBE: (0, fixture_text("os_support", "windows_release_10_home.json"))}
    stale = live("windows", Date=_http_date(at("2025-06-01")))
    old = run("windows", stale, platform=platform, commands=commands, now=NOW)
    assert old.status is Status.FAIL
    assert old.evidence["today"] == "2026-11-01"
    # A clock ahead of the server is judged by the clock: a later date never hides an end.
    ahead = run("ubuntu", live("ubuntu", Date=_http_date(NOW)), now=at("2030-06-01"))
    assert ahead.status is not Status.PASS
    assert ahead.evidence["today"] == "2030-06-01"
    # A clock behind the server that just answered kept Windows 10 alive: the server's date.
    feed = live("windows", Date=_http_date(NOW - 3600), Age="3600")
    behind = run("windows", feed, platform=platform, commands=commands, now=at("2025-06-01"))
    assert behind.status is Status.FAIL
    # Within a day or two, or without a usable Date, the clock is this computer's own.
    near = run("ubuntu", live("ubuntu", Date=_http_date(NOW - DAY)), now=NOW)
    assert near.evidence["today"] == datetime.fromtimestamp(NOW, UTC).date().isoformat()
    odd = run("ubuntu", live("ubuntu", Date="yesterday"), now=at("2030-06-01"))
    assert odd.status is not Status.PASS and odd.evidence["today"] == "2030-06-01"


def _replayed(snap) -> object:
    return CHECK.run(ProbeContext(snap.seams()))


def test_a_recording_from_before_the_bundled_copy_replays_by_its_own_clock():
    # A replay's clock is the recorded machine's, and it was right: a recording made offline
    # (no endoflife.date answer) on 1 October 2025, replayed by an app whose bundled copy is from
    # 15 March 2026, must not blame that clock. Ubuntu 22.04 was supported then (until 2027).
    from pathlib import Path

    from hygiene_app.engine.snapshot import Snapshot

    snap = Snapshot.load(Path("tests/fixtures/snapshots/ubuntu-22.04.json"))
    snap = replace(
        snap,
        http={u: h for u, h in snap.http.items() if "endoflife" not in u},
        clock=at("2025-10-01"),
    )
    finding = _replayed(snap)
    assert finding.status is Status.PASS
    assert finding.summary == (
        "Ubuntu 22.04 (Jammy Jellyfish) gets security updates until 1 April 2027"
    )
    assert finding.evidence["today"] == "2025-10-01"


def test_a_recording_from_before_a_release_ended_is_no_pass_on_replay():
    # Windows 10 recorded offline on 1 June 2025 was supported then (until 14 October 2025)
    # if that clock was right, and had ended if the clock was wrong, as the live run said
    # (FAIL: it had ended by the bundled copy's date). The replay cannot tell which: unknown,
    # never the PASS of the wrong clock.
    from hygiene_app.engine.snapshot import Recorder

    platform = replace(machine("windows").platform, os_version="10.0.19045")
    commands = {WINDOWS_PROBE: (0, fixture_text("os_support", "windows_release_10_home.json"))}
    seams = machine("windows", now=at("2025-06-01"), commands=commands, platform=platform)  # type: ignore[arg-type]
    recorder = Recorder(replace(seams, http=Feed()))
    live = CHECK.run(ProbeContext(replace(recorder.seams, replay=False)))
    assert live.status is Status.FAIL  # the live run: the clock-behind rule
    finding = _replayed(recorder.snapshot(redact=False))
    assert finding.status is Status.UNKNOWN
    assert "This recording says it was made on 1 June 2025" in finding.reason
    assert finding.evidence["today"] == "2025-06-01"
