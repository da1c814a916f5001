"""The account inventory: one SQLite database in the user's data folder.

Only service, domain, account label, category, MFA state, methods, the recovery-code answer and
dates are stored: there is no column for a password or a code. Every write is one transaction;
the database runs in WAL mode and is opened with a busy timeout, so the app and the command line
can share it.

Versioning: the `meta` table holds `schema_version` (mirrored in `PRAGMA user_version`). An older
database is copied to `<name>.v<N>.bak` and migrated step by step; a database from a newer
version of the app is never touched: it is renamed to `<name>.newer-<time>` and a fresh one is
started, as is a corrupt one (`<name>.broken-<time>`); `problem` says so in plain words.
"""

from __future__ import annotations

import math
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from hygiene_app.engine.atomic import ensure_private_file, private_dir
from hygiene_app.engine.probes import Inventory
from hygiene_app.services.mfa.catalog import Catalog, normalise_domain
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState
from hygiene_app.services.passwords.vault import read_export_file
from hygiene_app.services.sqlite_files import is_corruption, set_aside_database, transaction

APP_NAME = "hygiene-app"
#: 1: accounts without the recovery-code answer; 2: `recovery_codes_safe` added.
SCHEMA_VERSION = 2
#: The JSON export's own format and version (independent of the database schema).
EXPORT_FORMAT = "hygiene-app.mfa-inventory"
EXPORT_VERSION = 1
BUSY_TIMEOUT = 5.0
#: The last second of the year 9999 (UTC): later times, like negative ones, are not dates
#: anything can show (Qt and `datetime` overflow on them).
MAX_TIME = 253402300799.0

_SCHEMA_V1 = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE accounts ("
    " id INTEGER PRIMARY KEY,"
    " service TEXT NOT NULL,"
    " domain TEXT NOT NULL,"
    " label TEXT NOT NULL,"
    " category TEXT NOT NULL,"
    " mfa TEXT NOT NULL,"
    " methods TEXT NOT NULL DEFAULT '',"
    " confirmed_at REAL,"
    " created_at REAL NOT NULL)",
    "CREATE INDEX accounts_domain ON accounts (domain)",
)


def _migrate_1_to_2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE accounts ADD COLUMN recovery_codes_safe INTEGER")


#: from-version -> the step to the next version; each runs in its own transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _migrate_1_to_2}

_SELECT = (
    "SELECT id, service, domain, label, category, mfa, methods, confirmed_at,"
    " recovery_codes_safe, created_at FROM accounts"
)


class InventoryError(RuntimeError):
    """The inventory database cannot be written (locked, read-only, disk full)."""


def default_inventory_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "inventory.sqlite3"


def _methods_text(methods: Iterable[Method]) -> str:
    return ",".join(dict.fromkeys(m.value for m in methods))


def _methods_from(text: str) -> tuple[Method, ...]:
    known = {m.value: m for m in Method}
    return tuple(known[v] for v in dict.fromkeys(text.split(",")) if v in known)


