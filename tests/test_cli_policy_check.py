"""`hygiene-app check` with an organisation's policy (HYGIENE_APP_POLICY names the file here):
turned-off checks say so, severities and thresholds follow the policy, the contact card and the
notes are shown, and a policy that cannot be used is said (stderr and report) with the defaults.
A replay never applies this computer's policy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from hygiene_app import cli
from hygiene_app.cli import main
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.policy import CheckNote, ContactCard, LoadedPolicy, Policy
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore, default_settings_path
from tests.hostile_data import HOSTILE, TERMINAL_HOSTILE_CHARS

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
CAFE = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"
INVALID = ROOT / "tests" / "fixtures" / "policy" / "invalid_mixed.json"

POLICY: dict[str, Any] = {
    "version": 1,
    "contact": {
        "name": "Example Ltd IT desk",
        "email": "it@example.com",
        "phone": "+44 20 7946 0000",
        "url": "https://it.example.com/help",
        "message": "Questions? Call the IT desk.",
    },
    "checks": {
        "NET-003": {"enabled": False},
        "UPD-005": {"severity": "critical"},
        "DEV-005": {
            "note": "Call the IT desk before changing this.",
            "links": [{"label": "Sign-in policy", "url": "https://it.example.com/sign-in"}],
        },
    },
    "thresholds": {"screen_lock_minutes": 45},
}


@pytest.fixture(autouse=True)
def cafe_is_this_computer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_live_seams", lambda offline: Snapshot.load(CAFE).seams())


def use_policy(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, doc: object = POLICY) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(path))


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any], str]:
    code = main(["check", "--format", "json", *argv])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    jsonschema.validate(report, SCHEMA)
    return code, report, captured.err


def by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in report["checks"]}


def test_without_a_policy_the_report_has_no_organisation(capsys):
    _code, report, err = check_json(capsys)
    assert "organisation" not in report and err == ""
    assert by_id(report)["NET-003"]["status"] == "fail"
    assert not any("turned_off" in c for c in report["checks"])


def test_a_turned_off_check_is_reported_turned_off_and_not_scored(monkeypatch, tmp_path, capsys):
    _code, plain, _err = check_json(capsys)
    use_policy(monkeypatch, tmp_path)
    _code, report, err = check_json(capsys)
    assert err == ""
    net = by_id(report)["NET-003"]
    assert net["status"] == "skipped" and net["turned_off"] is True
    assert net["summary"] == "Turned off by your organisation"
    assert net["reason"] == "Turned off by your organisation."
    assert "NET-003" not in {i["check_id"] for i in report["score"]["items"]}
    assert report["organisation"]["turned_off"] == ["NET-003"]
    # The failing open-Wi-Fi check no longer counts against the score.
    assert report["score"]["value"] > plain["score"]["value"]


def test_severity_overrides_and_thresholds_follow_the_policy(monkeypatch, tmp_path, capsys):
    only = ["--only", "UPD-005,DEV-002", "--fail-on", "critical"]
    code, plain, _err = check_json(capsys, *only)
    assert code == 0
    assert by_id(plain)["DEV-002"]["status"] == "warn"  # locks after 30 minutes
    use_policy(monkeypatch, tmp_path)
    code, report, _err = check_json(capsys, *only)
    assert by_id(report)["UPD-005"]["severity"] == "critical"
    assert code == 1  # --fail-on counts the organisation's severity
    assert by_id(report)["DEV-002"]["status"] == "pass"  # 45 minutes allowed


def test_the_json_report_carries_the_organisation(monkeypatch, tmp_path, capsys):
    use_policy(monkeypatch, tmp_path)
    _code, report, _err = check_json(capsys)
    org = report["organisation"]
    assert org["contact"]["name"] == "Example Ltd IT desk"
    assert org["notes"] == [
        {
            "check_id": "DEV-005",
            "text": "Call the IT desk before changing this.",
            "links": [{"label": "Sign-in policy", "url": "https://it.example.com/sign-in"}],
        }
    ]
    assert org["problems"] == [] and org["warning"] == ""
    assert {s["key"] for s in org["sources"]} >= {"contact", "thresholds.screen_lock_minutes"}


def test_the_text_report_says_turned_off_notes_and_contact(monkeypatch, tmp_path, capsys):
    use_policy(monkeypatch, tmp_path)
    main(["check"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    title = next(i for i, line in enumerate(lines) if "(NET-003)" in line)
    assert lines[title - 1].strip() == "Turned off by your organisation"  # in place of "Not run"
    assert "Why:" not in lines[title + 1]
    assert "Turned off by your organisation: NET-003." in out
    sign_in = out[out.index("(DEV-005)") :].splitlines()
    assert any("Your organisation: Call the IT desk before changing this." in s for s in sign_in)
    assert any("Sign-in policy: https://it.example.com/sign-in" in s for s in sign_in)
    contact = out[out.index("Your organisation's contact") :]
    for line in ("Name: Example Ltd IT desk", "E-mail: it@example.com", "Phone: +44 20 7946 0000"):
        assert line in contact
    assert "Web: https://it.example.com/help" in contact
    assert contact.rstrip().endswith("Questions? Call the IT desk.")


def test_an_invalid_policy_is_said_and_the_defaults_apply(monkeypatch, capsys):
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(INVALID))
    _code, report, err = check_json(capsys)
    # One line on stderr, naming the file.
    assert err.count("\n") == 1
    assert err.startswith("hygiene-app: Your organisation's settings could not be read")
    assert "invalid_mixed.json" in err
    org = report["organisation"]
    assert org["problems"] and org["warning"] and org["contact"] is None
    assert org["turned_off"] == []
    # Nothing is turned off by accident: NET-002 ("enabled": "false") still runs.
    assert "turned_off" not in by_id(report)["NET-002"]
    main(["check"])
    captured = capsys.readouterr()
    assert "Your organisation's settings could not be read" in captured.out.splitlines()[2]


def test_a_replay_never_applies_this_computers_policy(monkeypatch, tmp_path, capsys):
    use_policy(monkeypatch, tmp_path)
    _code, report, err = check_json(capsys, "--replay", str(CAFE))
    assert "organisation" not in report and err == ""
    assert by_id(report)["NET-003"]["status"] == "fail"


def test_hostile_policy_text_cannot_reach_the_terminal(monkeypatch, capsys):
    # The loader refuses control characters; the text report makes policy text safe anyway
    # (a policy from another source, or a loader that misses one, must not reach a terminal).
    policy = Policy(
        contact=ContactCard(name=HOSTILE, email=HOSTILE, message=HOSTILE),
        check_notes=(("DEV-005", CheckNote(HOSTILE, ((HOSTILE, "https://x.example/"),))),),
    )
    loaded = LoadedPolicy(policy=policy, sources=(("contact", "test"),))
    monkeypatch.setattr(cli, "load_policy", lambda: loaded)
    main(["check"])
    out = capsys.readouterr().out
    assert "Your organisation's contact" in out and "Your organisation: " in out
    for char in TERMINAL_HOSTILE_CHARS:
        assert char not in out, repr(char)


def test_this_computers_inventory_reviews_on_the_organisations_interval(monkeypatch, tmp_path):
    # MFA-002 reads the review interval from the account inventory, which this computer opens
    # with the settings as the policy leaves them (a locked value wins over the file's).
    use_policy(monkeypatch, tmp_path, {"version": 1, "thresholds": {"mfa_review_months": 3}})
    _seams, mfa = cli._this_computer(offline=True)
    assert mfa.store is not None
    inventory = mfa.store.inventory()
    assert inventory is not None and inventory.review_months == 3


def test_a_set_aside_the_organisation_does_not_allow_is_not_honoured(monkeypatch, tmp_path, capsys):
    clock = Snapshot.load(CAFE).clock
    accepted = SetAside("NET-001", SetAsideKind.ACCEPT, clock + 86400, "IT manages it", clock)
    SettingsStore(default_settings_path()).save(Settings(set_asides=(accepted,)))
    _code, report, _err = check_json(capsys)
    assert [s["check_id"] for s in report["score"]["set_aside"]] == ["NET-001"]
    use_policy(monkeypatch, tmp_path, {"version": 1, "set_asides": {"accept": []}})
    _code, report, _err = check_json(capsys)
    assert report["score"]["set_aside"] == []


def test_checks_says_which_checks_the_organisation_turned_off(monkeypatch, tmp_path, capsys):
    main(["checks"])
    assert "turned off by your organisation" not in capsys.readouterr().out
    use_policy(monkeypatch, tmp_path)
    main(["checks"])
    out = capsys.readouterr().out
    net = out[out.index("NET-003") :].splitlines()
    assert net[2].strip() == "turned off by your organisation"
    assert out.count("turned off by your organisation") == 1
