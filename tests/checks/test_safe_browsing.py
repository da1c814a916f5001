"""PHI-001: phishing and malware protection in every browser profile, policies read first."""

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import safe_browsing as sbm
from hygiene_app.checks._common import ParseError
from hygiene_app.checks.safe_browsing import Protection, SafeBrowsingCheck
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import CommandOutcome, CommandResult, FileOutcome
from tests.support import fixture_text, machine, ok, run_check

CHECK = SafeBrowsingCheck()
CHROME = "/home/user/.config/google-chrome"
FIREFOX = "/home/user/.mozilla/firefox"
POLICY_DIR = "/etc/opt/chrome/policies/managed"


def sb(*parts: str) -> str:
    return fixture_text("browsers", "safebrowsing", *parts)


def prof(name: str) -> str:
    return fixture_text("browsers", "profiles", name)


def facts_of(finding):
    return [(f.label, f.value) for f in finding.facts]


# ----- Chromium Preferences -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("safebrowsing", "expected"),
    [
        (None, Protection.ON),
        ({}, Protection.ON),
        ({"enabled": True}, Protection.ON),
        ({"enabled": True, "enhanced": True}, Protection.ENHANCED),
        ({"enabled": False, "enhanced": True}, Protection.OFF),
        ({"enabled": False}, Protection.OFF),
        ({"enabled": "false"}, Protection.ON),  # not a bool: the browser reads its default
        ([], Protection.ON),
    ],
)
def test_chromium_protection_follows_chromium_logic(safebrowsing, expected):
    doc = {} if safebrowsing is None else {"safebrowsing": safebrowsing}
    prefs = sbm.parse_chromium_preferences(json.dumps(doc))
    assert sbm.chromium_protection(prefs) is expected


def test_chromium_preferences_fixtures():
    off = sbm.parse_chromium_preferences(sb("chrome-preferences-off.json"))
    assert sbm.chromium_protection(off) is Protection.OFF
    enhanced = sbm.parse_chromium_preferences(sb("chrome-preferences-enhanced.json"))
    assert sbm.chromium_protection(enhanced) is Protection.ENHANCED
    absent = sbm.parse_chromium_preferences(sb("chrome-preferences-absent.json"))
    assert absent == sbm.ChromiumPrefs() and sbm.chromium_protection(absent) is Protection.ON


@pytest.mark.parametrize(
    "text", ["", "garbage", "[]", "null", '{"safebrowsing": {"enab', "{" * 9000]
)
def test_chromium_preferences_garbage_is_a_parse_error(text):
    with pytest.raises(ParseError):
        sbm.parse_chromium_preferences(text)


def test_edge_smartscreen_in_local_state():
    assert sbm.parse_local_state_smartscreen(sb("edge-local-state.json")) is True
    assert sbm.parse_local_state_smartscreen('{"smartscreen": {"enabled": false}}') is False
    assert sbm.parse_local_state_smartscreen("{}") is None


@given(st.text(max_size=300))
def test_chromium_parsers_never_crash(text):
    for parse in (sbm.parse_chromium_preferences, sbm.parse_local_state_smartscreen):
        with contextlib.suppress(ParseError):
            parse(text)


# ----- Firefox prefs.js / user.js -----------------------------------------------------------


def test_prefs_js_fixture_switches_both_off():
    prefs = sbm.parse_firefox_prefs(sb("prefs-off.js"))
    assert sbm.firefox_off_prefs(prefs) == sbm.FIREFOX_PREFS


def test_prefs_js_without_the_prefs_is_empty_of_them():
    assert sbm.firefox_off_prefs(sbm.parse_firefox_prefs(sb("prefs-private.js"))) == (
        "browser.safebrowsing.phishing.enabled",
    )
    assert sbm.parse_firefox_prefs("") == {}
    assert sbm.parse_firefox_prefs("// Mozilla User Preferences\n") == {}


