"""The account inventory: the user's online accounts and whether two-step verification (MFA) is
on for each, with the ways to fill it quickly (a first-run guide over the three kinds of account
that matter most, a catalog search, manual entry, a password-manager export) and to keep it
honest (confirm, the MFA wizard, export and import as JSON).

Only the service, the account's label, its category, the MFA state and dates are kept: never a
password or a code. A password-manager export is read for its services and usernames only.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from hygiene_app.engine.atomic import atomic_write_text
from hygiene_app.engine.i18n import N_, fmt
from hygiene_app.engine.mfa_advice import MethodAdvice, method_advice, stronger_offered
from hygiene_app.engine.model import Status
from hygiene_app.services.mfa.catalog import ATTRIBUTION, Catalog, Service
from hygiene_app.services.mfa.inventory import (
    MAX_TIME,
    InventoryError,
    InventoryStore,
    accounts_from_export,
    valid_time,
)
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState
from hygiene_app.ui.background import run_in_background
from hygiene_app.ui.icons import status_icon
from hygiene_app.ui.table_model import RowsTableModel, WordSearchFilter
from hygiene_app.ui.widgets import (
    ask,
    engine_text,
    literal_mnemonic,
    plain_label,
    plain_titles,
    scrolling_column,
    tr_plural,
    wrapped_label,
)

_Index = QModelIndex | QPersistentModelIndex

#: The account's id in the store (int).
AccountIdRole = Qt.ItemDataRole.UserRole + 1
#: The whole `Account` (for the window and tests).
AccountRole = Qt.ItemDataRole.UserRole + 2
#: What a column sorts by (str, int or float).
SortRole = Qt.ItemDataRole.UserRole + 3
#: Everything the search box matches against (str, case-folded).
SearchRole = Qt.ItemDataRole.UserRole + 4

_DAY = 86_400
_ICON_PX = 20

#: Which status icon stands for each MFA state (always next to its text, never alone).
_STATE_STATUS = {
    MfaState.ON: Status.PASS,
    MfaState.OFF: Status.FAIL,
    MfaState.NOT_OFFERED: Status.SKIPPED,
    MfaState.UNKNOWN: Status.UNKNOWN,
}

#: The kinds of account the first-run guide asks about: the three the article names.
FIRST_RUN_CATEGORIES = (Category.EMAIL, Category.BANKING, Category.SOCIAL)

#: Errors a store edit may raise: shown on the screen, never a crash.
_STORE_ERRORS = (InventoryError, OSError, sqlite3.Error, ValueError, LookupError)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsWindow", text)


def state_icon(state: MfaState) -> QIcon:
    return status_icon(_STATE_STATUS.get(state, Status.UNKNOWN))


def ranked_methods(methods: Iterable[Method | str]) -> list[Method]:
    """`methods` as Method values, best (most phishing-resistant) first, without repeats."""
    out: list[Method] = []
    for item in methods:
        try:
            method = item if isinstance(item, Method) else Method(item)
        except ValueError:
            continue
        if method not in out:
            out.append(method)
    return sorted(out, key=lambda m: m.rank)


def methods_text(methods: Iterable[Method | str]) -> str:
    return ", ".join(engine_text(m.label) for m in ranked_methods(methods))


def _day(seconds: float) -> QDate:
    """The local day of a time already checked by `valid_time`."""
    return QDateTime.fromSecsSinceEpoch(int(seconds)).date()


def relative_date(then: float | None, now: float) -> str:
    """When something happened, as a person says it: "today", "3 weeks ago", "4 months ago".
    A time that is not a date (NaN, infinite, negative, beyond the year 9999) reads "Never"."""
    checked = valid_time(then)
    if checked is None:
        return _tr("Never")
    today = _day(valid_time(now) or (MAX_TIME if now > 0 else 0.0))
    day = _day(checked)
    days = day.daysTo(today)
    if days <= 0:
        return _tr("Today")
    if days == 1:
        return _tr("Yesterday")
    if days < 14:
        return tr_plural("{n} day ago", "{n} days ago", days)
    if days < 61:
        return tr_plural("{n} week ago", "{n} weeks ago", days // 7)
    months = (today.year() - day.year()) * 12 + today.month() - day.month()
    if today.day() < day.day():
        months -= 1
    if months < 12:
        return tr_plural("{n} month ago", "{n} months ago", max(2, months))
    years = months // 12
    return tr_plural("1 year ago", "{n} years ago", years)


def full_date(when: float) -> str:
    """The day as YYYY-MM-DD; "unknown" for a time that is not a date."""
    checked = valid_time(when)
    if checked is None:
        return _tr("unknown")
    return _day(checked).toString(Qt.DateFormat.ISODate)


def review_line(count: int) -> str:
    """The overview's line about due reviews; empty when nothing is due."""
    if count <= 0:
        return ""
    return tr_plural(
        "1 account due for a two-step verification review",
        "{n} accounts due for a two-step verification review",
        count,
    )


def reminder_text(due: Sequence[Account]) -> tuple[str, str]:
    """The tray notification for accounts due for an MFA review: (title, body). Names the
    services, never an account's label (the notification may show on a locked screen)."""
    if not due:
        return "", ""
    names: list[str] = []
    for account in due:
        if account.service not in names:
            names.append(account.service)
    if len(due) == 1:
        title = _tr("Time to check one account's two-step verification")
        body = _tr("Is two-step verification still on for {service}?").format(service=names[0])
    else:
        title = review_line(len(due))
        if len(names) <= 3:
            listed = ", ".join(names)
        else:
            listed = _tr("{names} and {n} more").format(
                names=", ".join(names[:3]), n=len(names) - 3
            )
        body = _tr("Is two-step verification still on for {services}?").format(services=listed)
    body += " " + _tr("Open Hygiene Checkup to confirm.")
    return title, body


def _local_noon(date: QDate) -> float:
    return float(QDateTime(date, QTime(12, 0)).toSecsSinceEpoch())