def _category(value: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        return Category.OTHER


def _state(value: str) -> MfaState:
    try:
        return MfaState(value)
    except ValueError:
        return MfaState.UNKNOWN


def valid_time(value: object) -> float | None:
    """`value` as seconds since the epoch when it is a finite number from 1970 to the end of
    the year 9999; None for anything else (text, NaN, infinity, negative, too large)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:  # an int too large for a float
        return None
    if not math.isfinite(seconds) or not 0.0 <= seconds <= MAX_TIME:
        return None
    return seconds


def _row_to_account(row: Sequence[Any]) -> Account:
    recovery = row[8]
    return Account(
        id=int(row[0]),
        service=str(row[1]),
        domain=str(row[2]),
        label=str(row[3]),
        category=_category(str(row[4])),
        mfa=_state(str(row[5])),
        methods=_methods_from(str(row[6] or "")),
        # A time that is not a date (text or a number out of range, stored by another tool)
        # reads as None / 0: reading never fails on it.
        confirmed_at=valid_time(row[7]),
        recovery_codes_safe=None if recovery is None else bool(recovery),
        created_at=valid_time(row[9]) or 0.0,
    )


def _identity(account: Account) -> tuple[str, str, str]:
    """Two accounts are the same when domain and label match (case-insensitive); without a
    domain, the service name stands in for it."""
    domain = account.domain.strip().lower()
    service = "" if domain else account.service.strip().casefold()
    return domain, service, account.label.strip().casefold()


def _clean(account: Account) -> Account:
    """Trimmed text, a normalised domain, methods only when MFA is on."""
    domain = normalise_domain(account.domain) or account.domain.strip().lower()
    methods = tuple(dict.fromkeys(account.methods)) if account.mfa is MfaState.ON else ()
    return replace(
        account,
        service=account.service.strip() or domain,
        domain=domain,
        label=account.label.strip(),
        methods=methods,
    )


def _merge(old: Account, new: Account) -> Account:
    """`old` (stored) with what `new` adds: a known MFA state beats an unknown one, a newer
    confirmation beats an older one; the user's service name and category stay unless they
    were blank or "other"."""
    merged = old
    if not old.service.strip() and new.service.strip():
        merged = replace(merged, service=new.service)
    if old.category is Category.OTHER and new.category is not Category.OTHER:
        merged = replace(merged, category=new.category)
    if new.mfa is not MfaState.UNKNOWN and (
        old.mfa is MfaState.UNKNOWN or (new.confirmed_at or 0.0) >= (old.confirmed_at or 0.0)
    ):
        merged = replace(
            merged,
            mfa=new.mfa,
            methods=new.methods,
            confirmed_at=new.confirmed_at if new.confirmed_at is not None else old.confirmed_at,
        )
    if new.recovery_codes_safe is not None:
        merged = replace(merged, recovery_codes_safe=new.recovery_codes_safe)
    if new.created_at and (not old.created_at or new.created_at < old.created_at):
        merged = replace(merged, created_at=new.created_at)
    return merged


class InventoryStore:
    """The user's accounts. Satisfies the engine's `InventorySource` (`inventory()`).

    Nothing is created on disk until the first account is added, so `inventory()` can tell "never
    started" (`Inventory(exists=False)`) from "empty". Safe to share between threads.

    `offered(domain)` tells which methods a service offers (usually `Catalog.offered`, through
    a lambda so a refreshed catalog is seen); the engine's records carry them.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        review_months: Callable[[], int] = lambda: 6,
        offered: Callable[[str], tuple[Method, ...]] | None = None,
    ) -> None:
        self.path = path
        self._clock = clock
        self._review_months = review_months
        self._offered = offered
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        #: Set when the stored inventory was set aside or cannot be opened; empty otherwise.
        self.problem = ""
        #: True while the database exists but cannot be opened (locked, no permission).
        self._unreadable = False
        self._transient_problem = False
        if path.exists():
            with self._lock:
                try:
                    self._open_existing()
                except (InventoryError, sqlite3.Error, OSError) as exc:
                    self._unreadable = True
                    self.problem = self.problem or f"Your account inventory cannot be used ({exc})."

    # -- opening ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def _probe(self) -> tuple[str, int | None, str]:
        """Look at the file read-only: ("fresh"|"ours"|"broken", version, reason)."""
        uri = self.path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, check_same_thread=False)
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                return "broken", None, "the database is damaged"
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not tables:
                return "fresh", None, ""
            if "meta" not in tables or "accounts" not in tables:
                return "broken", None, "it is not an account inventory"
            row = conn.execute(
                "SELECT value FROM meta WHERE key = ?", ("schema_version",)
            ).fetchone()
            try:
                version = int(row[0]) if row else 0
            except (TypeError, ValueError):
                version = 0
            if version < 1:
                return "broken", None, "its format version is missing"
            return "ours", version, ""
        finally:
            conn.close()

    def _open_existing(self) -> None:
        try:
            kind, version, reason = self._probe()
        except sqlite3.DatabaseError as exc:
            if is_corruption(exc):
                self._set_aside("broken", "the file is not a readable database")
                self._create()
            else:
                self._cannot_open(exc)
            return
        if kind == "broken":
            self._set_aside("broken", reason)
            self._create()
            return
        if kind == "fresh":
            self._create()
            return
        if version is not None and version > SCHEMA_VERSION:
            self._set_aside("newer", "", version=version)
            self._create()
            return
        try:
            conn = self._connect()
            if version is not None and version < SCHEMA_VERSION:
                self._backup(conn, version)
                self._migrate(conn, version)
        except sqlite3.DatabaseError as exc:
            self._cannot_open(exc)
            return
        self._conn = conn
        self._unreadable = False
        if self._transient_problem:
            self.problem = ""
            self._transient_problem = False

    def _cannot_open(self, exc: sqlite3.Error) -> None:
        self._unreadable = True
        self._transient_problem = True
        self.problem = (
            f"Your account inventory could not be opened ({exc}). It was left as it is; close "
            "other copies of the app and try again."
        )

    def _create(self) -> None:
        # Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the
        # database's mode, and the list says which accounts matter to the user.
        private_dir(self.path.parent)
        ensure_private_file(self.path)
        conn = self._connect()
        try:
            with transaction(conn):
                for statement in _SCHEMA_V1:
                    conn.execute(statement)
                _set_version(conn, 1)
            self._migrate(conn, 1)
        except sqlite3.Error:
            conn.close()
            raise
        self._conn = conn
        self._unreadable = False
        if self._transient_problem:
            self.problem = ""
            self._transient_problem = False

    def _backup(self, conn: sqlite3.Connection, version: int) -> None:
        target = self.path.with_name(f"{self.path.name}.v{version}.bak")
        if target.exists():
            return
        ensure_private_file(target)
        copy = sqlite3.connect(target)
        try:
            conn.backup(copy)
        finally:
            copy.close()

    @staticmethod
    def _migrate(conn: sqlite3.Connection, version: int) -> None:
        while version < SCHEMA_VERSION:
            with transaction(conn):
                MIGRATIONS[version](conn)
                version += 1
                _set_version(conn, version)

    def _set_aside(self, why: str, reason: str, *, version: int | None = None) -> None:
        try:
            target = set_aside_database(self.path, why, self._clock())
        except OSError as exc:
            raise InventoryError(
                f"Your account inventory cannot be used and could not be set aside ({exc})."
            ) from None
        if why == "newer":
            self.problem = (
                "Your account inventory was saved by a newer version of Hygiene Checkup (format "
                f"{version}; this version reads up to {SCHEMA_VERSION}). It was kept unchanged "
                f"as {target.name} and a new, empty inventory was started. Update the app to "
                "use your accounts again, or import an exported copy."
            )
        else:
            self.problem = (
                f"Your account inventory could not be read ({reason}). It was kept as "
                f"{target.name} and a new, empty inventory was started; you can import an "
                "exported copy."
            )

    def _db(self) -> sqlite3.Connection:
        """The connection, creating the database on the first write."""
        if self._conn is None:
            try:
                if self.path.exists():
                    self._open_existing()
                if self._conn is None and not self._unreadable:
                    self._create()
            except (sqlite3.Error, OSError) as exc:
                raise InventoryError(f"Your account inventory cannot be written ({exc}).") from None
            if self._conn is None:
                raise InventoryError(self.problem or "Your account inventory cannot be opened.")
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._db()
            try:
                with transaction(conn):
                    yield conn
            except sqlite3.Error as exc:
                raise InventoryError(f"Your account inventory cannot be written ({exc}).") from None

    # -- reading ---------------------------------------------------------------------------

    def _reader(self) -> sqlite3.Connection | None:
        """The connection for reading: opened when the file appeared since (another process,
        or after `close`); None when there is no inventory or it cannot be opened."""
        if self._conn is None and self.path.exists():
            try:
                self._open_existing()
            except (InventoryError, sqlite3.Error, OSError) as exc:
                self._unreadable = True
                self.problem = self.problem or f"Your account inventory cannot be used ({exc})."
        return None if self._unreadable else self._conn

    def accounts(self) -> list[Account]:
        """Every account, oldest first; [] when there is no inventory (or it cannot be read)."""
        with self._lock:
            conn = self._reader()
            if conn is None:
                return []
            try:
                rows = conn.execute(_SELECT + " ORDER BY id").fetchall()
            except sqlite3.Error:
                return []
        return [_row_to_account(r) for r in rows]

    def get(self, account_id: int) -> Account | None:
        with self._lock:
            conn = self._reader()
            if conn is None:
                return None
            try:
                row = conn.execute(_SELECT + " WHERE id = ?", (account_id,)).fetchone()
            except sqlite3.Error:
                return None
        return _row_to_account(row) if row else None

    def inventory(self) -> Inventory | None:
        """The engine's view: records without labels, with the methods each service offers."""
        with self._lock:
            if self._conn is None and not self._unreadable and not self.path.exists():
                return Inventory(exists=False, review_months=self._months())
            conn = self._reader()
            if conn is None:
                return None
            try:
                rows = conn.execute(_SELECT + " ORDER BY id").fetchall()
            except sqlite3.Error:
                return None
        records = tuple(
            account.to_record(self._offered_for(account.domain))
            for account in map(_row_to_account, rows)
        )
        return Inventory(accounts=records, review_months=self._months(), exists=True)

    def _months(self) -> int:
        try:
            return max(1, int(self._review_months()))
        except (TypeError, ValueError):
            return 6

    def _offered_for(self, domain: str) -> tuple[Method, ...]:
        if self._offered is None or not domain:
            return ()
        try:
            return tuple(self._offered(domain))
        except Exception:  # a catalog problem must not hide the inventory
            return ()

    # -- writing ---------------------------------------------------------------------------

    def add(self, account: Account) -> Account:
        """Store `account` (its id is ignored) and return it with its id; an account with the
        same domain and label is merged into the stored one, not doubled."""
        with self._write() as conn:
            stored, _ = self._add(conn, account)
        return stored

    def add_many(self, accounts: Iterable[Account]) -> list[Account]:
        """`add` for each, in one transaction (all or nothing)."""
        with self._write() as conn:
            return [self._add(conn, a)[0] for a in accounts]

    def _add(self, conn: sqlite3.Connection, account: Account) -> tuple[Account, bool]:
        account = _clean(account)
        if not account.created_at:
            account = replace(account, created_at=self._clock())
        key = _identity(account)
        rows = conn.execute(_SELECT + " WHERE domain = ?", (account.domain,)).fetchall()
        for row in rows:
            old = _row_to_account(row)
            if _identity(old) == key:
                merged = _merge(old, account)
                if merged != old:
                    self._store(conn, merged)
                return merged, False
        cursor = conn.execute(
            "INSERT INTO accounts (service, domain, label, category, mfa, methods, confirmed_at,"
            " recovery_codes_safe, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                account.service,
                account.domain,
                account.label,
                account.category.value,
                account.mfa.value,
                _methods_text(account.methods),
                account.confirmed_at,
                _bool_or_none(account.recovery_codes_safe),
                account.created_at,
            ),
        )
        return replace(account, id=int(cursor.lastrowid or 0)), True

    @staticmethod
    def _store(conn: sqlite3.Connection, account: Account) -> int:
        cursor = conn.execute(
            "UPDATE accounts SET service = ?, domain = ?, label = ?, category = ?, mfa = ?,"
            " methods = ?, confirmed_at = ?, recovery_codes_safe = ?, created_at = ?"
            " WHERE id = ?",
            (
                account.service,
                account.domain,
                account.label,
                account.category.value,
                account.mfa.value,
                _methods_text(account.methods),
                account.confirmed_at,
                _bool_or_none(account.recovery_codes_safe),
                account.created_at,
                account.id,
            ),
        )
        return cursor.rowcount

    def update(self, account: Account) -> None:
        """Replace the stored account with this id (KeyError when there is none)."""
        if account.id is None:
            raise ValueError("update needs an account with an id; use add for a new one")
        with self._write() as conn:
            if self._store(conn, _clean(account)) == 0:
                raise KeyError(f"no account with id {account.id}")

    def remove(self, account_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))

    def confirm(
        self,
        account_id: int,
        state: MfaState,
        methods: tuple[Method, ...],
        *,
        recovery_codes_safe: bool | None = None,
    ) -> Account:
        """Record the state the user just checked, dated now; `recovery_codes_safe` None keeps
        the previous answer. Methods are kept only when MFA is on."""
        with self._write() as conn:
            row = conn.execute(_SELECT + " WHERE id = ?", (account_id,)).fetchone()
            if row is None:
                raise KeyError(f"no account with id {account_id}")
            old = _row_to_account(row)
            account = _clean(
                replace(
                    old,
                    mfa=state,
                    methods=methods,
                    confirmed_at=self._clock(),
                    recovery_codes_safe=(
                        old.recovery_codes_safe
                        if recovery_codes_safe is None
                        else recovery_codes_safe
                    ),
                )
            )
            self._store(conn, account)
        return account

    # -- export and import -----------------------------------------------------------------

    def export_json(self) -> dict[str, Any]:
        """The whole inventory as a JSON document (the user's own file, so labels are in it;
        nothing secret exists to leave out)."""
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": self._clock(),
            "accounts": [
                {
                    "service": a.service,
                    "domain": a.domain,
                    "label": a.label,
                    "category": a.category.value,
                    "mfa": a.mfa.value,
                    "methods": [m.value for m in a.methods],
                    "confirmed_at": a.confirmed_at,
                    "recovery_codes_safe": a.recovery_codes_safe,
                    "created_at": a.created_at,
                }
                for a in self.accounts()
            ],
        }

    def import_json(self, doc: Mapping[str, Any]) -> int:
        """Add the accounts of an exported document; returns how many were new (the others
        were merged into accounts already here). A bad document raises ValueError saying what
        is wrong, and nothing is added."""
        accounts = parse_export(doc)
        with self._write() as conn:
            return sum(1 for a in accounts if self._add(conn, a)[1])

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def parse_export(doc: Mapping[str, Any]) -> list[Account]:
    """The accounts of an `export_json` document, checked field by field (ValueError)."""
    if not isinstance(doc, Mapping):
        raise ValueError("This is not an account inventory export (not a JSON object).")
    if doc.get("format") != EXPORT_FORMAT:
        raise ValueError("This is not a Hygiene Checkup account inventory export.")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ValueError("The export has no valid version number.")
    if version > EXPORT_VERSION:
        raise ValueError(
            f"The export was made by a newer version of Hygiene Checkup (format {version}); "
            "update the app to import it."
        )
    items = doc.get("accounts")
    if not isinstance(items, list):
        raise ValueError("The export has no list of accounts.")
    return [_account_from_export(i, raw) for i, raw in enumerate(items, 1)]


