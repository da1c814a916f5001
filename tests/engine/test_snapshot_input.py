"""A hostile or broken snapshot is an input error: exit 2 with one line, never an internal error
(exit 3), a hang or a full memory. Through the CLI, as support staff would open one."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hygiene_app import cli
from hygiene_app.engine.snapshot import Snapshot, SnapshotError
from tests.rawserver import guarded

EXIT_USAGE = 2


def _doc(**changes: object) -> dict[str, object]:
    doc: dict[str, object] = {
        "format": "hygiene-snapshot",
        "version": 1,
        "clock": 1793491200.0,
        "platform": {"os": "linux", "hostname": "host", "username": "user", "home": "/home/u"},
    }
    doc.update(changes)
    return doc


def _replay(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = guarded(lambda: cli.main(["check", "--replay", str(path), "--only", "NET-001"]))
    assert isinstance(code, int)
    return code, capsys.readouterr().err


def _assert_one_line_usage_error(code: int, err: str, path: Path) -> None:
    assert code == EXIT_USAGE, err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("hygiene-app: error: ")
    assert "internal error" not in err
    assert err.count(str(path)) <= 1


def test_a_well_formed_snapshot_still_replays(tmp_path: Path, capsys):
    path = tmp_path / "snap.json"
    path.write_text(json.dumps(_doc()))
    code, err = _replay(path, capsys)
    assert code in (0, 1), err


def _text_cases() -> dict[str, str]:
    ok = json.dumps(_doc())
    deep = "[" * 200_000 + "]" * 200_000
    return {
        "deep-nesting": ok[:-1] + f', "extra": {deep}}}',
        "deep-objects": ok[:-1] + ', "extra": ' + '{"a":' * 100_000 + "1" + "}" * 100_000 + "}",
        "huge-int-clock": json.dumps(_doc()).replace("1793491200.0", "1" * 400),
        "enormous-int": ok[:-1] + ', "extra": ' + "9" * 5000 + "}",
        "nan-clock": json.dumps(_doc()).replace("1793491200.0", "NaN"),
        "infinity-clock": json.dumps(_doc()).replace("1793491200.0", "Infinity"),
        "minus-infinity-clock": json.dumps(_doc()).replace("1793491200.0", "-Infinity"),
        "1e400-clock": json.dumps(_doc()).replace("1793491200.0", "1e400"),
        "1e300-clock": json.dumps(_doc()).replace("1793491200.0", "1e300"),
        "negative-clock": json.dumps(_doc()).replace("1793491200.0", "-5"),
        "infinite-mtime": json.dumps(
            _doc(files=[{"path": "/etc/x", "text": "", "mtime": 1.5}])
        ).replace("1.5", "Infinity"),
        "lone-surrogate-hostname": json.dumps(_doc()).replace('"host"', '"\\ud800"'),
        "lone-surrogate-key": ok[:-1] + ', "\\udfff": 1}',
        "lone-surrogate-output": json.dumps(
            _doc(commands=[{"argv": ["ufw", "status"], "stdout": "x\\udc80y"}])
        ).replace("\\\\udc80", "\\udc80"),
        # The OS name is shown as "a recording of <OS>": it must not reverse or forge it.
        "bidi-override-os-name": json.dumps(
            _doc(platform={"os": "linux", "distribution_name": "Debian\u202e gnp.exe"})
        ),
        "escape-in-os-version": json.dumps(
            _doc(platform={"os": "windows", "os_version": "11\u001b[2J"})
        ),
        "novel-length-host-name": json.dumps(
            _doc(platform={"os": "linux", "hostname": "h" * 5000})
        ),
        "status-not-a-number": json.dumps(
            _doc(http=[{"url": "https://x.example", "status": {"a": 1}}])
        ),
    }


@pytest.mark.parametrize("name", sorted(_text_cases()))
def test_hostile_snapshot_text_is_an_input_error(name: str, tmp_path: Path, capsys):
    path = tmp_path / "snap.json"
    path.write_text(_text_cases()[name], encoding="utf-8")
    code, err = _replay(path, capsys)
    _assert_one_line_usage_error(code, err, path)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _huge(path: Path) -> None:
    with path.open("wb") as f:
        f.truncate(200 << 20)  # sparse: no disk used


def _folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX paths")
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_fifo, "named pipe"),
        (_dev_zero, "device"),
        (_huge, "larger than"),
        (_folder, "folder"),
    ],
    ids=["fifo", "dev-zero", "huge", "folder"],
)
def test_a_snapshot_path_that_is_not_a_regular_file_is_refused_unread(
    make, words: str, tmp_path: Path, capsys
):
    path = tmp_path / "snap.json"
    make(path)
    code, err = _replay(path, capsys)
    _assert_one_line_usage_error(code, err, path)
    assert words in err


def test_from_json_refuses_values_python_callers_can_pass():
    for doc in (
        _doc(clock=float("nan")),
        _doc(clock=float("inf")),
        _doc(clock=10**400),
        _doc(platform={"os": "linux", "hostname": "\udc80"}),
        _doc(system={"boot_time": float("-inf")}),
    ):
        with pytest.raises(SnapshotError):
            Snapshot.from_json(doc)