def test_prefs_js_comments_and_odd_quoting():
    text = (
        '\ufeff// user_pref("browser.safebrowsing.malware.enabled", false);\n'
        "/* user_pref('browser.safebrowsing.phishing.enabled', false);\n"
        "   still a comment */\n"
        "user_pref ( 'browser.safebrowsing.malware.enabled' ,false ) ;\n"
        'user_pref("some.string", "a \\"quoted\\" // not a comment");\n'
        'user_pref("browser.safebrowsing.phishing.enabled", true); // trailing note\n'
        'user_pref("browser.safebrowsing.phishing.enabled", False);\n'  # not JS: ignored
        'user_pref("number", -5);\r\n'
    )
    prefs = sbm.parse_firefox_prefs(text)
    assert prefs["browser.safebrowsing.malware.enabled"] is False
    assert prefs["browser.safebrowsing.phishing.enabled"] is True
    assert prefs["some.string"] == 'a "quoted" // not a comment'
    assert prefs["number"] == -5


def test_prefs_file_read_as_firefox_reads_it():
    # A hand-edited user.js that Firefox reads as "nothing switched off".
    assert sbm.firefox_off_prefs(sbm.parse_firefox_prefs(sb("user-js-hand-edited.js"))) == ()
    p = "browser.safebrowsing.phishing.enabled"
    # Old Mac line ends: a // comment ends at a lone CR.
    assert sbm.parse_firefox_prefs(f'// note\ruser_pref("{p}", false);\r') == {p: False}
    # An error skips to the next ';' only; what comes after it counts again.
    text = f'/ stray\nuser_pref("x", True);\nuser_pref("{p}", false);\n'
    assert sbm.parse_firefox_prefs(text) == {p: False}
    # An unterminated /* comment swallows the rest, not what came before it.
    assert sbm.parse_firefox_prefs(f'user_pref("{p}", false);\n/* user_pref("a", 1);') == {p: False}
    assert sbm.parse_firefox_prefs('user_pref("n", +5); user_pref("m", -7);') == {"n": 5, "m": -7}
    assert sbm.parse_firefox_prefs(f'user_pref("{p[:-7]}\\u0065nabled", false);') == {p: False}


def test_hand_edited_user_js_is_not_read_as_switched_off():
    ini = {f"{FIREFOX}/profiles.ini": prof("profiles-librewolf.ini")}
    profile = f"{FIREFOX}/br510ajh.default"
    files = {**ini, f"{profile}/user.js": sb("user-js-hand-edited.js")}
    assert run_check(CHECK, machine("debian", files=files)).status is Status.PASS


@given(st.text(max_size=400))
def test_firefox_prefs_never_crash(text):
    prefs = sbm.parse_firefox_prefs(text)
    assert all(isinstance(k, str) for k in prefs)


# ----- policies -----------------------------------------------------------------------------


def test_policy_json_with_comments_and_trailing_commas():
    text = (
        '// managed by IT\n{\n  /* block */ "SafeBrowsingProtectionLevel": 0,\n'
        '  "HomepageLocation": "https://intranet.example/#//x",\n}\n'
    )
    doc = sbm.parse_policy_json(text)
    assert doc["HomepageLocation"] == "https://intranet.example/#//x"
    [policy] = sbm.chromium_policies("chrome", "/p.json", doc)
    assert (policy.name, policy.value, policy.effect) == (
        "SafeBrowsingProtectionLevel",
        "0",
        Protection.OFF,
    )


@pytest.mark.parametrize("text", ["", "garbage", "[1]", '{"a": ', "{" * 9000])
def test_policy_json_garbage_is_a_parse_error(text):
    with pytest.raises(ParseError):
        sbm.parse_policy_json(text)


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"SafeBrowsingProtectionLevel": 0}, [("SafeBrowsingProtectionLevel", Protection.OFF)]),
        (
            {"SafeBrowsingProtectionLevel": 2},
            [("SafeBrowsingProtectionLevel", Protection.ENHANCED)],
        ),
        (
            {"SafeBrowsingProtectionLevel": 1, "SafeBrowsingEnabled": False},
            [("SafeBrowsingProtectionLevel", Protection.ON)],
        ),
        ({"SafeBrowsingEnabled": False}, [("SafeBrowsingEnabled", Protection.OFF)]),
        ({"SafeBrowsingEnabled": True}, [("SafeBrowsingEnabled", Protection.ON)]),
        ({"SafeBrowsingProtectionLevel": 7}, []),
        ({"ShowHomeButton": True}, []),
    ],
)
def test_chromium_policy_values(doc, expected):
    found = sbm.chromium_policies("chrome", "/p.json", doc)
    assert [(p.name, p.effect) for p in found] == expected


