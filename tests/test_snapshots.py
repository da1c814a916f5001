"""Recorded machines of every OS replay to the verdicts a person reading their outputs reaches."""

import json
from pathlib import Path

import jsonschema
import pytest

from hygiene_app.cli import main
from tests.snapshot_machines import MACHINES, SNAPSHOTS, render

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())


@pytest.mark.parametrize("name", sorted(MACHINES))
def test_committed_snapshot_is_up_to_date(name):
    committed = (SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8")
    assert committed == render(name), "run: .venv/bin/python -m tests.snapshot_machines"


@pytest.mark.parametrize("name", sorted(MACHINES))
def test_snapshot_replays_to_the_expected_verdicts(name, capsys):
    path = SNAPSHOTS / f"{name}.json"
    expected = json.loads(path.read_text(encoding="utf-8"))["statuses"]
    main(["check", "--replay", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, SCHEMA)
    assert {c["id"]: c["status"] for c in report["checks"]} == expected
    for check in report["checks"]:
        if check["status"] in ("fail", "warn"):
            assert check["fix"]["steps"], f"{check['id']} has no steps for {name}"
            assert check["fix"]["verify_check"] == check["id"]


def test_every_os_is_covered():
    oses = {json.loads((SNAPSHOTS / f"{n}.json").read_text())["platform"]["os"] for n in MACHINES}
    assert oses == {"linux", "windows", "macos"}


def test_windows_fix_steps_are_windows_steps(capsys):
    main(["check", "--replay", str(SNAPSHOTS / "windows-11-cafe.json"), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    updates = next(c for c in report["checks"] if c["id"] == "UPD-001")
    links = [s["link"] for s in updates["fix"]["steps"] if s["link"]]
    assert "ms-settings:windowsupdate" in links
