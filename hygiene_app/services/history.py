"""The checkup history: one SQLite database in the user's data folder, one row per checkup.

Home shows where the score is going and what changed since the last checkup; an admin's tools
read the same file. Only what a report already says at a glance is kept: the time, the app's
version, where it ran from, the score, and each check's status and severity. Never evidence,
facts or file names: those can be private, and a history outlives the moment they mattered.

The file is bounded (by default a year and 1,000 checkups; older ones are dropped as new ones
come). A damaged file, or one from a newer version of the app, is set aside whole under another
name and a fresh history is started, with `problem` saying so: history is a convenience, so it
never stops a checkup. A replay is somebody else's machine and is never recorded here.
"""

from __future__ import annotations

import enum
import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from hygiene_app.engine.atomic import ensure_private_file, private_dir
from hygiene_app.engine.model import Category, CheckResult, Severity, Status
from hygiene_app.services.sqlite_files import is_corruption, set_aside_database, transaction

APP_NAME = "hygiene-app"
SCHEMA_VERSION = 1
BUSY_TIMEOUT = 5.0
#: Default bounds: checkups older than this many days, and beyond this many, are dropped.
KEEP_DAYS = 366
KEEP_RUNS = 1000

_SCHEMA = (
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY,"
    " at REAL NOT NULL,"
    " app_version TEXT NOT NULL,"
    " origin TEXT NOT NULL,"
    " score INTEGER)",
    "CREATE INDEX runs_at ON runs (at)",
    "CREATE TABLE results ("
    " run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,"
    " check_id TEXT NOT NULL,"
    " area TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " severity TEXT NOT NULL,"
    " PRIMARY KEY (run_id, check_id))",
)


class Origin(enum.StrEnum):
    """Who ran the checkup."""

    APP = "app"
    CLI = "cli"
    SCHEDULED = "scheduled"


@dataclass(frozen=True, slots=True)
class CheckRecord:
    check_id: str
    area: Category
    status: Status
    severity: Severity

    @property
    def is_problem(self) -> bool:
        return self.status.is_problem


@dataclass(frozen=True, slots=True)
class RunRecord:
    """One checkup as the history keeps it."""

    at: float
    score: int | None
    results: tuple[CheckRecord, ...]
    origin: Origin = Origin.APP
    app_version: str = ""

    def status_of(self, check_id: str) -> Status | None:
        return next((r.status for r in self.results if r.check_id == check_id), None)


