"""`hygiene-app policy validate FILE` and `hygiene-app policy show`."""

from __future__ import annotations

import json
from pathlib import Path

from hygiene_app.cli import main
from hygiene_app.engine.text import terminal_safe

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "packaging" / "policy" / "policy.json"
FIXTURES = ROOT / "tests" / "fixtures" / "policy"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_a_valid_policy_exits_0(capsys):
    code, out, _ = run(capsys, "policy", "validate", str(EXAMPLE))
    assert code == 0
    assert out == f"{EXAMPLE}: a valid policy setting 23 values.\n"


def test_validate_an_invalid_policy_exits_2_with_each_line_and_reason(capsys):
    path = FIXTURES / "invalid_mixed.json"
    code, out, _ = run(capsys, "policy", "validate", str(path))
    assert code == 2
    lines = out.splitlines()
    assert f'{path}:4: "checks.NET-002.enabled" must be true or false.' in lines
    assert any(line.startswith(f'{path}:5: Unknown check id "NET-999"') for line in lines)
    assert lines[-1] == "7 mistakes: the app would ignore this policy and use its defaults."


def test_validate_broken_json_and_a_missing_file(capsys, tmp_path):
    code, out, _ = run(capsys, "policy", "validate", str(FIXTURES / "broken_syntax.json"))
    assert code == 2
    assert out.startswith(f"{FIXTURES / 'broken_syntax.json'}:4: This is not valid JSON")
    code, out, _ = run(capsys, "policy", "validate", str(tmp_path / "none.json"))
    assert code == 2
    assert out.startswith(f"{tmp_path / 'none.json'}: There is no such file.")


def test_validate_json_output(capsys):
    code, out, _ = run(
        capsys, "policy", "validate", "--format", "json", str(FIXTURES / "broken_syntax.json")
    )
    doc = json.loads(out)
    assert code == 2
    assert doc["valid"] is False and doc["in_force"] is False
    assert doc["problems"][0]["line"] == 4


def test_validate_a_managed_preferences_plist(capsys):
    code, out, _ = run(capsys, "policy", "validate", str(FIXTURES / "managed_preferences.plist"))
    assert code == 0, out
    assert "a valid policy" in out


def test_show_without_a_policy(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(tmp_path / "none.json"))
    code, out, _ = run(capsys, "policy", "show")
    assert code == 0
    assert out.startswith("No policy is in force")
    assert str(tmp_path / "none.json") in out


def test_show_lists_each_value_and_where_it_came_from(capsys, monkeypatch):
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(EXAMPLE))
    code, out, _ = run(capsys, "policy", "show")
    assert code == 0
    assert out.startswith("The policy in force sets 23 values:\n")
    assert f"From {EXAMPLE}:" in out
    assert "  checks.NET-003.enabled" in out and "false" in out
    assert "Settings the user cannot change: breach_api, endoflife_url, eol_warning_days" in out


def test_show_json(capsys, monkeypatch):
    code, out, _ = run(capsys, "policy", "show", "--format", "json", "--file", str(EXAMPLE))
    doc = json.loads(out)
    assert code == 0
    assert doc["format"] == "hygiene-app.policy" and doc["version"] == 1
    assert doc["in_force"] is True
    values = {v["key"]: v for v in doc["values"]}
    assert values["thresholds.max_uptime_days"] == {
        "key": "thresholds.max_uptime_days",
        "value": 7,
        "source": str(EXAMPLE),
    }
    assert "mfa_review_months" in doc["locked_settings"]
    assert doc["problems"] == []
    assert doc["not_set"] == ["network.mfa_directory_url"]


def test_show_says_what_the_policy_leaves_alone(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"version": 1, "vpn_required": "never", "contact": {"name": "IT"}}')
    code, out, _ = run(capsys, "policy", "show", "--file", str(path))
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("Not set"))
    assert "thresholds.max_uptime_days" in line and "schedule.hours" in line
    assert "vpn_required" not in line and "contact" not in line


def test_show_an_invalid_policy_says_why_and_that_the_defaults_apply(capsys):
    code, out, _ = run(capsys, "policy", "show", "--file", str(FIXTURES / "invalid_mixed.json"))
    assert code == 0
    assert "No policy is in force" in out
    assert "could not be read, so the usual checks apply" in out
    assert ":4: " in out


