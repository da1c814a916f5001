"""The SQLite inventory: CRUD, merging duplicates, confirming, export/import, set-aside files,
the v1 -> v2 migration, and the engine's view."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from hygiene_app.engine.probes import Inventory
from hygiene_app.services.mfa import inventory as inventory_module
from hygiene_app.services.mfa.catalog import Catalog, starter_catalog
from hygiene_app.services.mfa.inventory import (
    EXPORT_FORMAT,
    MAX_TIME,
    SCHEMA_VERSION,
    InventoryStore,
    default_inventory_path,
    valid_time,
)
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState

T0 = 1_750_000_000.0


class Clock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def account(
    service: str = "Example Mail",
    domain: str = "mail.example.com",
    label: str = "zoe@example.org",
    category: Category = Category.EMAIL,
    mfa: MfaState = MfaState.UNKNOWN,
    **kw: object,
) -> Account:
    return Account(None, service, domain, label, category, mfa, **kw)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "inventory.sqlite3"


@pytest.fixture
def store(db: Path, clock: Clock) -> InventoryStore:
    return InventoryStore(db, clock=clock)


def test_default_path_is_in_the_user_data_folder(tmp_path: Path) -> None:
    path = default_inventory_path()
    assert path.name == "inventory.sqlite3"
    assert path.parent.name == "hygiene-app"
    assert ".local/share" in path.as_posix()  # XDG_DATA_HOME of the private test home


def test_nothing_on_disk_until_the_first_account(store: InventoryStore, db: Path) -> None:
    assert store.inventory() == Inventory(exists=False, review_months=6)
    assert store.accounts() == []
    assert not db.exists()
    store.add(account())
    assert db.exists()
    inv = store.inventory()
    assert inv is not None and inv.exists and len(inv.accounts) == 1


def test_crud(store: InventoryStore, clock: Clock) -> None:
    a = store.add(account(mfa=MfaState.ON, methods=(Method.APP, Method.APP)))
    assert a.id is not None and a.created_at == T0
    assert a.methods == (Method.APP,)
    b = store.add(account("Example Bank", "bank.example.net", "zoe", Category.BANKING))
    assert [x.id for x in store.accounts()] == [a.id, b.id]
    store.update(replace(b, service="My Bank", mfa=MfaState.OFF))
    assert store.get(b.id or 0) == replace(b, service="My Bank", mfa=MfaState.OFF)
    store.remove(a.id)
    assert [x.service for x in store.accounts()] == ["My Bank"]
    store.remove(12345)  # nothing to remove: no error
    with pytest.raises(KeyError):
        store.update(replace(b, id=999))
    with pytest.raises(ValueError, match="id"):
        store.update(replace(b, id=None))


def test_stored_accounts_survive_a_reopen(db: Path, clock: Clock) -> None:
    first = InventoryStore(db, clock=clock)
    added = first.add(
        account(mfa=MfaState.ON, methods=(Method.SECURITY_KEY, Method.SMS), confirmed_at=T0)
    )
    first.close()
    again = InventoryStore(db, clock=clock)
    assert again.problem == ""
    assert again.accounts() == [added]


def test_no_column_can_hold_a_secret(store: InventoryStore, db: Path) -> None:
    store.add(account())
    conn = sqlite3.connect(db)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(accounts)")}
    conn.close()
    assert columns == {
        "id",
        "service",
        "domain",
        "label",
        "category",
        "mfa",
        "methods",
        "confirmed_at",
        "recovery_codes_safe",
        "created_at",
    }


def test_duplicates_are_merged(store: InventoryStore, clock: Clock) -> None:
    first = store.add(account(category=Category.OTHER))
    clock.now += 100
    again = store.add(
        account(
            "Other Name",
            "https://www.Mail.Example.com/login",
            " ZOE@example.org ",
            mfa=MfaState.ON,
            methods=(Method.APP,),
            confirmed_at=clock.now,
        )
    )
    assert again.id == first.id
    assert len(store.accounts()) == 1
    stored = store.accounts()[0]
    assert stored.service == "Example Mail"  # the user's name stays
    assert stored.category is Category.EMAIL  # "other" was a placeholder
    assert stored.mfa is MfaState.ON and stored.methods == (Method.APP,)
    assert stored.confirmed_at == clock.now
    assert stored.created_at == T0
    # An unknown state never overwrites a known one.
    store.add(account())
    assert store.accounts()[0].mfa is MfaState.ON
    # Another label at the same domain is another account.
    store.add(account(label="work@example.org"))
    assert len(store.accounts()) == 2
    # Without a domain, the service name identifies the account.
    store.add(account("Router", "", "admin", Category.OTHER))
    store.add(account("router", "", "Admin", Category.OTHER))
    assert len(store.accounts()) == 3


def test_add_many_is_one_transaction(store: InventoryStore) -> None:
    added = store.add_many([account(), account(label="b"), account(label="ZOE@example.org")])
    assert len(added) == 3 and added[0].id == added[2].id
    assert len(store.accounts()) == 2


def test_confirm_dates_with_the_clock(store: InventoryStore, clock: Clock) -> None:
    a = store.add(account())
    clock.now = T0 + 3600
    confirmed = store.confirm(
        a.id or 0,
        MfaState.ON,
        (Method.SMS, Method.SECURITY_KEY),
        recovery_codes_safe=True,
    )
    assert confirmed.confirmed_at == T0 + 3600
    assert confirmed.methods == (Method.SMS, Method.SECURITY_KEY)
    assert confirmed.recovery_codes_safe is True
    assert store.accounts() == [confirmed]
    clock.now += 10
    off = store.confirm(a.id or 0, MfaState.OFF, (Method.APP,))
    assert off.methods == () and off.recovery_codes_safe is True  # None keeps the answer
    assert off.confirmed_at == T0 + 3610
    with pytest.raises(KeyError):
        store.confirm(999, MfaState.ON, ())


def test_export_import_round_trip(store: InventoryStore, tmp_path: Path, clock: Clock) -> None:
    store.add(
        account(
            mfa=MfaState.ON,
            methods=(Method.APP,),
            confirmed_at=T0 - 5,
            recovery_codes_safe=False,
        )
    )
    store.add(account("Example Bank", "bank.example.net", "zoe", Category.BANKING))
    doc = store.export_json()
    assert doc["format"] == EXPORT_FORMAT and doc["version"] == 1
    assert doc["exported_at"] == T0
    text = json.dumps(doc)
    assert "zoe@example.org" in text  # the user's own file

    other = InventoryStore(tmp_path / "other.sqlite3", clock=clock)
    assert other.import_json(json.loads(text)) == 2
    strip = [replace(a, id=None) for a in store.accounts()]
    assert [replace(a, id=None) for a in other.accounts()] == strip
    # Importing again merges: nothing doubled.
    assert other.import_json(json.loads(text)) == 0
    assert len(other.accounts()) == 2


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "not a JSON object"),
        ({"format": "something else"}, "not a Hygiene Checkup"),
        ({"format": EXPORT_FORMAT}, "version"),
        ({"format": EXPORT_FORMAT, "version": 2, "accounts": []}, "newer version"),
        ({"format": EXPORT_FORMAT, "version": 1}, "no list of accounts"),
        ({"format": EXPORT_FORMAT, "version": 1, "accounts": [1]}, "Account 1 .* not an object"),
        (
            {
                "format": EXPORT_FORMAT,
                "version": 1,
                "accounts": [{"service": "A", "category": "email", "mfa": "maybe"}],
            },
            "mfa must be one of on, off, not_offered, unknown",
        ),
        (
            {
                "format": EXPORT_FORMAT,
                "version": 1,
                "accounts": [
                    {"service": "A", "category": "email", "mfa": "on"},
                    {"service": "B", "category": "email", "mfa": "on", "methods": ["fax"]},
                ],
            },
            "Account 2 .* method",
        ),
        (
            {
                "format": EXPORT_FORMAT,
                "version": 1,
                "accounts": [{"service": "A", "category": "x", "mfa": "on"}],
            },
            "category",
        ),
        (
            {
                "format": EXPORT_FORMAT,
                "version": 1,
                "accounts": [{"category": "email", "mfa": "on", "confirmed_at": "yesterday"}],
            },
            "service is missing",
        ),
    ],
)
def test_bad_imports_say_why_and_add_nothing(
    store: InventoryStore, doc: object, message: str
) -> None:
    store.add(account())
    with pytest.raises(ValueError, match=message):
        store.import_json(doc)
    assert len(store.accounts()) == 1


def test_import_is_all_or_nothing(store: InventoryStore) -> None:
    doc = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "accounts": [
            {"service": "A", "domain": "a.example", "category": "email", "mfa": "on"},
            {"service": "B", "category": "email", "mfa": "on", "confirmed_at": True},
        ],
    }
    with pytest.raises(ValueError, match="Account 2 of the export: confirmed_at"):
        store.import_json(doc)
    assert store.accounts() == []


def test_corrupt_file_is_set_aside(db: Path, clock: Clock) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"this is not SQLite at all, but someone's notes" * 100)
    store = InventoryStore(db, clock=clock)
    assert "could not be read" in store.problem
    aside = [
        p
        for p in db.parent.glob("inventory.sqlite3.broken-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b"this is not SQLite")
    assert aside[0].name in store.problem
    # A fresh, empty inventory was started.
    inv = store.inventory()
    assert inv is not None and inv.exists and inv.accounts == ()
    store.add(account())
    assert len(store.accounts()) == 1


def test_foreign_database_is_set_aside(db: Path, clock: Clock) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('keep me')")
    conn.commit()
    conn.close()
    store = InventoryStore(db, clock=clock)
    assert "not an account inventory" in store.problem
    (aside,) = [
        p
        for p in db.parent.glob("inventory.sqlite3.broken-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT text FROM notes").fetchall() == [("keep me",)]
    kept.close()


def test_newer_version_is_left_untouched(db: Path, clock: Clock) -> None:
    first = InventoryStore(db, clock=clock)
    first.add(account(mfa=MfaState.ON))
    first.close()
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE meta SET value = ? WHERE key = ?", (str(SCHEMA_VERSION + 1), "schema_version")
    )
    conn.commit()
    conn.close()
    before = db.read_bytes()

    store = InventoryStore(db, clock=clock)
    assert "newer version" in store.problem
    assert f"format {SCHEMA_VERSION + 1}" in store.problem
    (aside,) = [
        p
        for p in db.parent.glob("inventory.sqlite3.newer-*")
        if not p.name.endswith(("-wal", "-shm"))
    ]
    assert aside.read_bytes() == before  # not even the journal mode changed
    assert "20250615-" in aside.name  # named after the injected clock, in UTC
    assert aside.name in store.problem
    assert store.accounts() == []
    kept = sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)
    assert kept.execute("SELECT service FROM accounts").fetchall() == [("Example Mail",)]
    kept.close()


def test_empty_file_becomes_an_inventory(db: Path, clock: Clock) -> None:
    db.parent.mkdir(parents=True)
    db.touch()
    store = InventoryStore(db, clock=clock)
    assert store.problem == ""
    assert store.inventory() == Inventory(accounts=(), review_months=6, exists=True)


def _make_v1(db: Path) -> None:
    db.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(db)
    for statement in inventory_module._SCHEMA_V1:
        conn.execute(statement)
    conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")
    conn.execute(
        "INSERT INTO accounts (service, domain, label, category, mfa, methods, confirmed_at,"
        " created_at) VALUES ('Example Mail', 'mail.example.com', 'zoe@example.org', 'email',"
        " 'on', 'security_key,app', 1700000000.0, 1690000000.0)"
    )
    conn.commit()
    conn.close()


def test_migration_from_v1(db: Path, clock: Clock) -> None:
    _make_v1(db)
    store = InventoryStore(db, clock=clock)
    assert store.problem == ""
    (migrated,) = store.accounts()
    assert migrated == Account(
        id=migrated.id,
        service="Example Mail",
        domain="mail.example.com",
        label="zoe@example.org",
        category=Category.EMAIL,
        mfa=MfaState.ON,
        methods=(Method.SECURITY_KEY, Method.APP),
        confirmed_at=1_700_000_000.0,
        recovery_codes_safe=None,
        created_at=1_690_000_000.0,
    )
    confirmed = store.confirm(
        migrated.id or 0, MfaState.ON, (Method.APP,), recovery_codes_safe=True
    )
    assert store.accounts() == [confirmed]
    store.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    conn.close()
    # The v1 file was kept as it was before the migration.
    backup = db.with_name("inventory.sqlite3.v1.bak")
    old = sqlite3.connect(backup)
    assert old.execute("SELECT value FROM meta").fetchone() == ("1",)
    assert old.execute("SELECT COUNT(*) FROM accounts").fetchone() == (1,)
    old.close()


def test_a_failed_migration_changes_nothing(
    db: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_v1(db)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE accounts ADD COLUMN recovery_codes_safe INTEGER")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(inventory_module.MIGRATIONS, 1, broken)
    store = InventoryStore(db, clock=clock)
    assert "could not be opened" in store.problem
    assert store.inventory() is None
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT value FROM meta").fetchone() == ("1",)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(accounts)")}
    conn.close()
    assert "recovery_codes_safe" not in columns
    monkeypatch.undo()
    assert InventoryStore(db, clock=clock).accounts()[0].recovery_codes_safe is None


def test_engine_view_has_no_labels_and_knows_what_is_offered(db: Path, clock: Clock) -> None:
    catalog = Catalog(starter_catalog())
    months = [6]
    store = InventoryStore(
        db,
        clock=clock,
        review_months=lambda: months[0],
        offered=lambda domain: (Method.APP,) if domain == "google.com" else catalog.offered(domain),
    )
    store.add(account("Google", "google.com", "zoe@example.org", mfa=MfaState.OFF))
    store.add(account("Bank", "bank.example.net", "zoe.bank@example.org", Category.BANKING))
    months[0] = 3
    inv = store.inventory()
    assert inv is not None and inv.review_months == 3
    assert [r.offered for r in inv.accounts] == [("app",), ()]
    assert "zoe" not in repr(inv)


def test_engine_view_survives_a_broken_catalog(store: InventoryStore, db: Path) -> None:
    def boom(domain: str) -> tuple[Method, ...]:
        raise RuntimeError("catalog bug")

    with_boom = InventoryStore(db, offered=boom)
    with_boom.add(account())
    inv = with_boom.inventory()
    assert inv is not None and inv.accounts[0].offered == ()


def test_two_stores_and_threads_share_the_file(db: Path, clock: Clock) -> None:
    a = InventoryStore(db, clock=clock)
    a.add(account())
    b = InventoryStore(db, clock=clock)

    def work(n: int) -> None:
        for i in range(20):
            (a if i % 2 else b).add(account(label=f"user{n}-{i}@example.org"))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(a.accounts()) == len(b.accounts()) == 81


def test_reads_reopen_after_close_and_see_a_file_made_elsewhere(db: Path, clock: Clock) -> None:
    watcher = InventoryStore(db, clock=clock)
    assert watcher.inventory() == Inventory(exists=False)
    writer = InventoryStore(db, clock=clock)
    writer.add(account())
    inv = watcher.inventory()
    assert inv is not None and inv.exists and len(inv.accounts) == 1
    watcher.close()
    assert len(watcher.accounts()) == 1
    watcher.close()
    inv = watcher.inventory()
    assert inv is not None and len(inv.accounts) == 1


def test_a_locked_database_is_left_alone_and_retried(
    db: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = InventoryStore(db, clock=clock)
    first.add(account())
    first.close()
    monkeypatch.setattr(inventory_module, "BUSY_TIMEOUT", 0.05)
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("PRAGMA journal_mode=DELETE")  # a rollback journal: readers wait for writers
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store = InventoryStore(db, clock=clock)
        assert "could not be opened" in store.problem
        assert store.inventory() is None
        assert db.exists() and not list(db.parent.glob("*.broken-*"))
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert len(store.accounts()) == 1
    assert store.problem == ""


# -- times that are not dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [1e300, float("inf"), float("-inf"), float("nan"), -5, 253402300800, 10**400, "1750000000"],
)
def test_valid_time_refuses_what_is_not_a_date(value: object) -> None:
    assert valid_time(value) is None


def test_valid_time_keeps_dates_from_1970_to_9999() -> None:
    assert valid_time(0) == 0.0
    assert valid_time(T0) == T0
    assert valid_time(MAX_TIME) == MAX_TIME
    assert valid_time(True) is None and valid_time(None) is None


@pytest.mark.parametrize(
    "raw_time",
    ["1e300", "Infinity", "-Infinity", "NaN", "-5", "253402300800", '"yesterday"'],
)
@pytest.mark.parametrize("key", ["confirmed_at", "created_at"])
def test_an_import_with_a_time_that_is_not_a_date_is_refused(
    store: InventoryStore, raw_time: str, key: str
) -> None:
    entry = (
        '{"service": "Gmail", "category": "email", "mfa": "on", "' + key + '": ' + raw_time + "}"
    )
    text = f'{{"format": "{EXPORT_FORMAT}", "version": 1, "accounts": [{entry}]}}'
    doc = json.loads(text)  # Python's json reads Infinity and NaN
    with pytest.raises(ValueError, match=f"Account 1 of the export: {key} must be null or"):
        store.import_json(doc)
    assert store.accounts() == []


def test_an_import_up_to_the_year_9999_is_kept(store: InventoryStore) -> None:
    doc = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "accounts": [
            {"service": "A", "category": "email", "mfa": "on", "confirmed_at": MAX_TIME},
            {"service": "B", "category": "email", "mfa": "on", "confirmed_at": 0},
        ],
    }
    assert store.import_json(doc) == 2
    assert sorted(a.confirmed_at or 0.0 for a in store.accounts()) == [0.0, MAX_TIME]


@pytest.mark.parametrize("stored", ["yesterday", "", 1e300, -5.0, float("inf"), b"\x00\x01"])
def test_a_stored_time_that_is_not_a_date_reads_as_none(
    store: InventoryStore, db: Path, stored: object
) -> None:
    store.add(account(mfa=MfaState.ON, confirmed_at=T0))
    store.close()
    with sqlite3.connect(db) as conn:  # another tool wrote the file
        conn.execute("UPDATE accounts SET confirmed_at = ?, created_at = ?", (stored, stored))
    conn.close()
    [read] = store.accounts()
    assert read.confirmed_at is None and read.created_at == 0.0
    inventory = store.inventory()
    assert inventory is not None and inventory.accounts[0].confirmed_at is None
    assert read.id is not None and store.get(read.id) == read
