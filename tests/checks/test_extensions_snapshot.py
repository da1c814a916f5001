"""PHI-002 on this machine's real seams (a temporary HOME), and what a snapshot keeps of it."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

from hygiene_app.checks import extensions as ex
from hygiene_app.checks.browser_files import minimise_browser_file
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import live_seams
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.snapshot import Recorder
from tests.support import fixture_text

CHECK = ex.ExtensionsCheck()
COUPON = "kmfhpldgkcoepgjnmgmbhbfmjbfcjmbe"
HELPER = "pdnjdhfhohcclcbofckiofbbaljbejmn"
PRIVATE = (
    "sessions",
    "bank.example.com",
    "last_visited",
    "default_directory",
    "syncGUID",
    "exit_type",
)


def fx(name: str) -> str:
    return fixture_text("browsers", "extensions", name)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _home(tmp: Path) -> Path:
    """A home with a Chrome profile holding a store extension (fine), an extension another
    program added (on disk with its manifest) and a developer-mode one whose name lives in its
    _locales, plus a Firefox profile with a side-loaded add-on."""
    home = tmp / "home"
    chrome = home / ".config" / "google-chrome"
    _write(chrome / "Local State", json.dumps({"profile": {"info_cache": {"Default": {}}}}))
    prefs = json.loads(fx("chrome-preferences-store.json"))
    dev = json.loads(fx("chrome-preferences-devmode.json"))
    helper = home / "src" / "page-helper"
    dev["extensions"]["settings"][HELPER]["path"] = str(helper)
    prefs["extensions"]["settings"].update(dev["extensions"]["settings"])
    prefs["extensions"]["ui"]["developer_mode"] = True
    external = json.loads(fx("chrome-secure-preferences-external.json"))
    entry = external["extensions"]["settings"][COUPON]
    entry["path"] = f"{COUPON}/3.2.1_0"
    prefs["extensions"]["settings"][COUPON] = entry
    _write(chrome / "Default" / "Preferences", json.dumps(prefs))
    _write(
        chrome / "Default" / "Extensions" / COUPON / "3.2.1_0" / "manifest.json",
        fx("manifest-coupon.json"),
    )
    _write(helper / "manifest.json", fx("manifest-page-helper.json"))
    _write(helper / "_locales" / "de" / "messages.json", fx("messages-de.json"))
    firefox = home / ".mozilla" / "firefox"
    _write(firefox / "profiles.ini", "[Profile0]\nName=main\nIsRelative=1\nPath=x.main\n")
    _write(firefox / "x.main" / "extensions.json", fx("firefox-extensions.json"))
    return home


def _stat_all(home: Path) -> dict[str, tuple[float, int]]:
    return {str(p): (p.stat().st_mtime, p.stat().st_size) for p in home.rglob("*") if p.is_file()}


def test_live_profiles_warn_and_a_snapshot_keeps_ids_names_and_reach_only(tmp_path):
    home = _home(tmp_path)
    before = _stat_all(home)
    live = live_seams()
    platform = replace(live.platform, os=OSFamily.LINUX, home=str(home), username="user")
    recorder = Recorder(replace(live, platform=platform), minimise=minimise_recording)
    finding = CHECK.run(ProbeContext(recorder.seams))

    assert finding.status is Status.WARN
    warned = {e["name"] for e in finding.evidence["full_access_not_from_store"]}  # type: ignore[union-attr, index]
    assert warned == {
        "Coupon Saver",
        "Seitenhelfer Pro",
        "Page Grabber (dev)",
        "Deal Finder",
        "Quick Reader",
        "Corp Helper",
    }
    assert _stat_all(home) == before  # nothing written, nothing touched
    assert not any(p.name.endswith(("lock", "LOCK")) for p in home.rglob("*"))

    snap = recorder.snapshot(redact=False)
    text = json.dumps(snap.to_json(), ensure_ascii=False)
    for word in PRIVATE:
        assert word not in text, word
    for kept in (COUPON, HELPER, "Coupon Saver", "Seitenhelfer Pro", "<all_urls>", "*://*/*"):
        assert kept in text, kept
    prefs = next(r for p, r in snap.files.items() if p.endswith(f"Default{os.sep}Preferences"))
    doc = json.loads(prefs.text)
    assert doc["extensions"]["settings"][COUPON]["location"] == 3
    assert "Hilft auf jeder Seite" in text  # messages keep their text, not their descriptions
    assert "Name der Erweiterung" not in text

    replayed = CHECK.run(ProbeContext(snap.seams()))
    assert replayed.status is finding.status
    assert replayed.evidence == finding.evidence
    assert replayed.facts == finding.facts


def test_the_kept_keys_give_the_same_extensions():
    """Minimising each fixture keeps every key the parsers read: same extensions, same verdicts."""
    for name in (
        "chrome-preferences-store.json",
        "chrome-preferences-devmode.json",
        "chrome-secure-preferences-external.json",
        "chrome-secure-preferences-policy.json",
    ):
        full = fx(name)
        small = minimise_browser_file("/p/Default/Preferences", full)
        assert small is not None
        a, b = ex.chromium_profile_data(full, None), ex.chromium_profile_data(small, None)
        assert a.developer_mode == b.developer_mode
        assert {i: ex.chromium_extension(i, e) for i, e in a.settings.items()} == {
            i: ex.chromium_extension(i, e) for i, e in b.settings.items()
        }
    full = fx("firefox-extensions.json")
    small = minimise_browser_file("/p/x.main/extensions.json", full)
    assert small is not None and "syncGUID" not in small and "installDate" not in small
    assert ex.parse_firefox_extensions(small) == ex.parse_firefox_extensions(full)
    for manifest in ("manifest-coupon.json", "manifest-page-helper.json", "manifest-crx.json"):
        kept = minimise_browser_file("/x/manifest.json", fx(manifest))
        assert kept is not None and "version" not in json.loads(kept)
        assert ex.parse_manifest(kept) == ex.parse_manifest(fx(manifest))
