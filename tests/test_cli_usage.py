"""Usage defects of the command line: an empty check list, and a desktop app asked to open on a
Wayland session whose compositor is gone."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hygiene_app.cli import EXIT_USAGE, display_problem, main

ARCH = Path(__file__).parent / "fixtures" / "snapshots" / "arch.json"


@pytest.mark.parametrize(
    "argv",
    [
        ["--only", ""],
        ["--only", " , ,"],
        ["--skip", ""],
        ["--only", "NET-001", "--only", ""],
        ["--only", "NET-001", "--skip", "net-001"],
    ],
)
def test_an_empty_check_selection_is_a_usage_error_not_every_check(argv, capsys):
    code = main(["check", "--replay", str(ARCH), "--format", "json", *argv])
    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    assert captured.out == ""
    assert captured.err.startswith("hygiene-app: error:") and captured.err.count("\n") == 1


def test_a_selection_with_a_trailing_comma_still_runs_what_it_names(capsys):
    main(["check", "--replay", str(ARCH), "--format", "json", "--only", "NET-001,"])
    assert '"id": "NET-001"' in capsys.readouterr().out


# ----- a stale WAYLAND_DISPLAY ------------------------------------------------------------

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux sessions")
FOUND = lambda name: "libxcb-cursor.so.0"  # noqa: E731
MISSING = lambda name: None  # noqa: E731


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A short XDG_RUNTIME_DIR (Unix socket paths are limited to about 100 bytes)."""
    with tempfile.TemporaryDirectory(dir="/tmp", prefix="xdg") as folder:
        yield Path(folder)


@pytest.fixture
def compositor(runtime_dir: Path) -> Iterator[Path]:
    """Something listening on $XDG_RUNTIME_DIR/wayland-7, as a compositor does."""
    path = runtime_dir / "wayland-7"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(4)
        yield path


@linux_only
def test_a_live_wayland_compositor_needs_nothing_else(compositor: Path):
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(compositor.parent)}
    assert display_problem(env, MISSING) == ""
    assert display_problem({"WAYLAND_DISPLAY": str(compositor)}, MISSING) == ""


@linux_only
@pytest.mark.parametrize("leftover", ["none", "dead socket file", "plain file"])
def test_a_stale_wayland_display_without_x11_is_one_line(runtime_dir: Path, leftover: str):
    path = runtime_dir / "wayland-7"
    if leftover == "dead socket file":  # the compositor crashed: the file stays, nobody listens
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
            dead.bind(str(path))
    elif leftover == "plain file":
        path.write_text("")
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(runtime_dir)}
    problem = display_problem(env, FOUND)
    assert problem.startswith("no display to open the window on")
    assert "Wayland" in problem and "\n" not in problem


@linux_only
def test_a_stale_wayland_display_falls_back_to_the_x11_rules(runtime_dir: Path):
    env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(runtime_dir), "DISPLAY": ":0"}
    assert display_problem(env, FOUND) == ""
    assert "libxcb-cursor0" in display_problem(env, MISSING)


@linux_only
def test_wayland_without_a_runtime_dir_cannot_be_reached():
    assert "no display" in display_problem({"WAYLAND_DISPLAY": "wayland-0"}, FOUND)
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_RUNTIME_DIR": "relative/dir"}
    assert "no display" in display_problem(env, FOUND)


@linux_only
def test_the_app_started_on_a_stale_wayland_session_says_so_in_one_line(runtime_dir: Path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_SOCKET", "WAYLAND_DISPLAY")
    }
    env.update(WAYLAND_DISPLAY="wayland-7", XDG_RUNTIME_DIR=str(runtime_dir))
    proc = subprocess.run(
        [sys.executable, "-m", "hygiene_app"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.returncode == EXIT_USAGE, proc.stderr[-500:]
    assert proc.stderr.startswith("hygiene-app: error: no display")
    assert proc.stderr.count("\n") == 1
