import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from hygiene_app.cli import main
from hygiene_app.engine.probes import FileOutcome, FileRead
from hygiene_app.engine.snapshot import Snapshot
from tests.support import machine

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text())
NOW = 1_793_491_200.0


def write_snapshot(path: Path, *, restart_needed: bool) -> Path:
    files = {}
    if restart_needed:
        files["/var/run/reboot-required"] = FileRead(
            "/var/run/reboot-required", FileOutcome.OK, "*** System restart required ***\n"
        )
    Snapshot(
        platform=machine("debian").platform,
        clock=NOW,
        files=files,
        boot_time=NOW - 86400,
    ).save(path)
    return path


@pytest.fixture
def clean(tmp_path):
    return write_snapshot(tmp_path / "clean.json", restart_needed=False)


@pytest.fixture
def needs_restart(tmp_path):
    return write_snapshot(tmp_path / "restart.json", restart_needed=True)


def test_json_report_validates_against_the_documented_schema(needs_restart, capsys):
    code = main(["check", "--replay", str(needs_restart), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    jsonschema.validate(report, SCHEMA)
    assert report["replayed"] is True
    restart = next(c for c in report["checks"] if c["id"] == "UPD-003")
    assert restart["status"] == "fail" and restart["fix"]["verify_check"] == "UPD-003"
    # UPD-003 fails at medium severity: below the default --fail-on high.
    assert code == 0


def test_fail_on_sets_the_exit_code(needs_restart, clean, capsys):
    only = ["--only", "UPD-003"]
    assert main(["check", "--replay", str(needs_restart), *only, "--fail-on", "medium"]) == 1
    assert main(["check", "--replay", str(needs_restart), *only, "--fail-on", "critical"]) == 0
    assert main(["check", "--replay", str(clean), *only, "--fail-on", "info"]) == 0


def test_text_report_has_no_colour_when_not_a_tty(needs_restart, capsys):
    main(["check", "--replay", str(needs_restart)])
    out = capsys.readouterr().out
    assert "\033[" not in out
    assert "Action needed" in out and "Restart to finish updates (UPD-003)" in out
    assert "Fix: " in out and "systemctl reboot" in out
    assert "Score:" in out


def test_colour_only_on_a_tty_and_never_with_no_color(needs_restart, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    main(["check", "--replay", str(needs_restart)])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", "--replay", str(needs_restart)])
    assert "\033[" not in capsys.readouterr().out


def test_only_and_skip_select_checks(clean, capsys):
    main(["check", "--replay", str(clean), "--format", "json", "--skip", "UPD-003,NET-001"])
    ids = [c["id"] for c in json.loads(capsys.readouterr().out)["checks"]]
    assert "UPD-003" not in ids and "NET-001" not in ids and "NET-002" in ids
    main(["check", "--replay", str(clean), "--format", "json", "--only", "upd-003"])
    assert [c["id"] for c in json.loads(capsys.readouterr().out)["checks"]] == ["UPD-003"]


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["check", "--only", "NOPE-1"], "unknown check id 'NOPE-1'"),
        (["check", "--format", "xml"], "invalid choice"),
        (["check", "--fail-on", "severe"], "unknown severity"),
        (["check", "--replay", "/does/not/exist.json"], "snapshot not found"),
        (["frobnicate"], "invalid choice"),
        (["snapshot"], "required"),
        (["snapshot", "--output", "/does/not/exist/s.json"], "does not exist"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, needle, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_malformed_snapshot_is_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "hygiene-snapshot", "version": 1, "platform": []}')
    assert main(["check", "--replay", str(bad)]) == 2
    assert "malformed snapshot" in capsys.readouterr().err


def test_checks_lists_ids_platforms_and_disclosure(capsys):
    assert main(["checks"]) == 0
    out = capsys.readouterr().out
    assert "UPD-003" in out and "leaves this machine: Nothing" in out and "macOS" in out


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("hygiene-app 0.")
    for cmd in (["--help"], ["check", "--help"], ["snapshot", "--help"], ["checks", "--help"]):
        with pytest.raises(SystemExit) as info:
            main(cmd)
        assert info.value.code == 0
    assert "--fail-on" in capsys.readouterr().out


def test_internal_error_is_exit_3_without_traceback(monkeypatch, clean, capsys):
    import hygiene_app.cli as cli

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "run_checkup", explode)
    assert main(["check", "--replay", str(clean)]) == 3
    err = capsys.readouterr().err
    assert "internal error" in err and "Traceback" not in err


def test_snapshot_then_replay_round_trip(tmp_path, capsys):
    out = tmp_path / "here.json"
    assert main(["snapshot", "--output", str(out), "--offline"]) == 0
    recorded = json.loads(out.read_text())
    assert recorded["redacted"] is True and recorded["statuses"]
    main(["check", "--replay", str(out), "--format", "json"])
    capsys.readouterr()
    main(["check", "--replay", str(out), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert {c["id"]: c["status"] for c in report["checks"]} == recorded["statuses"]


def test_real_process_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00\xff not json")
    proc = subprocess.run(
        [sys.executable, "-m", "hygiene_app", "check", "--replay", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("hygiene-app: error:")


def test_desktop_app_says_what_is_missing_instead_of_a_qt_abort():
    from hygiene_app.cli import display_problem

    found = lambda name: "libxcb-cursor.so.0"  # noqa: E731
    missing = lambda name: None  # noqa: E731
    if not sys.platform.startswith("linux"):
        assert display_problem({}, missing) == ""
        return
    assert "no display" in display_problem({}, found)
    assert "libxcb-cursor0" in display_problem({"DISPLAY": ":0"}, missing)
    assert display_problem({"DISPLAY": ":0"}, found) == ""
    assert "no display" in display_problem({"WAYLAND_DISPLAY": "wayland-0"}, missing)
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, missing) == ""
