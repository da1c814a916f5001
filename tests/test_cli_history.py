"""`hygiene-app check` remembers whole checkups of this computer; `hygiene-app history` lists
them with what changed. Replays and partial checkups are not remembered."""

from __future__ import annotations

import json
from pathlib import Path

import hygiene_app.cli as cli
from hygiene_app.cli import main
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.history import HistoryStore, default_history_path

SNAPSHOTS = Path(__file__).resolve().parent / "fixtures" / "snapshots"
CAFE = SNAPSHOTS / "windows-11-cafe.json"
OFFICE = SNAPSHOTS / "windows-11-office.json"


def as_this_computer(monkeypatch, snapshot: Path) -> None:
    monkeypatch.setattr(cli, "_live_seams", lambda offline: Snapshot.load(snapshot).seams())


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_no_history_says_so(capsys):
    code, out = run(capsys, "history")
    assert code == 0
    assert out.startswith("No checkup remembered yet")
    assert not default_history_path().exists()


def test_each_whole_checkup_is_remembered_and_history_says_what_changed(monkeypatch, capsys):
    as_this_computer(monkeypatch, CAFE)
    run(capsys, "check", "--format", "json")
    as_this_computer(monkeypatch, OFFICE)
    _code, report = run(capsys, "check", "--format", "json")
    runs = HistoryStore(default_history_path()).runs()
    assert [r.origin.value for r in runs] == ["cli", "cli"]
    assert runs[-1].score == json.loads(report)["score"]["value"]

    code, out = run(capsys, "history", "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["format"], doc["version"]) == ("hygiene-app.history", 1)
    first, second = doc["runs"]
    assert first["fixed"] == first["new"] == [] and first["score_change"] is None
    cafe = {c["id"]: c["status"] for c in first["checks"]}
    office = {c["id"]: c["status"] for c in second["checks"]}
    fixed = [i for i in office if office[i] == "pass" and cafe.get(i) in ("fail", "warn")]
    assert second["fixed"] == fixed and fixed  # the office PC fixed what the café PC had open
    assert second["score_change"] == second["score"] - first["score"]

    code, text = run(capsys, "history")
    lines = text.splitlines()
    assert len(lines) == 2 and "fixed: " in lines[1] and lines[1].endswith("[cli]")


def test_since_keeps_later_checkups_and_a_bad_date_is_a_usage_error(monkeypatch, capsys):
    as_this_computer(monkeypatch, CAFE)
    run(capsys, "check")
    _code, out = run(capsys, "history", "--since", "2999-01-01", "--format", "json")
    assert json.loads(out)["runs"] == []
    _code, out = run(capsys, "history", "--since", "2999-01-01")
    assert out == "No checkup in that period.\n"
    assert main(["history", "--since", "yesterday-ish"]) == 2
    err = capsys.readouterr().err
    assert "--since must be a date" in err and len(err.splitlines()) == 1


def test_replays_and_partial_checkups_are_not_remembered(monkeypatch, capsys):
    run(capsys, "check", "--replay", str(CAFE))
    as_this_computer(monkeypatch, CAFE)
    run(capsys, "check", "--only", "NET-001")
    run(capsys, "check", "--skip", "NET-001")
    assert HistoryStore(default_history_path()).runs() == ()
