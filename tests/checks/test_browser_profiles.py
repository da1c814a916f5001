"""Every browser profile is found, per OS and packaging, from the browsers' own lists."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import browser_profiles as bp
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import FileOutcome
from tests.support import fixture_text, machine


def fx(name: str) -> str:
    return fixture_text("browsers", "profiles", name)


def ctx_of(os: str = "debian", **kwargs: object) -> ProbeContext:
    return ProbeContext(machine(os, **kwargs))  # type: ignore[arg-type]


def where(profiles: tuple[bp.BrowserProfile, ...]) -> list[tuple[str, str, str, str]]:
    return [(p.browser, p.packaging, p.path, p.label) for p in profiles]


CHROME = "/home/user/.config/google-chrome"


# ----- parsers ------------------------------------------------------------------------------


def test_info_cache_keeps_display_names_and_drops_unsafe_and_internal_folders():
    names = bp.parse_info_cache(fx("chrome-local-state.json"))
    assert names == {"Default": "Person 1", "Profile 3": "Work", "Custom Folder": "Travel laptop"}


@pytest.mark.parametrize("text", ["", "garbage", "[1, 2]", '"x"', "{" * 5000])
def test_info_cache_of_garbage_is_a_parse_error(text):
    with pytest.raises(ParseError):
        bp.parse_info_cache(text)


@pytest.mark.parametrize("text", ["{}", '{"profile": 3}', '{"profile": {"info_cache": []}}'])
def test_info_cache_without_a_list_is_empty(text):
    assert bp.parse_info_cache(text) == {}


def test_profile_folders_union_listing_and_local_state_in_browser_order():
    listing = (
        "Crash Reports",
        "Custom Folder",
        "Default",
        "Profile 10",
        "Profile 2",
        "Local State",
    )
    info = {"Default": "Me", "Custom Folder": "Travel", "Gone": "Old"}
    assert bp.chromium_profile_folders(listing, info) == (
        "Default",
        "Profile 2",
        "Profile 10",
        "Custom Folder",
    )
    # Unlistable folder: Local State is all there is.
    assert bp.chromium_profile_folders(None, info) == ("Default", "Custom Folder", "Gone")


def test_profiles_ini_reads_profile_sections_not_install_sections():
    entries = bp.parse_profiles_ini(fx("profiles-librewolf.ini"))
    assert [(e.path, e.is_relative, e.name) for e in entries] == [
        ("br510ajh.default", True, "default"),
        ("piy8uv0j.default-default", True, "default-default"),
    ]


def test_profiles_ini_windows_paths_with_either_slash_and_crlf():
    entries = bp.parse_profiles_ini(fx("profiles-windows.ini"))
    assert [(e.path, e.is_relative, e.name) for e in entries] == [
        ("D:\\Firefox\\work", False, "Work"),
        ("Profiles/k3v9x2qa.default-release", True, "default-release"),
    ]
    base = "C:\\Users\\user\\AppData\\Roaming\\Mozilla\\Firefox"
    paths = [bp.firefox_profile_path(OSFamily.WINDOWS, base, e) for e in entries]
    assert paths == ["D:\\Firefox\\work", f"{base}\\Profiles\\k3v9x2qa.default-release"]


def test_profiles_ini_ignores_paths_that_escape():
    entries = bp.parse_profiles_ini(fx("profiles-absolute.ini"))
    assert [(e.path, e.is_relative) for e in entries] == [
        ("/srv/profiles/banking", False),
        ("abcd1234.default-release", True),
    ]


@given(st.text(max_size=400))
def test_profiles_ini_never_crashes_and_never_escapes(text):
    for entry in bp.parse_profiles_ini(text):
        path = bp.firefox_profile_path(OSFamily.LINUX, "/home/user/.mozilla/firefox", entry)
        assert ".." not in path.split("/")
        if entry.is_relative:
            assert path.startswith("/home/user/.mozilla/firefox/")


@given(st.text(max_size=300))
def test_info_cache_never_crashes(text):
    try:
        names = bp.parse_info_cache(text)
    except ParseError:
        return
    assert all("/" not in f and "\\" not in f and f not in ("..", ".") for f in names)


# ----- probes on made-up machines -----------------------------------------------------------


def test_chrome_profiles_from_listing_and_local_state_with_labels():
    ctx = ctx_of(
        files={f"{CHROME}/Local State": fx("chrome-local-state.json")},
        dirs={CHROME: ["Default", "Profile 3", "Profile 7", "Custom Folder", "Crashpad"]},
    )
    assert where(bp.browser_profiles(ctx)) == [
        ("chrome", "native", f"{CHROME}/Default", "Person 1"),
        ("chrome", "native", f"{CHROME}/Profile 3", "Work"),
        ("chrome", "native", f"{CHROME}/Profile 7", "Profile 7"),
        ("chrome", "native", f"{CHROME}/Custom Folder", "Travel laptop"),
    ]
    profile = bp.browser_profiles(ctx)[1]
    assert profile.family is bp.BrowserFamily.CHROMIUM
    assert profile.user_data_dir == CHROME
    assert bp.profile_words(profile) == "Google Chrome, profile Work"


def test_chromium_with_an_unparsable_local_state_still_lists_its_folders():
    ctx = ctx_of(files={f"{CHROME}/Local State": "{garbage"}, dirs={CHROME: ["Default"]})
    assert where(bp.browser_profiles(ctx)) == [("chrome", "native", f"{CHROME}/Default", "Default")]


def test_a_browser_folder_that_cannot_be_read_is_reported_unreadable():
    ctx = ctx_of(files={f"{CHROME}/Local State": FileOutcome.DENIED})
    survey = bp.survey_profiles(ctx)
    assert survey.profiles == ()
    assert [f.user_data_dir for f in survey.unreadable] == [CHROME]
    assert [f.user_data_dir for f in survey.folders] == [CHROME]


def test_flatpak_and_snap_browsers_on_linux():
    flat = "/home/user/.var/app/com.brave.Browser/config/BraveSoftware/Brave-Browser"
    snap = "/home/user/snap/chromium/common/chromium"
    fox = "/home/user/snap/firefox/common/.mozilla/firefox"
    ctx = ctx_of(
        "ubuntu",
        files={f"{fox}/profiles.ini": fx("profiles-librewolf.ini")},
        dirs={flat: ["Default"], snap: ["Default", "Profile 1"]},
    )
    profiles = bp.browser_profiles(ctx)
    assert where(profiles) == [
        ("brave", "flatpak", f"{flat}/Default", "Default"),
        ("chromium", "snap", f"{snap}/Default", "Default"),
        ("chromium", "snap", f"{snap}/Profile 1", "Profile 1"),
        ("firefox", "snap", f"{fox}/br510ajh.default", "default"),
        ("firefox", "snap", f"{fox}/piy8uv0j.default-default", "default-default"),
    ]
    assert bp.profile_words(profiles[0]) == "Brave (Flatpak), profile Default"
    assert profiles[3].family is bp.BrowserFamily.FIREFOX
    assert profiles[3].user_data_dir == fox


def test_firefox_absolute_profiles_are_listed_once_across_classic_and_xdg_folders():
    classic = "/home/user/.mozilla/firefox"
    xdg = "/home/user/.config/mozilla/firefox"
    ctx = ctx_of(
        files={
            f"{classic}/profiles.ini": fx("profiles-absolute.ini"),
            f"{xdg}/profiles.ini": "[Profile0]\nIsRelative=0\nPath=/srv/profiles/banking\n",
        }
    )
    assert where(bp.browser_profiles(ctx)) == [
        ("firefox", "native", "/srv/profiles/banking", "Banking"),
        ("firefox", "native", f"{classic}/abcd1234.default-release", "Personal"),
    ]


def test_firefox_profiles_ini_unreadable_is_reported():
    ctx = ctx_of(files={"/home/user/.mozilla/firefox/profiles.ini": FileOutcome.DENIED})
    survey = bp.survey_profiles(ctx)
    assert survey.profiles == ()
    assert [f.location.browser for f in survey.unreadable] == ["firefox"]


def test_windows_local_and_roaming_folders():
    local = "C:\\Users\\user\\AppData\\Local"
    roaming = "C:\\Users\\user\\AppData\\Roaming"
    edge = f"{local}\\Microsoft\\Edge\\User Data"
    opera = f"{roaming}\\Opera Software\\Opera Stable"
    fox = f"{roaming}\\Mozilla\\Firefox"
    ctx = ctx_of(
        "windows",
        files={f"{fox}\\profiles.ini": fx("profiles-windows.ini")},
        dirs={
            edge: ["Default", "Profile 1"],
            opera: ["Local State", "Preferences"],
            f"{opera}\\_side_profiles": ["1234567890abcdef"],
        },
    )
    assert where(bp.browser_profiles(ctx)) == [
        ("edge", "native", f"{edge}\\Default", "Default"),
        ("edge", "native", f"{edge}\\Profile 1", "Profile 1"),
        ("opera", "native", opera, "Default"),
        ("opera", "native", f"{opera}\\_side_profiles\\1234567890abcdef", "1234567890abcdef"),
        ("firefox", "native", "D:\\Firefox\\work", "Work"),
        ("firefox", "native", f"{fox}\\Profiles\\k3v9x2qa.default-release", "default-release"),
    ]


def test_macos_application_support_folders():
    chrome = "/Users/user/Library/Application Support/Google/Chrome"
    vivaldi = "/Users/user/Library/Application Support/Vivaldi"
    fox = "/Users/user/Library/Application Support/Firefox"
    ctx = ctx_of(
        "macos",
        files={f"{fox}/profiles.ini": "[Profile0]\nName=default\nPath=Profiles/x.default\n"},
        dirs={chrome: ["Profile 2"], vivaldi: ["Default"]},
    )
    assert where(bp.browser_profiles(ctx)) == [
        ("chrome", "native", f"{chrome}/Profile 2", "Profile 2"),
        ("vivaldi", "native", f"{vivaldi}/Default", "Default"),
        ("firefox", "native", f"{fox}/Profiles/x.default", "default"),
    ]


def test_no_browser_at_all_is_an_empty_survey():
    survey = bp.survey_profiles(ctx_of("fedora"))
    assert survey == bp.ProfileSurvey((), (), ())


def test_every_os_has_every_browser():
    for os_family in OSFamily:
        keys = {loc.browser for loc in bp.locations(os_family)}
        assert keys == {"chrome", "chromium", "edge", "brave", "opera", "vivaldi", "firefox"}


def test_windows_store_firefox_profiles_are_found():
    # Firefox from the Microsoft Store (MSIX) keeps profiles.ini below the package's own
    # folder, not in %APPDATA%: without it, its profiles were never looked at.
    store = (
        "C:\\Users\\user\\AppData\\Local\\Packages\\Mozilla.Firefox_n80bbvh6b1yt2\\LocalCache"
        "\\Roaming\\Mozilla\\Firefox"
    )
    ctx = ctx_of("windows", files={f"{store}\\profiles.ini": fx("profiles-windows.ini")})
    assert where(bp.browser_profiles(ctx)) == [
        ("firefox", "native", "D:\\Firefox\\work", "Work"),
        ("firefox", "native", f"{store}\\Profiles\\k3v9x2qa.default-release", "default-release"),
    ]


def test_forks_only_for_the_checks_that_ask_for_them():
    """LibreWolf, Zen and Arc are found for PWD-001 (forks=True) but not for PHI-001/PHI-002:
    their Safe Browsing defaults live in their install folders, which those checks do not
    read, so a profile without its own setting would pass on Firefox's or Chrome's default."""
    lw = "/home/user/.librewolf"
    zen = "/home/user/.var/app/app.zen_browser.zen/.zen"
    ctx = ctx_of(
        "debian",
        files={
            f"{lw}/profiles.ini": fx("profiles-librewolf.ini"),
            f"{zen}/profiles.ini": "[Profile0]\nName=Default (release)\nPath=Profiles/z.rel\n",
        },
    )
    assert bp.survey_profiles(ctx) == bp.ProfileSurvey((), (), ())
    assert where(bp.survey_profiles(ctx, forks=True).profiles) == [
        ("librewolf", "native", f"{lw}/br510ajh.default", "default"),
        ("librewolf", "native", f"{lw}/piy8uv0j.default-default", "default-default"),
        ("zen", "flatpak", f"{zen}/Profiles/z.rel", "Default (release)"),
    ]
    arc = "/Users/user/Library/Application Support/Arc/User Data"
    mac = ctx_of("macos", files={f"{arc}/Local State": fx("chrome-local-state.json")})
    assert not bp.survey_profiles(mac).folders
    found = bp.survey_profiles(mac, forks=True)
    assert [(f.location.browser, f.user_data_dir) for f in found.folders] == [("arc", arc)]


def test_every_os_has_its_forks():
    keys = {os: {loc.browser for loc in bp.FORK_LOCATIONS[os]} for os in OSFamily}
    assert keys[OSFamily.LINUX] == {"librewolf", "waterfox", "floorp", "zen"}
    assert keys[OSFamily.WINDOWS] == keys[OSFamily.MACOS] == keys[OSFamily.LINUX] | {"arc"}
