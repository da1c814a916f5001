"""Accounts from password-manager exports: site and user name only, never the password."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from hygiene_app.services.mfa.catalog import Catalog, Service, starter_catalog
from hygiene_app.services.mfa.inventory import InventoryStore, accounts_from_export
from hygiene_app.services.mfa.model import Account, Category, MfaState
from hygiene_app.services.passwords.vault import VaultImportError
from tests.services.mfa.conftest import EXPORTS

PASSWORDS = ("hunter2", "Tr0ub4dor&3", "gX7#qLp9!vRt2$Wz", 'a "quoted" pass', "zW8!kPq3#mVn6&Ls")
FILES = sorted(EXPORTS.glob("*.csv"))


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(
        [
            *starter_catalog(),
            Service("Example Bank", "bank.example.net", Category.BANKING),
        ]
    )


def assert_no_password(accounts: list[Account]) -> None:
    for account in accounts:
        text = repr(account) + "".join(
            str(getattr(account, f.name)) for f in dataclasses.fields(account)
        )
        for password in PASSWORDS:
            assert password not in text, account
        assert "otpauth" not in text and "JBSWY3DP" not in text


def test_every_fixture_format_is_covered() -> None:
    assert {p.stem for p in FILES} == {
        "1password",
        "apple",
        "bitwarden",
        "chromium",
        "firefox",
        "keepassxc",
        "lastpass",
        "proton_pass",
        "dashlane",
        "nordpass",
        "enpass",
        "enpass-old",
        "generic",
    }


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_accounts_from_each_export(path: Path, catalog: Catalog) -> None:
    accounts = accounts_from_export(path, catalog)
    assert_no_password(accounts)
    by_domain = {a.domain: a for a in accounts}
    forum = by_domain["forum.example.com"]
    assert forum.label == "alice@example.org"
    assert forum.category is Category.OTHER
    assert forum.mfa is MfaState.UNKNOWN and forum.methods == () and forum.confirmed_at is None
    assert forum.id is None
    bank = by_domain["bank.example.net"]
    assert (bank.service, bank.category, bank.label) == ("Example Bank", Category.BANKING, "alice")
    assert all(a.mfa is MfaState.UNKNOWN for a in accounts)


def test_a_subdomain_finds_its_service(tmp_path: Path) -> None:
    export = tmp_path / "chrome.csv"
    export.write_text(
        "name,url,username,password,note\n"
        "Gmail,https://mail.google.com/,zoe@example.org,hunter2,\n"
        "Google,https://accounts.google.com/,Zoe@Example.org,hunter2,\n"
        "Facebook,https://m.facebook.com/,zoe,Tr0ub4dor&3,\n",
        encoding="utf-8",
    )
    accounts = accounts_from_export(export, Catalog(starter_catalog()))
    assert_no_password(accounts)
    assert [(a.service, a.domain, a.category) for a in accounts] == [
        ("Google Account (Gmail)", "google.com", Category.EMAIL),  # one account, not two
        ("Facebook", "facebook.com", Category.SOCIAL),
    ]


def test_import_into_the_store(tmp_path: Path, catalog: Catalog) -> None:
    store = InventoryStore(tmp_path / "inv.sqlite3")
    added = store.add_many(accounts_from_export(EXPORTS / "bitwarden.csv", catalog))
    again = store.add_many(accounts_from_export(EXPORTS / "lastpass.csv", catalog))
    assert {a.id for a in again} <= {a.id for a in added}  # same logins merged
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("inv.sqlite3*"))
    assert b"alice@example.org" in raw
    for password in PASSWORDS:
        assert password.encode() not in raw


def test_not_an_export(tmp_path: Path, catalog: Catalog) -> None:
    other = tmp_path / "notes.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(VaultImportError):
        accounts_from_export(other, catalog)
    with pytest.raises(ValueError, match="does not exist"):
        accounts_from_export(tmp_path / "missing.csv", catalog)