def _account_from_export(number: int, raw: Any) -> Account:
    where = f"Account {number} of the export"
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where} is not an object.")

    def text(key: str, *, required: bool = False) -> str:
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise ValueError(f"{where}: {key} must be text.")
        if required and not value.strip():
            raise ValueError(f"{where}: {key} is missing.")
        return value

    def number_or_none(key: str) -> float | None:
        value = raw.get(key)
        if value is None:
            return None
        seconds = valid_time(value)
        if seconds is None:
            raise ValueError(
                f"{where}: {key} must be null or a number of seconds since 1970"
                " (up to the year 9999)."
            )
        return seconds

    def category() -> Category:
        try:
            return Category(str(raw.get("category")))
        except ValueError:
            allowed = ", ".join(c.value for c in Category)
            raise ValueError(f"{where}: category must be one of {allowed}.") from None

    def state() -> MfaState:
        try:
            return MfaState(str(raw.get("mfa")))
        except ValueError:
            allowed = ", ".join(s.value for s in MfaState)
            raise ValueError(f"{where}: mfa must be one of {allowed}.") from None

    methods = raw.get("methods", [])
    if not isinstance(methods, list):
        raise ValueError(f"{where}: methods must be a list.")
    parsed: list[Method] = []
    for value in methods:
        try:
            parsed.append(Method(value))
        except ValueError:
            allowed = ", ".join(m.value for m in Method)
            raise ValueError(f"{where}: each method must be one of {allowed}.") from None
    recovery = raw.get("recovery_codes_safe")
    if recovery is not None and not isinstance(recovery, bool):
        raise ValueError(f"{where}: recovery_codes_safe must be true, false or null.")
    domain = text("domain")
    service = text("service") or domain
    if not service.strip():
        raise ValueError(f"{where}: service is missing.")
    return Account(
        id=None,
        service=service,
        domain=domain,
        label=text("label"),
        category=category(),
        mfa=state(),
        methods=tuple(parsed),
        confirmed_at=number_or_none("confirmed_at"),
        recovery_codes_safe=recovery,
        created_at=number_or_none("created_at") or 0.0,
    )


