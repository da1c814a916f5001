"""The account inventory screen: the first-run guide, catalog search, manual entry, import from a
password-manager export (services and usernames only: no password anywhere), confirm, remove,
JSON export and import, the table model, and the store's problem shown."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWizard

from hygiene_app.services.mfa.catalog import ATTRIBUTION, Catalog, Service, starter_catalog
from hygiene_app.services.mfa.inventory import InventoryStore
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState
from hygiene_app.ui.accounts import (
    AccountIdRole,
    AccountRole,
    AccountsFilter,
    AccountsModel,
    AccountsWindow,
    AddAccountDialog,
    ConfirmDialog,
    FirstRunGuide,
    ImportPreviewDialog,
    full_date,
    relative_date,
    reminder_text,
    review_line,
)
from hygiene_app.ui.background import wait_for_background
from tests.ui.test_accessibility import unnamed_controls

EXPORTS = Path(__file__).resolve().parent.parent / "fixtures" / "exports"
SHOTS = Path("/tmp/mfa-shots")
#: A fixed local noon, far from month ends and daylight-saving changes.
NOW = datetime(2026, 3, 15, 12, 0).timestamp()
DAY = 86_400.0

#: Every secret the fixture exports hold (passwords, notes, custom fields, TOTP seeds).
SECRETS = {
    "bitwarden.csv": (
        "hunter2",
        'correct, horse "battery" staple',
        "JBSWY3DPEHPK3PXP",
        "PIN: 0000",
        "router in the hall",
    ),
    "chromium.csv": ("hunter2", "Tr0ub4dor&3", "gX7#qLp9!vRt2$Wz", "a note"),
}


class Clock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def demo_accounts(now: float = NOW) -> list[Account]:
    """Made-up accounts in every state (the screenshots use the same kind of list)."""

    def account(
        service: str,
        domain: str,
        label: str,
        category: Category,
        mfa: MfaState,
        methods: tuple[Method, ...] = (),
        days_ago: float | None = None,
    ) -> Account:
        return Account(
            id=None,
            service=service,
            domain=domain,
            label=label,
            category=category,
            mfa=mfa,
            methods=methods,
            confirmed_at=None if days_ago is None else now - days_ago * DAY,
            created_at=now - 400 * DAY,
        )

    return [
        account(
            "Google Account (Gmail)",
            "google.com",
            "ann@example.org",
            Category.EMAIL,
            MfaState.ON,
            (Method.SECURITY_KEY, Method.APP),
            20,
        ),
        account("Yahoo Mail", "yahoo.com", "ann.old@example.net", Category.EMAIL, MfaState.OFF),
        account(
            "PayPal",
            "paypal.com",
            "ann@example.org",
            Category.BANKING,
            MfaState.ON,
            (Method.SMS,),
            130,
        ),
        account("Facebook", "facebook.com", "Ann B.", Category.SOCIAL, MfaState.UNKNOWN),
        account(
            "Dropbox",
            "dropbox.com",
            "ann@example.org",
            Category.CLOUD,
            MfaState.ON,
            (Method.APP,),
            250,
        ),
        account("Corner Bakery", "", "ann", Category.SHOPPING, MfaState.NOT_OFFERED, (), 3),
    ]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def catalog() -> Catalog:
    return Catalog.merged(starter_catalog(), None)


@pytest.fixture
def store(tmp_path, clock):
    store = InventoryStore(tmp_path / "inventory.sqlite3", clock=clock)
    yield store
    store.close()


@pytest.fixture
def filled(store):
    store.add_many(demo_accounts())
    return store


def make_window(qtbot, store, catalog, clock, **kwargs) -> AccountsWindow:
    window = AccountsWindow(store, catalog, clock=clock, **kwargs)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    return window


def by_domain(store: InventoryStore, domain: str) -> Account:
    return next(a for a in store.accounts() if a.domain == domain)


def select(window: AccountsWindow, domain: str) -> Account:
    account = next(a for a in window.model.accounts() if a.domain == domain)
    assert account.id is not None and window.select(account.id)
    return account


# ----- pure helpers -------------------------------------------------------------------------


def test_relative_dates_read_like_a_person_says_them():
    now = datetime(2026, 7, 15, 12, 0).timestamp()
    ago = lambda **kw: (datetime(2026, 7, 15, 12, 0) - timedelta(**kw)).timestamp()  # noqa: E731
    assert relative_date(None, now) == "Never"
    assert relative_date(now - 60, now) == "Today"
    assert relative_date(ago(days=1), now) == "Yesterday"
    assert relative_date(ago(days=5), now) == "5 days ago"
    assert relative_date(ago(days=21), now) == "3 weeks ago"
    assert relative_date(datetime(2026, 3, 15, 9).timestamp(), now) == "4 months ago"
    assert relative_date(datetime(2026, 3, 20, 9).timestamp(), now) == "3 months ago"
    assert relative_date(datetime(2025, 6, 1).timestamp(), now) == "1 year ago"
    assert relative_date(datetime(2023, 7, 1).timestamp(), now) == "3 years ago"
    assert relative_date(now + 3600, now) == "Today"  # a clock set back


def test_reminder_text_names_services_never_labels():
    accounts = demo_accounts()
    assert reminder_text([]) == ("", "")
    title, body = reminder_text(accounts[:1])
    assert "Google Account (Gmail)" in body and "ann@example.org" not in title + body
    title, body = reminder_text(accounts)
    assert title == "6 accounts due for a two-step verification review" == review_line(6)
    assert "and 3 more" in body
    assert not any(a.label in title + body for a in accounts)
    assert (
        review_line(0) == ""
        and review_line(1) == "1 account due for a two-step verification review"
    )


# ----- the table ----------------------------------------------------------------------------


def test_model_passes_the_model_tester(qtbot, qtmodeltester, clock):
    model = AccountsModel(clock)
    model.set_accounts(
        [a.__class__(**{**_fields(a), "id": n}) for n, a in enumerate(demo_accounts(), 1)]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(QModelIndex()) is None
    assert model.index(0, 0).data(AccountIdRole) == 1
    model.set_accounts([])
    model.set_accounts(demo_accounts())


def test_filter_passes_the_model_tester(qtbot, qtmodeltester, clock):
    model = AccountsModel(clock)
    model.set_accounts(demo_accounts())
    proxy = AccountsFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_search("ann@example")
    assert proxy.rowCount() == 3
    proxy.set_search("")
    proxy.set_not_on_only(True)
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {
        "Yahoo Mail",
        "Facebook",
    }


def _fields(account: Account) -> dict:
    return {name: getattr(account, name) for name in Account.__slots__}


def test_table_shows_state_as_text_and_icon_and_relative_dates(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    model = window.model
    gmail = model.row_for(by_domain(filled, "google.com").id)
    mfa = model.index(gmail, AccountsModel.MFA)
    assert mfa.data() == "On"
    assert not mfa.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(gmail, AccountsModel.METHOD).data() == (
        "Security key or passkey, Authenticator app"
    )
    assert model.index(gmail, AccountsModel.CONFIRMED).data() == "2 weeks ago"
    assert model.index(gmail, AccountsModel.CATEGORY).data() == "E-mail"
    yahoo = model.row_for(by_domain(filled, "yahoo.com").id)
    assert model.index(yahoo, AccountsModel.CONFIRMED).data() == "Never"
    assert model.index(yahoo, AccountsModel.METHOD).data(Qt.ItemDataRole.AccessibleTextRole)
    # Sorted by state, problems first.
    assert window.proxy.index(0, AccountsModel.MFA).data() == "Off"
    assert "6 accounts: 3 on, 1 off, 1 not confirmed" in window.summary.text()


def test_search_box_filters_the_table(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    qtbot.keyClicks(window.search, "pay")
    assert window.proxy.rowCount() == 1
    assert window.proxy.index(0, 0).data() == "PayPal"
    window.search.clear()
    assert window.proxy.rowCount() == 6
    window.filter_box.setCurrentIndex(1)
    assert window.proxy.rowCount() == 2


# ----- adding -------------------------------------------------------------------------------


def test_first_run_guide_opens_on_an_empty_list_and_adds_every_pick_at_once(
    qtbot, store, catalog, clock
):
    window = make_window(qtbot, store, catalog, clock)
    window.show()
    qtbot.waitUntil(lambda: window.first_run_guide is not None)
    guide = window.first_run_guide
    assert isinstance(guide, FirstRunGuide)
    bank = catalog.in_category(Category.BANKING)[0]
    social = catalog.in_category(Category.SOCIAL)[0]
    assert guide.currentPage().title() == "Which e-mail services do you use?"
    guide.pick(Category.EMAIL, "google.com", "ann@example.org")
    guide.pick(Category.EMAIL, "proton.me", "ann@proton.example")
    guide.next()
    assert guide.currentPage().title() == "Which banks or payment services?"
    guide.pick(Category.BANKING, bank.domain)
    guide.next()
    assert guide.currentPage().title() == "Which social networks?"
    guide.pick(Category.SOCIAL, social.domain, "Ann B.")
    guide.next()
    assert guide.currentPage() is guide.summary_page
    assert "4 accounts will be added" in guide.summary_page.text.text()
    assert "Proton Mail — ann@proton.example" in guide.summary_page.list.text()

    emitted = []
    window.changed.connect(lambda: emitted.append(1))
    guide.accept()
    assert emitted == [1]  # one edit: all in one go
    accounts = store.accounts()
    assert {(a.domain, a.label, a.category) for a in accounts} == {
        ("google.com", "ann@example.org", Category.EMAIL),
        ("proton.me", "ann@proton.example", Category.EMAIL),
        (bank.domain, "", Category.BANKING),
        (social.domain, "Ann B.", Category.SOCIAL),
    }
    assert all(a.mfa is MfaState.UNKNOWN and a.created_at == NOW for a in accounts)
    assert window.model.rowCount() == 4
    assert window.status.text() == "Added 4 accounts."
    qtbot.waitUntil(lambda: window.first_run_guide is None)


def test_guide_is_not_opened_when_there_are_accounts(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    window.show()
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))  # runs after what show() queued
    qtbot.waitUntil(lambda: bool(turned))
    assert window.first_run_guide is None


def test_guide_marks_accounts_already_listed(qtbot, filled, catalog, clock):
    guide = FirstRunGuide(catalog, filled.accounts(), clock=clock)
    qtbot.addWidget(guide)
    row = next(r for r in guide.page_for(Category.EMAIL).rows if r[0].domain == "google.com")
    assert not row[1].isEnabled() and "already in your list" in row[1].text()
    assert row[1].isChecked() and not row[2].isEnabled()
    with pytest.raises(KeyError):
        guide.pick(Category.EMAIL, "google.com", "again")
    assert guide.picks() == []


def test_search_finds_a_catalog_service_and_adds_it(qtbot, store, catalog, clock):
    window = make_window(qtbot, store, catalog, clock)
    dialog = window.open_add_one()
    assert isinstance(dialog, AddAccountDialog)
    qtbot.keyClicks(dialog.search, "proton")
    assert dialog.results.count() >= 1
    assert dialog.results.item(0).text().startswith("Proton Mail — proton.me")
    dialog.results.setCurrentRow(0)
    assert (dialog.service.text(), dialog.domain.text()) == ("Proton Mail", "proton.me")
    assert dialog.chosen_category() is Category.EMAIL
    dialog.label.setText("ann@proton.example")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    [account] = store.accounts()
    assert (account.service, account.domain, account.label, account.category) == (
        "Proton Mail",
        "proton.me",
        "ann@proton.example",
        Category.EMAIL,
    )


def test_completion_fills_the_fields(qtbot, store, catalog, clock):
    dialog = AddAccountDialog(catalog, clock=clock)
    qtbot.addWidget(dialog)
    dialog.search.completer().activated.emit("PayPal")
    assert (dialog.service.text(), dialog.domain.text()) == ("PayPal", "paypal.com")


def test_manual_entry(qtbot, store, catalog, clock):
    window = make_window(qtbot, store, catalog, clock)
    dialog = window.open_add_one()
    assert not dialog.ok_button.isEnabled()  # a service name is needed
    qtbot.keyClicks(dialog.service, "My Local Bank")
    qtbot.keyClicks(dialog.domain, "https://www.MyBank.example/login")
    qtbot.keyClicks(dialog.label, "ann")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.BANKING))
    dialog.accept()
    [account] = store.accounts()
    assert (account.service, account.domain, account.label, account.category, account.mfa) == (
        "My Local Bank",
        "mybank.example",
        "ann",
        Category.BANKING,
        MfaState.UNKNOWN,
    )
    # Not in the catalog: the details say so, and the wizard is offered.
    assert window.select(account.id)
    assert "not in the catalog" in window.details.text()
    assert window.wizard_button.isEnabled()


def all_role_values(model) -> list[str]:
    values = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in range(0, int(Qt.ItemDataRole.UserRole) + 10):
                value = index.data(role)
                if value is not None:
                    values.append(repr(value))
    return values


def stored_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", ["bitwarden.csv", "chromium.csv"])
def test_import_from_an_export_keeps_services_and_usernames_and_no_password(
    qtbot, tmp_path, catalog, clock, name
):
    folder = tmp_path / "data"
    folder.mkdir()
    store = InventoryStore(folder / "inventory.sqlite3", clock=clock)
    window = make_window(qtbot, store, catalog, clock)
    with qtbot.waitSignal(window.import_preview_ready, timeout=10000) as ready:
        window.read_password_export(EXPORTS / name)
    dialog = ready.args[0]
    assert isinstance(dialog, ImportPreviewDialog)
    assert "not added and not kept" in dialog.privacy_note.text()
    texts = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert "forum.example.com — alice@example.org" in texts
    dialog.accept()
    accounts = store.accounts()
    assert ("forum.example.com", "alice@example.org") in {(a.domain, a.label) for a in accounts}
    assert ("bank.example.net", "alice") in {(a.domain, a.label) for a in accounts}
    assert all(a.mfa is MfaState.UNKNOWN for a in accounts)

    exported = tmp_path / "inventory.json"
    assert window.export_to(exported)
    store.close()
    haystacks = [
        *all_role_values(window.model),
        *texts,
        window.status.text(),
        exported.read_text(encoding="utf-8"),
    ]
    raw = stored_bytes(folder)
    for secret in SECRETS[name]:
        assert not any(secret in text for text in haystacks), secret
        assert secret.encode() not in raw, secret
    wait_for_background()


def test_import_preview_unticks_accounts_already_listed(qtbot, filled):
    found = [
        Account(
            None, "Yahoo Mail", "yahoo.com", "ann.old@example.net", Category.EMAIL, MfaState.UNKNOWN
        ),
        Account(None, "Forum", "forum.example.com", "ann", Category.OTHER, MfaState.UNKNOWN),
    ]
    dialog = ImportPreviewDialog(found, filled.accounts(), source="x.csv")
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).checkState() == Qt.CheckState.Unchecked
    assert "already in your list" in dialog.list.item(0).text()
    assert [a.domain for a in dialog.selected()] == ["forum.example.com"]
    dialog.none_button.click()
    assert dialog.selected() == [] and not dialog.ok_button.isEnabled()
    dialog.all_button.click()
    assert len(dialog.selected()) == 2


def test_an_unreadable_export_is_reported(qtbot, store, catalog, clock, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("just,some\ncolumns,here\n", encoding="utf-8")
    window = make_window(qtbot, store, catalog, clock)
    with qtbot.waitSignal(window.import_failed, timeout=10000):
        window.read_password_export(bad)
    assert "could not be read" in window.status.text()
    assert window.import_export_button.isEnabled()
    assert store.accounts() == []


def test_choosing_the_export_uses_the_file_dialog(qtbot, store, catalog, clock, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(EXPORTS / "chromium.csv"), "")),
    )
    window = make_window(qtbot, store, catalog, clock)
    with qtbot.waitSignal(window.import_preview_ready, timeout=10000) as ready:
        window.import_export_button.click()
    ready.args[0].reject()
    assert store.accounts() == []


# ----- confirm and remove -------------------------------------------------------------------


def test_confirm_records_state_methods_recovery_and_date(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    account = select(window, "yahoo.com")
    dialog = window.open_confirm()
    assert isinstance(dialog, ConfirmDialog)
    assert dialog.state() is MfaState.OFF
    assert not dialog.method_boxes[Method.APP].isEnabled()
    dialog.set_state(MfaState.ON)
    assert dialog.method_boxes[Method.APP].isEnabled()
    dialog.method_boxes[Method.APP].setChecked(True)
    dialog.method_boxes[Method.SMS].setChecked(True)
    dialog.recovery.setCurrentIndex(0)
    ten_days_ago = dialog.date.date().addDays(-10)
    dialog.date.setDate(ten_days_ago)
    assert dialog.date.maximumDate() == QDate(2026, 3, 15)
    with qtbot.waitSignal(window.changed):
        dialog.accept()
    stored = filled.get(account.id)
    assert stored.mfa is MfaState.ON
    assert set(stored.methods) == {Method.APP, Method.SMS}
    assert stored.recovery_codes_safe is True
    assert stored.confirmed_at == datetime(2026, 3, 5, 12, 0).timestamp()
    row = window.model.row_for(account.id)
    assert window.model.index(row, AccountsModel.CONFIRMED).data() == "10 days ago"
    assert window.selected_account().id == account.id  # the selection survives the refresh


def test_confirm_today_uses_the_clock_and_off_drops_methods(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    account = select(window, "paypal.com")
    dialog = window.open_confirm()
    assert dialog.method_boxes[Method.SMS].isChecked()
    dialog.set_state(MfaState.OFF)
    dialog.accept()
    stored = filled.get(account.id)
    assert (stored.mfa, stored.methods, stored.confirmed_at) == (MfaState.OFF, (), NOW)


def test_cancelled_confirm_changes_nothing(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    before = filled.accounts()
    select(window, "yahoo.com")
    dialog = window.open_confirm()
    dialog.set_state(MfaState.ON)
    dialog.reject()
    assert filled.accounts() == before


def test_remove_asks_first(qtbot, filled, catalog, clock, monkeypatch):
    window = make_window(qtbot, filled, catalog, clock)
    account = select(window, "facebook.com")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: answers.pop(0))
    window.remove_button.click()
    assert filled.get(account.id) is not None
    with qtbot.waitSignal(window.changed):
        window.remove_button.click()
    assert filled.get(account.id) is None
    assert window.model.row_for(account.id) == -1
    assert not window.remove_button.isEnabled()


def test_actions_follow_the_selection(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    assert not window.confirm_button.isEnabled() and not window.wizard_button.isEnabled()
    select(window, "google.com")
    assert window.confirm_button.isEnabled() and not window.wizard_button.isEnabled()
    assert window.settings_button.property("url").startswith("https://myaccount.google.com")
    select(window, "yahoo.com")
    assert window.wizard_button.isEnabled()


# ----- JSON ---------------------------------------------------------------------------------


def test_json_export_and_import_round_trip(qtbot, tmp_path, filled, catalog, clock, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, filled, catalog, clock)
    target = tmp_path / "out" / "accounts.json"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export_json_button.click()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["accounts"]) == 6

    other = InventoryStore(tmp_path / "other.sqlite3", clock=clock)
    second = make_window(qtbot, other, catalog, clock)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    with qtbot.waitSignal(second.changed):
        second.import_json_button.click()
    assert second.status.text() == "Imported 6 accounts."
    strip = lambda accounts: sorted(  # noqa: E731
        (_fields(a) | {"id": None} for a in accounts), key=lambda f: (f["domain"], f["label"])
    )
    assert strip(other.accounts()) == strip(filled.accounts())
    assert second.model.rowCount() == 6
    # Importing again adds nothing new.
    assert second.import_from(target) == 0
    other.close()


def test_a_bad_json_file_is_reported(qtbot, tmp_path, store, catalog, clock):
    window = make_window(qtbot, store, catalog, clock)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert window.import_from(bad) == 0
    assert "could not be read" in window.status.text()
    bad.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    assert window.import_from(bad) == 0
    assert "Could not save the change" in window.status.text()
    assert store.accounts() == []


def test_a_json_file_nested_too_deeply_is_reported(qtbot, tmp_path, store, catalog, clock):
    window = make_window(qtbot, store, catalog, clock)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    assert window.import_from(deep) == 0
    assert "deep.json could not be read" in window.status.text()
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert window.import_from(deep) == 0
    assert "deep.json could not be read" in window.status.text()
    assert store.accounts() == []


@pytest.mark.parametrize("raw_time", ["1e300", "Infinity", "NaN", "-5", '"today"'])
def test_a_json_import_with_a_time_that_is_not_a_date_is_refused(
    qtbot, tmp_path, store, catalog, clock, raw_time
):
    window = make_window(qtbot, store, catalog, clock)
    path = tmp_path / "accounts.json"
    path.write_text(
        '{"format": "hygiene-app.mfa-inventory", "version": 1, "accounts": [{"service": "Gmail",'
        ' "domain": "gmail.com", "category": "email", "mfa": "on", "methods": ["sms"],'
        f' "confirmed_at": {raw_time}}}]}}',
        encoding="utf-8",
    )
    assert window.import_from(path) == 0
    assert "confirmed_at must be null or a number of seconds" in window.status.text()
    assert store.accounts() == [] and window.model.rowCount() == 0


def test_dates_that_are_not_dates_read_never_or_unknown():
    now = datetime(2026, 7, 15, 12, 0).timestamp()
    for bad in (1e300, float("inf"), float("-inf"), float("nan"), -5.0, 253402300800.0):
        assert relative_date(bad, now) == "Never"
        assert full_date(bad) == "unknown"
        assert relative_date(now - 60, bad)  # a clock out of range does not raise
    assert full_date(0.0) in ("1970-01-01", "1969-12-31")
    assert full_date(253402300799.0)  # the last second of 9999 still has a day
    assert relative_date(253402300799.0, now) == "Today"


@pytest.mark.parametrize("stored", ["yesterday", 1e300, -5.0, float("inf")])
def test_a_stored_time_that_is_not_a_date_renders(qtbot, tmp_path, catalog, clock, stored):
    path = tmp_path / "inventory.sqlite3"
    store = InventoryStore(path, clock=clock)
    store.add_many(demo_accounts())
    store.close()
    with sqlite3.connect(path) as conn:  # another tool wrote the file
        conn.execute("UPDATE accounts SET confirmed_at = ?, created_at = ?", (stored, stored))
    conn.close()
    window = make_window(qtbot, store, catalog, clock)
    window.show()
    qtbot.waitExposed(window)
    assert window.model.rowCount() == 6
    assert all_role_values(window.model)
    for row in range(window.model.rowCount()):
        assert window.model.index(row, AccountsModel.CONFIRMED).data() == "Never"
    gmail = select(window, "google.com")
    assert gmail.confirmed_at is None
    assert store.inventory() is not None
    store.close()


# ----- problems and the catalog -------------------------------------------------------------


def test_the_stores_problem_is_shown(qtbot, tmp_path, catalog, clock):
    path = tmp_path / "inventory.sqlite3"
    path.write_bytes(b"this is not a database, just some bytes" * 100)
    store = InventoryStore(path, clock=clock)
    assert store.problem
    window = make_window(qtbot, store, catalog, clock)
    window.show()
    assert window.problem_frame.isVisible()
    assert window.problem.text() == store.problem
    store.close()


def test_no_problem_no_banner(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    window.show()
    assert not window.problem_frame.isVisible()


def test_directory_data_comes_with_its_attribution(qtbot, filled, clock):
    directory = {
        "google.com": Service(
            "Google",
            "google.com",
            Category.OTHER,
            documentation="https://support.google.com/accounts/answer/185839",
            methods=(Method.SECURITY_KEY, Method.APP, Method.SMS),
        )
    }
    catalog = Catalog.merged(starter_catalog(), directory)
    window = make_window(
        qtbot, filled, catalog, clock, directory_status="2FA Directory: updated today"
    )
    window.show()
    assert window.directory_status.text() == "2FA Directory: updated today"
    select(window, "google.com")
    assert "offers: Security key or passkey, Authenticator app, SMS" in window.details.text()
    assert window.attribution.isVisible() and window.attribution.text() == ATTRIBUTION
    select(window, "yahoo.com")  # starter data only
    assert not window.attribution.isVisible()
    select(window, "paypal.com")
    assert "SMS is the weakest method" in window.details.text()


def test_every_control_is_named(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    window.show()
    select(window, "google.com")
    assert unnamed_controls(window) == []
    for dialog in (window.open_add_one(), window.open_confirm()):
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.reject()
    guide = window.open_first_run_guide()
    while True:
        assert unnamed_controls(guide.currentPage()) == [], guide.currentPage().title()
        if guide.nextId() == -1:
            break
        guide.next()
    guide.reject()


def test_account_role_and_id_role(qtbot, filled, catalog, clock):
    window = make_window(qtbot, filled, catalog, clock)
    index = window.proxy.index(0, 3)
    account = index.data(AccountRole)
    assert isinstance(account, Account) and index.data(AccountIdRole) == account.id


# ----- pictures -----------------------------------------------------------------------------


def test_render_the_screens(qtbot, filled, catalog, clock):
    """Not a pixel test: pictures to look at after a change (in /tmp/mfa-shots)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = make_window(
        qtbot, filled, catalog, clock, directory_status="Using the bundled catalog (offline)."
    )
    window.show()
    select(window, "paypal.com")
    assert window.grab().save(str(SHOTS / "accounts.png"))
    add = window.open_add_one()
    qtbot.keyClicks(add.search, "mail")
    add.results.setCurrentRow(0)
    assert add.grab().save(str(SHOTS / "add-one.png"))
    add.reject()
    select(window, "yahoo.com")
    confirm = window.open_confirm()
    confirm.set_state(MfaState.ON)
    assert confirm.grab().save(str(SHOTS / "confirm.png"))
    confirm.reject()
    guide = window.open_first_run_guide()
    guide.pick(Category.BANKING, catalog.in_category(Category.BANKING)[1].domain, "ann")
    guide.next()
    assert guide.grab().save(str(SHOTS / "guide-banking.png"))
    guide.reject()
    preview = ImportPreviewDialog(demo_accounts(), filled.accounts()[:2], source="export.csv")
    qtbot.addWidget(preview)
    preview.show()
    assert preview.grab().save(str(SHOTS / "import-preview.png"))


