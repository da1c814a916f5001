"""The e-mail breaches window: a key only with a usable keyring (in memory here), how to get one
without it, and the breaches of each address from a local server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from urllib.parse import unquote, urlsplit

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication

from hygiene_app.engine.live import LiveHttpClient
from hygiene_app.services.passwords import hibp
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.email_breaches import EmailBreachesWindow
from tests.ui.test_password_lab import SHOTS, LocalServer

KEY = "0123456789abcdef0123456789abcdef"
#: Only a guard against a hang: every wait here ends well inside it.
GUARD_MS = 30000


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class LockedKeyring(MemoryKeyring):
    """A locked keyring: every read waits, as if for the user at an unlock prompt, until the
    test opens the gate. It records the threads it was read on and how many reads wait."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.readers: list[int] = []
        self.waiting = 0
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        with self._lock:
            self.readers.append(threading.get_ident())
            self.waiting += 1
        try:
            self.gate.wait(GUARD_MS / 1000)
        finally:
            with self._lock:
                self.waiting -= 1
        return super().get_password(service, username)


def _use_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        # The windows ask the keyring on workers: let them finish with this backend.
        wait_for_background(15000)
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    yield from _use_keyring(backend)


@pytest.fixture
def locked_keyring() -> Iterator[LockedKeyring]:
    backend = LockedKeyring()
    for used in _use_keyring(backend):
        try:
            yield used
        finally:
            backend.gate.set()  # before the workers are waited for


@pytest.fixture
def no_keyring() -> Iterator[None]:
    for _backend in _use_keyring(fail.Keyring()):
        yield


BREACHES = {
    "alice@example.org": [
        {
            "Name": "ExampleForum",
            "Title": "Example Forum",
            "Domain": "forum.example.com",
            "BreachDate": "2021-03-04",
            "PwnCount": 120000,
            "DataClasses": ["Email addresses", "Passwords", "Usernames"],
        },
        {
            "Name": "OldShop",
            "Title": "Old Shop",
            "Domain": "shop.example.net",
            "BreachDate": "2015-07-01",
            "PwnCount": 5000,
            "DataClasses": ["Email addresses", "Phone numbers"],
        },
    ],
}


@pytest.fixture
def hibp_server() -> Iterator[LocalServer]:
    def respond(path: str) -> tuple[int, str]:
        parts = urlsplit(path)
        if not parts.path.startswith("/breachedaccount/"):
            return 400, ""
        address = unquote(parts.path.rsplit("/", 1)[-1])
        if address == "broken@example.org":
            return 503, "busy"
        if address not in BREACHES:
            return 404, ""
        return 200, json.dumps(BREACHES[address])

    yield from LocalServer(respond).serve()


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_background(15000)


def make_window(qtbot, server: LocalServer | None = None, emails=()) -> EmailBreachesWindow:
    window = EmailBreachesWindow(
        emails=emails,
        http=LiveHttpClient(),
        hibp_api=server.url if server else "http://127.0.0.1:9",
    )
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    wait_for_key_state(qtbot, window)
    return window


def wait_for_key_state(qtbot, window: EmailBreachesWindow) -> None:
    """The keyring is asked on a worker: wait for its answer."""
    qtbot.waitUntil(lambda: window.key_known, timeout=10000)


def test_without_a_keyring_there_is_no_key_field_and_it_says_why(qtbot, no_keyring):
    window = make_window(qtbot)
    assert not window.key_row.isVisible()
    assert "no working keyring" in window.key_status.text()
    assert not window.check_button.isEnabled()
    assert window.get_key_button.isVisible()


def test_without_a_key_it_explains_how_to_get_one(qtbot, memory_keyring):
    window = make_window(qtbot)
    assert window.key_row.isVisible()
    assert "No API key yet" in window.key_status.text()
    assert window.get_key_button.isVisible()
    assert not window.check_button.isEnabled()


def test_saving_the_key_puts_it_in_the_keyring_only(qtbot, memory_keyring, tmp_path):
    window = make_window(qtbot)
    window.key_field.setText(KEY)
    window.save_key_button.click()
    assert window.key_field.text() == ""  # wiped at once; the key is with the worker
    assert not window.check_button.isEnabled()
    qtbot.waitUntil(lambda: window.key_known and window.has_key, timeout=10000)
    assert memory_keyring.secrets == {(hibp.KEYRING_SERVICE, hibp.KEYRING_USERNAME): KEY}
    assert "saved in your system keyring" in window.key_status.text()
    assert window.check_button.isEnabled()
    assert not window.get_key_button.isVisible()


