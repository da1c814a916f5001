"""Files the app writes are private, whole, and never written through a planted link."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from hygiene_app.engine.atomic import (
    atomic_write_bytes,
    atomic_write_text,
    ensure_private_file,
    file_lock,
    private_dir,
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@posix_only
def test_written_files_are_0600_even_with_a_lax_umask(tmp_path: Path):
    old = os.umask(0o000)
    try:
        target = tmp_path / "out.json"
        atomic_write_text(target, "{}\n")
    finally:
        os.umask(old)
    assert target.read_text() == "{}\n"
    assert mode(target) == 0o600


@posix_only
def test_replacing_a_world_readable_file_leaves_a_private_one(tmp_path: Path):
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o644)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600


@posix_only
def test_folders_we_create_are_0700_and_existing_ones_keep_their_mode(tmp_path: Path):
    mine = tmp_path / "theirs"
    mine.mkdir(mode=0o755)
    mine.chmod(0o755)
    old = os.umask(0o000)
    try:
        private_dir(mine / "a" / "b")
    finally:
        os.umask(old)
    assert mode(mine) == 0o755
    assert mode(mine / "a") == 0o700 and mode(mine / "a" / "b") == 0o700
    private_dir(mine / "a" / "b")  # existing: fine


@posix_only
def test_a_planted_symlink_at_the_old_temp_name_is_not_followed(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "snap.json.tmp").symlink_to(victim)
    atomic_write_text(shared / "snap.json", "data")
    assert victim.read_text() == "precious"
    assert (shared / "snap.json").read_text() == "data"


@posix_only
def test_a_symlink_at_the_target_is_replaced_not_written_through(tmp_path: Path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "snap.json"
    target.symlink_to(victim)
    atomic_write_text(target, "data")
    assert victim.read_text() == "precious"
    assert not target.is_symlink() and target.read_text() == "data"
    assert mode(target) == 0o600


def test_temporary_names_are_not_predictable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    seen: list[Path] = []
    real = Path.replace

    def spy(self: Path, target: Path) -> Path:
        seen.append(self)
        return real(self, target)

    monkeypatch.setattr(Path, "replace", spy)
    for _ in range(3):
        atomic_write_text(tmp_path / "settings.json", "x")
    assert len({p.name for p in seen}) == 3
    assert "settings.json.tmp" not in {p.name for p in seen}
    assert all(p.parent == tmp_path for p in seen)  # in the target's own folder


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "settings.json"
    target.write_text("old")

    def broken(self: Path, target: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_write_over_a_folder_fails_cleanly(tmp_path: Path):
    (tmp_path / "x").mkdir()
    with pytest.raises(OSError):
        atomic_write_text(tmp_path / "x", "data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x"]


@posix_only
def test_ensure_private_file_creates_0600_and_refuses_a_symlink(tmp_path: Path):
    db = tmp_path / "inventory.sqlite3"
    ensure_private_file(db)
    assert db.exists() and mode(db) == 0o600
    ensure_private_file(db)  # already there: left alone
    victim = tmp_path / "victim"
    victim.write_text("precious")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(victim)
    with pytest.raises(OSError):
        ensure_private_file(link)
    assert victim.read_text() == "precious"


@posix_only
def test_the_lock_file_is_private(tmp_path: Path):
    lock = tmp_path / "settings.json.lock"
    with file_lock(lock):
        pass
    with file_lock(lock):  # re-entrant across uses, not within one
        pass
    assert mode(lock) == 0o600