def test_sqlite_file_holds_only_what_the_list_shows(filled):
    conn = sqlite3.connect(filled.path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(accounts)")}
    conn.close()
    assert not any(
        "pass" in c or "secret" in c or "code" in c.replace("codes_safe", "") for c in columns
    )


def _sms_account(service: str, domain: str) -> Account:
    return Account(
        id=None,
        service=service,
        domain=domain,
        label="ann",
        category=Category.OTHER,
        mfa=MfaState.ON,
        methods=(Method.SMS,),
        confirmed_at=NOW - 3 * DAY,
        created_at=NOW - 400 * DAY,
    )


def test_switch_to_a_stronger_method_only_for_sms_with_a_stronger_offer(
    qtbot, store, clock, monkeypatch
):
    directory = {
        "better.example": Service(
            "Better", "better.example", Category.OTHER, methods=(Method.APP, Method.SMS)
        ),
        "textonly.example": Service(
            "Text only", "textonly.example", Category.OTHER, methods=(Method.SMS,)
        ),
    }
    catalog = Catalog.merged(starter_catalog(), directory)
    store.add_many(
        [
            _sms_account("Better", "better.example"),  # SWITCH: an app is offered
            _sms_account("Text only", "textonly.example"),  # nothing stronger offered
            _sms_account("Unknown Co", "unknown.example"),  # not known what it offers
            *demo_accounts(),
        ]
    )
    window = make_window(qtbot, store, catalog, clock)
    window.show()
    select(window, "better.example")
    assert window.stronger_button.isVisible()
    assert window.stronger_button.text() == "Switch to a stronger method…"
    for domain in ("textonly.example", "unknown.example", "google.com", "yahoo.com"):
        select(window, domain)
        assert not window.stronger_button.isVisible(), domain

    opened: list[int | None] = []
    monkeypatch.setattr(
        window, "open_mfa_wizard", lambda account_id=None: opened.append(account_id)
    )
    account = select(window, "better.example")
    window.stronger_button.click()
    assert opened == [account.id]


def test_the_stronger_method_button_opens_the_wizard_for_that_account(qtbot, store, clock):
    directory = {
        "better.example": Service(
            "Better", "better.example", Category.OTHER, methods=(Method.SECURITY_KEY, Method.SMS)
        )
    }
    store.add_many([_sms_account("Better", "better.example")])
    window = make_window(qtbot, store, Catalog.merged(starter_catalog(), directory), clock)
    window.show()
    select(window, "better.example")
    window.stronger_button.click()
    wizards = [w for w in window.findChildren(QWizard) if w.isVisible()]
    assert len(wizards) == 1
    wizard = wizards[0]
    assert wizard.account.domain == "better.example"
    assert "SMS" in wizard.intro_page.found.text()
    wizard.reject()


def test_the_accounts_screenshot_s_directory_status_is_translated() -> None:
    """`make screenshots LANG=fr` shows the Accounts screen's 2FA Directory status in French: the
    script uses a status the app itself shows, which every catalog translates."""
    import importlib.util

    from hygiene_app.engine.catalog import load_catalog

    script = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("screenshots_script", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    status = module.DEMO_DIRECTORY_STATUS
    for language in ("de", "fr", "es"):
        translated = load_catalog(language).lookup(status, None)
        assert translated is not None and translated != status, language
