"""What every SQLite file of ours needs: transactions, telling damage from a passing error, and
setting a file aside whole (with its journal) so nothing is lost when it cannot be used.

The account inventory and the checkup history both keep their data this way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction (the connection runs in autocommit mode, `isolation_level=None`)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def is_corruption(exc: sqlite3.Error) -> bool:
    """The file is damaged or not a database (as opposed to locked or not permitted)."""
    name = getattr(exc, "sqlite_errorname", "")
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
        return True
    message = str(exc).lower()
    return "not a database" in message or "malformed" in message


def set_aside_database(path: Path, why: str, now: float) -> Path:
    """Rename `path` to `<name>.<why>-<UTC time>` (never over an existing file) and move its
    -wal and -shm files along: SQLite finds a journal by name, so the copy stays whole.
    Raises OSError when the file cannot be moved."""
    stamp = datetime.fromtimestamp(now, UTC).strftime("%Y%m%d-%H%M%S")
    name = f"{path.name}.{why}-{stamp}"
    n = 1
    while path.with_name(name).exists():
        n += 1
        name = f"{path.name}.{why}-{stamp}-{n}"
    target = path.with_name(name)
    path.replace(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            try:
                side.replace(target.with_name(target.name + suffix))
            except OSError:
                side.unlink(missing_ok=True)
    return target
