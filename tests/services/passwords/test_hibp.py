"""E-mail breaches with the user's own key: the key only in the OS keyring, a local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import unquote

import keyring
import keyring.backend
import pytest
from keyring.backends import fail, null

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords import hibp
from hygiene_app.services.passwords.hibp import (
    KEYRING_SERVICE,
    KEYRING_USERNAME,
    EmailBreach,
    KeyringUnavailable,
    breaches_for,
    keyring_usable,
    load_key,
    store_key,
)
from tests.services.passwords.server import RecordingServer

KEY = "0123456789abcdef0123456789abcdef"
EMAIL = "zoe.tester@example.org"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("none")


class LowPriorityKeyring(MemoryKeyring):
    priority = 0  # type: ignore[assignment]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def set_backend() -> Iterator[object]:
    previous = keyring.get_keyring()

    def use(backend: keyring.backend.KeyringBackend) -> None:
        keyring.set_keyring(backend)

    yield use
    keyring.set_keyring(previous)


def test_store_and_load_key(memory_keyring):
    assert keyring_usable()[0]
    assert load_key() is None
    store_key(f"  {KEY}\n")
    assert memory_keyring.store == {(KEYRING_SERVICE, KEYRING_USERNAME): KEY}
    assert load_key() == KEY
    assert hibp.forget_key()
    assert load_key() is None
    assert not hibp.forget_key()


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), null.Keyring(), LowPriorityKeyring()], ids=["fail", "null", "low"]
)
def test_unusable_keyring_stores_nothing_anywhere(set_backend, backend, tmp_path, monkeypatch):
    set_backend(backend)
    usable, why = keyring_usable()
    assert not usable
    assert why
    with pytest.raises(KeyringUnavailable) as info:
        store_key(KEY)
    assert KEY not in str(info.value)
    assert "not saved" in str(info.value)
    assert load_key() is None
    if isinstance(backend, MemoryKeyring):
        assert backend.store == {}


def test_keyring_that_refuses_is_a_clear_error(set_backend):
    from keyring.errors import PasswordSetError

    class Refusing(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError(f"locked, could not store {password}")

    set_backend(Refusing())
    with pytest.raises(KeyringUnavailable) as info:
        store_key(KEY)
    assert KEY not in str(info.value)
    assert info.value.__cause__ is None


def test_broken_keyring_is_unusable_not_a_crash(set_backend):
    class Broken(MemoryKeyring):
        @property
        def priority(self):  # type: ignore[override]
            raise RuntimeError("dbus went away")

    set_backend(Broken())
    usable, why = keyring_usable()
    assert not usable
    assert "RuntimeError" in why


@pytest.mark.parametrize("key", ["", "   ", "two words", "tab\there"])
def test_store_refuses_a_malformed_key(memory_keyring, key):
    with pytest.raises(ValueError):
        store_key(key)
    assert memory_keyring.store == {}


# -- breaches_for against a local server --------------------------------------------------------

BREACHES = [
    {
        "Name": "Adobe",
        "Title": "Adobe",
        "Domain": "adobe.com",
        "BreachDate": "2013-10-04",
        "PwnCount": 152445165,
        "DataClasses": ["Email addresses", "Password hints", "Passwords", "Usernames"],
    },
    {
        "Name": "Canva",
        "Title": "Canva",
        "Domain": "canva.com",
        "BreachDate": "2019-05-24",
        "PwnCount": 137272116,
        "DataClasses": ["Email addresses", "Geographic locations", "Names", "Usernames"],
    },
    {"Title": "no name: skipped"},
    "garbage",
]


def _route(status: int, body: str):
    def handler(path, headers):
        return status, body, "application/json"

    return handler


def test_breaches_listed_newest_first_with_advice(server: RecordingServer):
    server.behaviour.routes["/breachedaccount/"] = _route(200, json.dumps(BREACHES))
    result = breaches_for(EMAIL, KEY, LiveHttpClient(), server.url)
    assert isinstance(result, list)
    assert [b.name for b in result] == ["Canva", "Adobe"]
    adobe = result[1]
    assert isinstance(adobe, EmailBreach)
    assert adobe.date == "2013-10-04"
    assert "Passwords" in adobe.data_classes
    assert "Change your password on Adobe" in adobe.advice
    assert "phishing" in result[0].advice
    request = server.requests[0]
    assert request.headers["hibp-api-key"] == KEY
    assert request.headers["User-Agent"].startswith("HygieneCheckup/")
    assert unquote(request.path.split("?")[0]) == f"/breachedaccount/{EMAIL}"
    assert KEY not in request.path


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (404, []),
        (401, "the key was refused"),
        (429, "too many requests, try again in a minute"),
        (503, "the server answered 503"),
    ],
)
def test_status_codes(server, status, expected):
    server.behaviour.routes["/breachedaccount/"] = _route(status, "")
    assert breaches_for(EMAIL, KEY, LiveHttpClient(), server.url) == expected


def test_unreadable_answer(server):
    server.behaviour.routes["/breachedaccount/"] = _route(200, "<html>")
    result = breaches_for(EMAIL, KEY, LiveHttpClient(), server.url)
    assert isinstance(result, str)
    assert "could not be read" in result


@pytest.mark.parametrize(
    "body",
    [
        json.dumps(["Adobe", "Canva"]),  # names only, not the objects asked for
        json.dumps([{"name": "Adobe", "title": "Adobe"}]),  # keys renamed
        json.dumps([None]),
    ],
)
def test_a_list_of_nothing_readable_is_unreadable_not_no_breaches(server, body):
    server.behaviour.routes["/breachedaccount/"] = _route(200, body)
    result = breaches_for(EMAIL, KEY, LiveHttpClient(), server.url)
    assert result == "the answer from Have I Been Pwned could not be read"


def test_an_empty_list_is_no_breaches(server):
    server.behaviour.routes["/breachedaccount/"] = _route(200, "[]")
    assert breaches_for(EMAIL, KEY, LiveHttpClient(), server.url) == []


def test_bad_address_and_missing_key_send_nothing(server):
    assert breaches_for("not-an-address", KEY, LiveHttpClient(), server.url) == (
        "this is not an e-mail address"
    )
    assert "haveibeenpwned.com/API/Key" in breaches_for(EMAIL, " ", LiveHttpClient(), server.url)
    assert server.requests == []


def test_offline(server):
    assert breaches_for(EMAIL, KEY, LiveHttpClient(offline=True), server.url) == (
        "offline mode is on"
    )


def test_the_key_is_not_in_any_repr():
    request = hibp._request(EMAIL, KEY, hibp.DEFAULT_HIBP_API)
    assert KEY not in repr(request)