def _button(text: str, name: str, description: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    button.setAutoDefault(False)
    return button


def name_inner_editor(edit: QDateEdit) -> None:
    """A spin box's own line edit gets the spin box's name (screen readers land on it)."""
    inner = edit.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(edit.accessibleName())


def _open_url(url: str) -> bool:
    return bool(url) and QDesktopServices.openUrl(QUrl(url))


def _web_url(link: str) -> str:
    link = link.strip()
    if not link:
        return ""
    return link if "://" in link else f"https://{link}"


# ----- the table ----------------------------------------------------------------------------


class AccountsModel(RowsTableModel):
    """The inventory, one row per account. Holds no password: the store has none."""

    SERVICE, DOMAIN, LABEL, CATEGORY, MFA, METHOD, CONFIRMED = range(7)

    def __init__(
        self, clock: Callable[[], float] = time.time, parent: QWidget | None = None
    ) -> None:
        super().__init__((), parent)
        self._clock = clock
        self._rows: list[Account] = []
        self._headers = (
            self.tr("Service"),
            self.tr("Website"),
            self.tr("Account"),
            self.tr("Category"),
            self.tr("Two-step verification"),
            self.tr("Method"),
            self.tr("Last confirmed"),
        )

    def set_accounts(self, accounts: Iterable[Account]) -> None:
        self.beginResetModel()
        self._rows = list(accounts)
        self.endResetModel()

    def accounts(self) -> list[Account]:
        return list(self._rows)

    def account(self, row: int) -> Account:
        return self._rows[row]

    def row_for(self, account_id: int) -> int:
        for row, account in enumerate(self._rows):
            if account.id == account_id:
                return row
        return -1

    # ----- Qt model API -----------------------------------------------------------------

    def row_data(self, account: Account, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return state_icon(account.mfa) if column == self.MFA else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.CONFIRMED and account.confirmed_at is not None:
                return self.tr("Confirmed on {date}").format(date=full_date(account.confirmed_at))
            if column == self.MFA and account.recovery_codes_safe is not None:
                codes = (
                    self.tr("Recovery codes stored safely")
                    if account.recovery_codes_safe
                    else self.tr("Recovery codes not stored safely yet")
                )
                return f"{self._display(account, column)}\n{codes}"
            return self._display(account, column) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(account, column) or self.tr("(none)")
        if role == SortRole:
            return self._sort_key(account, column)
        if role == AccountIdRole:
            return account.id
        if role == AccountRole:
            return account
        if role == SearchRole:
            return " ".join(
                (
                    account.service,
                    account.domain,
                    account.label,
                    engine_text(account.category.label),
                    engine_text(account.mfa.label),
                    methods_text(account.methods),
                )
            ).casefold()
        return None

    def _display(self, account: Account, column: int) -> str:
        if column == self.SERVICE:
            return account.service
        if column == self.DOMAIN:
            return account.domain
        if column == self.LABEL:
            return account.label
        if column == self.CATEGORY:
            return engine_text(account.category.label)
        if column == self.MFA:
            return engine_text(account.mfa.label)
        if column == self.METHOD:
            return methods_text(account.methods)
        return relative_date(account.confirmed_at, self._clock())

    def _sort_key(self, account: Account, column: int) -> Any:
        if column == self.MFA:
            # Problems first when ascending: off, unknown, not offered, on.
            order = (MfaState.OFF, MfaState.UNKNOWN, MfaState.NOT_OFFERED, MfaState.ON)
            return order.index(account.mfa) if account.mfa in order else len(order)
        if column == self.METHOD:
            ranked = ranked_methods(account.methods)
            return ranked[0].rank if ranked else 99
        if column == self.CONFIRMED:
            return account.confirmed_at if account.confirmed_at is not None else -1.0
        if column == self.CATEGORY:
            return list(Category).index(account.category)
        return self._display(account, column).casefold()


class AccountsFilter(WordSearchFilter):
    """Filters by the search text (every word must match somewhere) and, optionally, to the
    accounts where two-step verification is not known to be on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._not_on_only = False
        self.setSortRole(SortRole)

    def set_not_on_only(self, on: bool) -> None:
        if on != self._not_on_only:
            self.refilter(lambda: setattr(self, "_not_on_only", on))

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._not_on_only:
            account = index.data(AccountRole)
            if account is not None and account.mfa in (MfaState.ON, MfaState.NOT_OFFERED):
                return False
        return self.matches_search(str(index.data(SearchRole) or ""))


# ----- the first-run guide ------------------------------------------------------------------


class _PickPage(QWizardPage):
    """One kind of account: a tick per service in the catalog, with the e-mail address or name
    the person signs in with."""

    def __init__(self, category: Category, services: Sequence[Service], existing: set[str]) -> None:
        super().__init__()
        self.category = category
        titles = {
            Category.EMAIL: self.tr("Which e-mail services do you use?"),
            Category.BANKING: self.tr("Which banks or payment services?"),
            Category.SOCIAL: self.tr("Which social networks?"),
        }
        why = {
            Category.EMAIL: self.tr(
                "Your e-mail matters most: whoever controls it can reset the password of "
                "almost every other account."
            ),
            Category.BANKING: self.tr("These hold your money."),
            Category.SOCIAL: self.tr(
                "A taken-over profile is used to trick your friends and family."
            ),
        }
        self.setTitle(titles.get(category, engine_text(category.label)))
        column = scrolling_column(self, 0)
        column.addWidget(wrapped_label(why.get(category, "")))
        column.addWidget(
            wrapped_label(
                self.tr(
                    "Tick the ones you use and, if you like, type the e-mail address or name "
                    "you sign in with, to tell accounts apart. No password is asked."
                )
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.rows: list[tuple[Service, QCheckBox, QLineEdit]] = []
        for n, service in enumerate(services):
            known = service.domain.casefold() in existing
            box = QCheckBox(
                literal_mnemonic(
                    self.tr("{service} (already in your list)").format(service=service.name)
                    if known
                    else service.name
                )
            )
            box.setObjectName(f"pick-{service.domain}")
            box.setAccessibleName(service.name)
            box.setAccessibleDescription(
                self.tr("Tick if you have an account at {domain}").format(domain=service.domain)
            )
            label = QLineEdit()
            label.setPlaceholderText(self.tr("E-mail address or name (optional)"))
            label.setAccessibleName(
                self.tr("E-mail address or name for {service}").format(service=service.name)
            )
            label.setEnabled(False)
            label.setClearButtonEnabled(True)
            if known:
                box.setChecked(True)
                box.setEnabled(False)
            else:
                box.toggled.connect(label.setEnabled)
                box.toggled.connect(lambda on, field=label: field.setFocus() if on else None)
            grid.addWidget(box, n, 0)
            grid.addWidget(label, n, 1)
            self.rows.append((service, box, label))
        column.addLayout(grid)
        if not services:
            column.addWidget(
                wrapped_label(self.tr("The catalog lists no services of this kind yet."))
            )
        column.addWidget(
            wrapped_label(self.tr("Not listed? Add it with “Add one…” after this guide."))
        )
        column.addStretch(1)

    def picks(self) -> list[tuple[Service, str]]:
        return [
            (service, field.text().strip())
            for service, box, field in self.rows
            if box.isChecked() and box.isEnabled()
        ]


class _SummaryPage(QWizardPage):
    def __init__(self, guide: FirstRunGuide) -> None:
        super().__init__()
        self._guide = guide
        self.setTitle(self.tr("Add these accounts"))
        column = scrolling_column(self, 0)
        self.text = wrapped_label()
        self.text.setObjectName("firstRunSummary")
        column.addWidget(self.text)
        self.list = wrapped_label()
        self.list.setObjectName("firstRunList")
        column.addWidget(self.list)
        column.addWidget(
            wrapped_label(
                self.tr(
                    "Next, the list shows which of them have two-step verification on. You "
                    "can confirm each one, or let the app guide you to turn it on."
                )
            )
        )
        column.addStretch(1)

    def initializePage(self) -> None:
        picks = self._guide.picks()
        if not picks:
            self.text.setText(
                self.tr("Nothing is ticked: nothing will be added. Press Back to pick some.")
            )
            self.list.setText("")
            return
        self.text.setText(
            self.tr("1 account will be added:")
            if len(picks) == 1
            else self.tr("{n} accounts will be added:").format(n=len(picks))
        )
        self.list.setText(
            "\n".join(f"• {a.service} — {a.label}" if a.label else f"• {a.service}" for a in picks)
        )


class FirstRunGuide(QWizard):
    """Asks which e-mail, banking and social services the person uses, then adds them all at
    once (on accept: the window calls `picks()`)."""

    def __init__(
        self,
        catalog: Catalog,
        existing: Sequence[Account] = (),
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setWindowTitle(self.tr("Add the accounts that matter"))
        plain_titles(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(560, 440)
        self.resize(660, 520)
        known = {a.domain.casefold() for a in existing}
        self.pick_pages = [
            _PickPage(category, catalog.in_category(category), known)
            for category in FIRST_RUN_CATEGORIES
        ]
        for page in self.pick_pages:
            self.addPage(page)
        self.summary_page = _SummaryPage(self)
        self.addPage(self.summary_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Add them"))

    def page_for(self, category: Category) -> _PickPage:
        return next(p for p in self.pick_pages if p.category is category)

    def pick(self, category: Category, domain: str, label: str = "") -> None:
        """Tick a service (as the user would; for tests and demos)."""
        for service, box, field in self.page_for(category).rows:
            if service.domain == domain and box.isEnabled():
                box.setChecked(True)
                field.setText(label)
                return
        raise KeyError(domain)

    def picks(self) -> list[Account]:
        now = self._clock()
        return [
            Account(
                id=None,
                service=service.name,
                domain=service.domain,
                label=label,
                category=page.category,
                mfa=MfaState.UNKNOWN,
                created_at=now,
            )
            for page in self.pick_pages
            for service, label in page.picks()
        ]


# ----- add one ------------------------------------------------------------------------------


class AddAccountDialog(QDialog):
    """One account: picked from the catalog (search with completion) or typed in."""

    def __init__(
        self,
        catalog: Catalog,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._clock = clock
        self._chosen: Service | None = None
        self.setWindowTitle(self.tr("Add an account"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)

        layout.addWidget(wrapped_label(self.tr("Search the catalog"), bold=True))
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(self.tr("Service name or website, e.g. Gmail"))
        self.search.setAccessibleName(self.tr("Search the catalog"))
        self.search.setClearButtonEnabled(True)
        names = sorted({s.name for s in catalog.services})
        self._names = QStringListModel(names, self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._completed)
        self.search.setCompleter(completer)
        self.search.textChanged.connect(self._search)
        layout.addWidget(self.search)

        self.results = QListWidget()
        self.results.setObjectName("catalogResults")
        self.results.setAccessibleName(self.tr("Matching services"))
        self.results.setAccessibleDescription(self.tr("Pick one to fill in the fields below"))
        self.results.currentItemChanged.connect(self._picked)
        layout.addWidget(self.results, 1)

        layout.addWidget(wrapped_label(self.tr("Or type it in"), bold=True))
        form = QFormLayout()
        self.service = QLineEdit()
        self.service.setAccessibleName(self.tr("Service"))
        self.service.setPlaceholderText(self.tr("e.g. My local bank"))
        self.domain = QLineEdit()
        self.domain.setAccessibleName(self.tr("Website"))
        self.domain.setPlaceholderText(self.tr("e.g. mybank.example"))
        self.label = QLineEdit()
        self.label.setAccessibleName(self.tr("Account"))
        self.label.setPlaceholderText(self.tr("E-mail address or name you sign in with"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for category in Category:
            self.category.addItem(engine_text(category.label), category)
        self.category.setCurrentIndex(self.category.findData(Category.OTHER))
        for text, field in (
            (self.tr("&Service:"), self.service),
            (self.tr("&Website:"), self.domain),
            (self.tr("&Account:"), self.label),
            (self.tr("&Category:"), self.category),
        ):
            form.addRow(plain_label(text, buddy=field), field)
        layout.addLayout(form)
        layout.addWidget(wrapped_label(self.tr("Only these are kept: never a password.")))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.service.textChanged.connect(self._update_ok)
        self.service.textEdited.connect(self._forget_choice)
        self.domain.textEdited.connect(self._forget_choice)
        self._update_ok()
        self._search("")

    def _search(self, text: str) -> None:
        self.results.clear()
        found = (
            self._catalog.search(text, limit=20)
            if text.strip()
            else list(self._catalog.services[:60])
        )
        for service in found:
            item = QListWidgetItem(
                f"{service.name} — {service.domain} ({engine_text(service.category.label)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, service)
            self.results.addItem(item)

    def _completed(self, name: str) -> None:
        for service in self._catalog.search(name, limit=20):
            if service.name == name:
                self.choose(service)
                return

    def _picked(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        service = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if isinstance(service, Service):
            self.choose(service)

    def choose(self, service: Service) -> None:
        self._chosen = service
        self.service.setText(service.name)
        self.domain.setText(service.domain)
        self.category.setCurrentIndex(max(0, self.category.findData(service.category)))
        self.label.setFocus()

    def _forget_choice(self) -> None:
        self._chosen = None

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.service.text().strip()))

    def chosen_category(self) -> Category:
        # Qt hands the enum back as its string value.
        try:
            return Category(self.category.currentData())
        except ValueError:
            return Category.OTHER

    def account(self) -> Account:
        domain = self.domain.text().strip().lower()
        for prefix in ("https://", "http://"):
            domain = domain.removeprefix(prefix)
        domain = domain.split("/", 1)[0].removeprefix("www.")
        return Account(
            id=None,
            service=self.service.text().strip(),
            domain=domain,
            label=self.label.text().strip(),
            category=self.chosen_category(),
            mfa=MfaState.UNKNOWN,
            created_at=self._clock(),
        )


# ----- import from a password-manager export ------------------------------------------------


class ImportPreviewDialog(QDialog):
    """The services and usernames found in an export, each with a tick; nothing else."""

    def __init__(
        self,
        accounts: Sequence[Account],
        existing: Sequence[Account] = (),
        *,
        source: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = list(accounts)
        self.setWindowTitle(self.tr("Accounts found in the export"))
        self.resize(600, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        found = (
            self.tr("1 account found in {source}.")
            if len(accounts) == 1
            else self.tr("{n} accounts found in {source}.")
        ).format(n=len(accounts), source=source or self.tr("the export"))
        layout.addWidget(wrapped_label(found, bold=True))
        self.privacy_note = wrapped_label(
            self.tr(
                "Only each login's service and username were taken from the file. Its "
                "passwords are not shown, not added and not kept by this app."
            )
        )
        self.privacy_note.setObjectName("importPrivacyNote")
        layout.addWidget(self.privacy_note)
        layout.addWidget(wrapped_label(self.tr("Untick the ones you do not want in the list.")))
        known = {(a.domain.casefold(), a.label.casefold()) for a in existing}
        self.list = QListWidget()
        self.list.setObjectName("importList")
        self.list.setAccessibleName(self.tr("Accounts to add"))
        self.list.setAccessibleDescription(self.tr("Tick the accounts to add to your list"))
        for n, account in enumerate(self._accounts):
            duplicate = (account.domain.casefold(), account.label.casefold()) in known
            text = f"{account.service} — {account.label}" if account.label else account.service
            if duplicate:
                text += " " + self.tr("(already in your list)")
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if duplicate else Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, n)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.all_button = _button(
            self.tr("Tick all"), self.tr("Tick all"), self.tr("Ticks every account in the list")
        )
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = _button(
            self.tr("Untick all"),
            self.tr("Untick all"),
            self.tr("Unticks every account in the list"),
        )
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "The export file itself holds your passwords in clear text: delete it when "
                    "you are done (and empty the trash)."
                )
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add the ticked accounts"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(self._update_ok)
        self._update_ok()

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for n in range(self.list.count()):
            self.list.item(n).setCheckState(state)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[Account]:
        out = []
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(self._accounts[int(item.data(Qt.ItemDataRole.UserRole))])
        return out


# ----- confirm ------------------------------------------------------------------------------


class ConfirmDialog(QDialog):
    """Say what is true today: MFA on or not, with which methods, since when, and whether the
    recovery codes are somewhere safe."""

    def __init__(
        self,
        account: Account,
        service: Service | None = None,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self._clock = clock
        self.setWindowTitle(self.tr("Confirm: {service}").format(service=account.service))
        self.resize(520, 560)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        who = f"{account.service} — {account.label}" if account.label else account.service
        layout.addWidget(wrapped_label(who, bold=True, size_delta=1))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Sign in to the service's security settings and check. Then say what you saw."
                )
            )
        )

        layout.addWidget(wrapped_label(self.tr("Is two-step verification on?"), bold=True))
        self.state_group = QButtonGroup(self)
        self.state_buttons: dict[MfaState, QRadioButton] = {}
        texts = {
            MfaState.ON: self.tr("Yes, it is on"),
            MfaState.OFF: self.tr("No, it is off"),
            MfaState.NOT_OFFERED: self.tr("The service does not offer it"),
            MfaState.UNKNOWN: self.tr("I don't know"),
        }
        for state in (MfaState.ON, MfaState.OFF, MfaState.NOT_OFFERED, MfaState.UNKNOWN):
            radio = QRadioButton(texts[state])
            radio.setAccessibleName(texts[state])
            self.state_group.addButton(radio)
            self.state_buttons[state] = radio
            layout.addWidget(radio)
        self.state_buttons.get(account.mfa, self.state_buttons[MfaState.UNKNOWN]).setChecked(True)

        self.methods_title = wrapped_label(self.tr("With which methods?"), bold=True)
        layout.addWidget(self.methods_title)
        offered = set(ranked_methods(service.methods)) if service is not None else set()
        self.method_boxes: dict[Method, QCheckBox] = {}
        for method in sorted(Method, key=lambda m: m.rank):
            text = engine_text(method.label)
            if method in offered:
                text += " " + self.tr("(offered)")
            box = QCheckBox(text)
            box.setAccessibleName(engine_text(method.label))
            box.setChecked(method in set(ranked_methods(account.methods)))
            self.method_boxes[method] = box
            layout.addWidget(box)

        self.recovery_title = wrapped_label(
            self.tr("Are your recovery codes stored safely?"), bold=True
        )
        layout.addWidget(self.recovery_title)
        self.recovery = QComboBox()
        self.recovery.setAccessibleName(self.tr("Are your recovery codes stored safely?"))
        self.recovery.addItem(self.tr("Yes (a password manager counts)"), True)
        self.recovery.addItem(self.tr("No, not yet"), False)
        self.recovery.addItem(self.tr("Not offered, or I don't know"), None)
        safe = account.recovery_codes_safe
        self.recovery.setCurrentIndex(2 if safe is None else 0 if safe else 1)
        layout.addWidget(self.recovery)

        date_row = QHBoxLayout()
        date_label = plain_label(self.tr("C&hecked on:"))
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("Checked on"))
        name_inner_editor(self.date)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = QDateTime.fromSecsSinceEpoch(int(clock())).date()
        self.date.setMaximumDate(today)
        self.date.setDate(today)
        date_label.setBuddy(self.date)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        layout.addLayout(date_row)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Confirm"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.state_group.buttonToggled.connect(self._update)
        self._update()

    def state(self) -> MfaState:
        for state, radio in self.state_buttons.items():
            if radio.isChecked():
                return state
        return MfaState.UNKNOWN

    def set_state(self, state: MfaState) -> None:
        self.state_buttons[state].setChecked(True)

    def methods(self) -> tuple[Method, ...]:
        if self.state() is not MfaState.ON:
            return ()
        return tuple(m for m, box in self.method_boxes.items() if box.isChecked())

    def recovery_codes_safe(self) -> bool | None:
        if self.state() is not MfaState.ON:
            return None
        value = self.recovery.currentData()
        return value if isinstance(value, bool) else None

    def confirmed_at(self) -> float | None:
        """None when the date is today (the store stamps the time), else noon of that day."""
        if self.date.date() >= QDateTime.fromSecsSinceEpoch(int(self._clock())).date():
            return None
        return _local_noon(self.date.date())

    def _update(self) -> None:
        on = self.state() is MfaState.ON
        for widget in (self.methods_title, self.recovery_title, self.recovery):
            widget.setEnabled(on)
        for box in self.method_boxes.values():
            box.setEnabled(on)


# ----- the window ---------------------------------------------------------------------------


class AccountsWindow(QWidget):
    """The inventory screen."""

    #: The inventory changed (an add, confirm, remove, import): the MFA checks may differ now.
    changed = Signal()
    #: An export was read and its preview dialog is open (the dialog).
    import_preview_ready = Signal(object)
    #: Reading an export failed; the message is on the screen.
    import_failed = Signal(str)

    def __init__(
        self,
        store: InventoryStore,
        catalog: Catalog,
        *,
        directory_status: str = "",
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self._clock = clock
        self._directory_status = directory_status
        self._guide_offered = False
        self.first_run_guide: FirstRunGuide | None = None
        self.setWindowTitle(self.tr("Your accounts and two-step verification"))
        self.resize(1024, 640)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(
            wrapped_label(
                self.tr("Your accounts and two-step verification"), bold=True, size_delta=3
            )
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Two-step verification (also called 2FA or MFA) keeps an account safe "
                    "even when its password leaks. Keep a list of the accounts that matter and "
                    "whether it is on. The list stays on this computer and holds no passwords "
                    "or codes."
                )
            )
        )

        # --- problems with the store -------------------------------------------------------
        self.problem_frame = QFrame()
        self.problem_frame.setObjectName("inventoryProblem")
        self.problem_frame.setFrameShape(QFrame.Shape.StyledPanel)
        problem_row = QHBoxLayout(self.problem_frame)
        problem_icon = plain_label()
        problem_icon.setPixmap(status_icon(Status.WARN).pixmap(_ICON_PX, _ICON_PX))
        problem_icon.setFixedSize(_ICON_PX, _ICON_PX)
        problem_icon.setAccessibleName(self.tr("Warning"))
        problem_row.addWidget(problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.problem = wrapped_label()
        self.problem.setObjectName("inventoryProblemText")
        self.problem.setAccessibleName(self.tr("Problem with the saved list"))
        problem_row.addWidget(self.problem, 1)
        layout.addWidget(self.problem_frame)

        # --- adding ------------------------------------------------------------------------
        self.guide_button = _button(
            self.tr("Add accounts…"),
            self.tr("Add accounts"),
            self.tr("A short guide through your e-mail, banking and social accounts"),
        )
        self.guide_button.setObjectName("addAccountsButton")
        self.guide_button.clicked.connect(self.open_first_run_guide)
        self.add_button = _button(
            self.tr("Add one…"),
            self.tr("Add one account"),
            self.tr("Search the catalog of services, or type one in"),
        )
        self.add_button.setObjectName("addOneButton")
        self.add_button.clicked.connect(self.open_add_one)
        self.import_export_button = _button(
            self.tr("Import from a password-manager export…"),
            self.tr("Import from a password-manager export"),
            self.tr("Adds the services and usernames of a CSV export; passwords are not kept"),
        )
        self.import_export_button.setObjectName("importExportButton")
        self.import_export_button.clicked.connect(self.choose_password_export)
        self.export_json_button = _button(
            self.tr("Export…"),
            self.tr("Export the list"),
            self.tr("Saves the list as a JSON file (no passwords: the list has none)"),
        )
        self.export_json_button.clicked.connect(self.choose_json_export)
        self.import_json_button = _button(
            self.tr("Import…"),
            self.tr("Import a list"),
            self.tr("Adds the accounts of a JSON file exported from this app"),
        )
        self.import_json_button.clicked.connect(self.choose_json_import)
        add_row = QHBoxLayout()
        add_row.addWidget(self.guide_button)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.import_export_button)
        add_row.addStretch(1)
        add_row.addWidget(self.export_json_button)
        add_row.addWidget(self.import_json_button)
        layout.addLayout(add_row)

        # --- search and filter -------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setPlaceholderText(self.tr("Search by service, website or account"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.setClearButtonEnabled(True)
        search_label = plain_label(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(self.tr("Show"))
        self.filter_box.addItem(self.tr("All accounts"), False)
        self.filter_box.addItem(self.tr("Two-step verification not on"), True)
        show_label = plain_label(self.tr("S&how:"))
        show_label.setBuddy(self.filter_box)
        self.search.setMinimumWidth(200)
        self.summary = wrapped_label()
        self.summary.setObjectName("inventorySummary")
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.summary.setAccessibleName(self.tr("Summary"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(search_label)
        filter_row.addWidget(self.search, 2)
        filter_row.addSpacing(8)
        filter_row.addWidget(show_label)
        filter_row.addWidget(self.filter_box)
        filter_row.addSpacing(8)
        filter_row.addWidget(self.summary, 3)
        layout.addLayout(filter_row)

        # --- table -------------------------------------------------------------------------
        self.model = AccountsModel(clock, self)
        self.proxy = AccountsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_search)
        self.filter_box.currentIndexChanged.connect(
            lambda: self.proxy.set_not_on_only(bool(self.filter_box.currentData()))
        )
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Your accounts"))
        self.table.setAccessibleDescription(
            self.tr(
                "One line per account: service, website, account, category, two-step "
                "verification, method and when it was last confirmed"
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in (
            (AccountsModel.SERVICE, 160),
            (AccountsModel.DOMAIN, 115),
            (AccountsModel.CATEGORY, 130),
            (AccountsModel.MFA, 170),
            (AccountsModel.METHOD, 140),
            (AccountsModel.CONFIRMED, 115),
        ):
            # Never narrower than its title ("Verificación en dos pasos" is longer than the
            # English the widths were chosen for).
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(AccountsModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(AccountsModel.MFA, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)

        # --- the selected account -----------------------------------------------------------
        self.wizard_button = _button(
            self.tr("Turn on two-step verification…"),
            self.tr("Turn on two-step verification"),
            self.tr("A step-by-step guide for the selected account"),
        )
        self.wizard_button.setObjectName("mfaWizardButton")
        self.wizard_button.clicked.connect(lambda: self.open_mfa_wizard())
        self.stronger_button = _button(
            self.tr("Switch to a stronger method…"),
            self.tr("Switch to a stronger method"),
            self.tr(
                "A step-by-step guide to replace SMS codes with an authenticator app or a "
                "security key for the selected account"
            ),
        )
        self.stronger_button.setObjectName("strongerMethodButton")
        self.stronger_button.hide()
        self.stronger_button.clicked.connect(self._open_stronger)
        self.confirm_button = _button(
            self.tr("Confirm…"),
            self.tr("Confirm the state"),
            self.tr("Record whether two-step verification is on for the selected account"),
        )
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(lambda: self.open_confirm())
        self.remove_button = _button(
            self.tr("Remove"),
            self.tr("Remove the account"),
            self.tr("Removes the selected account from the list, after asking"),
        )
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.ask_remove)
        self.settings_button = _button(
            self.tr("Open its settings page"),
            self.tr("Open the service's settings page"),
            self.tr("Opens the selected service's security settings in your browser"),
        )
        self.settings_button.setObjectName("openServiceSettings")
        self.settings_button.clicked.connect(self._open_selected_settings)
        action_row = QHBoxLayout()
        action_row.addWidget(self.wizard_button)
        action_row.addWidget(self.stronger_button)
        action_row.addWidget(self.confirm_button)
        action_row.addWidget(self.remove_button)
        action_row.addStretch(1)
        action_row.addWidget(self.settings_button)
        layout.addLayout(action_row)

        self.details = wrapped_label()
        self.details.setObjectName("serviceDetails")
        self.details.setAccessibleName(self.tr("About the selected service"))
        layout.addWidget(self.details)
        self.attribution = wrapped_label(engine_text(ATTRIBUTION))
        self.attribution.setObjectName("directoryAttribution")
        self.attribution.setEnabled(False)  # the palette's quieter text, still readable
        layout.addWidget(self.attribution)

        self.status = wrapped_label()
        self.status.setObjectName("accountsStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.hide()
        layout.addWidget(self.status)
        self.directory_status = wrapped_label()
        self.directory_status.setObjectName("directoryStatus")
        self.directory_status.setAccessibleName(self.tr("Catalog status"))
        self.directory_status.setEnabled(False)
        layout.addWidget(self.directory_status)

        self.set_directory_status(directory_status)
        self.refresh()

    # ----- state ------------------------------------------------------------------------

    def set_directory_status(self, text: str) -> None:
        """Where the catalog's data comes from (e.g. "2FA Directory updated 2 days ago")."""
        self._directory_status = text
        self.directory_status.setText(engine_text(text) if text else "")
        self.directory_status.setVisible(bool(text))

    def set_catalog(self, catalog: Catalog, directory_status: str = "") -> None:
        """A newer catalog (the directory arrived in the background)."""
        self.catalog = catalog
        self.set_directory_status(directory_status)
        self._show_selected()

    def refresh(self) -> None:
        """Read the store again and show it, keeping the selection."""
        selected = self.selected_account()
        try:
            accounts = self.store.accounts()
        except _STORE_ERRORS as exc:
            accounts = []
            self.show_status(self.tr("The list could not be read: {error}").format(error=exc))
        self.model.set_accounts(accounts)
        problem = self.store.problem
        self.problem.setText(problem)
        self.problem_frame.setVisible(bool(problem))
        self._update_summary(accounts)
        if selected is not None and selected.id is not None:
            self.select(selected.id)
        self._show_selected()

    def _update_summary(self, accounts: Sequence[Account]) -> None:
        total = len(accounts)
        if not total:
            self.summary.setText(self.tr("No accounts yet"))
            return
        on = sum(1 for a in accounts if a.mfa is MfaState.ON)
        off = sum(1 for a in accounts if a.mfa is MfaState.OFF)
        unknown = sum(1 for a in accounts if a.mfa is MfaState.UNKNOWN)
        # Each count with its own plural ("1 desactivada", never "1 desactivadas").
        states = ", ".join(
            (
                tr_plural("{n} on", "{n} on", on),
                tr_plural("{n} off", "{n} off", off),
                tr_plural("{n} not confirmed", "{n} not confirmed", unknown),
            )
        )
        label = tr_plural("1 account", "{n} accounts", total)
        self.summary.setText(engine_text(fmt(N_("{label}: {value}"), label=label, value=states)))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def selected_account(self) -> Account | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        account = indexes[0].data(AccountRole)
        return account if isinstance(account, Account) else None

    def select(self, account_id: int) -> bool:
        row = self.model.row_for(account_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def service_for(self, account: Account) -> Service | None:
        return self.catalog.by_domain(account.domain) if account.domain else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        account = self.selected_account()
        has = account is not None
        self.confirm_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.wizard_button.setEnabled(
            account is not None and account.mfa not in (MfaState.ON, MfaState.NOT_OFFERED)
        )
        service = self.service_for(account) if account is not None else None
        self.stronger_button.setVisible(
            account is not None and self.method_advice(account, service) is MethodAdvice.SWITCH
        )
        link = ""
        if service is not None:
            link = _web_url(service.settings_url or service.documentation)
        self.settings_button.setVisible(bool(link))
        self.settings_button.setProperty("url", link)
        if account is None:
            self.details.setText(
                self.tr("Select an account to confirm it or to turn on two-step verification.")
                if self.model.rowCount()
                else self.tr(
                    "Start with “Add accounts…”: it asks which e-mail, banking and social "
                    "services you use."
                )
            )
            self.details.show()
            self.attribution.hide()
            return
        lines: list[str] = []
        directory_data = False
        if service is not None and service.methods:
            lines.append(
                self.tr("{service} offers: {methods}.").format(
                    service=service.name, methods=methods_text(service.methods)
                )
            )
            directory_data = service.from_directory
        elif service is not None and service.documentation:
            directory_data = service.from_directory
        elif service is None:
            lines.append(
                self.tr("{service} is not in the catalog: look for its security settings.").format(
                    service=account.service
                )
            )
        if service is not None and service.notes:
            lines.append(service.notes)
        advice_line = self.method_advice_text(account, service)
        if advice_line:
            lines.append(advice_line)
        if account.mfa is MfaState.ON and account.recovery_codes_safe is False:
            lines.append(
                self.tr(
                    "Your recovery codes are not stored safely yet: put them in your password "
                    "manager."
                )
            )
        self.details.setText("\n".join(lines))
        self.details.setVisible(bool(lines))
        show_attribution = directory_data and self.catalog.has_directory
        self.attribution.setVisible(show_attribution)

    @staticmethod
    def method_advice(account: Account, service: Service | None) -> MethodAdvice:
        """The one rule (engine/mfa_advice.py) the MFA-004 check uses too."""
        offered = service.methods if service is not None else ()
        return method_advice(
            account.mfa.value, (m.value for m in account.methods), (m.value for m in offered)
        )

    def _open_stronger(self) -> None:
        account = self.selected_account()
        if account is not None and account.id is not None:
            self.open_mfa_wizard(account.id)

    def method_advice_text(self, account: Account, service: Service | None) -> str:
        """The advice on this account's method, from the same rule as the MFA-004 check."""
        offered = service.methods if service is not None else ()
        advice = self.method_advice(account, service)
        name = service.name if service is not None else account.service
        if advice is MethodAdvice.SWITCH:
            better = [Method(m) for m in stronger_offered(m.value for m in offered)]
            return self.tr(
                "SMS is the weakest method: codes sent by text can be intercepted. Switch to "
                "{better}."
            ).format(better=methods_text(better))
        if advice is MethodAdvice.LOOK:
            return self.tr(
                "SMS is the weakest method: codes sent by text can be intercepted. Switch to an "
                "authenticator app or a security key if {service} offers one."
            ).format(service=name)
        if advice is MethodAdvice.BEST_OFFERED:
            return self.tr(
                "{service} offers nothing stronger than SMS codes: keep them, they are far "
                "better than no second step."
            ).format(service=name)
        return ""

    def _open_selected_settings(self) -> None:
        url = str(self.settings_button.property("url") or "")
        if url and not _open_url(url):
            self.show_status(self.tr("The page could not be opened here: {url}").format(url=url))

    def _activated(self, index: QModelIndex) -> None:
        account = index.data(AccountRole)
        if not isinstance(account, Account) or account.id is None:
            return
        if account.mfa in (MfaState.OFF, MfaState.UNKNOWN):
            self.open_mfa_wizard(account.id)
        else:
            self.open_confirm(account.id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._guide_offered:
            self._guide_offered = True
            if self.model.rowCount() == 0 and not self.store.problem:
                QTimer.singleShot(0, self._offer_guide)

    def _offer_guide(self) -> None:
        if self.isVisible() and self.model.rowCount() == 0 and self.first_run_guide is None:
            self.open_first_run_guide()

    # ----- editing ----------------------------------------------------------------------

    def _edit(self, what: Callable[[], object]) -> object | None:
        """Run one store edit; show a failure instead of raising. Refreshes and emits
        `changed` either way (a failed edit may still have changed something)."""
        try:
            value = what()
        except _STORE_ERRORS as exc:
            self.show_status(self.tr("Could not save the change: {error}").format(error=exc))
            value = None
        self.refresh()
        self.changed.emit()
        return value

    def add_accounts(self, accounts: Sequence[Account]) -> list[Account]:
        if not accounts:
            return []
        added = self._edit(lambda: self.store.add_many(accounts))
        if not isinstance(added, list):
            return []
        self.show_status(tr_plural("Added 1 account.", "Added {n} accounts.", len(added)))
        return added

    def open_first_run_guide(self) -> FirstRunGuide:
        if self.first_run_guide is not None:
            self.first_run_guide.raise_()
            return self.first_run_guide
        guide = FirstRunGuide(self.catalog, self.model.accounts(), clock=self._clock, parent=self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.accepted.connect(lambda: self.add_accounts(guide.picks()))
        guide.finished.connect(lambda _r: setattr(self, "first_run_guide", None))
        self.first_run_guide = guide
        guide.open()
        return guide

    def open_add_one(self) -> AddAccountDialog:
        dialog = AddAccountDialog(self.catalog, clock=self._clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_accounts([dialog.account()]))
        dialog.open()
        return dialog

    def choose_password_export(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the password-manager export"),
            str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.read_password_export(Path(path))

    def read_password_export(self, path: Path) -> None:
        """Read services and usernames from `path` in the background, then show the preview."""
        self.import_export_button.setEnabled(False)
        self.show_status(self.tr("Reading {name}…").format(name=path.name))
        catalog = self.catalog

        def work(_progress: Callable[[int, int], None]) -> object:
            return accounts_from_export(path, catalog)

        run_in_background(self, work, lambda answer: self._export_read(path, answer))

    def _export_read(self, path: Path, answer: object) -> None:
        self.import_export_button.setEnabled(True)
        if isinstance(answer, BaseException) or not isinstance(answer, list):
            message = self.tr("{name} could not be read: {error}").format(
                name=path.name, error=str(answer) or type(answer).__name__
            )
            self.show_status(message)
            self.import_failed.emit(message)
            return
        if not answer:
            self.show_status(self.tr("No logins found in {name}.").format(name=path.name))
            self.import_failed.emit(self.status.text())
            return
        self.show_status("")
        dialog = ImportPreviewDialog(answer, self.model.accounts(), source=path.name, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_accounts(dialog.selected()))
        dialog.open()
        self.import_preview_ready.emit(dialog)

    def _account(self, account_id: int | None) -> Account | None:
        if account_id is None:
            return self.selected_account()
        row = self.model.row_for(account_id)
        return self.model.account(row) if row >= 0 else None

    def open_confirm(self, account_id: int | None = None) -> ConfirmDialog | None:
        account = self._account(account_id)
        if account is None or account.id is None:
            return None
        dialog = ConfirmDialog(account, self.service_for(account), clock=self._clock, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_confirmation(dialog))
        dialog.open()
        return dialog

    def apply_confirmation(self, dialog: ConfirmDialog) -> None:
        account_id = dialog.account.id
        if account_id is None:
            return
        when = dialog.confirmed_at()

        def confirm() -> Account:
            done = self.store.confirm(
                account_id,
                dialog.state(),
                dialog.methods(),
                recovery_codes_safe=dialog.recovery_codes_safe(),
            )
            if when is not None and done.confirmed_at != when:
                done = replace(done, confirmed_at=when)
                self.store.update(done)
            return done

        if self._edit(confirm) is not None:
            self.show_status(
                self.tr("Confirmed: {service}.").format(service=dialog.account.service)
            )

    def open_mfa_wizard(self, account_id: int | None = None) -> QWizard | None:
        account = self._account(account_id)
        if account is None or account.id is None:
            return None
        from hygiene_app.ui.mfa_wizard import MfaWizard

        wizard = MfaWizard(
            account, self.store, service=self.service_for(account), clock=self._clock, parent=self
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.recorded.connect(self._wizard_recorded)
        wizard.open()
        return wizard

    def _wizard_recorded(self, account: object) -> None:
        self.refresh()
        self.changed.emit()
        if isinstance(account, Account):
            self.show_status(self.tr("Recorded: {service}.").format(service=account.service))

    def ask_remove(self) -> None:
        account = self.selected_account()
        if account is None or account.id is None:
            return
        who = f"{account.service} ({account.label})" if account.label else account.service
        if ask(
            self,
            self.tr("Remove the account"),
            self.tr(
                "Remove {account} from the list? This only changes this list, not the account "
                "itself."
            ).format(account=who),
        ):
            self.remove_account(account.id)

    def remove_account(self, account_id: int) -> None:
        self._edit(lambda: self.store.remove(account_id))

    # ----- JSON -------------------------------------------------------------------------

    def choose_json_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list"),
            str(Path.home() / "accounts.json"),
            self.tr("JSON files (*.json);;All files (*)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            doc = self.store.export_json()
            atomic_write_text(path, json.dumps(doc, indent=2, ensure_ascii=False))
        except _STORE_ERRORS as exc:
            self.show_status(self.tr("Could not export the list: {error}").format(error=exc))
            return False
        self.show_status(self.tr("Saved the list to {path}.").format(path=str(path)))
        return True

    def choose_json_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a list"),
            str(Path.home()),
            self.tr("JSON files (*.json);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> int:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except RecursionError:
            # Nested too deeply to parse ("[[[[..."): not an export.
            self.show_status(
                self.tr("{name} could not be read: it is not a valid list export.").format(
                    name=path.name
                )
            )
            return 0
        except (OSError, ValueError) as exc:  # incl. UnicodeDecodeError, JSONDecodeError
            self.show_status(
                self.tr("{name} could not be read: {error}").format(name=path.name, error=exc)
            )
            return 0
        added = self._edit(lambda: self.store.import_json(doc))
        if not isinstance(added, int):
            return 0
        self.show_status(tr_plural("Imported 1 account.", "Imported {n} accounts.", added))
        return added

    def close_dialogs(self) -> None:
        """Close the guide and any open dialog (tests, quitting)."""
        for child in self.findChildren(QDialog):
            with contextlib.suppress(RuntimeError):
                child.reject()
