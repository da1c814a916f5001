"""`check` scores the machine, not the user's choices: set-asides are marked, listed with their
kind, reason and expiry, and change neither the score nor the exit code; a replay never reads
this user's settings; gains are whole numbers and "do this first" says why."""

import json
import re
from pathlib import Path

import jsonschema
import pytest

import hygiene_app.cli as cli
from hygiene_app.cli import main
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.status_words import StatusWord
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore, default_settings_path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())
CAFE = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"
CLOCK = Snapshot.load(CAFE).clock
WEEK = 7 * 86400
ACCEPTED = SetAside("NET-001", SetAsideKind.ACCEPT, CLOCK + WEEK, "IT manages it", CLOCK)


@pytest.fixture
def this_computer(monkeypatch):
    """`check` on "this computer", which happens to look like the café laptop."""
    monkeypatch.setattr(cli, "_live_seams", lambda offline: Snapshot.load(CAFE).seams())
    # ... with the tools its automatic fixes need (PowerShell) present.
    monkeypatch.setattr(cli.shutil, "which", lambda program: f"C:/Windows/{program}")


def save_set_asides(*items):
    SettingsStore(default_settings_path()).save(Settings(set_asides=items))


def check(capsys, *argv):
    code = main(["check", *argv])
    return code, capsys.readouterr().out


def report(capsys, *argv):
    code, out = check(capsys, "--format", "json", *argv)
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    return code, doc


def flat(text):
    return " ".join(text.split())


def test_set_asides_are_marked_but_change_neither_score_nor_exit_code(this_computer, capsys):
    code_before, before = report(capsys)
    _, text_before = check(capsys)
    save_set_asides(ACCEPTED)
    code_after, after = report(capsys)
    assert code_after == code_before == 1
    assert after["score"]["value"] == before["score"]["value"]
    assert after["score"]["items"] == before["score"]["items"]
    assert before["score"]["set_aside"] == []
    cost = next(i["cost"] for i in after["score"]["items"] if i["check_id"] == "NET-001")
    assert cost > 0
    assert after["score"]["set_aside"] == [
        {
            "check_id": "NET-001",
            "status": "fail",
            "kind": "accept",
            "reason": "IT manages it",
            "until": "2026-11-08T00:00:00Z",
            "cost": cost,
        }
    ]
    # Not suggested first any more, though it still costs what it costs.
    assert after["score"]["do_this_first"]["check_id"] != "NET-001"

    code_text, text = check(capsys)
    assert code_text == code_before
    assert "Set aside" not in text_before
    firewall = next(line for line in text.splitlines() if "(NET-001)" in line)
    assert firewall.split()[:2] == ["Set", "aside"]
    assert f"Risk accepted until 2026-11-08: IT manages it. It still costs {cost} points." in flat(
        text
    )
    score_line = next(line for line in text.splitlines() if line.startswith("Score:"))
    assert score_line.split()[1] == f"{before['score']['value']}/100"


def test_ignore_set_asides_shows_the_raw_state(this_computer, capsys):
    save_set_asides(ACCEPTED)
    _, raw = check(capsys, "--ignore-set-asides")
    assert "Set aside" not in raw
    _, doc = report(capsys, "--ignore-set-asides")
    assert doc["score"]["set_aside"] == []
    assert doc["score"]["do_this_first"]["check_id"] == "NET-001"


def test_a_replay_never_reads_this_users_set_asides(capsys, monkeypatch):
    save_set_asides(SetAside("UPD-001", SetAsideKind.SNOOZE, CLOCK + WEEK, "", CLOCK))

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a replay read this user's settings")

    monkeypatch.setattr(cli, "read_settings_quietly", forbidden)
    code, text = check(capsys, "--replay", str(CAFE))
    assert code == 1 and "Set aside" not in text
    code, doc = report(capsys, "--replay", str(CAFE))
    assert code == 1 and doc["score"]["set_aside"] == []


def test_gains_are_whole_numbers_and_the_first_fix_says_why(capsys):
    _, doc = report(capsys, "--replay", str(CAFE))
    score = doc["score"]
    assert all(isinstance(i["cost"], int) for i in score["items"])
    _, text = check(capsys, "--replay", str(CAFE))
    raise_line = flat(text.split("What would raise your score:")[1].split("Do this first")[0])
    gains = re.findall(r"\+(\S+?)[;.]", raise_line)
    assert gains and all(g.isdigit() for g in gains)  # never "+21.6"
    top = sorted((i for i in score["items"] if i["cost"]), key=lambda i: -i["cost"])[:3]
    assert [int(g) for g in gains] == [i["cost"] for i in top]
    first = score["do_this_first"]
    assert f"({first['check_id']}). {first['why']}" in flat(text)
    assert first["why"].startswith("Chosen because it gives the most points for the work")
    # A replay cannot be fixed from here: the effort is the steps, not "the app can do it".
    assert "the app can" not in first["why"]


def test_the_text_report_speaks_the_apps_words(capsys):
    _, text = check(capsys, "--replay", str(CAFE))
    counts = text.splitlines()[1].split("(", 1)[1].rstrip(")").split(" · ")
    words = {label for label, _ in (part.split(": ") for part in counts)}
    assert {"Action needed", "Action recommended", "Good"} <= words <= {w.label for w in StatusWord}
    findings = re.findall(r"^  (\S.*?)  +.*\([A-Z]+-\d{3}\)$", text, re.M)
    assert sum(int(part.split(": ")[1]) for part in counts) == len(findings)
    # Every finding is labelled with a word the counts use.
    assert set(findings) == words
    for old in ("FAIL", "WARN", "PASS", "NOTE", "Biggest gains"):
        assert old not in text