def test_hostile_text_in_a_policy_reaches_the_terminal_defused(capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"version": 1, "contact": {"\\u001b]0;pwned\\u0007": "x"}}')
    _code, out, _ = run(capsys, "policy", "show", "--file", str(path))
    assert "pwned" in out  # the unknown key is named, defused
    assert "\x1b" not in out and "\x07" not in out
    assert out == terminal_safe(out)


def test_policy_needs_an_action(capsys):
    code, _, err = run(capsys, "policy")
    assert code == 2
    assert "ACTION" in err


def test_the_validate_example_in_the_docs_is_what_the_command_prints(capsys, tmp_path, monkeypatch):
    """docs/policy.md shows `policy validate` on a policy with two mistakes; this is that file."""
    doc = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
    shown = doc.split("$ hygiene-app policy validate policy.json\n", 1)[1].split("```", 1)[0]
    (tmp_path / "policy.json").write_text(
        '{\n  "version": 1,\n  "checks": {\n    "NET-002": { "enabled": "no" }\n  },\n'
        '  "thresholds": {\n    "screen_lock_minutes": 10,\n    "max_uptime": 7\n  }\n}\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "policy", "validate", "policy.json")
    assert code == 2
    assert out == shown


def test_validate_the_example_configuration_profile(capsys):
    profile = ROOT / "packaging/policy/macos/io.github.hygienecheckup.HygieneCheckup.mobileconfig"
    code, out, _ = run(capsys, "policy", "validate", str(profile))
    assert code == 0, out
    assert out == f"{profile}: a valid policy setting 23 values.\n"


def test_validate_a_profile_in_the_older_mcx_form_and_one_without_our_settings(capsys, tmp_path):
    import plistlib

    mcx = {
        "PayloadType": "Configuration",
        "PayloadContent": [
            {
                "PayloadType": "com.apple.ManagedClient.preferences",
                "PayloadContent": {
                    "io.github.hygienecheckup.HygieneCheckup": {
                        "Forced": [{"mcx_preference_settings": {"vpn_required": "sometimes"}}]
                    }
                },
            }
        ],
    }
    path = tmp_path / "old.mobileconfig"
    path.write_bytes(plistlib.dumps(mcx))
    code, out, _ = run(capsys, "policy", "validate", str(path))
    assert code == 2
    assert out.startswith(f'{path}: vpn_required: "vpn_required" must be one of: always,')
    other = tmp_path / "wifi.mobileconfig"
    other.write_bytes(plistlib.dumps({"PayloadContent": [{"PayloadType": "com.apple.wifi"}]}))
    code, out, _ = run(capsys, "policy", "validate", str(other))
    assert code == 2
    assert "no settings for io.github.hygienecheckup.HygieneCheckup" in out
    signed = tmp_path / "signed.mobileconfig"
    signed.write_bytes(b"\x30\x82\x05\x00 a CMS envelope")
    code, out, _ = run(capsys, "policy", "validate", str(signed))
    assert code == 2
    assert "before it is signed" in out


def test_show_says_the_variable_is_ignored_while_the_computer_has_a_policy(
    capsys, monkeypatch, tmp_path
):
    from hygiene_app.services import policy_sources

    where = "/etc/hygiene-app/policy.json"
    system = policy_sources.json_source(
        where, b'{"version": 1, "vpn_required": "always"}', policy_sources.known_check_ids()
    )
    monkeypatch.setattr(policy_sources, "system_sources", lambda **_kw: [system])
    mine = tmp_path / "mine.json"
    mine.write_text('{"version": 1, "checks": {"NET-002": {"enabled": false}}}')
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(mine))
    code, out, _ = run(capsys, "policy", "show")
    assert code == 0
    assert f"From {where}:" in out and "checks.NET-002.enabled" not in out
    assert out.splitlines()[-1] == (
        f"{mine}: HYGIENE_APP_POLICY names this file, but this computer has a policy, "
        "which applies."
    )
    doc = json.loads(run(capsys, "policy", "show", "--format", "json")[1])
    assert doc["notes"] == [{"where": str(mine), "reason": out.splitlines()[-1].split(": ", 1)[1]}]
    assert doc["problems"] == [] and doc["in_force"] is True