def test_a_bad_key_is_refused_in_words(qtbot, memory_keyring):
    window = make_window(qtbot)
    window.key_field.setText("two words")
    window.save_key_button.click()
    qtbot.waitUntil(lambda: "could not be saved" in window.status.text(), timeout=10000)
    assert memory_keyring.secrets == {}
    assert window.save_key_button.isEnabled()


def test_check_lists_breaches_with_date_data_and_advice(qtbot, memory_keyring, hibp_server):
    hibp.store_key(KEY)
    window = make_window(
        qtbot,
        hibp_server,
        emails=["alice@example.org", "bob@example.org", "broken@example.org"],
    )
    with qtbot.waitSignal(window.check_finished, timeout=20000):
        window.check_button.click()
    assert not window.status.text().startswith("The check failed")
    answers = dict(window.results)
    assert [b.name for b in answers["alice@example.org"]] == ["ExampleForum", "OldShop"]
    assert answers["bob@example.org"] == []
    assert isinstance(answers["broken@example.org"], str)
    text = window.results_text()
    assert "alice@example.org: in 2 known breaches" in text
    assert "Example Forum, 2021-03-04" in text
    assert "What leaked: Email addresses, Passwords, Usernames" in text
    assert "What to do: Change your password on Example Forum" in text
    assert "Not found in any known breach" in text
    assert "Could not check: the server answered 503" in text
    assert "1 of 3 addresses" in window.status.text()
    # The key went in the header, never in the address.
    for request in hibp_server.requests:
        headers = {k.lower(): v for k, v in request.headers.items()}
        assert headers["hibp-api-key"] == KEY
        assert KEY not in request.path
    assert window.check_button.isEnabled()


def test_check_needs_addresses(qtbot, memory_keyring, hibp_server):
    hibp.store_key(KEY)
    window = make_window(qtbot, hibp_server)
    window.check_button.click()
    assert "at least one" in window.status.text()
    assert hibp_server.requests == []


def test_leaving_wipes_a_typed_key(qtbot, memory_keyring):
    window = make_window(qtbot)
    window.key_field.setText(KEY)
    window.hide()
    assert window.key_field.text() == ""


def test_render_the_email_screen(qtbot, memory_keyring, hibp_server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = make_window(qtbot, hibp_server, emails=["alice@example.org", "bob@example.org"])
    assert window.grab().save(str(SHOTS / "email-nokey-light.png"))
    hibp.store_key(KEY)
    window.refresh_key_state()
    assert "Checking the keyring" in window.key_status.text()
    assert not window.check_button.isEnabled()
    wait_for_key_state(qtbot, window)
    with qtbot.waitSignal(window.check_finished, timeout=20000):
        window.check_button.click()
    QCoreApplication.sendPostedEvents()  # pending layout requests, before the picture
    assert window.grab().save(str(SHOTS / "email-results-light.png"))


def test_every_control_is_named(qtbot, memory_keyring):
    from tests.ui.test_accessibility import unnamed_controls

    window = make_window(qtbot)
    assert unnamed_controls(window) == []


def test_a_locked_keyring_never_blocks_the_window(qtbot, locked_keyring, hibp_server):
    locked_keyring.set_password(hibp.KEYRING_SERVICE, hibp.KEYRING_USERNAME, KEY)
    window = EmailBreachesWindow(
        emails=["bob@example.org"], http=LiveHttpClient(), hibp_api=hibp_server.url
    )
    qtbot.addWidget(window)
    window.show()
    # The window is up and handling events while the keyring read waits at its prompt: the
    # screen says so, and nothing can be pressed.
    qtbot.waitUntil(lambda: locked_keyring.waiting > 0, timeout=GUARD_MS)
    assert "Checking the keyring" in window.key_status.text()
    assert not window.check_button.isEnabled()
    assert not window.save_key_button.isEnabled()
    locked_keyring.gate.set()
    wait_for_key_state(qtbot, window)
    assert window.has_key and window.check_button.isEnabled()
    # The check reads the key again, also off the UI thread.
    locked_keyring.gate.clear()
    with qtbot.waitSignal(window.check_finished, timeout=GUARD_MS):
        window.check_button.click()
        qtbot.waitUntil(lambda: locked_keyring.waiting > 0, timeout=GUARD_MS)
        assert not window.check_button.isEnabled()
        locked_keyring.gate.set()
    assert dict(window.results) == {"bob@example.org": []}
    assert len(locked_keyring.readers) >= 2
    assert threading.get_ident() not in locked_keyring.readers