def test_edge_policy_is_smartscreen():
    [p] = sbm.chromium_policies("edge", "/e.json", {"SmartScreenEnabled": False})
    assert p.effect is Protection.OFF
    assert sbm.chromium_policies("edge", "/e.json", {"SafeBrowsingEnabled": False}) == []


def test_firefox_policies_new_and_old_style():
    locked = sbm.firefox_policies("/f.json", json.loads(sb("policies-firefox-locked.json")))
    assert [(p.pref, p.value, p.forced) for p in locked] == [
        ("browser.safebrowsing.phishing.enabled", True, True),
        ("browser.safebrowsing.malware.enabled", True, True),
    ]
    old = {"policies": {"Preferences": {"browser.safebrowsing.phishing.enabled": False}}}
    assert [(p.value, p.forced) for p in sbm.firefox_policies("/f", old)] == [(False, True)]
    default = {
        "policies": {
            "Preferences": {
                "browser.safebrowsing.malware.enabled": {"Value": False, "Status": "default"}
            }
        }
    }
    assert [(p.value, p.forced) for p in sbm.firefox_policies("/f", default)] == [(False, False)]
    assert sbm.firefox_policies("/f", {"policies": []}) == []


def test_reg_query_outputs():
    keys = sbm.parse_reg_query(sb("windows", "reg-hkcu-chrome-off.txt"))
    values = keys["HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Google\\Chrome"]
    assert values["SafeBrowsingProtectionLevel"] == "0x0"
    [p] = sbm.registry_policies("chrome", "HKCU\\x", values)
    assert p.effect is Protection.OFF
    edge = sbm.parse_reg_query(sb("windows", "reg-hklm-edge-on.txt"))
    assert list(edge) == [
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge",
        "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\ExtensionInstallForcelist",
    ]
    explorer = sbm.parse_reg_query(sb("windows", "reg-explorer-smartscreen-off-de.txt"))
    ex = explorer["HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer"]
    assert ex["(Standard)"] == "" and ex["SmartScreenEnabled"] == "Off"
    assert sbm.parse_windows_smartscreen("Off") is Protection.OFF
    assert sbm.parse_windows_smartscreen("RequireAdmin") is Protection.ON
    assert sbm.parse_windows_smartscreen(None) is None
    for empty in ("", sb("windows", "reg-missing-de.txt"), sb("windows", "reg-missing-en.txt")):
        assert sbm.parse_reg_query(empty) == {}


def test_firefox_registry_encodings():
    keys = sbm.parse_reg_query(sb("windows", "reg-hkcu-firefox-prefs-off.txt"))
    [(key, values)] = keys.items()
    found = sbm.registry_firefox_policies(key, values)
    assert [(p.value, p.forced) for p in found] == [(False, True), (False, True)]
    keys = sbm.parse_reg_query(sb("windows", "reg-hklm-firefox-json-locked-on.txt"))
    [(key, values)] = keys.items()
    [p] = sbm.registry_firefox_policies(key, values)
    assert (p.pref, p.value, p.forced) == ("browser.safebrowsing.phishing.enabled", True, True)


@given(st.text(max_size=400))
def test_policy_parsers_never_crash(text):
    keys = sbm.parse_reg_query(text)
    for key, values in keys.items():
        sbm.registry_policies("chrome", key, values)
        sbm.registry_policies("windows", key, values)
        sbm.registry_firefox_policies(key, values)
    with contextlib.suppress(ParseError):
        sbm.chromium_policies("chrome", "/p", sbm.parse_policy_json(text))


def _defaults(stdout: str = "", rc: int = 0, stderr: str = "") -> CommandResult:
    return CommandResult(sbm.SAFARI_READ, CommandOutcome.OK, rc, stdout, stderr)


def test_safari_defaults_answers():
    assert sbm.parse_defaults_bool(_defaults(sb("macos", "defaults-safari-on.txt"))) is True
    assert sbm.parse_defaults_bool(_defaults(sb("macos", "defaults-safari-off.txt"))) is False
    missing = _defaults(rc=1, stderr=sb("macos", "defaults-safari-pair-missing.txt"))
    assert sbm.parse_defaults_bool(missing) is None
    hidden = _defaults(rc=1, stderr=sb("macos", "defaults-safari-domain-missing.txt"))
    assert "Full Disk Access" in str(sbm.parse_defaults_bool(hidden))
    assert isinstance(sbm.parse_defaults_bool(_defaults("maybe")), str)
    gone = CommandResult(sbm.SAFARI_READ, CommandOutcome.NOT_FOUND)
    assert isinstance(sbm.parse_defaults_bool(gone), str)


