"""Options given before the command are not lost: `hygiene-app --replay FILE check` reads the
recording, not this computer, and `--offline` anywhere keeps the checkup off the network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hygiene_app import cli
from hygiene_app.cli import build_parser, main

CAFE = Path(__file__).resolve().parent / "fixtures" / "snapshots" / "windows-11-cafe.json"


@pytest.fixture
def this_computer_is_forbidden(monkeypatch):
    monkeypatch.setattr(cli, "_live_seams", lambda offline: pytest.fail("read this computer"))


@pytest.mark.parametrize(
    "argv",
    [
        ["--replay", str(CAFE), "check", "--format", "json"],
        ["check", "--replay", str(CAFE), "--format", "json"],
    ],
)
def test_replay_before_or_after_the_command_reads_the_recording(
    argv, capsys, this_computer_is_forbidden
):
    assert main(argv) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["replayed"] is True
    assert report["platform"]["os"] == "windows"


@pytest.mark.parametrize(
    "argv",
    [["--offline", "check"], ["check", "--offline"], ["--offline", "snapshot", "-o", "x"]],
)
def test_offline_before_or_after_the_command_is_kept(argv):
    assert build_parser().parse_args(argv).offline is True


@pytest.mark.parametrize(
    "argv",
    [
        ["--replay", str(CAFE), "snapshot", "-o", "out.json"],
        ["--replay", str(CAFE), "checks"],
        ["--replay", str(CAFE), "audit-passwords", "x.csv"],
    ],
)
def test_replay_with_a_command_that_reads_no_recording_is_a_usage_error(
    argv, capsys, tmp_path, monkeypatch, this_computer_is_forbidden
):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--replay does not apply" in err and err.count("\n") == 1
    assert not (tmp_path / "out.json").exists()
