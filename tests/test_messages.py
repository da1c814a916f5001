"""Error messages a person reads name a file once: the OS's own error text repeats the path,
so messages use its words (strerror), not its str()."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from hygiene_app.cli import main
from hygiene_app.engine import snapshot as snapshot_module
from hygiene_app.engine.snapshot import Snapshot, SnapshotError


def denied(path: Path, *_args: object) -> bytes:
    raise PermissionError(errno.EACCES, "Permission denied", str(path))


def test_an_unreadable_snapshot_names_its_path_once(tmp_path, monkeypatch):
    path = tmp_path / "customer.json"
    path.write_text("{}")
    monkeypatch.setattr(snapshot_module, "read_regular_file", denied)
    with pytest.raises(SnapshotError) as caught:
        Snapshot.load(path)
    message = str(caught.value)
    assert message.count(str(path)) == 1
    assert "Permission denied" in message


def test_the_cli_says_so_in_one_line_naming_the_path_once(tmp_path, monkeypatch, capsys):
    path = tmp_path / "customer.json"
    path.write_text("{}")
    monkeypatch.setattr(snapshot_module, "read_regular_file", denied)
    assert main(["check", "--replay", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.count(str(path)) == 1


def test_a_snapshot_note_counts_in_words(tmp_path, monkeypatch, capsys):
    """'1 commands' is not English: the note after `snapshot -o` uses singular forms."""
    from hygiene_app import cli
    from tests.support import machine

    one = machine("debian", commands={("true",): (0, "")})
    monkeypatch.setattr(cli, "_live_seams", lambda offline: one)
    monkeypatch.setattr(cli, "default_registry", lambda: _one_command_registry())
    assert main(["snapshot", "-o", str(tmp_path / "s.json")]) == 0
    out = capsys.readouterr().out
    assert "1 command," in out and "1 commands" not in out


def _one_command_registry():
    from hygiene_app.engine.model import (
        ALL_OSES,
        Category,
        CheckMeta,
        Finding,
        Severity,
        Status,
    )
    from hygiene_app.engine.registry import Registry

    class RunsTrue:
        meta = CheckMeta(
            "T-001", "Runs one command", Category.DEVICE, ALL_OSES, 1, Severity.LOW, "nothing"
        )

        def run(self, ctx):
            ctx.run(["true"])
            return Finding(Status.PASS, "Fine")

    return Registry([RunsTrue()])
