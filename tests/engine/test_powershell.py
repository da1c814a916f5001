"""The PowerShell prefix every Windows probe runs under, and recordings made with an older one."""

from __future__ import annotations

import json
from pathlib import Path

from hygiene_app.checks import firewall
from hygiene_app.cli import main
from hygiene_app.engine.powershell import (
    OLDER_PS_PREFIXES,
    PS_PREFIX,
    current_form,
    powershell,
    powershell_script,
)
from hygiene_app.engine.probes import CommandOutcome
from hygiene_app.engine.snapshot import Snapshot

#: A recording as the previous version wrote it (the committed snapshots are re-rendered).
RECORDINGS = Path(__file__).resolve().parents[1] / "fixtures" / "recordings"


def test_setting_the_output_encoding_may_fail_without_stopping_the_probe() -> None:
    """Constrained Language Mode (AppLocker, WDAC) refuses to set a .NET property; with
    `$ErrorActionPreference='Stop'` an unguarded assignment ended every probe there."""
    head, encoding, tail = PS_PREFIX.split(";", 2)
    assert head == "$ErrorActionPreference='Stop'"
    assert encoding.startswith("try{[Console]::OutputEncoding=") and encoding.endswith("catch{}")
    assert tail == "$ProgressPreference='SilentlyContinue';"


def test_the_script_is_shown_without_any_prefix() -> None:
    argv = powershell("Get-Date")
    assert powershell_script(argv) == "Get-Date"
    for older in OLDER_PS_PREFIXES:
        assert powershell_script((*argv[:-1], older + "Get-Date")) == "Get-Date"
    assert powershell_script((*argv[:-1], "Get-Date")) == "Get-Date"
    assert powershell_script(("cmd.exe", "/c", "ver")) is None


def test_an_older_recording_is_asked_in_todays_form() -> None:
    argv = powershell("Get-Date")
    older = (*argv[:-1], OLDER_PS_PREFIXES[0] + "Get-Date")
    assert current_form(older) == argv
    assert current_form(argv) == argv
    bare = (*argv[:-1], "Get-Date")  # not ours: left as it is
    assert current_form(bare) == bare
    assert current_form(("netsh", "advfirewall", "show")) == ("netsh", "advfirewall", "show")


def test_a_windows_recording_made_with_the_older_prefix_still_replays(capsys) -> None:
    """People keep recordings (`--replay`) made by earlier versions: the probes asked with
    today's prefix find the answers recorded under the older one, with the same verdicts."""
    path = RECORDINGS / "windows-11-cafe-older-prefix.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert any(c["argv"][-1].startswith(OLDER_PS_PREFIXES[0]) for c in doc["commands"])
    assert not any(PS_PREFIX in c["argv"][-1] for c in doc["commands"])
    found = Snapshot.load(path).seams().commands.run(firewall.WINDOWS_PROBE)
    assert found.outcome is CommandOutcome.OK and "Public" in found.stdout
    main(["check", "--replay", str(path), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert {c["id"]: c["status"] for c in report["checks"]} == doc["statuses"]
