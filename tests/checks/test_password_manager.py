import contextlib
import json
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import password_manager as pm
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, FileOutcome
from tests.support import NOW, fixture_text, machine, ok, run_check

CHECK = pm.PasswordManagerCheck()


def fx(name: str) -> str:
    return fixture_text("passwords", name)


CHROME = "/home/user/.config/google-chrome"
BRAVE = "/home/user/.config/BraveSoftware/Brave-Browser"
FIREFOX = "/home/user/.mozilla/firefox"


def chrome_files(default: str, profile1: str) -> dict[str, str]:
    return {
        f"{CHROME}/Local State": fx("chromium-local-state.json"),
        f"{CHROME}/Default/Preferences": default,
        f"{CHROME}/Profile 1/Preferences": profile1,
    }


def test_bitwarden_enabled_in_a_second_chrome_profile_passes():
    seams = machine(
        "debian",
        files=chrome_files(
            fx("chromium-preferences-none.json"), fx("chromium-preferences-bitwarden.json")
        ),
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.summary == "Password manager found: Bitwarden"
    assert finding.evidence["extensions"] == [
        {"manager": "Bitwarden", "browser": "Chrome", "profile": "Profile 1"}
    ]
    # LastPass is installed but disabled there: not counted.
    assert finding.evidence["managers"] == ["Bitwarden"]
    assert finding.evidence["browser_profiles_read"] == ["Chrome/Default", "Chrome/Profile 1"]


def test_disabled_leftover_and_lookalike_extensions_fail():
    seams = machine(
        "ubuntu",
        files=chrome_files(
            fx("chromium-preferences-disabled.json"), fx("chromium-preferences-none.json")
        ),
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL and finding.severity is Severity.HIGH
    assert finding.fix is not None and finding.fix.verify_check == "PWD-001"
    for os_family in OSFamily:
        assert finding.fix.steps_for(os_family)
    assert "Chrome/Default" in finding.detail


def test_hostile_profile_names_are_never_joined_to_a_path():
    seams = machine(
        "debian",
        files=chrome_files(
            fx("chromium-preferences-none.json"), fx("chromium-preferences-none.json")
        ),
    )
    read: list[str] = []
    inner = seams.files

    class Spy:
        def read_text(self, path):
            read.append(path)
            return inner.read_text(path)

        def read_first_line(self, path):
            read.append(path)
            return inner.read_first_line(path)

        def list_dir(self, path):
            read.append(path)
            return inner.list_dir(path)

        def mtime(self, path):
            read.append(path)
            return inner.mtime(path)

    run_check(CHECK, replace(seams, files=Spy()))
    assert not [p for p in read if ".." in p or "Guest Profile" in p]


def test_old_chromium_state_field_counts_when_on():
    seams = machine(
        "debian",
        files={
            f"{BRAVE}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{BRAVE}/Default/Preferences": fx("chromium-preferences-legacy-enabled.json"),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "1Password", "browser": "Brave", "profile": "Default"}
    ]


def test_unusable_local_state_falls_back_to_the_profile_folders():
    seams = machine(
        "debian",
        files={
            f"{CHROME}/Local State": "{ not json",
            f"{CHROME}/Profile 3/Preferences": fx("chromium-preferences-bitwarden.json"),
        },
        dirs={CHROME: ["Crashpad", "Default", "Profile 3", "Safe Browsing", "../x"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["browser_profiles_read"] == ["Chrome/Profile 3"]


def test_unreadable_profile_is_unknown_not_fail():
    seams = machine(
        "debian",
        files={
            f"{CHROME}/Local State": fx("chromium-local-state.json"),
            f"{CHROME}/Default/Preferences": fx("chromium-preferences-none.json"),
            f"{CHROME}/Profile 1/Preferences": FileOutcome.ERROR,
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "Chrome/Profile 1" in finding.reason


def test_firefox_active_keepassxc_counts_and_escaping_paths_are_ignored():
    seams = machine(
        "debian",
        files={
            f"{FIREFOX}/profiles.ini": fx("firefox-profiles.ini"),
            f"{FIREFOX}/Profiles/abcd1234.default-release/extensions.json": fx(
                "firefox-extensions-keepassxc.json"
            ),
            f"{FIREFOX}/Profiles/wxyz5678.default/extensions.json": fx(
                "firefox-extensions-lookalikes.json"
            ),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "KeePassXC", "browser": "Firefox", "profile": "abcd1234.default-release"}
    ]


def test_firefox_lookalike_ids_and_disabled_addons_do_not_count():
    seams = machine(
        "windows",
        files={
            "C:\\Users\\user\\AppData\\Roaming\\Mozilla\\Firefox\\profiles.ini": (
                "[Profile0]\nName=default\nIsRelative=1\nPath=Profiles/q1w2e3r4.default\n"
            ),
            "C:\\Users\\user\\AppData\\Roaming\\Mozilla\\Firefox\\Profiles\\q1w2e3r4.default"
            "\\extensions.json": fx("firefox-extensions-lookalikes.json"),
        },
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-none.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["browser_profiles_read"] == ["Firefox/q1w2e3r4.default"]


def test_firefox_profile_never_started_has_no_addons():
    seams = machine(
        "macos",
        files={
            "/Users/user/Library/Application Support/Firefox/profiles.ini": (
                "[Profile0]\nIsRelative=1\nPath=Profiles/new.default\n"
            )
        },
        mtimes={"/Users/user/Library/Application Support/Firefox/Profiles/new.default": NOW},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["browser_profiles_read"] == ["Firefox/new.default"]


@pytest.mark.parametrize(
    ("path", "manager"),
    [
        ("/var/lib/flatpak/app/org.keepassxc.KeePassXC", "KeePassXC"),
        ("/home/user/.local/share/flatpak/app/com.bitwarden.desktop", "Bitwarden"),
        ("/snap/bin/bitwarden", "Bitwarden"),
        ("/usr/bin/keepassxc", "KeePassXC"),
        ("/opt/1Password", "1Password"),
    ],
)
def test_linux_desktop_apps_pass(path, manager):
    finding = run_check(CHECK, machine("fedora", mtimes={path: NOW}))
    assert finding.status is Status.PASS
    assert finding.evidence["apps"] == [{"manager": manager, "where": path}]


def test_keyrings_alone_do_not_count():
    seams = machine(
        "debian",
        mtimes={
            "/usr/bin/gnome-keyring-daemon": NOW,
            "/usr/bin/seahorse": NOW,
            "/var/lib/flatpak/app/org.gnome.seahorse.Application": NOW,
        },
        processes=["gnome-keyring-daemon", "kwalletd6"],
        files=chrome_files(
            fx("chromium-preferences-none.json"), fx("chromium-preferences-none.json")
        ),
    )
    assert run_check(CHECK, seams).status is Status.FAIL


def test_running_manager_counts():
    finding = run_check(CHECK, machine("debian", processes=["KeePassXC"]))
    assert finding.status is Status.PASS
    assert finding.evidence["apps"] == [{"manager": "KeePassXC", "where": "running"}]


def test_macos_app_bundle_passes_but_passwords_app_does_not():
    found = run_check(CHECK, machine("macos", mtimes={"/Applications/1Password.app": NOW}))
    assert found.status is Status.PASS and found.evidence["managers"] == ["1Password"]
    builtin = machine("macos", mtimes={"/System/Applications/Passwords.app": NOW})
    assert run_check(CHECK, builtin).status is Status.UNKNOWN


WIN_EDGE = "C:\\Users\\user\\AppData\\Local\\Microsoft\\Edge\\User Data"


def test_windows_edge_secure_preferences_hold_the_extension():
    seams = machine(
        "windows",
        files={
            f"{WIN_EDGE}\\Local State": '{"profile":{"info_cache":{"Default":{"name":"P"}}}}',
            f"{WIN_EDGE}\\Default\\Preferences": fx("edge-preferences-windows.json"),
            f"{WIN_EDGE}\\Default\\Secure Preferences": fx(
                "edge-secure-preferences-1password.json"
            ),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "1Password", "browser": "Edge", "profile": "Default"}
    ]
    assert "installed_programs" not in finding.evidence  # not needed: PowerShell not run


def windows_with_edge(**commands):
    return machine(
        "windows",
        files={
            f"{WIN_EDGE}\\Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{WIN_EDGE}\\Default\\Preferences": fx("edge-preferences-windows.json"),
        },
        commands=commands.get("commands"),
    )


def test_windows_installed_programs_count():
    seams = windows_with_edge(
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-bitwarden.json"))}
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["apps"] == [{"manager": "Bitwarden", "where": "installed programs"}]


def test_windows_store_apps_and_a_bare_string_count():
    seams = windows_with_edge(
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-store.json"))}
    )
    finding = run_check(CHECK, seams)
    assert finding.evidence["managers"] == ["Bitwarden", "KeePassXC", "Proton Pass"]


def test_windows_nothing_anywhere_fails():
    seams = windows_with_edge(
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-none.json"))}
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.evidence["browser_profiles_read"] == ["Edge/Default"]


def test_windows_without_the_program_list_is_unknown():
    seams = windows_with_edge(commands={pm.WINDOWS_PROGRAMS_PROBE: CommandOutcome.TIMEOUT})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "did not answer in time" in finding.reason


def test_nothing_to_look_at_is_unknown():
    for preset in ("debian", "macos"):
        finding = run_check(CHECK, machine(preset))
        assert finding.status is Status.UNKNOWN


def test_evidence_is_json_and_holds_no_profile_display_names():
    seams = machine(
        "debian",
        files=chrome_files(
            fx("chromium-preferences-none.json"), fx("chromium-preferences-bitwarden.json")
        ),
    )
    text = json.dumps(dict(run_check(CHECK, seams).evidence))
    assert "Work" not in text and "Person 1" not in text


def test_extension_ids_are_exact_store_ids():
    assert all(re.fullmatch(r"[a-p]{32}", i) for i in pm.CHROMIUM_EXTENSIONS)
    assert "nngceckbapebfimnlniiiahkandclbl" not in pm.CHROMIUM_EXTENSIONS
    assert not {"@lastpass-password-manager", "@proton-pass", "nordpass@nordpass.com"} & set(
        pm.FIREFOX_EXTENSIONS
    )


# ----- parsers never crash ------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "profile",
                    "info_cache",
                    "extensions",
                    "settings",
                    "addons",
                    "id",
                    "active",
                    "state",
                    "disable_reasons",
                    "path",
                    "location",
                    "Programs",
                    "Store",
                    "type",
                    "Default",
                    "nngceckbapebfimnlniiiahkandclblb",
                    "support@lastpass.com",
                ]
            ),
            inner,
            max_size=4,
        )
    ),
    max_leaves=15,
)


@given(json_values.map(json.dumps) | st.text(max_size=80))
def test_json_parsers_raise_only_parse_error(text):
    for parser in (
        pm.parse_extension_settings,
        pm.firefox_managers,
        pm.parse_windows_programs,
    ):
        with contextlib.suppress(ParseError):
            parser(text)


@given(
    st.dictionaries(
        st.sampled_from(["state", "disable_reasons", "path", "location", "blacklist"]),
        json_values,
        max_size=5,
    )
)
def test_enabled_rule_is_total(entry):
    assert pm.chromium_extension_enabled(entry) in (True, False)


# ----- real-world variants (constructed; see the fixtures' PROVENANCE) ------------------------


def test_windows_powershell_51_wrapped_program_list_counts():
    """Before: the {"value": [...], "Count": n} array was 'not understood', so UNKNOWN."""
    assert pm.parse_windows_programs(fx("windows-programs-ps51-wrapped.json")) == ("Bitwarden",)
    seams = windows_with_edge(
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-ps51-wrapped.json"))}
    )
    assert run_check(CHECK, seams).status is Status.PASS
    with pytest.raises(ParseError):
        pm.parse_windows_programs('{"Programs":{"Count":1},"Store":[]}')


def test_firefox_60_webextension_type_counts_but_a_theme_does_not():
    """Before: an older profile's "webextension" type was skipped, so Bitwarden on => FAIL."""
    assert pm.firefox_managers(fx("firefox-extensions-webextension-type.json")) == ("Bitwarden",)
    assert (
        pm.firefox_managers(
            '{"addons":[{"id":"support@lastpass.com","type":"webextension-theme","active":true}]}'
        )
        == ()
    )


def test_firefox_from_the_microsoft_store_is_looked_at():
    """Before: the MSIX Firefox's profiles were never found; with a Chrome profile without a
    manager that was a FAIL."""
    store = (
        "C:\\Users\\user\\AppData\\Local\\Packages\\Mozilla.Firefox_n80bbvh6b1yt2\\LocalCache"
        "\\Roaming\\Mozilla\\Firefox"
    )
    seams = machine(
        "windows",
        files={
            f"{WIN_EDGE}\\Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{WIN_EDGE}\\Default\\Preferences": fx("edge-preferences-windows.json"),
            f"{store}\\profiles.ini": "[Profile0]\nIsRelative=1\nPath=Profiles/s7o8r9e0.default\n",
            f"{store}\\Profiles\\s7o8r9e0.default\\extensions.json": fx(
                "firefox-extensions-keepassxc.json"
            ),
        },
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-none.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {
            "manager": "KeePassXC",
            "browser": "Firefox (Microsoft Store)",
            "profile": "s7o8r9e0.default",
        }
    ]


# ----- one of a Chromium profile's two preference files unread (constructed variants) ---------


@pytest.mark.parametrize(
    "secure",
    [
        FileOutcome.DENIED,  # another user's profile folder, or an anti-virus lock
        FileOutcome.ERROR,  # over the app's read cap (Secure Preferences grows with extensions)
        '{"extensions":{"settings":{"aeblfdkhhhdcdjpifhhbdiojplfjncoa":{"disable',  # half-written
    ],
    ids=["denied", "unreadable", "half-written"],
)
def test_windows_edge_with_secure_preferences_unread_is_unknown_not_fail(secure):
    """Before: Preferences alone (no extension entries: on Windows they are kept in Secure
    Preferences) counted the profile as looked at, so a 1Password there was missed => FAIL."""
    seams = machine(
        "windows",
        files={
            f"{WIN_EDGE}\\Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{WIN_EDGE}\\Default\\Preferences": fx("edge-preferences-windows.json"),
            f"{WIN_EDGE}\\Default\\Secure Preferences": secure,
        },
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-none.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "Edge/Default" in finding.reason
    assert finding.evidence["browser_profiles_read"] == []
    assert finding.evidence["browser_profiles_unreadable"] == ["Edge/Default"]


def test_linux_chrome_with_preferences_unread_is_unknown_not_fail():
    """Before: a Secure Preferences with extension entries of its own counted the profile as
    looked at although Preferences (where Linux keeps them) could not be read => FAIL."""
    seams = machine(
        "debian",
        files={
            f"{CHROME}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{CHROME}/Default/Preferences": FileOutcome.ERROR,
            f"{CHROME}/Default/Secure Preferences": fx("chromium-preferences-none.json"),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["browser_profiles_unreadable"] == ["Chrome/Default"]


def test_a_manager_in_the_readable_half_still_counts():
    """An installed, switched-on entry is whole in the half that holds it: still a pass, and the
    other half is named as not read."""
    seams = machine(
        "debian",
        files={
            f"{CHROME}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{CHROME}/Default/Preferences": fx("chromium-preferences-bitwarden.json"),
            f"{CHROME}/Default/Secure Preferences": FileOutcome.DENIED,
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["managers"] == ["Bitwarden"]
    assert finding.evidence["browser_profiles_unreadable"] == ["Chrome/Default"]


# ----- browsers PWD-001 did not look in (constructed variants, folders per browser) -----------

WIN_ROAMING = "C:\\Users\\user\\AppData\\Roaming"


def test_bitwarden_in_opera_on_windows_counts():
    """Before: Opera (its first profile is its user-data folder itself) was never looked at, so
    with Edge looked at and no manager there => FAIL."""
    opera = f"{WIN_ROAMING}\\Opera Software\\Opera Stable"
    seams = machine(
        "windows",
        files={
            f"{WIN_EDGE}\\Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{WIN_EDGE}\\Default\\Preferences": fx("chromium-preferences-none.json"),
            f"{opera}\\Local State": '{"profile":{"info_cache":{}}}',
            f"{opera}\\Preferences": fx("edge-preferences-windows.json"),
            f"{opera}\\Secure Preferences": fx("chromium-preferences-bitwarden.json"),
        },
        dirs={opera: ["Local State", "Preferences", "Secure Preferences"]},
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-none.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "Bitwarden", "browser": "Opera", "profile": "Default"}
    ]
    assert finding.evidence["browser_profiles_read"] == ["Edge/Default", "Opera/Default"]


def test_keepassxc_in_flatpak_vivaldi_counts():
    """Before: Vivaldi from Flathub was not among PWD-001's folders => FAIL."""
    vivaldi = "/home/user/.var/app/com.vivaldi.Vivaldi/config/vivaldi"
    seams = machine(
        "debian",
        files={
            f"{CHROME}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{CHROME}/Default/Preferences": fx("chromium-preferences-none.json"),
            f"{vivaldi}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{vivaldi}/Default/Preferences": (
                '{"extensions":{"settings":{"oboonakemofpalcgghocfoadofidjkkk":'
                '{"disable_reasons":[],"location":1,"path":"x"}}}}'
            ),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "KeePassXC", "browser": "Vivaldi (Flatpak)", "profile": "Default"}
    ]


@pytest.mark.parametrize(
    ("preset", "folder", "browser"),
    [
        ("debian", "/home/user/.librewolf", "LibreWolf"),
        ("fedora", "/home/user/.var/app/app.zen_browser.zen/.zen", "Zen Browser (Flatpak)"),
        ("windows", f"{WIN_ROAMING}\\Floorp", "Floorp"),
        ("macos", "/Users/user/Library/Application Support/Waterfox", "Waterfox"),
    ],
)
def test_a_manager_in_a_firefox_fork_counts(preset, folder, browser):
    """Before: LibreWolf, Waterfox, Floorp and Zen were never looked at; a Firefox profile
    without a manager beside them => FAIL."""
    sep = "\\" if preset == "windows" else "/"
    firefox = {
        "debian": FIREFOX,
        "fedora": FIREFOX,
        "windows": f"{WIN_ROAMING}\\Mozilla\\Firefox",
        "macos": "/Users/user/Library/Application Support/Firefox",
    }[preset]
    ini = "[Profile0]\nIsRelative=1\nPath=Profiles/a1b2c3d4.default\n"
    seams = machine(
        preset,
        files={
            f"{firefox}{sep}profiles.ini": ini,
            f"{firefox}{sep}Profiles{sep}a1b2c3d4.default{sep}extensions.json": fx(
                "firefox-extensions-lookalikes.json"
            ),
            f"{folder}{sep}profiles.ini": ini,
            f"{folder}{sep}Profiles{sep}a1b2c3d4.default{sep}extensions.json": fx(
                "firefox-extensions-keepassxc.json"
            ),
        },
        commands={pm.WINDOWS_PROGRAMS_PROBE: ok(fx("windows-programs-none.json"))},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "KeePassXC", "browser": browser, "profile": "a1b2c3d4.default"}
    ]


def test_a_manager_in_arc_on_macos_counts():
    """Before: Arc was never looked at => FAIL beside a Chrome profile without a manager."""
    support = "/Users/user/Library/Application Support"
    arc = f"{support}/Arc/User Data"
    seams = machine(
        "macos",
        files={
            f"{support}/Google/Chrome/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{support}/Google/Chrome/Default/Preferences": fx("chromium-preferences-none.json"),
            f"{arc}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{arc}/Default/Preferences": fx("edge-preferences-windows.json"),
            f"{arc}/Default/Secure Preferences": fx("edge-secure-preferences-1password.json"),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS
    assert finding.evidence["extensions"] == [
        {"manager": "1Password", "browser": "Arc", "profile": "Default"}
    ]


def _opera_beside_chrome(chrome_prefs: str):
    """An Opera profile with an add-on we do not know, and a Chrome profile."""
    opera = "/home/user/.config/opera"
    chrome = "/home/user/.config/google-chrome"
    return machine(
        "debian",
        files={
            f"{opera}/Local State": '{"profile":{"info_cache":{}}}',
            f"{opera}/Preferences": (
                '{"extensions":{"settings":{"abcdefghijklmnopabcdefghijklmnop":'
                '{"disable_reasons":[],"location":1,"path":"x","from_webstore":false}}}}'
            ),
            f"{chrome}/Local State": '{"profile":{"info_cache":{"Default":{}}}}',
            f"{chrome}/Default/Preferences": chrome_prefs,
        },
        dirs={opera: ["Local State", "Preferences"]},
    )


def test_an_opera_profile_keeps_a_chrome_profile_without_a_manager_from_failing():
    """Before: Chrome without a manager gave FAIL HIGH "No password manager found", although the
    Opera profile beside it may hold one from Opera's own add-on store."""
    finding = run_check(CHECK, _opera_beside_chrome(fx("chromium-preferences-none.json")))
    assert finding.status is Status.UNKNOWN
    assert "Opera's own add-on store" in finding.reason
    assert "Opera/Default" in finding.reason
    assert finding.evidence["browser_profiles_read"] == ["Chrome/Default"]
    assert finding.evidence["browser_profiles_undecidable"] == ["Opera/Default"]
    looked_at = next(f for f in finding.facts if f.label == "Browser profiles looked at")
    assert "Opera (Default)" in looked_at.value
    # A manager found anywhere still passes.
    found = run_check(CHECK, _opera_beside_chrome(fx("chromium-preferences-bitwarden.json")))
    assert found.status is Status.PASS


def test_an_opera_profile_may_hold_the_organisation_s_manager():
    seams = _opera_beside_chrome(fx("chromium-preferences-bitwarden.json"))
    ctx = ProbeContext(seams)
    finding = pm.evaluate(pm.survey_machine(ctx), ("1Password",))
    assert finding.status is Status.UNKNOWN


def test_opera_alone_cannot_say_there_is_no_manager():
    """Opera's own add-on store gives a manager another ID than the Chrome Web Store and Edge
    Add-ons do: an Opera profile shows a manager we know, never the absence of one."""
    opera = "/home/user/.config/opera"
    seams = machine(
        "debian",
        files={
            f"{opera}/Local State": '{"profile":{"info_cache":{}}}',
            f"{opera}/Preferences": (
                '{"extensions":{"settings":{"abcdefghijklmnopabcdefghijklmnop":'
                '{"disable_reasons":[],"location":1,"path":"x","from_webstore":false}}}}'
            ),
        },
        dirs={opera: ["Local State", "Preferences"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert finding.evidence["browser_profiles_read"] == []
