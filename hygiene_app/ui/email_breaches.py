"""E-mail addresses in known breaches, with the user's own Have I Been Pwned API key.

The key is kept only in the OS keyring. Without a usable keyring the screen says so and offers
no key field: a key typed here would have nowhere safe to live. Every keyring call runs on a
worker thread (a locked keyring may show an unlock prompt and take as long as the user does), and
so do the look-ups, one address after another (the API allows only a few requests a minute per
key).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.probes import HttpClient
from hygiene_app.services.passwords import hibp
from hygiene_app.services.passwords.hibp import KEY_PAGE, EmailBreach
from hygiene_app.ui.background import run_in_background
from hygiene_app.ui.password_lab import SecretLineEdit
from hygiene_app.ui.widgets import engine_text, plain_label, scrolling_column, wrapped_label

#: More addresses than this in one go is not "your own addresses".
MAX_ADDRESSES = 20

#: One keyring call at a time: backends (D-Bus Secret Service above all) are not known to be
#: thread-safe, and a second unlock prompt behind the first helps nobody.
_KEYRING_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class _KeyState:
    usable: bool
    why: str
    has_key: bool


def _read_key_state() -> _KeyState:
    """On a worker thread: whether the keyring is usable and holds a key (not the key)."""
    with _KEYRING_LOCK:
        usable, why = hibp.keyring_usable()
        has_key = bool(hibp.load_key()) if usable else False
    return _KeyState(usable, why, has_key)


def _load_key() -> str | None:
    with _KEYRING_LOCK:
        return hibp.load_key()


def _store_key(key: str) -> None:
    with _KEYRING_LOCK:
        hibp.store_key(key)


class _NoKey:
    """The answer of a check that found no key in the keyring."""


class EmailBreachesWindow(QWidget):
    #: A check ended and its results are shown.
    check_finished = Signal()
    #: One address was answered: (address, list of EmailBreach or an error message).
    address_checked = Signal(str, object)
    #: The keyring answered (after creation, refresh_key_state() or saving a key).
    key_state_known = Signal()

    def __init__(
        self,
        *,
        emails: Sequence[str] = (),
        http: HttpClient | None = None,
        hibp_api: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if http is None:
            from hygiene_app.engine.live import LiveHttpClient

            http = LiveHttpClient()
        self._http = http
        self._hibp_api = hibp_api
        self._running = False
        self._generation = 0
        #: Bumped by every keyring question: only the newest answer is shown.
        self._key_generation = 0
        #: A keyring call (reading the state, saving a key) is on its way.
        self._keyring_busy = False
        #: What the keyring said; both False until it has answered (see `key_known`).
        self.key_known = False
        self.keyring_ok = False
        self.has_key = False
        self._result_widgets: list[QWidget] = []
        #: (address, breaches or error) in the order they were answered.
        self.results: list[tuple[str, list[EmailBreach] | str]] = []
        self.setWindowTitle(self.tr("E-mail addresses in known breaches"))
        self.resize(800, 600)

        body = scrolling_column(self)
        body.addWidget(
            wrapped_label(
                self.tr("Were your e-mail addresses in a breach?"), bold=True, size_delta=3
            )
        )
        body.addWidget(
            wrapped_label(
                self.tr(
                    "Have I Been Pwned keeps a list of known data breaches. Looking up an "
                    "e-mail address needs your own API key, a small paid subscription from "
                    "haveibeenpwned.com. The addresses you type are sent to that service; "
                    "nothing is saved here."
                )
            )
        )

        # --- the key ------------------------------------------------------------------------
        self.key_status = wrapped_label()
        self.key_status.setObjectName("keyStatus")
        self.key_status.setAccessibleName(self.tr("API key status"))
        body.addWidget(self.key_status)
        self.get_key_button = QPushButton(self.tr("How to get a key…"))
        self.get_key_button.setAccessibleName(self.tr("How to get a key"))
        self.get_key_button.setAccessibleDescription(
            self.tr("Opens {page} in your browser").format(page=KEY_PAGE)
        )
        self.get_key_button.setAutoDefault(False)
        self.get_key_button.clicked.connect(self._open_key_page)
        self.key_field = SecretLineEdit()
        self.key_field.setObjectName("apiKeyField")
        self.key_field.setPlaceholderText(self.tr("Paste your API key"))
        self.key_field.setAccessibleName(self.tr("Have I Been Pwned API key"))
        self.key_field.setAccessibleDescription(
            self.tr("Kept only in your system keyring once saved")
        )
        self.save_key_button = QPushButton(self.tr("Save key"))
        self.save_key_button.setAccessibleName(self.tr("Save the key in the keyring"))
        self.save_key_button.setAutoDefault(False)
        self.save_key_button.clicked.connect(self.save_key)
        self.key_row = QWidget()
        key_layout = QHBoxLayout(self.key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_label = plain_label(self.tr("API &key:"))
        key_label.setBuddy(self.key_field)
        key_layout.addWidget(key_label)
        key_layout.addWidget(self.key_field, 1)
        key_layout.addWidget(self.save_key_button)
        body.addWidget(self.key_row)
        key_links = QHBoxLayout()
        key_links.addWidget(self.get_key_button)
        key_links.addStretch(1)
        body.addLayout(key_links)

        # --- the addresses ------------------------------------------------------------------
        addresses_label = wrapped_label(self.tr("Your e-mail addresses, one per line:"))
        body.addWidget(addresses_label)
        self.emails = QPlainTextEdit()
        self.emails.setObjectName("emailList")
        self.emails.setAccessibleName(self.tr("E-mail addresses"))
        self.emails.setAccessibleDescription(self.tr("One address per line"))
        self.emails.setTabChangesFocus(True)
        self.emails.setPlainText("\n".join(e for e in emails if e))
        self.emails.setFixedHeight(self.emails.fontMetrics().lineSpacing() * 4 + 16)
        body.addWidget(self.emails)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setObjectName("checkEmailsButton")
        self.check_button.setAccessibleName(self.tr("Check the addresses"))
        self.check_button.setAccessibleDescription(
            self.tr("Asks Have I Been Pwned about each address above")
        )
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check)
        self.status = wrapped_label()
        self.status.setObjectName("emailStatus")
        self.status.setAccessibleName(self.tr("Check status"))
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.status, 1)
        body.addLayout(check_row)

        # --- results ------------------------------------------------------------------------
        self.results_column = QVBoxLayout()
        self.results_column.setSpacing(6)
        body.addLayout(self.results_column)
        body.addStretch(1)

        self.refresh_key_state()

    # ----- key ----------------------------------------------------------------------------

    def _open_key_page(self) -> None:
        QDesktopServices.openUrl(QUrl(KEY_PAGE))

    def refresh_key_state(self) -> None:
        """Ask the keyring (on a worker) whether it is usable and holds a key; the screen says
        "Checking the keyring…" and keeps its buttons disabled until it answers."""
        self._key_generation += 1
        generation = self._key_generation
        self.key_known = False
        self._keyring_busy = True
        self.key_status.setText(self.tr("Checking the keyring…"))
        self._update_check_button()

        def work(_progress: Callable[[int, int], None]) -> _KeyState:
            return _read_key_state()

        def done(answer: object) -> None:
            if generation != self._key_generation:
                return  # a newer question is on its way
            self._keyring_busy = False
            if not isinstance(answer, _KeyState):
                answer = _KeyState(
                    False,
                    self.tr("the keyring could not be opened ({error})").format(
                        error=type(answer).__name__
                    ),
                    False,
                )
            self._show_key_state(answer)

        run_in_background(self, work, done)

    def _show_key_state(self, state: _KeyState) -> None:
        self.key_known = True
        self.keyring_ok = state.usable
        self.has_key = state.has_key
        self.key_row.setVisible(state.usable)
        if not state.usable:
            self.key_status.setText(
                self.tr(
                    "This computer has no working keyring ({why}), so an API key cannot be "
                    "stored safely and is not asked for. Set up your system's keyring (for "
                    "example GNOME Keyring or KWallet), then come back."
                ).format(why=engine_text(state.why) or self.tr("none found"))
            )
        elif state.has_key:
            self.key_status.setText(
                self.tr(
                    "Your API key is saved in your system keyring. To replace it, paste a new "
                    "one below."
                )
            )
        else:
            self.key_status.setText(
                self.tr(
                    "No API key yet. Get one from haveibeenpwned.com (see below), paste it "
                    "here and save it: it is kept only in your system keyring."
                )
            )
        self.get_key_button.setVisible(not state.has_key)
        self.key_state_known.emit()
        self._update_check_button()

    def save_key(self) -> None:
        if self._keyring_busy:
            return
        key = self.key_field.text().strip()
        if not key:
            self.status.setText(self.tr("Paste the key first."))
            return
        # The key now lives only in the job that hands it to the keyring.
        self.key_field.wipe()
        self._keyring_busy = True
        self.status.setText(self.tr("Saving the key in your system keyring…"))
        self._update_check_button()

        def work(_progress: Callable[[int, int], None]) -> None:
            _store_key(key)

        def done(answer: object) -> None:
            self._keyring_busy = False
            if isinstance(answer, Exception):  # no usable keyring after all, or it refused
                self.status.setText(
                    self.tr("The key could not be saved in the keyring: {why}").format(
                        why=engine_text(str(answer)) or type(answer).__name__
                    )
                )
                self._update_check_button()
                return
            self.status.setText(self.tr("Key saved in your system keyring."))
            self.refresh_key_state()

        run_in_background(self, work, done)

    def _update_check_button(self) -> None:
        idle = self.key_known and not self._keyring_busy
        self.save_key_button.setEnabled(idle and self.keyring_ok)
        self.check_button.setEnabled(
            idle and self.keyring_ok and self.has_key and not self._running
        )

    # ----- checking -----------------------------------------------------------------------

    def addresses(self) -> list[str]:
        seen: dict[str, None] = {}
        for line in self.emails.toPlainText().splitlines():
            address = line.strip()
            if address:
                seen.setdefault(address, None)
        return list(seen)

    def check(self) -> None:
        if self._running or self._keyring_busy or not self.key_known:
            return
        if not (self.keyring_ok and self.has_key):
            self.status.setText(self.tr("Save your API key first."))
            self.refresh_key_state()
            return
        addresses = self.addresses()
        if not addresses:
            self.status.setText(self.tr("Type at least one e-mail address."))
            return
        if len(addresses) > MAX_ADDRESSES:
            self.status.setText(
                self.tr("Check at most {n} addresses at a time.").format(n=MAX_ADDRESSES)
            )
            return
        self._clear_results()
        self._running = True
        self._update_check_button()
        self._generation += 1
        generation = self._generation
        http, base = self._http, self._hibp_api
        self.status.setText(self.tr("Checking…"))

        def lookup(address: str, key: str) -> list[EmailBreach] | str:
            if base is None:
                return hibp.breaches_for(address, key, http)
            return hibp.breaches_for(address, key, http, base_url=base)

        def work(progress: Callable[[int, int], None]) -> object:
            # The key is read here, on the worker: the keyring may be locked and prompt.
            key = _load_key()
            if not key:
                return _NoKey()
            answers: list[tuple[str, list[EmailBreach] | str]] = []
            for number, address in enumerate(addresses, 1):
                try:
                    answers.append((address, lookup(address, key)))
                except Exception as exc:  # say so for this address, go on with the next
                    answers.append((address, f"{type(exc).__name__}: {exc}"))
                progress(number, len(addresses))
            return answers

        def progressed(done: int, total: int) -> None:
            if generation == self._generation:
                self.status.setText(
                    self.tr("Checked {done} of {total}…").format(done=done, total=total)
                )

        def done(answer: object) -> None:
            if generation != self._generation:
                return
            self._running = False
            self._update_check_button()
            if isinstance(answer, _NoKey):
                self.status.setText(self.tr("Save your API key first."))
                self.check_finished.emit()
                self.refresh_key_state()
                return
            if not isinstance(answer, list):
                self.status.setText(self.tr("The check failed: {why}").format(why=answer))
                self.check_finished.emit()
                return
            for address, result in answer:
                self._show_address(address, result)
            found = sum(1 for _a, r in answer if isinstance(r, list) and r)
            self.status.setText(
                self.tr("Done: {found} of {total} addresses appear in known breaches.").format(
                    found=found, total=len(answer)
                )
            )
            self.check_finished.emit()

        run_in_background(self, work, done, progressed)

    # ----- results ------------------------------------------------------------------------

    def _add(self, widget: QWidget) -> None:
        self.results_column.addWidget(widget)
        self._result_widgets.append(widget)

    def _show_address(self, address: str, result: list[EmailBreach] | str) -> None:
        self.results.append((address, result))
        self.address_checked.emit(address, result)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self._add(line)
        if isinstance(result, str):
            self._add(wrapped_label(address, bold=True))
            self._add(
                wrapped_label(self.tr("Could not check: {why}").format(why=engine_text(result)))
            )
            return
        if not result:
            self._add(wrapped_label(address, bold=True))
            self._add(wrapped_label(self.tr("Not found in any known breach. Good news.")))
            return
        self._add(
            wrapped_label(
                (
                    self.tr("{address}: in 1 known breach")
                    if len(result) == 1
                    else self.tr("{address}: in {n} known breaches")
                ).format(address=address, n=len(result)),
                bold=True,
            )
        )
        for breach in result:
            self._add(self._breach_card(breach))

    def _breach_card(self, breach: EmailBreach) -> QWidget:
        card = QWidget()
        card.setObjectName("breachCard")
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 2, 0, 6)
        column.setSpacing(2)
        title = breach.title or breach.name
        heading = (
            self.tr("{title}, {date}").format(title=title, date=breach.date)
            if breach.date
            else title
        )
        column.addWidget(wrapped_label(heading, bold=True))
        if breach.data_classes:
            column.addWidget(
                wrapped_label(
                    self.tr("What leaked: {classes}").format(classes=", ".join(breach.data_classes))
                )
            )
        if breach.advice:
            column.addWidget(
                wrapped_label(
                    self.tr("What to do: {advice}").format(advice=engine_text(breach.advice))
                )
            )
        card.setAccessibleName(heading)
        return card

    def results_text(self) -> str:
        """Every result line as shown, for tests and screen readers' sake of checking."""
        texts: list[str] = []
        for widget in self._result_widgets:
            labels = [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
            texts.extend(label.text() for label in labels)
        return "\n".join(texts)

    def _clear_results(self) -> None:
        self.results = []
        for widget in self._result_widgets:
            self.results_column.removeWidget(widget)
            widget.deleteLater()
        self._result_widgets = []

    # ----- leaving ------------------------------------------------------------------------

    def _leave(self) -> None:
        self.key_field.wipe()
        self._generation += 1
        self._running = False
        self._update_check_button()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self._leave()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave()
        super().closeEvent(event)


__all__ = ["KEY_PAGE", "EmailBreachesWindow"]
