"""Every file the app writes is readable by its user only (0600), in folders it creates 0700,
and two processes saving settings at once never lose each other's changes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from hygiene_app.engine.model import OSFamily
from hygiene_app.engine.probes import HttpOutcome, HttpResponse, PlatformInfo
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.mfa.catalog import DirectoryCache
from hygiene_app.services.mfa.inventory import InventoryStore
from hygiene_app.services.mfa.model import Account, Category, MfaState
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore
from tests.services.mfa.conftest import SAMPLE

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")
ROOT = Path(__file__).resolve().parent.parent
NOW = 1_793_491_200.0


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The common 022 umask, under which a plain write_text makes 0644 files."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@posix_only
def test_settings_are_private(tmp_path: Path, usual_umask: None):
    store = SettingsStore(tmp_path / "config" / "hygiene-app" / "settings.json")
    store.update(lambda s: s.with_set_aside(SetAside("NET-001", SetAsideKind.SNOOZE, NOW)))
    assert mode(tmp_path / "config") == 0o700
    assert mode(tmp_path / "config" / "hygiene-app") == 0o700
    assert mode(store.path) == 0o600
    store.save(Settings(periodic_hours=24))
    assert mode(store.path) == 0o600
    assert sorted(p.name for p in store.path.parent.iterdir()) == [
        "settings.json",
        "settings.json.lock",
    ]
    assert mode(store.path.with_name("settings.json.lock")) == 0o600


@posix_only
def test_the_account_inventory_and_its_journal_are_private(tmp_path: Path, usual_umask: None):
    path = tmp_path / "share" / "hygiene-app" / "inventory.sqlite3"
    store = InventoryStore(path, clock=lambda: NOW)
    store.add(Account(None, "Mail", "mail.example.com", "zoe", Category.EMAIL, MfaState.ON))
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    assert any(p.exists() for p in sides)  # WAL mode: SQLite made at least one of them
    for p in (path, *sides):
        if p.exists():
            assert mode(p) == 0o600, p.name
    assert mode(path.parent) == 0o700 and mode(tmp_path / "share") == 0o700
    store.close()


@posix_only
def test_the_directory_cache_is_private(tmp_path: Path, usual_umask: None):
    class Answers:
        def get(self, url: str, **kwargs: object) -> HttpResponse:
            text = SAMPLE.read_text(encoding="utf-8")
            return HttpResponse(url, HttpOutcome.OK, 200, text, {"ETag": '"1"'})

    folder = tmp_path / "cache" / "hygiene-app" / "2fa-directory"
    directory, _status = DirectoryCache(Answers(), folder, clock=lambda: NOW).load(refresh=True)
    assert directory
    written = [p for p in folder.iterdir()]
    assert written
    for p in written:
        assert mode(p) == 0o600, p.name
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700


def tiny_snapshot() -> Snapshot:
    platform = PlatformInfo(OSFamily.LINUX, "12", "x86_64", "host", "user", "/home/user")
    return Snapshot(platform=platform, clock=NOW)


@posix_only
def test_a_snapshot_is_private_and_never_written_through_a_planted_link(
    tmp_path: Path, usual_umask: None
):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o1777)
    shared.chmod(0o1777)
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (shared / "snap.json.tmp").symlink_to(victim)
    tiny_snapshot().save(shared / "snap.json")
    assert victim.read_text() == "precious"
    assert mode(shared / "snap.json") == 0o600
    assert mode(shared) == 0o1777  # the user's own folder keeps its mode
    # A link at the name itself is replaced by the snapshot, not written through.
    (shared / "other.json").symlink_to(victim)
    tiny_snapshot().save(shared / "other.json")
    assert victim.read_text() == "precious"
    assert Snapshot.load(shared / "other.json").clock == NOW


# ----- two processes saving settings at once ----------------------------------------------

WORKER = """
import sys
import time
from pathlib import Path
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import SettingsStore

store = SettingsStore(Path(sys.argv[1]))
name, rounds = sys.argv[2], int(sys.argv[3])
Path(sys.argv[4]).touch()
while not Path(sys.argv[5]).exists():
    time.sleep(0.01)
for i in range(rounds):
    item = SetAside(f"{name}-{i}", SetAsideKind.SNOOZE, 2e9, created=1e9)
    store.update(lambda s: s.with_set_aside(item))
"""


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path):
    path = tmp_path / "cfg" / "settings.json"
    rounds = 250
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = []
    for name in ("A", "B"):
        ready = tmp_path / f"ready-{name}"
        args = [str(path), name, str(rounds), str(ready), str(go)]
        workers.append(
            (
                ready,
                subprocess.Popen(
                    [sys.executable, "-c", WORKER, *args], env=env, stderr=subprocess.PIPE
                ),
            )
        )
    # Both start their rounds together: each waits for `go`, written once both are ready.
    for ready, proc in workers:
        while not ready.exists():
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.01)
    go.touch()
    for _ready, proc in workers:
        _out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err.decode()
    saved = SettingsStore(path).load()
    ids = {s.check_id for s in saved.set_asides}
    expected = {f"{n}-{i}" for n in ("A", "B") for i in range(rounds)}
    assert ids == expected, f"{len(expected - ids)} set-asides were lost"
    assert json.loads(path.read_text())["version"] == 1


def test_an_exported_account_list_is_private_and_replaces_a_planted_link(
    qtbot, tmp_path: Path, usual_umask: None
):
    """The account list names the user's accounts: its export is 0600, written atomically, and
    a symlink planted at the chosen name is replaced, never written through."""
    from hygiene_app.engine.live import LiveHttpClient
    from hygiene_app.services.mfa.setup import open_mfa
    from hygiene_app.ui.accounts import AccountsWindow

    mfa = open_mfa(LiveHttpClient(offline=True), Settings(), path=tmp_path / "inv.sqlite3")
    mfa.store.add(Account(None, "Gmail", "google.com", "ann", Category.EMAIL, MfaState.ON))
    window = AccountsWindow(mfa.store, mfa.catalog, directory_status="", clock=lambda: 0.0)
    qtbot.addWidget(window)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "accounts.json"
    target.symlink_to(victim)
    assert window.export_to(target)
    mfa.store.close()
    assert victim.read_text() == "keep me"
    assert not target.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "google.com" in target.read_text(encoding="utf-8")
