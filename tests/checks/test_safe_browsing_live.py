"""PHI-001 end to end on this machine's real seams (a temporary HOME and policy folder): a Chrome
profile in a non-default folder with Safe Browsing off, a Firefox profile with phishing
protection off and a managed policy switching it off each give the right line and guide; the
browser files are never changed; a snapshot keeps none of their private data and replays to the
same verdict."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from hygiene_app.checks import password_manager as pm
from hygiene_app.checks import safe_browsing as sbm
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import live_seams
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.snapshot import Recorder
from tests.support import fixture_text

CHECK = sbm.SafeBrowsingCheck()
PRIVATE = ("alice", "bank.example", "doctor.example", "sessions", "Medical", "13370000000")


def sb(name: str) -> str:
    return fixture_text("browsers", "safebrowsing", name)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _home(tmp: Path) -> Path:
    home = tmp / "home"
    chrome = home / ".config" / "google-chrome"
    state = {"profile": {"info_cache": {"Default": {"name": "Me"}, "Profile 2": {"name": "Work"}}}}
    _write(chrome / "Local State", json.dumps(state))
    _write(chrome / "Default" / "Preferences", sb("chrome-preferences-absent.json"))
    _write(chrome / "Profile 2" / "Preferences", sb("chrome-preferences-private.json"))
    firefox = home / ".mozilla" / "firefox"
    _write(
        firefox / "profiles.ini",
        "[Profile0]\nName=default-release\nIsRelative=1\nPath=k3v9x2qa.default-release\n",
    )
    _write(firefox / "k3v9x2qa.default-release" / "prefs.js", sb("prefs-private.js"))
    return home


@pytest.fixture
def policy_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "etc" / "opt" / "chrome" / "policies" / "managed"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sbm, "LINUX_POLICY_DIRS", (("chrome", str(folder)),))
    no_firefox_policy = {OSFamily.LINUX: (str(tmp_path / "etc" / "firefox" / "policies.json"),)}
    monkeypatch.setattr(sbm, "FIREFOX_POLICY_FILES", no_firefox_policy)
    return folder


def _seams(home: Path):
    live = live_seams(offline=True)
    platform = replace(live.platform, os=OSFamily.LINUX, home=str(home), username="user")
    return replace(live, platform=platform)


def _stat_all(root: Path) -> dict[str, tuple[float, int]]:
    return {str(p): (p.stat().st_mtime, p.stat().st_size) for p in root.rglob("*") if p.is_file()}


def _facts(finding) -> list[tuple[str, str]]:
    return [(f.label, f.value) for f in finding.facts]


def test_profiles_off_on_a_live_home(tmp_path, policy_dir):
    home = _home(tmp_path)
    before = _stat_all(home)
    finding = CHECK.run(ProbeContext(_seams(home), offline=True))
    assert finding.status is Status.FAIL
    assert finding.summary == "Phishing protection is off in Google Chrome and Firefox"
    facts = _facts(finding)
    assert ("Google Chrome", "protection on (profile Me)") in facts
    assert ("Google Chrome", "protection off (profile Work)") in facts
    assert ("Firefox", "protection off (profile default-release)") in facts
    assert finding.fix is sbm.FIX_BROWSER_PROTECTION
    linux_steps = " ".join(s.text for s in finding.fix.steps_for(OSFamily.LINUX))
    assert "chrome://settings/security" in linux_steps
    assert "Block dangerous and deceptive content" in linux_steps
    assert _stat_all(home) == before  # nothing written
    assert not any("lock" in p.name.lower() for p in home.rglob("*"))


def test_a_managed_policy_on_a_live_machine_is_named(tmp_path, policy_dir):
    home = _home(tmp_path)
    policy = policy_dir / "test.json"
    _write(policy, "// set by something\n" + sb("policy-chrome-off.json"))
    finding = CHECK.run(ProbeContext(_seams(home), offline=True))
    assert finding.status is Status.FAIL
    assert finding.summary == "A policy switched off phishing protection in Google Chrome"
    assert finding.fix is sbm.FIX_POLICY
    facts = _facts(finding)
    assert (
        "Switched off by a policy",
        f"Google Chrome: SafeBrowsingProtectionLevel = 0 in {policy}",
    ) in facts
    assert ("Google Chrome", "switched off by a policy (profile Me)") in facts
    assert "Also switched off in its own settings: Firefox (profile default-release)." in (
        finding.detail
    )


def test_a_snapshot_keeps_no_private_data_and_replays_the_same(tmp_path, policy_dir):
    home = _home(tmp_path)
    recorder = Recorder(_seams(home), minimise=minimise_recording)
    ctx = ProbeContext(recorder.seams, offline=True)
    live = CHECK.run(ctx)
    live_pm = pm.PasswordManagerCheck().run(ctx)
    snap = recorder.snapshot(redact=False)
    text = json.dumps(snap.to_json(), ensure_ascii=False)
    for word in PRIVATE:
        assert word not in text, word
    work = next(r for p, r in snap.files.items() if p.endswith("Profile 2/Preferences"))
    assert json.loads(work.text)["safebrowsing"] == {"enabled": False, "enhanced": False}
    prefs_js = next(r for p, r in snap.files.items() if p.endswith("prefs.js"))
    assert prefs_js.text == 'user_pref("browser.safebrowsing.phishing.enabled", false);\n'
    assert live.status is Status.FAIL
    replay = ProbeContext(snap.seams(), offline=True)
    again = CHECK.run(replay)
    assert (again.status, again.summary, again.facts) == (live.status, live.summary, live.facts)
    assert again.evidence == live.evidence
    # PWD-001 reads the same Preferences: its verdict survives the cut too.
    assert live_pm.status is Status.PASS
    assert pm.PasswordManagerCheck().run(replay).evidence == live_pm.evidence