# ----- the check on made-up Linux machines --------------------------------------------------


def linux(files=None, dirs=None, **kwargs):
    base_dirs = {CHROME: ["Default", "Profile 3"]}
    base_dirs.update(dirs or {})
    return machine("debian", files=files or {}, dirs=base_dirs, **kwargs)


def chrome_files(default: str = "{}", work: str = "{}") -> dict[str, str]:
    return {
        f"{CHROME}/Local State": prof("chrome-local-state.json"),
        f"{CHROME}/Default/Preferences": default,
        f"{CHROME}/Profile 3/Preferences": work,
    }


def test_a_second_chrome_profile_with_safe_browsing_off_fails():
    finding = run_check(CHECK, linux(chrome_files(work=sb("chrome-preferences-off.json"))))
    assert finding.status is Status.FAIL and finding.severity is Severity.HIGH
    assert finding.summary == "Phishing protection is off in Google Chrome"
    assert ("Google Chrome", "protection off (profile Work)") in facts_of(finding)
    assert ("Google Chrome", "protection on (profile Person 1)") in facts_of(finding)
    assert finding.fix is sbm.FIX_BROWSER_PROTECTION
    steps = " ".join(s.text for s in finding.fix.steps_for(OSFamily.LINUX))
    assert "chrome://settings/security" in steps


def test_all_standard_passes_and_suggests_enhanced():
    finding = run_check(CHECK, linux(chrome_files()))
    assert finding.status is Status.PASS
    assert finding.summary == "Phishing protection is on in every browser"
    assert "Enhanced protection" in finding.detail
    assert ("Suggestion", "switch on Enhanced protection in Chrome or Brave") in facts_of(finding)
    enhanced = sb("chrome-preferences-enhanced.json")
    finding = run_check(CHECK, linux(chrome_files(enhanced, enhanced)))
    assert finding.status is Status.PASS and finding.detail == ""
    assert ("Google Chrome", "enhanced protection on (profile Work)") in facts_of(finding)


def test_an_unparsable_preferences_file_is_that_profile_unknown_named():
    finding = run_check(CHECK, linux(chrome_files(work='{"safebrowsing": {"ena')))
    assert finding.status is Status.UNKNOWN
    assert "Google Chrome (profile Work)" in finding.reason
    assert "damaged" in finding.reason
    denied = linux({**chrome_files(), f"{CHROME}/Default/Preferences": FileOutcome.DENIED})
    finding = run_check(CHECK, denied)
    assert finding.status is Status.UNKNOWN and "profile Person 1" in finding.reason


def test_off_wins_over_unknown():
    files = chrome_files(default="garbage", work=sb("chrome-preferences-off.json"))
    assert run_check(CHECK, linux(files)).status is Status.FAIL


def test_no_browser_is_skipped():
    finding = run_check(CHECK, machine("fedora"))
    assert finding.status is Status.SKIPPED
    assert "Chrome" in finding.reason


def test_firefox_prefs_js_off_and_user_js_wins():
    ini = {f"{FIREFOX}/profiles.ini": prof("profiles-librewolf.ini")}
    profile = f"{FIREFOX}/br510ajh.default"
    off = machine("debian", files={**ini, f"{profile}/prefs.js": sb("prefs-off.js")})
    finding = run_check(CHECK, off)
    assert finding.status is Status.FAIL
    assert ("Firefox", "protection off (profile default)") in facts_of(finding)
    assert ("Firefox", "protection on (profile default-default)") in facts_of(finding)
    # user.js switching it back on wins over prefs.js.
    on_again = machine(
        "debian",
        files={
            **ini,
            f"{profile}/prefs.js": sb("prefs-off.js"),
            f"{profile}/user.js": 'user_pref("browser.safebrowsing.phishing.enabled", true);\n'
            'user_pref("browser.safebrowsing.malware.enabled", true);\n',
        },
    )
    assert run_check(CHECK, on_again).status is Status.PASS
    # A hardening user.js is named, since the settings page cannot undo it.
    hardened = machine("debian", files={**ini, f"{profile}/user.js": sb("user-js-hardening.js")})
    finding = run_check(CHECK, hardened)
    assert finding.status is Status.FAIL
    assert ("Firefox", f"switched off in {profile}/user.js (profile default)") in facts_of(finding)


