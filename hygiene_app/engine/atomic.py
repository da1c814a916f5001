"""The one way the app writes a file: private, whole or not at all, never through a symlink.

Everything the app keeps (settings, the account inventory, caches, snapshots, reports) can say
a lot about its user, so it is created readable by the user only (0600, in folders created
0700). A write goes to a temporary file created exclusively, with an unpredictable name, in
the target's own folder, and is renamed over the target only once it is complete and on disk:
a crash leaves the old file, and nobody who can write to a shared folder can make us write
through a link they planted (`<name>.tmp` used to be predictable and followed). A symlink at
the target itself is replaced by the new file, never written through.

On Windows, mode bits are best effort (files inherit the folder's ACL); the rest holds.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
#: Leading part of the target's name kept in the temporary file's name, so a folder listing
#: shows what it belongs to without risking a name too long for the file system.
_NAME_HINT = 40


def private_dir(path: Path) -> Path:
    """Make sure `path` is a folder, creating it and any missing parents 0700.

    Folders that already exist keep their mode: they may be the user's own (the folder they
    chose for a snapshot)."""
    missing: list[Path] = []
    probe = path
    while not os.path.lexists(probe):
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue  # created by somebody else meanwhile: not ours to chmod
        _chmod(folder, DIR_MODE)  # the umask may have taken bits away; never adds any
    if not path.is_dir():
        raise NotADirectoryError(f"{path} is not a folder")
    return path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, created 0600. The folder must exist (see `private_dir`).

    Raises OSError when it cannot; the old file is then untouched and no temporary file is
    left behind."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:_NAME_HINT]}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _chmod(Path(tmp), FILE_MODE)
        # A rename: a symlink at `path` is replaced, its target is not written.
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
    _fsync_dir(folder)


def atomic_write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """`atomic_write_bytes` for text."""
    atomic_write_bytes(path, text.encode(encoding))


def ensure_private_file(path: Path) -> None:
    """Create an empty file 0600 at `path` unless one is already there, before another library
    opens it (SQLite then makes the database's -wal and -shm files with the same mode).
    Never follows a symlink: a link at `path` raises OSError rather than create its target."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, FILE_MODE)
    except FileExistsError:
        if path.is_symlink():
            raise OSError(f"{path} is a symbolic link; refusing to use it") from None
        return
    os.close(fd)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the lock file `path` (created 0600) for the `with` block, so
    two processes doing read-modify-write on the same data take turns. Blocks until free."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    continue  # LK_LOCK gives up after ~10 s; keep waiting like flock does
            try:
                yield
            finally:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _chmod(path: Path, mode: int) -> None:
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        path.chmod(mode)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); best effort."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
