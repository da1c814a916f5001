"""Making engine text translatable changed no byte of the English report or CLI output.

The expected files were written from the code before `fmt` replaced `N_(...).format(...)`;
regenerate them (after checking the diff is a wording change you meant) with:
`HYGIENE_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/engine/test_text_unchanged.py`.
"""

import os
import re
from pathlib import Path

import pytest

from hygiene_app.cli import main

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "fixtures" / "snapshots"
GOLDEN = ROOT / "fixtures" / "i18n_golden"
NAMES = sorted(p.stem for p in SNAPSHOTS.glob("*.json"))
# How long a check took is the one part of a report that changes from run to run.
DURATION = re.compile(r'"duration": [0-9.e-]+')


@pytest.mark.parametrize("output", ["text", "json"])
@pytest.mark.parametrize("name", NAMES)
def test_report_is_byte_for_byte_unchanged(name: str, output: str, capsys) -> None:
    snapshot = SNAPSHOTS / f"{name}.json"
    main(["check", "--replay", str(snapshot), "--offline", "--format", output])
    produced = DURATION.sub('"duration": 0', capsys.readouterr().out)
    expected = GOLDEN / f"{name}.{output}"
    if os.environ.get("HYGIENE_REGENERATE_GOLDEN"):
        expected.write_text(produced, encoding="utf-8")
    assert produced == expected.read_text(encoding="utf-8")