def run_record(
    results: Sequence[CheckResult],
    score: int | None,
    at: float,
    origin: Origin,
    app_version: str | None = None,
) -> RunRecord:
    """What the history keeps of a checkup: statuses and severities, nothing the checks read."""
    if app_version is None:
        from hygiene_app import __version__

        app_version = __version__
    return RunRecord(
        at=at,
        score=score,
        results=tuple(
            CheckRecord(r.meta.id, r.meta.category, r.status, r.severity) for r in results
        ),
        origin=origin,
        app_version=app_version,
    )


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed between two checkups."""

    #: Problems before, good now (check ids, in the later run's order).
    fixed: tuple[str, ...]
    #: Problems now that were not problems before (or were not checked).
    new: tuple[str, ...]
    #: Score now minus score before; None when either could not be scored.
    score_delta: int | None


def changes(before: RunRecord, after: RunRecord) -> Changes:
    """What `after` fixed and found compared with `before`. A check that could not tell in
    either run is neither fixed nor new: nobody knows."""
    was_problem = {r.check_id for r in before.results if r.is_problem}
    was_known = {r.check_id for r in before.results if r.status in (Status.PASS, Status.SKIPPED)}
    fixed = tuple(
        r.check_id for r in after.results if r.status is Status.PASS and r.check_id in was_problem
    )
    new = tuple(
        r.check_id
        for r in after.results
        if r.is_problem
        and r.check_id not in was_problem
        and (r.check_id in was_known or before.status_of(r.check_id) is None)
    )
    delta = None if before.score is None or after.score is None else after.score - before.score
    return Changes(fixed, new, delta)


class HistoryStore:
    """The history file. Nothing is created until the first checkup is recorded, so a person
    who never ran one leaves no file behind. Safe to share between threads."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        keep_days: int = KEEP_DAYS,
        keep_runs: int = KEEP_RUNS,
    ) -> None:
        self.path = path
        self._clock = clock
        self._keep_seconds = keep_days * 86400.0
        self._keep_runs = keep_runs
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        #: Why the stored history was set aside or cannot be used; empty when fine.
        self.problem = ""

    # -- reading ----------------------------------------------------------------------------

    def runs(self, since: float | None = None, limit: int | None = None) -> tuple[RunRecord, ...]:
        """Recorded checkups, oldest first: those at or after `since`, the latest `limit`."""
        with self._lock:
            conn = self._open(create=False)
            if conn is None:
                return ()
            try:
                return self._read(conn, since, limit)
            except sqlite3.Error as exc:
                self._unusable(exc)
                return ()

    def latest(self, count: int = 2) -> tuple[RunRecord, ...]:
        return self.runs(limit=count)

    # -- writing ----------------------------------------------------------------------------

    def add(self, run: RunRecord) -> bool:
        """Record `run` and drop what is past the bounds; False (with `problem` set) when the
        history cannot be written, which never stops anything else."""
        with self._lock:
            conn = self._open(create=True)
            if conn is None:
                return False
            try:
                with transaction(conn):
                    cursor = conn.execute(
                        "INSERT INTO runs (at, app_version, origin, score) VALUES (?, ?, ?, ?)",
                        (_clean_time(run.at), run.app_version[:40], run.origin.value, run.score),
                    )
                    run_id = cursor.lastrowid
                    conn.executemany(
                        "INSERT OR REPLACE INTO results (run_id, check_id, area, status, severity)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [
                            (run_id, r.check_id, r.area.value, r.status.value, r.severity.name)
                            for r in run.results
                        ],
                    )
                    self._trim(conn)
            except sqlite3.Error as exc:
                self._unusable(exc)
                return False
            return True

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # -- the file ---------------------------------------------------------------------------

    def _open(self, *, create: bool) -> sqlite3.Connection | None:
        if self._conn is not None:
            return self._conn
        try:
            exists = self.path.exists() or self.path.is_symlink()
            if not exists and not create:
                return None
            if exists:
                if self._stored_version_usable():
                    self._conn = self._connect()
                    return self._conn
                if not create:
                    return None
            private_dir(self.path.parent)
            ensure_private_file(self.path)
            conn = self._connect()
            with transaction(conn):
                for statement in _SCHEMA:
                    conn.execute(statement)
                # PRAGMA takes no parameters; the version is this module's own int.
                conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
            self._conn = conn
            return conn
        except (sqlite3.Error, OSError) as exc:
            self._unusable(exc)
            return None

    def _stored_version_usable(self) -> bool:
        """True for a history of ours; a damaged or newer file is set aside (and False)."""
        if self.path.is_symlink():
            raise OSError(f"{self.path} is a symbolic link; refusing to use it")
        try:
            conn = sqlite3.connect(
                self.path.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT
            )
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                tables = {
                    r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise
            self._set_aside("broken", "it is not a readable database")
            return False
        if not tables:
            return False  # an empty file: ours to fill
        if not healthy or not {"runs", "results"} <= tables:
            self._set_aside("broken", "it is damaged or not a checkup history")
            return False
        if version > SCHEMA_VERSION:
            self._set_aside("newer", "it was written by a newer version of the app")
            return False
        return True

    def _set_aside(self, why: str, reason: str) -> None:
        target = set_aside_database(self.path, why, self._clock())
        self.problem = (
            f"Your checkup history could not be used ({reason}). It was kept as {target.name} "
            "and a new history was started."
        )

    def _unusable(self, exc: BaseException) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self.problem = f"Your checkup history cannot be used right now ({exc})."

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _trim(self, conn: sqlite3.Connection) -> None:
        cutoff = self._clock() - self._keep_seconds
        conn.execute(
            "DELETE FROM runs WHERE at < ? OR id NOT IN"
            " (SELECT id FROM runs ORDER BY at DESC, id DESC LIMIT ?)",
            (cutoff, self._keep_runs),
        )

    @staticmethod
    def _read(
        conn: sqlite3.Connection, since: float | None, limit: int | None
    ) -> tuple[RunRecord, ...]:
        rows = conn.execute(
            "SELECT id, at, app_version, origin, score FROM runs WHERE at >= ?"
            " ORDER BY at DESC, id DESC LIMIT ?",
            (-math.inf if since is None else since, -1 if limit is None else limit),
        ).fetchall()
        runs = []
        for run_id, at, version, origin, score in reversed(rows):
            results = conn.execute(
                "SELECT check_id, area, status, severity FROM results WHERE run_id = ?"
                " ORDER BY rowid",
                (run_id,),
            ).fetchall()
            runs.append(
                RunRecord(
                    at=float(at),
                    score=_score(score),
                    results=tuple(_records(results)),
                    origin=_origin(origin),
                    app_version=str(version),
                )
            )
        return tuple(runs)


def default_history_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "history.sqlite3"


def _clean_time(at: float) -> float:
    return at if math.isfinite(at) else 0.0


def _score(value: object) -> int | None:
    return value if isinstance(value, int) and 0 <= value <= 100 else None


def _origin(value: object) -> Origin:
    try:
        return Origin(str(value))
    except ValueError:
        return Origin.APP


def _records(rows: Iterable[Sequence[object]]) -> Iterable[CheckRecord]:
    """Rows as records; a row with a value this version does not know is left out (a newer
    app may have written an area or status we cannot name)."""
    for check_id, area, status, severity in rows:
        try:
            yield CheckRecord(
                str(check_id), Category(str(area)), Status(str(status)), Severity[str(severity)]
            )
        except (KeyError, ValueError):
            continue
