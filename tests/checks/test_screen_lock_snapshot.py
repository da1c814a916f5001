"""DEV-002 on this machine's real seams (a temporary home, the desktop named in the
environment of the commands), recorded into a snapshot and replayed to the same verdict."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from hygiene_app.checks import screen_lock as sl
from hygiene_app.checks.recording import minimise_recording
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveCommandRunner, live_seams
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.snapshot import Recorder, Snapshot
from tests.support import FIXTURES

CHECK = sl.ScreenLockCheck()

pytestmark = pytest.mark.skipif(shutil.which("printenv") is None, reason="needs printenv")


def _live(home: Path, desktop: str | None):
    live = live_seams(offline=True)
    env = {} if desktop is None else {"XDG_CURRENT_DESKTOP": desktop}
    platform = replace(live.platform, os=OSFamily.LINUX, home=str(home), username="user")
    return replace(live, platform=platform, commands=LiveCommandRunner(extra_env=env))


def _record_and_replay(seams):
    recorder = Recorder(seams, minimise=minimise_recording)
    finding = CHECK.run(ProbeContext(recorder.seams))
    doc = json.loads(json.dumps(recorder.snapshot().to_json()))
    replayed = CHECK.run(ProbeContext(Snapshot.from_json(doc).seams()))
    return finding, replayed


def test_kde_autolock_off_on_the_live_seams_fails_and_replays_the_same(tmp_path):
    config = tmp_path / ".config"
    config.mkdir()
    shutil.copy(
        FIXTURES / "screen_lock" / "linux" / "kscreenlockerrc-autolock-off",
        config / "kscreenlockerrc",
    )
    finding, replayed = _record_and_replay(_live(tmp_path, "KDE"))
    assert finding.status is Status.FAIL
    assert (replayed.status, replayed.summary) == (finding.status, finding.summary)


def test_xfce_file_on_the_live_seams_passes_and_replays_the_same(tmp_path):
    channel = tmp_path / ".config" / "xfce4" / "xfconf" / "xfce-perchannel-xml"
    channel.mkdir(parents=True)
    shutil.copy(
        FIXTURES / "screen_lock" / "linux" / "xfce4-screensaver.xml",
        channel / "xfce4-screensaver.xml",
    )
    finding, replayed = _record_and_replay(_live(tmp_path, "XFCE"))
    assert finding.status is Status.PASS
    assert (replayed.status, replayed.summary) == (finding.status, finding.summary)


def test_without_a_desktop_it_is_unknown_live_and_replayed(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CURRENT_DESKTOP", raising=False)
    finding, replayed = _record_and_replay(_live(tmp_path, None))
    assert finding.status is Status.UNKNOWN
    assert (replayed.status, replayed.reason) == (finding.status, finding.reason)