def accounts_from_export(path: Path, catalog: Catalog) -> list[Account]:
    """Accounts (not yet stored) from a password-manager CSV export: the site and user name of
    each login, nothing else. The category comes from the catalog, else "other"; the MFA state is
    unknown. Logins for the same site and user name become one account. Raises the importer's
    `VaultImportError` (a ValueError) for a file that is not an export."""
    _fmt, entries = read_export_file(path)
    pairs = [(e.site, e.username) for e in entries]
    entries.clear()  # the passwords go with them
    del entries
    accounts: dict[tuple[str, str, str], Account] = {}
    for site, username in pairs:
        site = site.strip()
        if not site:
            continue
        host = normalise_domain(site)
        looks_like_host = "." in host and " " not in host
        service = catalog.by_domain(host) if looks_like_host else None
        if service is not None:
            account = Account(
                id=None,
                service=service.name,
                domain=service.domain,
                label=username,
                category=service.category,
                mfa=MfaState.UNKNOWN,
            )
        else:
            account = Account(
                id=None,
                service=host if looks_like_host else site,
                domain=host if looks_like_host else "",
                label=username,
                category=Category.OTHER,
                mfa=MfaState.UNKNOWN,
            )
        accounts.setdefault(_identity(_clean(account)), account)
    return list(accounts.values())


def _set_version(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        ("schema_version", str(version)),
    )
    # PRAGMA takes no parameters; `version` is an int from this module, never user input.
    conn.execute(f"PRAGMA user_version = {int(version)}")


def _bool_or_none(value: bool | None) -> int | None:
    return None if value is None else int(value)
