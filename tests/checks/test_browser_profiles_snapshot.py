"""A snapshot keeps of a browser's files only the keys the checks read (browser_files.py)."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks.browser_files import UNPARSABLE, minimise_browser_file
from tests.support import fixture_text

PROFILE = "/home/user/.config/google-chrome/Default"
PRIVATE = ("alice", "bank.example", "doctor.example", "sessions", "Medical", "13370000000")


def sb(name: str) -> str:
    return fixture_text("browsers", "safebrowsing", name)


def ext(name: str) -> str:
    return fixture_text("browsers", "extensions", name)


def test_preferences_keep_safe_browsing_and_extension_state_only():
    small = minimise_browser_file(f"{PROFILE}/Preferences", sb("chrome-preferences-private.json"))
    assert small is not None
    for word in PRIVATE:
        assert word not in small
    doc = json.loads(small)
    assert doc["safebrowsing"] == {"enabled": False, "enhanced": False}
    entry = doc["extensions"]["settings"]["nngceckbapebfimnlniiiahkandclblb"]
    assert entry["disable_reasons"] == [] and entry["state"] == 1
    assert entry["manifest"]["name"] == "Bitwarden Password Manager"
    assert set(doc) == {"safebrowsing", "extensions"}


def test_local_state_keeps_profile_names_and_smartscreen():
    text = json.dumps(
        {
            "profile": {
                "info_cache": {"Default": {"name": "Work", "user_name": "alice@example.com"}},
                "last_used": "Default",
            },
            "smartscreen": {"enabled": False},
            "account_tracker": {"alice@example.com": {}},
        }
    )
    small = minimise_browser_file(
        "C:\\Users\\u\\AppData\\Local\\Microsoft\\Edge\\User Data\\Local State", text
    )
    assert small is not None and "alice" not in small
    assert json.loads(small) == {
        "profile": {"info_cache": {"Default": {"name": "Work"}}},
        "smartscreen": {"enabled": False},
    }


def test_prefs_js_keeps_only_safe_browsing_lines():
    small = minimise_browser_file(
        "/home/user/.mozilla/firefox/x.default/prefs.js", sb("prefs-private.js")
    )
    assert small == 'user_pref("browser.safebrowsing.phishing.enabled", false);\n'


def test_prefs_js_keeps_what_firefox_reads_not_what_its_lines_look_like():
    # A definition Firefox skips (missing ';' drops the next one too) is not kept, so the
    # replay of a snapshot reaches the same verdict as the machine did.
    text = (
        'user_pref("other.pref", 1)\n'
        'user_pref("browser.safebrowsing.phishing.enabled", false);\n'
        '# user_pref("browser.safebrowsing.malware.enabled", false);\n'
        'user_pref("browser.safebrowsing.downloads.enabled",\n  false);\n'
    )
    small = minimise_browser_file("/home/user/.mozilla/firefox/x.default/user.js", text)
    assert small == 'user_pref("browser.safebrowsing.downloads.enabled", false);\n'


def test_policy_files_keep_only_the_policies_read():
    small = minimise_browser_file(
        "/etc/opt/chrome/policies/managed/corp.json", sb("policy-chrome-off.json")
    )
    assert small is not None and json.loads(small) == {"SafeBrowsingProtectionLevel": 0}
    ff = minimise_browser_file(
        "/etc/firefox/policies/policies.json", sb("policies-firefox-locked.json")
    )
    assert ff is not None
    assert json.loads(ff) == json.loads(sb("policies-firefox-locked.json"))


def test_files_the_browsers_read_with_comments_keep_their_keys():
    # Chrome reads policy files and extension manifests with comments (policies with trailing
    # commas too), and so do the checks: a snapshot must keep them, not call them unparsable.
    policy = minimise_browser_file(
        "/etc/opt/chrome/policies/managed/forcelist.json", ext("policy-chrome-forcelist.json")
    )
    assert policy is not None and policy != UNPARSABLE
    assert json.loads(policy)["ExtensionInstallForcelist"]
    manifest = minimise_browser_file(
        f"{PROFILE}/Extensions/abc/0.3_0/manifest.json", ext("manifest-with-comments.json")
    )
    assert manifest is not None and json.loads(manifest) == {
        "name": "Page Notes Helper",
        "host_permissions": ["<all_urls>"],
    }
    # A manifest with a trailing comma is not read by the check either: still a marker.
    cut = minimise_browser_file(f"{PROFILE}/Extensions/abc/1_0/manifest.json", '{"name": "x",}')
    assert cut == UNPARSABLE


def test_unparsable_browser_file_is_a_marker_that_is_still_unparsable():
    small = minimise_browser_file(f"{PROFILE}/Preferences", '{"sessions": "https://bank.example')
    assert small == UNPARSABLE
    with pytest.raises(json.JSONDecodeError):
        json.loads(small)


@pytest.mark.parametrize(
    "path",
    ["/etc/os-release", "/home/user/Downloads/x.json", "/home/user/.mozilla/firefox/profiles.ini"],
)
def test_other_files_are_left_alone(path):
    assert minimise_browser_file(path, '{"a": 1}') is None


@given(st.text(max_size=300))
def test_never_crashes_on_garbage(text):
    for name in ("Preferences", "Local State", "prefs.js", "extensions.json"):
        out = minimise_browser_file(f"/p/{name}", text)
        assert out is not None and len(out) <= max(len(text), len(UNPARSABLE)) + 2


def test_policy_files_without_json_in_their_name_are_cut_down_too():
    # Chromium reads every file of its policy folders; a snapshot keeps only the policies read
    # of each, whatever its name.
    text = '{"SafeBrowsingProtectionLevel": 0, "HomepageLocation": "https://bank.example/"}'
    small = minimise_browser_file("/etc/opt/chrome/policies/managed/zz-adware", text)
    assert small is not None and json.loads(small) == {"SafeBrowsingProtectionLevel": 0}