def test_firefox_locked_policy_on_wins_over_prefs_js_and_locked_off_is_a_policy_finding():
    ini = {f"{FIREFOX}/profiles.ini": prof("profiles-librewolf.ini")}
    prefs = {f"{FIREFOX}/br510ajh.default/prefs.js": sb("prefs-off.js")}
    policy = "/etc/firefox/policies/policies.json"
    locked_on = machine(
        "debian", files={**ini, **prefs, policy: sb("policies-firefox-locked.json")}
    )
    finding = run_check(CHECK, locked_on)
    assert finding.status is Status.PASS
    assert ("Firefox", "protection on, set by a policy (profile default)") in facts_of(finding)
    off_doc = '{"policies": {"Preferences": {"browser.safebrowsing.malware.enabled": false}}}'
    locked_off = machine("debian", files={**ini, policy: off_doc})
    finding = run_check(CHECK, locked_off)
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_POLICY
    assert (
        "Switched off by a policy",
        f"Firefox: browser.safebrowsing.malware.enabled = false in {policy}",
    ) in facts_of(finding)


def test_chrome_policy_turning_it_off_is_its_own_finding_with_the_file_named():
    files = {
        **chrome_files(work=sb("chrome-preferences-enhanced.json")),
        f"{POLICY_DIR}/corp.json": sb("policy-chrome-off.json"),
        f"{POLICY_DIR}/broken.json": "{not json",
    }
    seams = linux(files, {POLICY_DIR: ["broken.json", "corp.json", "README"]})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert finding.summary == "A policy switched off phishing protection in Google Chrome"
    assert finding.fix is sbm.FIX_POLICY
    facts = facts_of(finding)
    assert (
        "Switched off by a policy",
        f"Google Chrome: SafeBrowsingProtectionLevel = 0 in {POLICY_DIR}/corp.json",
    ) in facts
    assert ("Google Chrome", "switched off by a policy (profile Work)") in facts
    assert ("Policies that could not be read", f"{POLICY_DIR}/broken.json") in facts
    steps = " ".join(s.text for s in finding.fix.steps_for(OSFamily.LINUX))
    assert "chrome://policy" in steps and "about:policies" in steps


def test_a_policy_and_a_profile_off_name_both():
    ini = {f"{FIREFOX}/profiles.ini": prof("profiles-librewolf.ini")}
    files = {
        **chrome_files(),
        **ini,
        f"{FIREFOX}/br510ajh.default/prefs.js": sb("prefs-off.js"),
        f"{POLICY_DIR}/corp.json": sb("policy-chrome-off.json"),
    }
    finding = run_check(CHECK, linux(files, {POLICY_DIR: ["corp.json"]}))
    assert finding.fix is sbm.FIX_POLICY
    assert "Also switched off in its own settings: Firefox (profile default)." in finding.detail


