"""`hygiene-app report --output FILE.html|FILE.pdf [--replay FILE] [--redact] [--offline]`.

This computer is played by a recorded snapshot read through the live code path (its seams stand
in for the live ones), so the organisation's policy applies as it would on a staff machine; a
--replay is somebody else's machine and gets none of it."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hygiene_app import cli
from hygiene_app.cli import main
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.policy import POLICY_ENV

ROOT = Path(__file__).resolve().parent
CAFE = ROOT / "fixtures" / "snapshots" / "windows-11-cafe.json"

POLICY = {
    "version": 1,
    "contact": {"name": "Acme IT", "email": "it@acme.example", "message": "Call us first."},
    "checks": {
        "NET-003": {"enabled": False},
        "NET-001": {
            "note": "Call the IT desk before changing this.",
            "links": [{"label": "Firewall guide", "url": "https://it.acme.example/fw"}],
        },
    },
}


class Text(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: set[str] = set()
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


@pytest.fixture
def this_computer(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The CLI's live checkup reads the café snapshot; the policy file is a temporary one."""
    seams = Snapshot.load(CAFE).seams()
    monkeypatch.setattr(cli, "_live_seams", lambda offline: seams)
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(POLICY), encoding="utf-8")
    monkeypatch.setenv(POLICY_ENV, str(policy))
    return policy


def test_an_html_report_of_this_computer_with_the_organisations_card(
    this_computer, tmp_path, capsys
) -> None:
    target = tmp_path / "report.html"
    assert main(["report", "--offline", "--output", str(target)]) == 0
    assert capsys.readouterr().out == f"Report written to {target}.\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    page = Text(target.read_text(encoding="utf-8"))
    assert "script" not in page.tags
    text = page.text
    assert "Security checkup report" in text and "out of 100" in text
    assert "Your IT contact Acme IT Call us first. E-mail: it@acme.example" in text
    assert "From your organisation: Call the IT desk before changing this." in text
    assert "Firewall guide" in text
    # The checkup itself follows the policy: the check it turns off says so.
    assert "Turned off by your organisation · Open Wi-Fi without a VPN (NET-003)" in text
    assert "Computer host" in text  # the machine's name


def test_a_replay_is_somebody_elses_machine_without_the_organisation(
    this_computer, tmp_path, capsys
) -> None:
    target = tmp_path / "report.html"
    assert main(["report", "--replay", str(CAFE), "--output", str(target)]) == 0
    text = Text(target.read_text(encoding="utf-8")).text
    assert "Acme IT" not in text and "From your organisation" not in text
    assert "made from a recording of another computer" in text
    # The option may also come before the command, as with `check`.
    again = tmp_path / "again.html"
    assert main(["--replay", str(CAFE), "report", "-o", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == target.read_text(encoding="utf-8")


def test_redact_leaves_out_the_machines_name(this_computer, tmp_path) -> None:
    target = tmp_path / "report.html"
    assert main(["report", "--redact", "--output", str(target)]) == 0
    text = Text(target.read_text(encoding="utf-8")).text
    assert "Computer host" not in text
    assert "are left out of this report" in text
    assert "C:\\Users\\user\\Downloads" not in text


def test_a_pdf_report(this_computer, tmp_path, capsys, qapp) -> None:
    target = tmp_path / "report.pdf"
    assert main(["report", "--output", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert capsys.readouterr().out == f"Report written to {target}.\n"


def test_a_pdf_from_a_terminal_without_a_display(tmp_path) -> None:
    """The command starts Qt on its offscreen platform itself: no display, no
    QT_QPA_PLATFORM, no window."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    target = tmp_path / "report.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "hygiene_app", "report", "--replay", str(CAFE), "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("report.txt", "the report is written as .html or .pdf"),
        ("missing/report.html", "does not exist"),
        ("folder.html", "is a folder"),
    ],
)
def test_a_wrong_target_is_exit_2_in_one_line_before_the_checkup(
    this_computer, tmp_path, capsys, monkeypatch, name, message
) -> None:
    def no_checkup(_args):
        raise AssertionError("the checkup ran")

    monkeypatch.setattr(cli, "_run", no_checkup)
    (tmp_path / "folder.html").mkdir()
    target = tmp_path / name
    assert main(["report", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.html", "policy.json"]


def test_an_unreadable_recording_is_exit_2(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["report", "--replay", str(bad), "--output", str(tmp_path / "r.html")]) == 2
    assert capsys.readouterr().err.startswith("hygiene-app: error: ")
    assert not (tmp_path / "r.html").exists()


def test_an_invalid_policy_is_said_once_and_the_report_still_written(
    this_computer, tmp_path, capsys
) -> None:
    this_computer.write_text('{"version": 1, "contact": {"nmae": "typo"}}', encoding="utf-8")
    target = tmp_path / "report.html"
    assert main(["report", "--output", str(target)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("hygiene-app: ") and err.count("the usual checks apply") == 1
    text = Text(target.read_text(encoding="utf-8")).text
    assert "the usual checks apply" in text and "Your IT contact" not in text


def test_the_report_command_is_listed_in_help(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert "--redact" in out and "--replay" in out and "FILE.html or FILE.pdf" in out


def test_a_report_of_this_computer_is_remembered_as_a_checkup_a_replay_is_not(
    this_computer, tmp_path
) -> None:
    from hygiene_app.services.history import HistoryStore, Origin, default_history_path

    assert main(["report", "--replay", str(CAFE), "-o", str(tmp_path / "r.html")]) == 0
    assert HistoryStore(default_history_path()).runs() == ()
    assert main(["report", "-o", str(tmp_path / "r.html")]) == 0
    runs = HistoryStore(default_history_path()).runs()
    assert [run.origin for run in runs] == [Origin.CLI]


def test_the_policy_is_read_once_for_the_checkup_and_its_score(
    this_computer, tmp_path, monkeypatch
) -> None:
    """The set-asides the score honours follow the same policy the checkup ran with."""
    reads: list[object] = []
    real = cli.load_policy

    def counted(*args: object, **kwargs: object) -> object:
        reads.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "load_policy", counted)
    assert main(["report", "--offline", "--output", str(tmp_path / "r.html")]) == 0
    assert len(reads) == 1
