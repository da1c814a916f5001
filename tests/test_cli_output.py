"""`hygiene-app check --output FILE`: the report lands in the file whole (or not at all), private,
and a folder that does not exist is a usage error before any check runs."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import jsonschema
import pytest

from hygiene_app import cli
from hygiene_app.cli import main
from tests.test_cli import SCHEMA, write_snapshot

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    return write_snapshot(tmp_path / "machine.json", restart_needed=True)


def _replay(snapshot: Path, *extra: str) -> list[str]:
    return ["check", "--replay", str(snapshot), *extra]


def test_json_report_goes_to_the_file_not_the_terminal(snapshot, tmp_path, capsys):
    target = tmp_path / "reports" / "report.json"
    target.parent.mkdir()
    code = main(_replay(snapshot, "--format", "json", "--output", str(target), "--fail-on", "low"))
    out = capsys.readouterr()
    assert out.out == ""
    report = json.loads(target.read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    # The exit code is the checkup's, as without --output (UPD-003 fails at medium).
    assert code == 1
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_text_report_in_a_file_has_no_terminal_colours(snapshot, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cli, "_use_colour", lambda _stream: True)
    target = tmp_path / "report.txt"
    main(_replay(snapshot, "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "UPD-003" in text or "restart" in text.lower()
    assert "\x1b" not in text
    assert capsys.readouterr().out == ""


@posix_only
def test_report_file_is_private(snapshot, tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "report.json"
        main(_replay(snapshot, "--format", "json", "--output", str(target)))
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
def test_a_target_that_cannot_be_a_file_is_exit_2_before_the_checkup(
    where, snapshot, tmp_path, capsys, monkeypatch
):
    def no_checkup(_args: object) -> None:
        raise AssertionError("the checkup ran although the report could not be written")

    monkeypatch.setattr(cli, "_run", no_checkup)
    target = tmp_path / "nowhere" / "report.json" if where == "missing-folder" else tmp_path
    assert main(_replay(snapshot, "--output", str(target))) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert ("does not exist" if where == "missing-folder" else "is a folder") in err
    assert not (tmp_path / "nowhere").exists()


def test_a_failed_write_leaves_the_previous_report_whole(snapshot, tmp_path, capsys, monkeypatch):
    target = tmp_path / "report.json"
    target.write_text('{"previous": true}\n')

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("hygiene_app.engine.atomic.os.fsync", full_disk)
    assert main(_replay(snapshot, "--format", "json", "--output", str(target))) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert target.read_text() == '{"previous": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["machine.json", "report.json"]


@posix_only
def test_a_symlink_at_the_target_is_replaced_not_written_through(snapshot, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    target = tmp_path / "report.json"
    target.symlink_to(victim)
    main(_replay(snapshot, "--format", "json", "--output", str(target)))
    assert victim.read_text() == "keep me\n"
    assert not target.is_symlink()
    assert json.loads(target.read_text())["schema"] == "hygiene-report"
