"""PHI-002: extensions that read every website and did not come from the store."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hygiene_app.checks import extensions as ex
from hygiene_app.checks._common import ParseError
from hygiene_app.engine.model import OSFamily, Severity, Status
from hygiene_app.engine.probes import FileOutcome
from tests.checks.test_any_machine import json_values
from tests.support import fixture_text, machine, run_check

CHECK = ex.ExtensionsCheck()

BITWARDEN = "nngceckbapebfimnlniiiahkandclblb"
UBLOCK = "cjpalhdlnbpafiamejdnhcphjbkeiagm"
COUPON = "kmfhpldgkcoepgjnmgmbhbfmjbfcjmbe"
HELPER = "pdnjdhfhohcclcbofckiofbbaljbejmn"
FORCED = "aapbdbdomjkkjkaonfhkkikfgjllcleb"
CRX = "bmnlcjabgnpnenekpadlanbbkooimhnj"

CHROME = "/home/user/.config/google-chrome"
FIREFOX = "/home/user/.mozilla/firefox"
WIN_CHROME = "C:\\Users\\user\\AppData\\Local\\Google\\Chrome\\User Data"
LOCAL_STATE = json.dumps({"profile": {"info_cache": {"Default": {"name": "Person 1"}}}})


def fx(name: str) -> str:
    return fixture_text("browsers", "extensions", name)


def chrome(
    files: dict[str, str | FileOutcome],
    os: str = "debian",
    dirs: dict[str, list[str]] | None = None,
    **kw: object,
):
    """A machine with one Chrome profile (Default) and `files` below the profile folder (or at
    an absolute path)."""
    if os == "windows":
        base, sep = WIN_CHROME, "\\"
    else:
        base, sep = CHROME, "/"
    listed: dict[str, object] = {base: ["Default", "Local State"], **(dirs or {})}
    all_files: dict[str, object] = {f"{base}{sep}Local State": LOCAL_STATE}
    for rel, text in files.items():
        path = rel if rel.startswith(("/", "C:")) else f"{base}{sep}Default{sep}{rel}"
        all_files[path] = text
    return machine(os, files=all_files, dirs=listed, **kw)  # type: ignore[arg-type]


def firefox(extensions_json: str | FileOutcome, more: dict[str, str] | None = None):
    ini = "[Profile0]\nName=default-release\nIsRelative=1\nPath=abcd1234.default-release\n"
    return machine(
        "debian",
        files={
            f"{FIREFOX}/profiles.ini": ini,
            f"{FIREFOX}/abcd1234.default-release/extensions.json": extensions_json,
            **(more or {}),
        },
    )


def facts_of(finding):
    return [(f.label, f.value) for f in finding.facts]


# ----- what counts as every website ---------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "all_sites"),
    [
        ("<all_urls>", True),
        ("*://*/*", True),
        ("https://*/*", True),
        (" https://*/* ", True),
        ("http://*/*", False),
        ("https://*.example.com/*", False),
        ("https://mail.example.com/*", False),
        ("file:///*", False),
        ("https://*/", False),
        ("tabs", False),
        ("", False),
    ],
)
def test_patterns_that_reach_every_website(pattern, all_sites):
    assert ex.covers_all_sites(pattern) is all_sites


def test_http_and_https_together_reach_every_site_and_name_the_wide_ones():
    access, wide = ex.site_access(["http://*/*", "https://*/*", "https://a.example/*"])
    assert access is ex.Access.ALL_SITES and wide == ("https://*/*",)
    assert ex.site_access(["https://a.example/*"]) == (ex.Access.LIMITED, ())


def test_manifest_patterns_read_permissions_host_permissions_and_content_scripts():
    manifest = ex.parse_manifest(fx("manifest-page-helper.json"))
    assert manifest.name == "__MSG_appName__" and manifest.default_locale == "de"
    assert manifest.patterns == ("cookies", "webRequest", "<all_urls>")
    assert "*://*/*" in ex.parse_manifest(fx("manifest-coupon.json")).patterns
    optional = {"optional_host_permissions": ["<all_urls>"], "permissions": ["tabs"]}
    assert ex.manifest_from(optional).patterns == ("tabs",)


# ----- where an extension came from: Chromium ----------------------------------------------


@pytest.mark.parametrize(
    ("entry", "source"),
    [
        ({"location": 1, "from_webstore": True}, ex.Source.STORE),
        ({"location": 1, "creation_flags": 9}, ex.Source.STORE),
        ({"location": 2}, ex.Source.EXTERNAL),
        ({"location": 3}, ex.Source.EXTERNAL),
        ({"location": 4}, ex.Source.DEVELOPER),
        ({"location": 5}, ex.Source.BUILT_IN),
        ({"location": 6}, ex.Source.EXTERNAL),
        ({"location": 6, "was_installed_by_default": True}, ex.Source.BUILT_IN),
        ({"location": 2, "creation_flags": 1 << 10}, ex.Source.BUILT_IN),
        ({"location": 7}, ex.Source.POLICY),
        ({"location": 8}, ex.Source.DEVELOPER),
        ({"location": 9}, ex.Source.POLICY),
        ({"location": 10}, ex.Source.BUILT_IN),
        ({"location": 0}, ex.Source.UNKNOWN),
        ({"location": 99}, ex.Source.UNKNOWN),
        ({"location": True}, ex.Source.UNKNOWN),
        ({"path": "x"}, ex.Source.UNKNOWN),
        # An internal install not marked as the store's: only its manifest can tell.
        ({"location": 1, "from_webstore": False}, ex.Source.UNKNOWN),
    ],
)
def test_chromium_locations(entry, source):
    assert ex.chromium_source(entry) is source


def test_an_internal_install_is_the_stores_only_with_a_store_update_address():
    entry = {"location": 1, "from_webstore": False}
    store = ex.parse_manifest(fx("manifest-store-ublock.json"))
    assert ex.chromium_source(entry, store) is ex.Source.STORE
    assert ex.chromium_source(entry, ex.parse_manifest(fx("manifest-crx.json"))) is ex.Source.FILE
    lookalike = ex.Manifest(update_url="https://clients2.google.com.evil.example/crx")
    assert ex.chromium_source(entry, lookalike) is ex.Source.FILE
    assert not ex.is_store_update_url("http://clients2.google.com/service/update2/crx")
    for store in (
        "https://edge.microsoft.com/extensionwebstorebase/v1/crx",
        "https://extension-updates.opera.com/api/omaha/update/",
    ):
        assert ex.is_store_update_url(store)


def test_granted_permissions_win_over_the_manifest():
    """A user who set site access to "on click" withheld the hosts: Chromium's granted list is
    what the extension can reach now."""
    entry = {
        "location": 4,
        "active_permissions": {"api": ["tabs"], "explicit_host": []},
        "manifest": {"name": "Limited now", "permissions": ["<all_urls>"]},
    }
    ext = ex.chromium_extension("a" * 32, entry)
    assert ext.access is ex.Access.LIMITED and ext.name == "Limited now"
    assert ex.chromium_extension("a" * 32, {"location": 4}).access is ex.Access.UNKNOWN


def test_names_from_the_extensions_own_locale():
    assert ex.message_key("__MSG_appName__") == "appName"
    assert ex.message_key("App __MSG_x__") is None
    assert ex.parse_messages(fx("messages-de.json"), "APPNAME") == "Seitenhelfer Pro"
    assert ex.parse_messages(fx("messages-de.json"), "missing") is None
    assert ex.parse_messages("not json", "appName") is None
    assert ex.parse_messages('{"appName": {"message": 3}}', "appName") is None


# ----- where an extension came from: Firefox -----------------------------------------------


def test_firefox_sources_signatures_and_reach():
    found = {e.id: e for e in ex.parse_firefox_extensions(fx("firefox-extensions.json"))}
    assert "firefox-compact-dark@mozilla.org" not in found  # a theme
    assert {i: (e.source, e.access, e.signed) for i, e in found.items()} == {
        "uBlock0@raymondhill.net": (ex.Source.STORE, ex.Access.ALL_SITES, True),
        "{446900e4-71c2-419f-a6a7-df9c091e268b}": (ex.Source.STORE, ex.Access.ALL_SITES, True),
        "page-grabber@dev.example": (ex.Source.DEVELOPER, ex.Access.ALL_SITES, False),
        "shopper@deals.example": (ex.Source.EXTERNAL, ex.Access.ALL_SITES, True),
        "reader@unsigned.example": (ex.Source.FILE, ex.Access.ALL_SITES, False),
        "corp-helper@company.example": (ex.Source.POLICY, ex.Access.ALL_SITES, True),
        "formautofill@mozilla.org": (ex.Source.BUILT_IN, ex.Access.ALL_SITES, True),
        "uBlock0@debian.example": (ex.Source.EXTERNAL, ex.Access.ALL_SITES, True),
        "weather@addons.example": (ex.Source.FILE, ex.Access.LIMITED, True),
    }
    assert found["weather@addons.example"].name == "天気予報"
    assert not found["uBlock0@debian.example"].enabled


def test_an_unsigned_add_on_is_never_the_stores():
    addon = {
        "id": "x@y",
        "location": "app-profile",
        "signedState": -1,
        "sourceURI": "https://addons.mozilla.org/x.xpi",
        "userPermissions": {"origins": ["<all_urls>"]},
    }
    ext = ex.firefox_extension(addon)
    assert ext is not None and ext.full_access_off_store
    assert ex.firefox_extension({**addon, "signedState": 2}).full_access_off_store is False  # type: ignore[union-attr]


def test_firefox_without_a_list_of_add_ons_is_an_error():
    for text in ("", "null", "[]", '{"addons": {}}', fx("garbage.json")):
        with pytest.raises(ParseError):
            ex.parse_firefox_extensions(text)


# ----- the check on recorded profiles -------------------------------------------------------


def test_store_extensions_that_read_every_site_are_fine():
    seams = chrome(
        {
            "Preferences": fx("chrome-preferences-store.json"),
            f"Extensions/{UBLOCK}/1.60.0_0/manifest.json": fx("manifest-store-ublock.json"),
        }
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.PASS, finding
    assert finding.summary == "No extension from outside the store can read every website"
    facts = dict(facts_of(finding))
    assert facts["From the store, reading every website (fine)"] == (
        f"uBlock Origin Lite, {BITWARDEN}"  # no manifest.json on disk: the id stands in
    )
    assert facts["Extensions looked at"] == "4 extensions in Google Chrome, profile Person 1"
    assert finding.evidence["full_access_not_from_store"] == []


def test_an_unpacked_extension_in_developer_mode_warns_with_its_own_name():
    helper = "/home/user/Downloads/page-helper"
    seams = chrome(
        {
            "Preferences": fx("chrome-preferences-devmode.json"),
            f"{helper}/manifest.json": fx("manifest-page-helper.json"),
            f"{helper}/_locales/de/messages.json": fx("messages-de.json"),
        }
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN and finding.severity is Severity.MEDIUM
    assert finding.summary == "An extension from outside the store can read every website"
    assert finding.detail.startswith(
        "Seitenhelfer Pro: can read and change everything on every website"
    )
    facts = facts_of(finding)
    assert (
        "Reads every website, not from the store",
        "Seitenhelfer Pro (Google Chrome, profile Person 1): loaded from a folder in developer "
        "mode; it can read and change everything on every website",
    ) in facts
    assert ("Developer mode on", "Google Chrome, profile Person 1") in facts
    [entry] = finding.evidence["full_access_not_from_store"]
    assert entry["id"] == HELPER and entry["location"] == "4"
    assert entry["all_sites_patterns"] == ["<all_urls>"]
    assert finding.fix is ex.FIX_REMOVE


def test_an_extension_another_program_added_warns_and_a_switched_off_one_is_listed():
    seams = chrome(
        {
            "Secure Preferences": fx("chrome-secure-preferences-external.json"),
            f"Extensions\\{COUPON}\\3.2.1_0\\manifest.json": fx("manifest-coupon.json"),
        },
        os="windows",
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    facts = facts_of(finding)
    assert (
        "Reads every website, not from the store",
        "Coupon Saver (Google Chrome, profile Person 1): added by another program on this "
        "computer; it can read and change everything on every website",
    ) in facts
    assert (
        "Switched off, not from the store",
        "Free VPN Proxy (Google Chrome, profile Person 1): added by another program on this "
        "computer",
    ) in facts
    assert "Mail Notifier" not in json.dumps(facts)  # one site only: fine
    for os_family in OSFamily:
        assert finding.fix is not None and finding.fix.steps_for(os_family)


def test_a_policy_forced_extension_is_named_as_installed_by_a_policy():
    seams = chrome({"Secure Preferences": fx("chrome-secure-preferences-policy.json")})
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN and finding.severity is Severity.HIGH
    [(_label, value)] = [f for f in facts_of(finding) if f[0].startswith("Reads every")]
    assert value.startswith(
        "Search Enhancer (Google Chrome, profile Person 1): installed by a policy"
    )
    assert finding.fix is ex.FIX_POLICY
    assert finding.fix.verify_check == "PHI-002"
    linux = " ".join(s.text for s in finding.fix.steps_for(OSFamily.LINUX))
    assert "chrome://policy" in linux and "malware" in linux and "IT person" in linux


def test_a_crx_file_install_is_judged_by_its_manifest():
    files = {"Preferences": fx("chrome-preferences-crx-file.json")}
    unknown = run_check(CHECK, chrome(files))
    assert unknown.status is Status.UNKNOWN
    assert unknown.reason == f"The origin or the permissions of {CRX} cannot be read."
    manifest = f"Extensions/{CRX}/0.9_0/manifest.json"
    warn = run_check(CHECK, chrome({**files, manifest: fx("manifest-crx.json")}))
    assert warn.status is Status.WARN
    assert warn.evidence["full_access_not_from_store"][0]["name"] == "PDF Konverter \u2013 Schnell"  # type: ignore[index]
    store = run_check(CHECK, chrome({**files, manifest: fx("manifest-store-ublock.json")}))
    assert store.status is Status.PASS


def test_firefox_temporary_sideloaded_unsigned_and_policy_add_ons_warn():
    finding = run_check(CHECK, firefox(fx("firefox-extensions.json")))
    assert finding.status is Status.WARN and finding.severity is Severity.HIGH
    assert finding.summary == "4 extensions from outside the store can read every website"
    warned = {e["name"]: e["how"] for e in finding.evidence["full_access_not_from_store"]}  # type: ignore[index, union-attr]
    assert warned == {
        "Page Grabber (dev)": "loaded temporarily for development, not signed by Mozilla",
        "Deal Finder": "added by another program on this computer",
        "Quick Reader": "installed from a file, not from the store, not signed by Mozilla",
        "Corp Helper": "installed by a policy, so it cannot be removed in the browser",
    }
    off = [e["name"] for e in finding.evidence["switched_off"]]  # type: ignore[index, union-attr]
    assert off == ["uBlock Origin (Debian package)"]
    facts = dict(facts_of(finding))
    assert facts["From the store, reading every website (fine)"] == (
        "uBlock Origin, Bitwarden Password Manager"
    )


def test_firefox_with_store_add_ons_only_passes():
    finding = run_check(CHECK, firefox(fx("firefox-extensions-store-only.json")))
    assert finding.status is Status.PASS
    assert dict(facts_of(finding))["Extensions looked at"] == (
        "2 extensions in Firefox, profile default-release"
    )


@pytest.mark.parametrize("broken", [fx("garbage.json"), FileOutcome.DENIED, "[]", "null"])
def test_unreadable_settings_are_unknown_never_fine(broken):
    for finding in (
        run_check(CHECK, chrome({"Preferences": broken})),
        run_check(CHECK, firefox(broken)),
    ):
        assert finding.status is Status.UNKNOWN
        assert finding.reason.startswith("The extension settings of ")
        assert finding.reason.endswith("cannot be read.")


def test_garbage_beside_a_warning_still_warns_and_names_the_unreadable_profile():
    seams = machine(
        "debian",
        dirs={CHROME: ["Default", "Local State", "Profile 1"]},
        files={
            f"{CHROME}/Default/Secure Preferences": fx("chrome-secure-preferences-policy.json"),
            f"{CHROME}/Profile 1/Preferences": fx("garbage.json"),
        },
    )
    finding = run_check(CHECK, seams)
    assert finding.status is Status.WARN
    facts = dict(facts_of(finding))
    assert facts["Browser profiles that could not be read"] == "Google Chrome, profile Profile 1"


def test_missing_files_and_no_browser_are_not_run_never_fine():
    nothing = run_check(CHECK, machine("debian"))
    assert nothing.status is Status.SKIPPED
    assert nothing.reason == (
        "No profile of Chrome, Chromium, Edge, Brave, Opera, Vivaldi or Firefox was found for "
        "this user."
    )
    gone = run_check(CHECK, chrome({}))  # listed in Local State, no preferences on disk
    assert gone.status is Status.SKIPPED


def test_a_hostile_path_is_never_followed():
    entry = {"location": 2, "path": "../../../../etc", "disable_reasons": []}
    prefs = json.dumps({"extensions": {"settings": {"b" * 32: entry}}})
    read: list[str] = []
    seams = chrome({"Preferences": prefs})
    inner = seams.files

    class Spy:
        def __getattr__(self, name):
            return getattr(inner, name)

        def read_text(self, path):
            read.append(path)
            return inner.read_text(path)

    from dataclasses import replace

    finding = run_check(CHECK, replace(seams, files=Spy()))
    assert finding.status is Status.UNKNOWN
    assert not any(".." in p for p in read)
    assert ex.extension_folder(OSFamily.LINUX, _profile(), "a/../b") is None
    assert ex.extension_folder(OSFamily.LINUX, _profile(), "") is None


def _profile():
    from hygiene_app.checks.browser_profiles import BrowserFamily, BrowserProfile

    return BrowserProfile(
        "chrome",
        "Google Chrome",
        BrowserFamily.CHROMIUM,
        "native",
        CHROME,
        CHROME + "/Default",
        "x",
    )


# ----- hypothesis: parsers never crash ------------------------------------------------------

settings_docs = json_values.map(lambda v: {"extensions": {"settings": {"a" * 32: v}}})


@given(st.text(max_size=200) | json_values.map(json.dumps) | settings_docs.map(json.dumps))
def test_parsers_never_crash_on_garbage(text):
    for parse in (ex.parse_manifest, ex.parse_firefox_extensions):
        with contextlib.suppress(ParseError):
            parse(text)
    ex.parse_messages(text, "appName")
    ex.developer_mode(text)
    try:
        data = ex.chromium_profile_data(text, text)
    except ParseError:
        return
    for ext_id, entry in data.settings.items():
        ext = ex.chromium_extension(ext_id, entry)
        ex.source_words(ext)


@given(json_values, json_values)
def test_any_entry_or_add_on_gives_an_extension(entry, addon):
    if isinstance(entry, dict):
        ex.chromium_extension("a" * 32, entry)
    if isinstance(addon, dict):
        ex.firefox_extension({"id": "x@y", **addon})


def test_every_verdict_reads_well_and_says_what_it_found_in_words():
    from tests.checks.test_facts import fact_problems
    from tests.checks.test_texts import problems

    helper = "/home/user/Downloads/page-helper"
    machines = [
        chrome({"Preferences": fx("chrome-preferences-store.json")}),
        chrome(
            {
                "Preferences": fx("chrome-preferences-devmode.json"),
                f"{helper}/manifest.json": fx("manifest-page-helper.json"),
            }
        ),
        chrome({"Secure Preferences": fx("chrome-secure-preferences-external.json")}, "windows"),
        chrome({"Secure Preferences": fx("chrome-secure-preferences-policy.json")}),
        chrome({"Preferences": fx("chrome-preferences-crx-file.json")}),
        chrome({"Preferences": fx("garbage.json")}),
        firefox(fx("firefox-extensions.json")),
        firefox(fx("firefox-extensions-store-only.json")),
        machine("macos"),
    ]
    for seams in machines:
        finding = run_check(CHECK, seams)
        assert problems(finding) == []
        assert fact_problems(finding) == []


# ----- which policy installed it ------------------------------------------------------------

POLICY_FACT = "Reads every website, not from the store"


def _policy_line(finding) -> str:
    [value] = [v for label, v in facts_of(finding) if label == POLICY_FACT]
    return value


def test_policy_documents_name_the_ids_they_install():
    from hygiene_app.checks.safe_browsing import parse_policy_json

    doc = parse_policy_json(fx("policy-chrome-forcelist.json"))
    assert ex.forced_chromium_ids(doc) == {FORCED, "b" * 32, "c" * 32}
    assert ex.forced_chromium_ids(
        {"ExtensionSettings": json.dumps({"d" * 32: {"installation_mode": "normal_installed"}})}
    ) == {"d" * 32}
    assert (
        ex.forced_chromium_ids({"ExtensionInstallForcelist": "x", "ExtensionSettings": 3}) == set()
    )
    ff = json.loads(fx("policies-firefox-extensions.json"))
    assert ex.forced_firefox_ids(ff) == {"corp-helper@company.example", "locked@company.example"}
    assert ex.forced_firefox_ids({"policies": []}) == set()
    assert ex.forcelist_ids(fx("reg-query-forcelist.txt")) == {
        FORCED,
        "ghbmnnjooekpmoecnnnilnnbdlolhkhi",
    }
    assert ex.forcelist_ids(fx("defaults-read-forcelist.txt")) == {FORCED}


def test_the_linux_policy_file_that_forces_it_in_is_named():
    managed = "/etc/opt/chrome/policies/managed"
    seams = chrome(
        {
            "Secure Preferences": fx("chrome-secure-preferences-policy.json"),
            f"{managed}/search.json": fx("policy-chrome-forcelist.json"),
        },
        dirs={managed: ["search.json", "notes.txt"]},
    )
    finding = run_check(CHECK, seams)
    assert _policy_line(finding).startswith(
        "Search Enhancer (Google Chrome, profile Person 1): installed by a policy, so it cannot "
        f"be removed in the browser (set in {managed}/search.json)"
    )
    assert finding.evidence["full_access_not_from_store"][0]["policy"] == f"{managed}/search.json"  # type: ignore[index]


def test_the_windows_registry_key_that_forces_it_in_is_named():
    key = "HKCU\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist"
    seams = chrome(
        {"Secure Preferences": fx("chrome-secure-preferences-policy.json")},
        "windows",
        commands={
            ("reg", "query", key): (0, fx("reg-query-forcelist.txt")),
            ("reg", "query", key.replace("HKCU", "HKLM")): (1, "", "ERROR: not found"),
        },
    )
    finding = run_check(CHECK, seams)
    assert _policy_line(finding).endswith(
        f"(set in {key}); it can read and change everything on every website"
    )


def test_the_macos_managed_preferences_that_force_it_in_are_named():
    plist = "/Library/Managed Preferences/com.google.Chrome"
    base = "/Users/user/Library/Application Support/Google/Chrome"
    seams = machine(
        "macos",
        files={
            f"{base}/Local State": LOCAL_STATE,
            f"{base}/Default/Secure Preferences": fx("chrome-secure-preferences-policy.json"),
        },
        dirs={base: ["Default", "Local State"]},
        mtimes={f"{plist}.plist": 1.0},
        commands={
            ("defaults", "read", plist, "ExtensionInstallForcelist"): (
                0,
                fx("defaults-read-forcelist.txt"),
            )
        },
    )
    finding = run_check(CHECK, seams)
    assert f"(set in {plist}.plist)" in _policy_line(finding)


def test_the_firefox_policies_json_that_installs_it_is_named():
    policies = {"/etc/firefox/policies/policies.json": fx("policies-firefox-extensions.json")}
    seams = firefox(fx("firefox-extensions.json"), policies)
    finding = run_check(CHECK, seams)
    [corp] = [
        e for e in finding.evidence["full_access_not_from_store"] if e["name"] == "Corp Helper"
    ]  # type: ignore[union-attr, index]
    assert corp["policy"] == "/etc/firefox/policies/policies.json"
    assert finding.fix is ex.FIX_POLICY


def test_policies_are_looked_up_only_when_a_policy_installed_extension_is_found():
    ran: list[tuple[str, ...]] = []
    seams = chrome({"Secure Preferences": fx("chrome-secure-preferences-external.json")}, "windows")
    inner = seams.commands

    class Spy:
        def run(self, argv, **kw):
            ran.append(tuple(argv))
            return inner.run(argv, **kw)

    from dataclasses import replace

    finding = run_check(CHECK, replace(seams, commands=Spy()))
    assert finding.status is Status.WARN
    assert ran == []
    unknown_policy = run_check(
        CHECK,
        chrome({"Secure Preferences": fx("chrome-secure-preferences-policy.json")}, "windows"),
    )
    assert unknown_policy.evidence["full_access_not_from_store"][0]["policy"] == ""  # type: ignore[index]


def test_policy_lookups_fit_in_the_deadline_when_every_command_times_out():
    from dataclasses import replace

    from tests.support import MeteredCommands

    local = "C:\\Users\\user\\AppData\\Local"
    folders = [
        f"{local}\\Google\\Chrome\\User Data",
        f"{local}\\Microsoft\\Edge\\User Data",
        f"{local}\\BraveSoftware\\Brave-Browser\\User Data",
        f"{local}\\Chromium\\User Data",
    ]
    files: dict[str, str] = {}
    for folder in folders:
        files[f"{folder}\\Local State"] = LOCAL_STATE
        files[f"{folder}\\Default\\Secure Preferences"] = fx(
            "chrome-secure-preferences-policy.json"
        )
    seams = machine("windows", files=files, dirs={f: ["Default", "Local State"] for f in folders})
    metered = MeteredCommands()
    finding = run_check(CHECK, replace(seams, commands=metered))
    assert finding.status is Status.WARN
    assert len(metered.calls) == ex.MAX_POLICY_COMMANDS
    assert metered.total <= ex.META.timeout


def test_an_extensions_line_is_translated_piece_by_piece():
    """The browser's name and how the extension got in reach the translator as their own
    templates, not as English glued into the line."""
    from hygiene_app.engine.i18n import render

    seams = chrome(
        {
            "Secure Preferences": fx("chrome-secure-preferences-external.json"),
            f"Extensions\\{COUPON}\\3.2.1_0\\manifest.json": fx("manifest-coupon.json"),
        },
        os="windows",
    )
    finding = run_check(CHECK, seams)
    [fact] = [f for f in finding.facts if f.label == POLICY_FACT]
    shown = render(fact.value, lambda source, n: f"[{source}]")
    assert "[added by another program on this computer]" in shown
    assert "[[Google Chrome], profile Person 1]" in shown
    assert "[can read and change everything on every website]" in shown


def test_a_message_name_in_the_preferences_is_resolved_from_the_extensions_locale():
    helper = "/home/user/Downloads/page-helper"
    entry = {
        "location": 4,
        "path": helper,
        "disable_reasons": [],
        "manifest": {"name": "__MSG_appName__", "permissions": ["<all_urls>"]},
    }
    prefs = json.dumps({"extensions": {"settings": {HELPER: entry}}})
    files = {
        "Preferences": prefs,
        f"{helper}/manifest.json": fx("manifest-page-helper.json"),
        f"{helper}/_locales/de/messages.json": fx("messages-de.json"),
    }
    finding = run_check(CHECK, chrome(files))
    [warned] = finding.evidence["full_access_not_from_store"]  # type: ignore[misc]
    assert warned["name"] == "Seitenhelfer Pro"  # type: ignore[index]
    del files[f"{helper}/_locales/de/messages.json"]
    [unnamed] = run_check(CHECK, chrome(files)).evidence["full_access_not_from_store"]  # type: ignore[misc]
    assert unnamed["name"] == HELPER  # type: ignore[index]


def test_firefox_builtin_addons_location_is_part_of_the_browser():
    # Current Firefox keeps add-ons it ships inside the program in "app-builtin-addons": they
    # are the browser's own, not "origin unknown".
    finding = run_check(CHECK, firefox(fx("firefox-extensions-builtin-addons.json")))
    assert finding.status is Status.PASS
    [addon] = [
        a
        for a in json.loads(fx("firefox-extensions-builtin-addons.json"))["addons"]
        if a["location"] == "app-builtin-addons"
    ]
    ext = ex.firefox_extension(addon)
    assert ext is not None and ext.source is ex.Source.BUILT_IN and not ext.unclear


@pytest.mark.parametrize("telemetry", [None, {"source": "amo", "method": "amWebAPI"}])
def test_firefox_add_on_from_amos_download_host_is_from_the_store(telemetry):
    # AMO's update manifests point at its download host; an add-on installed or updated that
    # way (older profiles keep no install telemetry) came from the store, not from a file.
    addon = {
        "id": "old-ublock@example.org",
        "type": "extension",
        "location": "app-profile",
        "active": True,
        "signedState": 2,
        "userPermissions": {"origins": ["<all_urls>"]},
        "sourceURI": "https://addons.cdn.mozilla.net/user-media/addons/607454/"
        "ublock_origin-1.16.4-an+fx.xpi",
        "installTelemetryInfo": telemetry,
    }
    ext = ex.firefox_extension(addon)
    assert ext is not None and ext.source is ex.Source.STORE and not ext.full_access_off_store


def test_a_manifest_with_comments_is_read_as_chromium_reads_it():
    # Chromium accepts comments in manifest.json; such a manifest is no "could not tell".
    manifest = ex.parse_manifest(fx("manifest-with-comments.json"))
    assert manifest.name == "Page Notes Helper" and manifest.patterns == ("<all_urls>",)
    files = {
        "Preferences": fx("chrome-preferences-crx-file.json"),
        f"Extensions/{CRX}/0.9_0/manifest.json": fx("manifest-with-comments.json"),
    }
    finding = run_check(CHECK, chrome(files))
    assert finding.status is Status.WARN
    assert finding.evidence["full_access_not_from_store"][0]["name"] == "Page Notes Helper"  # type: ignore[index]


@pytest.mark.parametrize("broken", [FileOutcome.DENIED, FileOutcome.ERROR, fx("garbage.json")])
def test_one_unreadable_preferences_file_of_two_is_no_pass(broken):
    # On Windows and macOS most of each extension's entry is in Secure Preferences: with it
    # unread (too large, cut off, not allowed), an empty Preferences proves nothing.
    files = {"Preferences": "{}", "Secure Preferences": broken}
    finding = run_check(CHECK, chrome(files, os="windows"))
    assert finding.status is Status.UNKNOWN
    assert finding.reason == (
        "The extension settings of Google Chrome (profile Person 1) cannot be read."
    )
    # What the readable half shows can still warn.
    files = {
        "Preferences": broken,
        "Secure Preferences": fx("chrome-secure-preferences-policy.json"),
    }
    assert run_check(CHECK, chrome(files, os="windows")).status is Status.WARN
