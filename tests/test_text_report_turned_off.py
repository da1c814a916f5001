"""A check the organisation turned off reads "Turned off by your organisation" where other
findings read their status word, in the terminal's report and its counts: not "Not run", which
would sound like something went wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.cli import main
from hygiene_app.engine.model import CheckResult, Finding, Status
from hygiene_app.engine.options import CheckOptions
from hygiene_app.engine.runner import turned_off_finding
from hygiene_app.engine.status_words import TURNED_OFF, StatusWord, status_label


def _net_003() -> object:
    return next(c for c in default_registry() if c.meta.id == "NET-003")


def test_status_label_says_turned_off_only_for_the_organisations_choice() -> None:
    check = _net_003()
    finding = turned_off_finding(check, CheckOptions(disabled_checks=frozenset({"NET-003"})))
    assert finding is not None
    off = CheckResult(check.meta, finding, 0.0)
    assert status_label(off) == TURNED_OFF == "Turned off by your organisation"
    skipped = CheckResult(check.meta, Finding(Status.SKIPPED, "Not run", reason="no Wi-Fi"), 0.0)
    assert status_label(skipped) == StatusWord.NOT_RUN.label == "Not run"


def test_the_text_report_labels_a_turned_off_check_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"version": 1, "checks": {"NET-003": {"enabled": False}}}))
    monkeypatch.setenv("HYGIENE_APP_POLICY", str(path))
    main(["--offline", "check", "--only", "NET-003,DEV-002"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    title = next(i for i, line in enumerate(lines) if "(NET-003)" in line)
    assert lines[title - 1].strip() == "Turned off by your organisation"
    assert "Not run" not in lines[title] and "Not run" not in out.splitlines()[1]
    assert "Turned off by your organisation: 1" in lines[1]


def test_the_html_report_counts_a_turned_off_check_as_turned_off() -> None:
    from hygiene_app.engine.assessment import assess
    from hygiene_app.engine.context import ProbeContext
    from hygiene_app.engine.runner import run_checkup
    from hygiene_app.engine.snapshot import Snapshot
    from hygiene_app.services.report_html import Organisation, ReportRequest, render_html

    cafe = Path(__file__).parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
    options = CheckOptions(disabled_checks=frozenset({"NET-003"}))
    checkup = run_checkup(
        tuple(default_registry()), ProbeContext(Snapshot.load(cafe).seams(), options=options)
    )
    page = render_html(
        ReportRequest(checkup, assess(checkup.results, checkup.platform.os), Organisation())
    )
    score = page[page.index('class="score"') :]
    score = score[: score.index("</p>", score.index("</p>") + 1)]
    assert "Turned off by your organisation</span>: 1" in score
    areas = page[page.index('class="grid areas"') :]
    row = next(line for line in areas.split("<tr>") if "Wi-Fi" in line)
    assert "Turned&nbsp;off&nbsp;by&nbsp;your&nbsp;organisation</span>:&nbsp;1" in row
    assert "Not&nbsp;run" not in row
