"""The JSON report (schema version 2) carries each finding's facts beside its raw evidence."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from hygiene_app.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
CAFE = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"


def test_report_carries_facts_and_evidence_and_validates(capsys):
    main(["check", "--replay", str(CAFE), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, SCHEMA)
    assert report["schema_version"] == 2
    firewall = next(c for c in report["checks"] if c["id"] == "NET-001")
    assert {"label": "Firewall", "value": "switched off"} in firewall["facts"]
    assert firewall["evidence"]["policy_store"] == "ActiveStore"  # raw, for support
    for check in report["checks"]:
        if check["status"] in ("pass", "warn", "fail"):
            assert check["facts"], check["id"]


def test_schema_requires_facts():
    check = SCHEMA["$defs"]["check"]
    assert "facts" in check["required"]
    assert SCHEMA["properties"]["schema_version"] == {"const": 2}