def test_edge_smartscreen_off_in_local_state():
    edge = "/home/user/.config/microsoft-edge"
    seams = machine(
        "ubuntu",
        files={
            f"{edge}/Local State": '{"smartscreen": {"enabled": false}}',
            f"{edge}/Default/Preferences": "{}",
        },
        dirs={edge: ["Default"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert ("Microsoft Edge", "protection off (profile Default)") in facts_of(finding)
    on = machine(
        "ubuntu",
        files={f"{edge}/Local State": sb("edge-local-state.json")},
        dirs={edge: ["Default"]},
    )
    assert run_check(CHECK, on).status is Status.PASS


def test_snap_chromium_profile_is_checked():
    snap = "/home/user/snap/chromium/common/chromium"
    seams = machine(
        "ubuntu",
        files={f"{snap}/Default/Preferences": sb("chrome-preferences-off.json")},
        dirs={snap: ["Default"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.summary == "Phishing protection is off in Chromium (Snap)"


def test_offline_changes_nothing():
    seams = linux(chrome_files(work=sb("chrome-preferences-off.json")))
    assert run_check(CHECK, seams, offline=True) == run_check(CHECK, seams)


# ----- Windows and macOS from recorded outputs ----------------------------------------------

LOCAL = "C:\\Users\\user\\AppData\\Local"
WIN_CHROME = f"{LOCAL}\\Google\\Chrome\\User Data"


HKLM_SB = sbm.windows_policy_argv("HKLM\\SOFTWARE\\Policies", "SafeBrowsing")
HKLM_SS = sbm.windows_policy_argv("HKLM\\SOFTWARE\\Policies", "SmartScreen")
HKCU_SB = sbm.windows_policy_argv("HKCU\\SOFTWARE\\Policies", "SafeBrowsing")
HKCU_SS = sbm.windows_policy_argv("HKCU\\SOFTWARE\\Policies", "SmartScreen")
EXPLORER = ("reg", "query", sbm.WINDOWS_EXPLORER_KEY, "/v", "SmartScreenEnabled")
NO_MATCH = (1, "\r\nEnd of search: 0 match(es) found.\r\n")


def windows(commands=None, files=None):
    answers = {argv: NO_MATCH for argv in (HKLM_SB, HKLM_SS, HKCU_SB, HKCU_SS)}
    answers[EXPLORER] = ok(sb("windows", "reg-explorer-smartscreen-warn.txt"))
    answers.update(commands or {})
    return machine(
        "windows",
        commands=answers,
        files={f"{WIN_CHROME}\\Default\\Preferences": "{}", **(files or {})},
        dirs={WIN_CHROME: ["Default"]},
    )


def test_windows_all_on_passes():
    finding = run_check(CHECK, windows())
    assert finding.status is Status.PASS
    assert ("Windows SmartScreen for apps and files", "protection on") in facts_of(finding)


def test_windows_hkcu_policy_is_named_with_its_key():
    key = "HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Google\\Chrome"
    finding = run_check(CHECK, windows({HKCU_SB: ok(sb("windows", "reg-hkcu-chrome-off.txt"))}))
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_POLICY
    assert (
        "Switched off by a policy",
        f"Google Chrome: SafeBrowsingProtectionLevel = 0 in {key}",
    ) in facts_of(finding)
    steps = " ".join(s.text for s in finding.fix.steps_for(OSFamily.WINDOWS))
    assert "regedit" in steps and "HKEY_CURRENT_USER" in steps


def test_windows_smartscreen_off_alone_gets_its_own_guide():
    explorer = ok(sb("windows", "reg-explorer-smartscreen-off-de.txt"))
    finding = run_check(CHECK, windows({EXPLORER: explorer}))
    assert finding.status is Status.FAIL
    assert finding.summary == "Phishing protection is off in Windows SmartScreen for apps and files"
    assert finding.fix is sbm.FIX_WINDOWS_SMARTSCREEN
    policy = ok(sb("windows", "reg-hklm-system-smartscreen-off.txt"))
    finding = run_check(CHECK, windows({HKLM_SS: policy}))
    assert finding.fix is sbm.FIX_POLICY
    assert (
        "Windows SmartScreen for apps and files",
        "switched off by a policy",
    ) in facts_of(finding)


def test_windows_firefox_registry_policy_off():
    fox = "C:\\Users\\user\\AppData\\Roaming\\Mozilla\\Firefox"
    seams = windows(
        {HKCU_SB: ok(sb("windows", "reg-hkcu-firefox-prefs-off.txt"))},
        {f"{fox}\\profiles.ini": prof("profiles-windows.ini")},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_POLICY
    assert ("Firefox", "switched off by a policy (profile Work)") in facts_of(finding)


def test_windows_reg_that_cannot_run_is_unknown_for_smartscreen():
    finding = run_check(CHECK, windows({EXPLORER: CommandOutcome.TIMEOUT}))
    assert finding.status is Status.UNKNOWN
    assert "Windows SmartScreen for apps and files" in finding.reason


MAC_CHROME = "/Users/user/Library/Application Support/Google/Chrome"


def mac(safari, extra_commands=None, files=None, mtimes=None):
    return machine(
        "macos",
        commands={sbm.SAFARI_READ: safari, **(extra_commands or {})},
        files={f"{MAC_CHROME}/Default/Preferences": "{}", **(files or {})},
        dirs={MAC_CHROME: ["Default"]},
        mtimes=mtimes,
    )


def test_macos_safari_on_off_and_hidden():
    on = run_check(CHECK, mac(ok(sb("macos", "defaults-safari-on.txt"))))
    assert on.status is Status.PASS
    assert ("Safari", "protection on") in facts_of(on)
    absent = mac((1, "", sb("macos", "defaults-safari-pair-missing.txt")))
    assert run_check(CHECK, absent).status is Status.PASS
    off = run_check(CHECK, mac(ok(sb("macos", "defaults-safari-off.txt"))))
    assert off.status is Status.FAIL and off.summary == "Phishing protection is off in Safari"
    steps = " ".join(s.text for s in off.fix.steps_for(OSFamily.MACOS))
    assert "Warn when visiting a fraudulent website" in steps
    hidden = run_check(CHECK, mac((1, "", sb("macos", "defaults-safari-domain-missing.txt"))))
    assert hidden.status is Status.UNKNOWN and "Full Disk Access" in hidden.reason


def test_macos_managed_preferences_policy():
    plist = "/Library/Managed Preferences/com.google.Chrome"
    seams = mac(
        ok("1\n"),
        {("defaults", "read", plist): ok(sb("macos", "defaults-managed-chrome.txt"))},
        mtimes={f"{plist}.plist": 1.0},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_POLICY
    assert (
        "Switched off by a policy",
        f"Google Chrome: SafeBrowsingProtectionLevel = 0 in {plist}.plist",
    ) in facts_of(finding)


def test_windows_policy_search_output_in_german_keeps_only_browser_keys():
    finding = run_check(
        CHECK, windows({HKCU_SB: ok(sb("windows", "reg-search-hkcu-chrome-off-de.txt"))})
    )
    policies = finding.evidence["policies"]
    assert [(p["policy"], p["value"], p["where"]) for p in policies] == [
        (
            "SafeBrowsingProtectionLevel",
            "0",
            "HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Google\\Chrome",
        )
    ]
    assert (
        sbm.windows_policy_browser(
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\Recommended"
        )
        is None
    )
    assert (
        sbm.windows_policy_browser("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge")
        == "edge"
    )


def test_windows_reg_that_cannot_run_names_the_policy_root():
    finding = run_check(CHECK, windows({HKLM_SB: CommandOutcome.NOT_FOUND}))
    # A policy there could switch protection off unseen: never "on".
    assert finding.status is Status.UNKNOWN
    assert "browser policies in HKLM\\SOFTWARE\\Policies could not be read" in finding.reason
    assert ("Policies that could not be read", "HKLM\\SOFTWARE\\Policies") in facts_of(finding)


def test_defaults_domain_dump():
    values = sbm.parse_defaults_domain(sb("macos", "defaults-managed-chrome.txt"))
    assert values == {
        "DefaultSearchProviderEnabled": "1",
        "HomepageLocation": "https://www.example.com/",
        "SafeBrowsingProtectionLevel": "0",
    }
    assert sbm.parse_defaults_domain("") == {}


# ----- real-world variants (constructed; see the fixtures' README) --------------------------


@pytest.mark.parametrize(
    ("local_state", "why"),
    [
        ('{"smartscreen": {"enabled": fal', "damaged or half-written"),
        (FileOutcome.DENIED, "not allowed to read"),
        (FileOutcome.ERROR, "could not be read"),
    ],
)
def test_edge_local_state_that_cannot_be_read_is_unknown_not_on(local_state, why):
    # Edge keeps its SmartScreen switch in Local State, not in the profile: when that file
    # cannot be read, "on by default" is a guess.
    edge = "/home/user/.config/microsoft-edge"
    seams = machine(
        "ubuntu",
        files={f"{edge}/Local State": local_state, f"{edge}/Default/Preferences": "{}"},
        dirs={edge: ["Default"]},
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.UNKNOWN
    assert "Microsoft Edge (profile Default)" in finding.reason and why in finding.reason
    # The profile's own switch still decides when it has one.
    own = {
        f"{edge}/Local State": local_state,
        f"{edge}/Default/Preferences": sb("edge-preferences-smartscreen-off.json"),
    }
    finding = run_check(CHECK, machine("ubuntu", files=own, dirs={edge: ["Default"]}))
    assert finding.status is Status.FAIL


@pytest.mark.parametrize(
    "stdout",
    [
        "",
        "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer\r\n",
    ],
)
def test_windows_explorer_exit_0_without_the_value_is_unknown(stdout):
    # Exit 0 means the value is there; output that does not show it (empty, cut short) is no
    # answer, not "absent, so on by default".
    finding = run_check(CHECK, windows({EXPLORER: ok(stdout)}))
    assert finding.status is Status.UNKNOWN
    assert "Windows SmartScreen for apps and files" in finding.reason
    lower = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Explorer\r\n"
    lower += "    smartscreenenabled    REG_SZ    Off\r\n\r\n"
    assert run_check(CHECK, windows({EXPLORER: ok(lower)})).status is Status.FAIL


def test_firefox_default_only_policy_that_the_profile_overrode_is_no_policy_finding():
    # "Status": "default" changes the default only; a profile whose prefs.js switched it back
    # on is protected, so "a policy switched it off" would be untrue for it.
    ini = {f"{FIREFOX}/profiles.ini": prof("profiles-librewolf.ini")}
    policy = "/etc/firefox/policies/policies.json"
    doc = sb("policies-firefox-default-off.json")
    back_on = 'user_pref("browser.safebrowsing.phishing.enabled", true);\n'
    files = {
        **ini,
        policy: doc,
        f"{FIREFOX}/br510ajh.default/prefs.js": back_on,
        f"{FIREFOX}/piy8uv0j.default-default/prefs.js": back_on,
    }
    finding = run_check(CHECK, machine("debian", files=files))
    assert finding.status is Status.PASS
    assert not [f for f in facts_of(finding) if f[0] == "Switched off by a policy"]
    # A profile that kept the policy's default is off because of it: the policy is named.
    files.pop(f"{FIREFOX}/piy8uv0j.default-default/prefs.js")
    finding = run_check(CHECK, machine("debian", files=files))
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_POLICY
    assert ("Firefox", "switched off by a policy (profile default-default)") in facts_of(finding)
    assert ("Firefox", "protection on (profile default)") in facts_of(finding)


def test_recommended_policy_off_switches_off_profiles_that_never_chose():
    # A recommended policy is a default: a profile without its own setting follows it (off),
    # one whose user chose keeps its choice. Before, both read as "on by default".
    recommended = "/etc/opt/chrome/policies/recommended"
    files = {
        **chrome_files(work='{"safebrowsing": {"enabled": true}}'),
        f"{recommended}/defaults.json": '{"SafeBrowsingProtectionLevel": 0}',
    }
    finding = run_check(CHECK, linux(files, {recommended: ["defaults.json"]}))
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_BROWSER_PROTECTION
    facts = facts_of(finding)
    assert ("Google Chrome", "switched off by a policy (profile Person 1)") in facts
    assert ("Google Chrome", "protection on (profile Work)") in facts
    assert (
        "Switched off by a policy",
        f"Google Chrome: SafeBrowsingProtectionLevel = 0 in {recommended}/defaults.json",
    ) in facts
    # Windows: the same policy under the browser's Recommended key.
    seams = windows({HKCU_SB: ok(sb("windows", "reg-search-hkcu-chrome-recommended-off.txt"))})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.FAIL
    assert ("Google Chrome", "switched off by a policy (profile Default)") in facts_of(finding)
    assert (
        sbm.windows_recommended_browser(
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\Recommended"
        )
        == "edge"
    )
    assert (
        sbm.windows_recommended_browser("HKEY_CURRENT_USER\\SOFTWARE\\Policies\\X\\Recommended")
        is None
    )


def test_chromium_policy_folder_is_read_as_chromium_reads_it():
    # Chromium reads every file of the folder, whatever its name, and a later file (in name
    # order) wins: a policy file without ".json" is still a policy, and a later file can undo
    # an earlier one.
    files = {**chrome_files(), f"{POLICY_DIR}/zz-adware": sb("policy-chrome-off.json")}
    finding = run_check(CHECK, linux(files, {POLICY_DIR: ["README", "zz-adware"]}))
    assert finding.status is Status.FAIL and finding.fix is sbm.FIX_POLICY
    assert (
        "Switched off by a policy",
        f"Google Chrome: SafeBrowsingProtectionLevel = 0 in {POLICY_DIR}/zz-adware",
    ) in facts_of(finding)
    assert not [f for f in facts_of(finding) if f[0] == "Policies that could not be read"]
    later_on = {
        **chrome_files(),
        f"{POLICY_DIR}/a.json": sb("policy-chrome-off.json"),
        f"{POLICY_DIR}/b.json": '{"SafeBrowsingProtectionLevel": 1}',
    }
    finding = run_check(CHECK, linux(later_on, {POLICY_DIR: ["b.json", "a.json"]}))
    assert finding.status is Status.PASS
    assert ("Google Chrome", "protection on, set by a policy (profile Work)") in facts_of(finding)
