"""UPD-004's parsers on recorded outputs (empty, garbage, localized), and version comparison."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks._common import ParseError
from hygiene_app.checks.browser_installs import (
    Version,
    normalise,
    parse_application_ini,
    parse_flatpak_list,
    parse_info_plist,
    parse_reg_query,
    parse_snap_yaml,
    parse_version,
    parse_version_output,
    windows_installs,
)
from hygiene_app.checks.browser_versions import (
    firefox_releases,
    parse_brave_feed,
    parse_chrome_feed,
    parse_edge_feed,
    parse_firefox_feed,
)
from hygiene_app.engine.model import OSFamily
from tests.support import fixture_text


def fx(name: str) -> str:
    return fixture_text("browsers", "versions", name)


def v(text: str) -> Version:
    parsed = parse_version(text)
    assert parsed is not None, text
    return parsed


# ----- versions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120.0.6099.109", (120, 0, 6099, 109)),
        ("126.0", (126, 0)),
        ("133.0-2", (133, 0)),
        ("v1.73.97", (1, 73, 97)),
        ("131.0.6778.85-1", (131, 0, 6778, 85)),
    ],
)
def test_versions_are_read_as_numbers(text, expected):
    assert v(text).parts == expected


def test_firefox_channel_letters_are_kept_but_not_compared():
    esr = v("128.5.0esr")
    assert esr.parts == (128, 5, 0) and esr.suffix == "esr"
    assert esr == v("128.5.0")
    assert str(esr) == "128.5.0esr"
    assert v("121.0b5").suffix == "b5"


def test_comparison_is_per_number_not_per_character():
    assert v("120.0.6099.9") < v("120.0.6099.10")
    assert v("99.0") < v("100.0")
    assert v("126.0") == v("126.0.0")
    assert v("126.0") < v("126.0.1")


@pytest.mark.parametrize("text", ["", "version", "12", "Debian", "1.2.3.4.5.6", "x1.2", "ü"])
def test_no_version_in_text_without_one(text):
    assert parse_version(text) is None


parts = st.lists(st.integers(0, 99_999), min_size=2, max_size=4).map(tuple)


@given(parts, parts)
def test_comparison_matches_numbers_padded_with_zeros(a, b):
    width = max(len(a), len(b))
    pad_a, pad_b = a + (0,) * (width - len(a)), b + (0,) * (width - len(b))
    va, vb = Version(a), Version(b)
    assert (va < vb) == (pad_a < pad_b)
    assert (va == vb) == (pad_a == pad_b)
    if va == vb:
        assert hash(va) == hash(vb)


@given(parts)
def test_a_printed_version_reads_back(p):
    assert parse_version(str(Version(p))) == Version(p)


@given(st.text(max_size=80))
def test_version_parsing_never_crashes(text):
    parse_version(text)
    parse_version_output(text)
    parse_application_ini(text)
    parse_snap_yaml(text)
    parse_info_plist(text)
    parse_flatpak_list(text)
    windows_installs(parse_reg_query(text))


def test_brave_drops_the_chromium_major_in_front():
    assert normalise("brave", v("131.1.73.97")) == v("1.73.97")
    assert normalise("brave", v("1.73.97")) == v("1.73.97")
    assert normalise("chrome", v("131.0.6778.85")) == v("131.0.6778.85")


# ----- Linux --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("google-chrome-version.txt", "120.0.6099.109"),
        ("chromium-version-debian.txt", "120.0.6099.224"),
        ("firefox-version.txt", "126.0"),
        ("firefox-esr-version.txt", "128.5.0esr"),
        ("brave-version.txt", "131.1.73.97"),
        ("microsoft-edge-version.txt", "154.0.3578.62"),
        ("vivaldi-version.txt", "7.0.3495.18"),
    ],
)
def test_version_lines_of_each_browser(name, expected):
    assert str(parse_version_output(fx(name))) == expected


def test_version_line_after_warnings_and_in_empty_output():
    noisy = "Gtk-Message: Failed to load module\nGoogle Chrome 120.0.6099.109 \n"
    assert str(parse_version_output(noisy)) == "120.0.6099.109"
    assert parse_version_output("") is None
    assert parse_version_output("Fehler: kein Display\n") is None


@pytest.mark.parametrize(
    ("noisy", "expected"),
    [
        # Chromium's log line format: the timestamp's digits are no version.
        (
            "[0101/120000.123456:ERROR:gpu_init.cc(523)] Passthrough is not supported\n"
            "Google Chrome 131.0.6778.85 \n",
            "131.0.6778.85",
        ),
        # GLib's message format: a time of day is no version.
        (
            'Gtk-Message: 10:12:33.123: Failed to load module "canberra-gtk-module"\n'
            "Mozilla Firefox 133.0\n",
            "133.0",
        ),
        ("(firefox:4242): GLib-WARNING **: 10:12:33.123: x\n", None),
        ("115.0.5322.68\n", "115.0.5322.68"),  # Opera prints the number alone
    ],
)
def test_numbers_in_a_warning_line_are_no_version(noisy, expected):
    found = parse_version_output(noisy)
    assert (None if found is None else str(found)) == expected


def test_application_ini():
    assert str(parse_application_ini(fx("application-firefox.ini"))) == "126.0.1"
    # Gecko's MinVersion is not the app's version; nor is a Version outside [App].
    assert parse_application_ini("[Gecko]\nMinVersion=1.0\nVersion=2.0\n") is None
    assert parse_application_ini("") is None


def test_flatpak_list_not_on_a_terminal():
    apps = parse_flatpak_list(fx("flatpak-list.txt"))
    assert apps["org.mozilla.firefox"] == "126.0"
    assert apps["com.google.Chrome"] == "131.0.6778.85-1"
    assert apps["org.chromium.Chromium"] == ""
    assert parse_flatpak_list("") == {}
    assert parse_flatpak_list("Application ID  Version\nerror: not installed\n") == {}


def test_snap_yaml():
    assert str(parse_snap_yaml(fx("snap-firefox.yaml"))) == "133.0"
    assert str(parse_snap_yaml("name: x\nversion: '1.73.97'\n")) == "1.73.97"
    assert parse_snap_yaml("name: x\n  version: 1.2\n") is None
    assert parse_snap_yaml("") is None


# ----- macOS --------------------------------------------------------------------------------


def test_info_plist():
    assert str(parse_info_plist(fx("info-plist-chrome.xml"))) == "120.0.6099.109"
    assert parse_info_plist("bplist00\x00\x01garbage") is None
    assert parse_info_plist("") is None


# ----- Windows ------------------------------------------------------------------------------


def _found(*names: str) -> dict[str, str]:
    keys: dict[str, dict[str, str]] = {}
    for name in names:
        keys.update(parse_reg_query(fx(name)))
    return {i.browser: str(i.version) for i in windows_installs(keys)}


def test_reg_query_uninstall_entries_in_english():
    assert _found(
        "reg-query-uninstall-hklm.txt",
        "reg-query-uninstall-wow64.txt",
        "reg-query-uninstall-hkcu.txt",
    ) == {
        "firefox": "126.0",
        "chrome": "120.0.6099.109",
        "edge": "154.0.3578.62",  # not "Microsoft Edge Update"
        "opera": "105.0.4970.21",
        "brave": "1.73.97",
    }


def test_reg_query_in_german():
    keys = parse_reg_query(fx("reg-query-uninstall-de.txt"))
    (values,) = keys.values()
    assert values == {"DisplayVersion": "120.0.6099.109", "(Standard)": ""}
    assert _found("reg-query-uninstall-de.txt") == {"chrome": "120.0.6099.109"}
    assert parse_reg_query(fx("reg-query-notfound-de.txt")) == {}


def test_reg_query_empty_and_garbage():
    assert parse_reg_query("") == {}
    assert parse_reg_query("    DisplayVersion    REG_SZ    1.0\n") == {}  # no key above it
    garbage = "HKEY_LOCAL_MACHINE\\X\\Google Chrome\n    DisplayVersion    REG_SZ    soon\n"
    (install,) = windows_installs(parse_reg_query(garbage))
    assert install.version is None and install.problem


# ----- feeds --------------------------------------------------------------------------------


def test_chrome_releases_feed_dates_each_version_by_its_first_serving_day():
    releases = {
        str(r.version): r.released for r in parse_chrome_feed(fx("chrome-releases-win-3p.json"))
    }
    assert set(releases) == {"155.0.8059.12", "154.0.8037.58"}
    assert releases["154.0.8037.58"] == pytest.approx(1790100520.926452)


def test_a_version_serving_in_several_stages_counts_from_its_first():
    doc = {
        "releases": [
            {"version": "155.0.1", "serving": {"startTime": "2026-09-25T00:00:00Z"}},
            {"version": "155.0.1", "serving": {"startTime": "2026-09-20T00:00:00Z"}},
        ]
    }
    (release,) = parse_chrome_feed(json.dumps(doc))
    assert release.released == pytest.approx(1789862400.0)


def test_chrome_versions_feed_has_no_dates():
    (release,) = parse_chrome_feed(fx("chrome-versions-win64-3p.json"))
    assert str(release.version) == "121.0.6167.57" and release.released is None


def test_firefox_feed_and_its_esr_lines():
    feed = parse_firefox_feed(fx("firefox-versions-3p.json"))
    assert str(feed.latest) == "156.0.1"
    assert sorted(str(e) for e in feed.esr) == ["115.41.0esr", "140.16.0esr", "153.3.0esr"]
    assert feed.released == pytest.approx(1790294400.0)  # 2026-09-25
    assert [str(r.version) for r in firefox_releases(feed, v("140.3.0esr"))] == ["140.16.0esr"]
    assert [str(r.version) for r in firefox_releases(feed, v("155.0"))] == ["156.0.1"]


def test_firefox_feed_with_empty_esr_values():
    doc = {"LATEST_FIREFOX_VERSION": "133.0.3", "FIREFOX_ESR_NEXT": "", "FIREFOX_ESR": None}
    feed = parse_firefox_feed(json.dumps(doc))
    assert feed.esr == () and feed.released is None


def test_edge_feed_takes_this_platforms_stable_releases():
    windows = parse_edge_feed(fx("edge-products-recon.json"), OSFamily.WINDOWS)
    assert sorted(str(r.version) for r in windows) == ["154.0.3578.62", "155.0.3600.41"]
    linux = parse_edge_feed(fx("edge-products-recon.json"), OSFamily.LINUX)
    assert [str(r.version) for r in linux] == ["154.0.3578.62"]
    assert all(r.released is not None for r in windows)


def test_edge_feed_never_judges_a_platform_by_another_platforms_releases():
    # A feed (or mirror) whose Stable lists no Linux release: Windows's or the phones' newer
    # versions say nothing about Edge on Linux.
    doc = [
        {
            "Product": "Stable",
            "Releases": [
                {"Platform": "Windows", "ProductVersion": "155.0.3600.41"},
                {"Platform": "Android", "ProductVersion": "155.0.3600.52"},
            ],
        }
    ]
    with pytest.raises(ParseError):
        parse_edge_feed(json.dumps(doc), OSFamily.LINUX)
    (windows,) = parse_edge_feed(json.dumps(doc), OSFamily.WINDOWS)
    assert str(windows.version) == "155.0.3600.41"
    # A mirror that names no platform serves every one.
    plain = [{"Product": "Stable", "Releases": [{"ProductVersion": "155.0.3600.41"}]}]
    assert [str(r.version) for r in parse_edge_feed(json.dumps(plain), OSFamily.LINUX)] == [
        "155.0.3600.41"
    ]


def test_brave_feed():
    (release,) = parse_brave_feed(fx("brave-latest-recon.json"))
    assert str(release.version) == "1.82.166" and release.released is not None


@pytest.mark.parametrize("parse", [parse_chrome_feed, parse_firefox_feed, parse_brave_feed])
@pytest.mark.parametrize("text", ["", "null", "[]", "{}", "<html>rate limited</html>", '{"x": 1}'])
def test_feeds_that_are_not_feeds_are_parse_errors(parse, text):
    with pytest.raises(ParseError):
        parse(text)


@pytest.mark.parametrize("text", ["", "{}", "[]", '[{"Product": "Stable", "Releases": 3}]'])
def test_edge_feed_without_stable_releases_is_a_parse_error(text):
    with pytest.raises(ParseError):
        parse_edge_feed(text, OSFamily.WINDOWS)


json_docs = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "releases",
                    "versions",
                    "version",
                    "serving",
                    "startTime",
                    "LATEST_FIREFOX_VERSION",
                    "FIREFOX_ESR",
                    "LAST_RELEASE_DATE",
                    "Product",
                    "Releases",
                    "Platform",
                    "ProductVersion",
                    "PublishedTime",
                    "tag_name",
                    "published_at",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)


@given(json_docs.map(json.dumps) | st.text(max_size=40))
def test_feed_parsers_fail_only_with_parse_errors(text):
    for parse in (
        parse_chrome_feed,
        parse_firefox_feed,
        parse_brave_feed,
        lambda t: parse_edge_feed(t, OSFamily.MACOS),
    ):
        with contextlib.suppress(ParseError):
            parse(text)
