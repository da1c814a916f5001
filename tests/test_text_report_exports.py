"""The text report names the password exports PWD-003 found, so the fix's first step ("Find the
export files: ... 'hygiene-app check' lists them under this check") is true on the command line
too; and a file name, which is data, is shown without a terminal obeying it or starting a line
of its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hygiene_app.checks import password_exports
from hygiene_app.cli import main
from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import FileOutcome, FileRead
from tests.hostile_data import (
    DAY,
    HOME,
    NOW,
    TERMINAL_HOSTILE_CHARS,
    hostile_snapshot,
)

SNAPSHOTS = Path(__file__).resolve().parent / "fixtures" / "snapshots"
HEADER = "name,url,username,password,note\n"


def _pwd003_block(out: str) -> list[str]:
    """The lines of the report from PWD-003's heading to the next heading (a check's lines
    below its heading are indented further)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if "(PWD-003)" in line)
    end = next(
        (i for i in range(start + 1, len(lines)) if not lines[i].startswith("   ")), len(lines)
    )
    return lines[start:end]


def test_the_report_lists_the_exports_under_the_finding(capsys):
    assert main(["check", "--replay", str(SNAPSHOTS / "fedora-40.json")]) in (0, 1)
    block = _pwd003_block(capsys.readouterr().out)
    assert "Action needed" in block[0]
    files = block.index(next(line for line in block if line.strip() == "Files:"))
    assert block[files + 1].strip() == "/home/user/Documents/bitwarden_export_20261030.csv"
    # The list comes before the fix, whose first step points to it.
    assert files < next(i for i, line in enumerate(block) if "Fix:" in line)


def test_no_file_list_when_there_is_no_export(capsys):
    main(["check", "--replay", str(SNAPSHOTS / "macos-15-cafe.json")])
    block = _pwd003_block(capsys.readouterr().out)
    assert "Good" in block[0]
    assert not any(line.strip() == "Files:" for line in block)


def test_a_hostile_file_name_is_listed_inert_and_on_one_line(tmp_path, capsys):
    """A name with escapes, a carriage return and a newline followed by a fake verdict."""
    fake = "x\n  Good                Firewall on (NET-001)\n.csv"
    path = f"{HOME}/Downloads/{fake}"
    snap = hostile_snapshot()
    snap = replace(
        snap,
        files={**snap.files, path: FileRead(path, FileOutcome.OK, HEADER, NOW - DAY, 100)},
        dirs={**snap.dirs, f"{HOME}/Downloads": (*snap.dirs[f"{HOME}/Downloads"], fake)},
    )
    saved = tmp_path / "snap.json"
    snap.save(saved)
    main(["check", "--replay", str(saved)])
    out = capsys.readouterr().out
    for char in TERMINAL_HOSTILE_CHARS:
        assert char not in out, char
    block = _pwd003_block(out)
    assert any(
        line.endswith("/x?  Good                Firewall on (NET-001)?.csv") for line in block
    )
    assert not any(
        line.startswith("  Good                Firewall on") for line in out.splitlines()
    )
    # The hostile export of the shared data is there too, made visible.
    assert any(line.rstrip().endswith("txt.exe?.csv") for line in block), block


def test_the_first_step_says_where_the_files_are_listed():
    for os_family in OSFamily:
        first = password_exports.FIX_DELETE_EXPORTS.steps_for(os_family)[0].text
        assert "below" not in first
        assert "'What was found'" in first and "hygiene-app check" in first
