"""Reading a file the app was pointed at (its settings, a snapshot) without trusting what it is.

A path can name a named pipe (opening it waits for a writer that never comes), a device
(`/dev/zero` never ends), a folder, or a file far too large to hold. Such a path is refused
before any byte is read: it is opened without blocking, its type and size are checked on the
opened handle (so a swap between a check and the open changes nothing), and reading stops one
byte past the limit in any case.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from hygiene_app.engine.i18n import N_, Number, fmt

#: Opening never waits: a named pipe without a writer would block `open()` for ever, and a
#: terminal must not become this process's controlling one.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)
_CHUNK = 1 << 20

#: What a path that is not a regular file is, in words, by the `stat` test that tells it.
_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, N_("is a folder, not a file")),
    (stat.S_ISFIFO, N_("is a named pipe, not a file")),
    (stat.S_ISSOCK, N_("is a socket, not a file")),
    (stat.S_ISCHR, N_("is a device, not a file")),
    (stat.S_ISBLK, N_("is a device, not a file")),
)


class FileRefused(ValueError):
    """The path is not a regular file, or is larger than the caller reads. The message is the
    reason in words without the path ("is a named pipe, not a file"), so that the caller's
    sentence names the path once."""


def _kind(mode: int) -> str:
    return next((words for test, words in _KINDS if test(mode)), N_("is not a regular file"))


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` when it is a regular file (a symlink to one is fine) of at most
    `max_bytes`; FileRefused otherwise. OSError (FileNotFoundError, PermissionError...) as
    opening or reading raises it."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise FileRefused(_kind(stat.S_IFDIR)) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket, or a device without its driver
            raise FileRefused(_kind(_mode_or_zero(path))) from None
        raise
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise FileRefused(_kind(opened.st_mode))
        if opened.st_size > max_bytes:
            raise FileRefused(_too_large(max_bytes))
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > max_bytes:  # it grew while being read
        raise FileRefused(_too_large(max_bytes))
    return b"".join(chunks)


def _mode_or_zero(path: Path) -> int:
    try:
        return path.stat().st_mode
    except OSError:
        return 0


def _too_large(max_bytes: int) -> str:
    if max_bytes >= 1 << 20:
        return fmt(N_("is larger than {n} MB"), n=Number(max_bytes >> 20))
    return fmt(N_("is larger than {n} bytes"), n=Number(max_bytes))
