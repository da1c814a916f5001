"""`hygiene-app policy` and `hygiene-app schedule` speak the user's language like `check` does
(issue 14): their sentences go through the catalog (`--lang`); data (paths, keys) stays as is."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest

from hygiene_app.cli import main
from hygiene_app.cli_schedule import cmd_schedule
from hygiene_app.services.policy import LoadedPolicy, Policy
from hygiene_app.services.schedule import ScheduleState
from tests.engine.test_catalog import compile_catalog
from tests.test_cli_schedule import RecordingScheduler

XX = {
    "No policy is in force: the app uses its own defaults and your settings. Looked in: "
    "{places}.": "Keine Richtlinie gilt. Gesucht in: {places}.",
    (
        "{n} mistake: the app would ignore this policy and use its defaults.",
        "{n} mistakes: the app would ignore this policy and use its defaults.",
    ): ("{n} Fehler: ignoriert.", "{n} Fehler: ignoriert."),
    "There is no such file.": "Diese Datei gibt es nicht.",
    "Scheduled checkup off.": "Geplante Prüfung aus.",
    (
        "Scheduled checkup: on, every {n} hour.",
        "Scheduled checkup: on, every {n} hours.",
    ): ("Geplante Prüfung: an, jede Stunde.", "Geplante Prüfung: an, alle {n} Stunden."),
    (
        "Your organisation sets it to every {n} hour.",
        "Your organisation sets it to every {n} hours.",
    ): ("Ihre Organisation: jede Stunde.", "Ihre Organisation: alle {n} Stunden."),
}


@pytest.fixture
def xx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "locale"
    compile_catalog(directory, "xx", XX)
    monkeypatch.setenv("HYGIENE_APP_LOCALE_DIR", str(directory))
    return directory


def test_policy_show_speaks_the_language(xx, tmp_path, monkeypatch, capsys) -> None:
    missing = tmp_path / "none.json"
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(missing))
    assert main(["--lang", "xx", "policy", "show"]) == 0
    out = capsys.readouterr().out
    assert out == f"Keine Richtlinie gilt. Gesucht in: {missing}.\n"


def test_policy_validate_speaks_the_language(xx, tmp_path, capsys) -> None:
    missing = tmp_path / "none.json"
    assert main(["--lang", "xx", "policy", "validate", str(missing)]) != 0
    out = capsys.readouterr().out
    assert "Diese Datei gibt es nicht." in out and "1 Fehler: ignoriert." in out
    assert "mistake" not in out


def test_schedule_speaks_the_language(xx) -> None:
    locked = LoadedPolicy(policy=Policy(schedule_hours=12), sources=(("schedule.hours", "t"),))
    scheduler = RecordingScheduler(ScheduleState(on=True, hours=12))
    out = io.StringIO()
    args = argparse.Namespace(command="schedule", action="status", hours=None, lang="xx")
    cmd_schedule(args, out, scheduler=scheduler, policy=locked)
    assert out.getvalue() == (
        "Geplante Prüfung: an, alle 12 Stunden.\nIhre Organisation: alle 12 Stunden.\n"
    )
    out = io.StringIO()
    off = argparse.Namespace(command="schedule", action="off", hours=None, lang="xx")
    cmd_schedule(off, out, scheduler=scheduler, policy=LoadedPolicy(policy=Policy()))
    assert out.getvalue() == "Geplante Prüfung aus.\n"
