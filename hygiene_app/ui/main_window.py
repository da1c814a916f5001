"""The main window: a sidebar with Home, the six areas, Tools and Settings, and the page chosen.

Built as Windows Security is: the whole product is visible at once, so nobody has to guess that
the password tools sat behind a "Passwords" menu button. A finding opens as a page of its own
(the details pane) with a way back to its area.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.model import Category, CheckResult
from hygiene_app.engine.options import NETWORK_BREACH_CHECK, NETWORK_MFA_DIRECTORY
from hygiene_app.engine.probes import CommandRunner, HttpClient
from hygiene_app.engine.runner import Checkup
from hygiene_app.services.exports import ExportState, delete_all, examine, found_exports, why_not
from hygiene_app.services.machine import Machine
from hygiene_app.services.mfa.model import Account
from hygiene_app.services.mfa.setup import MfaParts
from hygiene_app.services.set_aside import SetAside, active_set_asides
from hygiene_app.services.settings import PERIODIC_CHOICES, Settings
from hygiene_app.ui import theme
from hygiene_app.ui.area_page import AreaPage
from hygiene_app.ui.banner import PolicyBanner, RecordingBanner
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.details import DetailsPane
from hygiene_app.ui.findings_model import CATEGORY_ORDER, FindingsModel, ResultRole
from hygiene_app.ui.home import (
    HomePage,
    apply_theme,
    card_frame,
    checked_line,
    heading,
    make_primary,
)
from hygiene_app.ui.icons import app_icon
from hygiene_app.ui.phish_lesson import LessonCard
from hygiene_app.ui.set_aside_dialog import SetAsideDialog
from hygiene_app.ui.sidebar import HOME, PAGE_KEYS, SETTINGS, TOOLS, Sidebar, page_title
from hygiene_app.ui.widgets import (
    ask,
    engine_text,
    literal_mnemonic,
    plain_label,
    plain_tooltip,
    tell,
    tr_plural,
    wrapped_label,
)

#: Months offered between MFA reviews.
REVIEW_CHOICES = (3, 6, 12)
#: The finding page's key in the stack (not a sidebar entry: it opens from an area).
FINDING = "finding"
#: How many recorded checkups Home's trend draws.
HISTORY_SHOWN = 12
#: How often the header's "Checked 2 minutes ago" is brought up to date, in milliseconds.
CHECKED_LINE_REFRESH_MS = 30_000


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MainWindow", text)


def _scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls rather than cutting text when the window is small or scaled."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class MainWindow(QMainWindow):
    #: The user snoozed, accepted or un-set-aside a finding (the tray recounts).
    set_aside_changed = Signal()
    #: The user chose how often to check in the background: hours, or None for off.
    periodic_requested = Signal(object)

    def __init__(
        self,
        controller: CheckupController,
        *,
        clock: Callable[[], float] = time.time,
        fix_runner: CommandRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        machine = controller.machine
        #: The user's accounts and settings come from the machine being looked at: a
        #: recording has none of this user's (no inventory, settings only in memory).
        self.mfa: MfaParts | None = machine.mfa
        self._store = machine.settings
        self._settings: Settings = self._store.load()
        self._clock = clock
        self._fix_runner = fix_runner
        self._tools: dict[str, QWidget] = {}
        #: The "Set by your organisation" line under each setting the policy locks.
        self.locked_notes: dict[str, QWidget] = {}
        #: Findings checked again since the last full checkup: kept in view.
        self._rechecked_ids: set[str] = set()
        self.setWindowTitle(
            self.tr("Hygiene Checkup: recording of %1").replace("%1", machine.recording.os_name)
            if machine.recording is not None
            else self.tr("Hygiene Checkup")
        )
        self.setWindowIcon(app_icon())
        self.resize(1024, 640)
        self.setMinimumSize(800, 520)
        #: The area the finding page goes back to.
        self._back_to = HOME

        # --- header bar: the app, when it last checked (or how far it is), run / cancel --
        #: When the last full checkup finished (clock time), None before the first.
        self._checked_at: float | None = None
        #: When each finding's verdict was reached (a checkup, or checking it again).
        self._check_times: dict[str, float] = {}
        self.header_title = heading(self.tr("Hygiene Checkup"), theme.TypeRole.SECTION)
        self.run_button = make_primary(QPushButton(self.tr("&Run checkup")))
        self.run_button.setAccessibleDescription(
            self.tr("Checks this computer again")
            if machine.may_change
            else self.tr("Reads the recording again")
        )
        self.run_button.clicked.connect(controller.run_all)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checkup progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        #: "Checked 2 minutes ago", or "Checking… 3 of 24" while a checkup runs.
        self.progress_label = plain_label()
        self.progress_label.setObjectName("checkedLine")
        self.progress_label.setFont(
            theme.scaled_font(self.progress_label.font(), theme.TypeRole.CAPTION)
        )
        self.progress_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Stops the running checkup"))
        self.cancel_button.clicked.connect(controller.cancel)
        #: "Save report…": a Home action (`ui.save_report`), shown while Home is.
        self.save_report_button = QPushButton(self.tr("&Save report…"))
        self.save_report_button.setAccessibleDescription(
            self.tr("Saves this checkup as a PDF or a web page, to keep, print or send")
        )
        self.save_report_button.clicked.connect(lambda _checked=False: self.save_report())
        top = QHBoxLayout()
        top.setContentsMargins(theme.space(2), theme.space(1), 0, theme.space(1))
        top.setSpacing(theme.space(3))
        top.addWidget(self.header_title)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_report_button)
        top.addWidget(self.run_button)
        self._checked_timer = QTimer(self)
        self._checked_timer.setInterval(CHECKED_LINE_REFRESH_MS)
        self._checked_timer.timeout.connect(self._show_checked_line)

        # --- sidebar and pages ------------------------------------------------------------
        self.sidebar = Sidebar()
        self.pages = QStackedWidget()
        self.overview = HomePage()
        self.overview.set_contact(machine.policy.policy.contact)
        self.overview.fix_requested.connect(self.open_fix)
        self.overview.reviews_requested.connect(lambda: self._open_mfa_fix("MFA-002"))
        self.overview.area_requested.connect(self.show_page)
        #: The findings, as the one source the area pages, select() and the actions read.
        self.model = FindingsModel(self)
        self.areas: dict[Category, AreaPage] = {}
        self._page_index: dict[str, int] = {HOME: self.pages.addWidget(_scrolling(self.overview))}
        for area in CATEGORY_ORDER:
            page = AreaPage(area)
            page.fix_requested.connect(self.open_fix)
            page.recheck_requested.connect(self.recheck)
            page.open_requested.connect(self.select)
            self.areas[area] = page
            self._page_index[area.value] = self.pages.addWidget(page)
        self.lesson_card = self._lesson_card()
        self._area_tools()
        self._page_index[TOOLS] = self.pages.addWidget(_scrolling(self._tools_page()))
        self._page_index[SETTINGS] = self.pages.addWidget(_scrolling(self._settings_page()))

        # --- the finding page: details with a way back to its area ------------------------
        self.details = DetailsPane(may_change=machine.may_change, policy=machine.policy.policy)
        self.details.fix_requested.connect(self.open_fix)
        self.details.recheck_requested.connect(self.recheck)
        self.details.set_aside_requested.connect(self.ask_set_aside)
        self.details.set_aside_removed.connect(self.remove_set_aside)
        self.details.delete_requested.connect(self.delete_files)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleDescription(self.tr("Back to the area of this finding"))
        self.back_button.clicked.connect(self._back)
        finding = QWidget()
        finding_layout = QVBoxLayout(finding)
        finding_layout.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), 0)
        finding_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        finding_layout.addWidget(self.details, 1)
        self._page_index[FINDING] = self.pages.addWidget(finding)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.sidebar)
        body.addWidget(self.pages, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(theme.space(2), theme.space(2), theme.space(2), theme.space(2))
        layout.setSpacing(theme.space(2))
        self.recording_banner = RecordingBanner(machine.recording)
        layout.addWidget(self.recording_banner)
        #: Shown when the organisation's policy could not be read (the usual checks apply).
        self.policy_banner = PolicyBanner(machine.policy)
        layout.addWidget(self.policy_banner)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self._store.problem or "")
        if not machine.may_change:
            # Password tools, reminders and periodic checkups are about this computer and its
            # user: a window over a recording offers none of them.
            for key in (TOOLS, SETTINGS):
                self.sidebar.set_available(
                    key, False, self.tr("Not available while looking at a recording")
                )
        self.sidebar.page_chosen.connect(self.show_page)
        self.pages.currentChanged.connect(
            lambda index: self.save_report_button.setVisible(index == self._page_index[HOME])
        )
        self.sidebar.choose(HOME)

        QShortcut(QKeySequence.StandardKey.Refresh, self, controller.run_all)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, controller.cancel)

        controller.started.connect(self._started)
        controller.progressed.connect(self._progressed)
        controller.finished.connect(self._finished)
        controller.rechecked.connect(self._rechecked)
        controller.failed.connect(self._failed)
        self._set_running(False)
        apply_theme(self)
        from hygiene_app.ui.shortcuts import install_window_shortcuts

        install_window_shortcuts(self, run_checkup=controller.run_all)

    @property
    def machine(self) -> Machine:
        return self.controller.machine

    def set_review_months(self, months: int) -> None:
        self._save(lambda s: replace(s, mfa_review_months=months))
        if "MFA-002" in self.controller.registry:
            self.controller.recheck("MFA-002")

    def set_reminders_enabled(self, enabled: bool) -> None:
        self._save(lambda s: replace(s, reminders_enabled=enabled))

    def _tool_entries(self) -> dict[str, tuple[str, str, str, Callable[[], object]]]:
        """Each tool by key: title, what it does, its button's words, what opens it."""
        tools: list[tuple[str, str, str, Callable[[], object]]] = [
            (
                self.tr("Password strength"),
                self.tr(
                    "Rates a password as you type and, if you ask, checks it against known "
                    "breaches. The password never leaves this computer."
                ),
                self.tr("&Test a password…"),
                self.open_password_lab,
            ),
            (
                self.tr("Password manager audit"),
                self.tr(
                    "Reads an export of your password manager and lists weak, reused and "
                    "breached logins, without ever showing a password."
                ),
                self.tr("Audit an e&xport…"),
                self.open_vault_audit,
            ),
            (
                self.tr("E-mail breaches"),
                self.tr("Looks up whether your e-mail addresses appear in known data breaches."),
                self.tr("Check &e-mail addresses…"),
                self.open_email_breaches,
            ),
            (
                self.tr("Accounts"),
                self.tr(
                    "Your important accounts and whether two-step verification is on. No "
                    "passwords or codes are stored."
                ),
                self.tr("Open acc&ounts…"),
                self.open_accounts,
            ),
            (
                self.tr("Spot the phish"),
                self.tr(
                    "A short lesson: ten example messages and pages, and the signs that give a "
                    "phishing one away."
                ),
                self.tr("Spot the &phish…"),
                self.open_phish_lesson,
            ),
            (
                self.tr("Link checker"),
                self.tr(
                    "Tells whether a link looks like phishing, and why. The link is only read, "
                    "never opened, and nothing is sent."
                ),
                self.tr("Check a &link…"),
                self.open_link_checker,
            ),
        ]
        keys = ("lab", "audit", "email", "accounts", "lesson", "link")
        return dict(zip(keys, tools, strict=True))

    def _tool_card(self, key: str) -> tuple[QFrame, QPushButton]:
        """A tool as a card: its name, what it does, and the button that opens it."""
        title, text, action, opener = self._tool_entries()[key]
        card = card_frame()
        words = QVBoxLayout()
        words.setSpacing(theme.space(1))
        words.addWidget(plain_label(title, bold=True, size_delta=1))
        words.addWidget(wrapped_label(text))
        button = QPushButton(action)
        button.setAccessibleDescription(text)
        if key == "email":
            button.setObjectName("emailBreachesButton")
            if not self.network_allowed(NETWORK_BREACH_CHECK):
                # The organisation turned breach look-ups off: the tool says so, and opens not.
                from hygiene_app.ui.organisation import turned_off_feature_text

                off = plain_label(turned_off_feature_text())
                off.setObjectName("caption")
                words.addWidget(off)
                button.setEnabled(False)
                button.setAccessibleDescription(turned_off_feature_text())
        button.clicked.connect(lambda _checked=False, o=opener: o())
        row = QHBoxLayout(card)
        row.setContentsMargins(theme.space(4), theme.space(3), theme.space(4), theme.space(3))
        row.setSpacing(theme.space(4))
        row.addLayout(words, 1)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return card, button

    def _tools_page(self) -> QWidget:
        """Every tool, each with what it does: the menu that hid them is gone."""
        page, layout = _titled_page(page_title(TOOLS))
        self.tool_buttons: dict[str, QPushButton] = {}
        for key, (title, *_rest) in self._tool_entries().items():
            card, button = self._tool_card(key)
            self.tool_buttons[title] = button
            layout.addWidget(card)
        self.tool_buttons[self.tr("Accounts")].setEnabled(self.mfa is not None)
        layout.addStretch(1)
        return page

    def _area_tools(self) -> None:
        """The tools an area's findings lead to, at the foot of its page too: a person
        looking for the password tools opens Passwords as often as Tools. Not over a
        recording, which has no tools."""
        if not self.machine.may_change:
            return
        for area, keys in (
            (Category.PASSWORDS, ("lab", "audit", "email")),
            (Category.PHISHING, ("link",)),
        ):
            for key in keys:
                self.areas[area].add_footer(self._tool_card(key)[0])

    def ask_user_hints(self) -> None:
        """Passwords made of the user's own name or e-mail are easy to guess: the lab and the
        audit rate them weaker when they know these."""
        current = self._store.load()
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Your name and e-mail"),
            self.tr(
                "Your name and e-mail addresses, one per line. They stay on this computer and "
                "only make the password lab stricter about passwords built from them."
            ),
            "\n".join(current.user_hints),
        )
        if ok:
            hints = tuple(line.strip() for line in text.splitlines() if line.strip())
            self._save(lambda s: replace(s, user_hints=hints))

    def _tool_window(self, key: str, make: Callable[[], QWidget]) -> QWidget:
        """One window per tool, created when first opened, dropped (with what it held) when
        closed."""
        window = self._tools.get(key)
        if window is None:
            window = make()
            window.setWindowFlag(Qt.WindowType.Window, True)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: self._tools.pop(key, None))
            self._tools[key] = window
            from hygiene_app.ui.geometry import place_tool_window
            from hygiene_app.ui.shortcuts import install_window_shortcuts

            install_window_shortcuts(window, close_on_escape=True)
            place_tool_window(window, self, key, self.machine)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _http(self) -> HttpClient:
        """What the tools send over the network with: nothing at all in offline mode."""
        from hygiene_app.engine.live import LiveHttpClient

        return LiveHttpClient(offline=self.controller.offline)

    def open_password_lab(self) -> QWidget:
        from hygiene_app.services.passwords.breach import DEFAULT_API
        from hygiene_app.ui.password_lab import PasswordLab

        settings = self._store.load()
        return self._tool_window(
            "lab",
            lambda: PasswordLab(
                user_inputs=settings.user_hints,
                http=self._http(),
                breach_api=settings.breach_api or DEFAULT_API,
                breach_allowed=self.network_allowed(NETWORK_BREACH_CHECK),
                parent=self,
            ),
        )

    def open_vault_audit(self) -> QWidget:
        from hygiene_app.services.passwords.breach import DEFAULT_API
        from hygiene_app.ui.vault_audit import VaultAuditWindow

        settings = self._store.load()
        return self._tool_window(
            "audit",
            lambda: VaultAuditWindow(
                http=self._http(),
                breach_api=settings.breach_api or DEFAULT_API,
                breach_allowed=self.network_allowed(NETWORK_BREACH_CHECK),
                parent=self,
            ),
        )

    def network_allowed(self, feature: str) -> bool:
        """Whether the organisation lets the app use a network feature (`engine.options`)."""
        return feature not in self.machine.policy.policy.network_off()

    def open_email_breaches(self) -> QWidget | None:
        """The e-mail breach lookup; nothing when the organisation turned breach checks off
        (its tool button says so)."""
        if not self.network_allowed(NETWORK_BREACH_CHECK):
            return None
        from hygiene_app.ui.email_breaches import EmailBreachesWindow

        emails = [h for h in self._store.load().user_hints if "@" in h]
        return self._tool_window(
            "email", lambda: EmailBreachesWindow(emails=emails, http=self._http(), parent=self)
        )

    def open_link_checker(self) -> QWidget:
        """The link checker, protecting the user's own account domains too (never a
        recording's: over a replay there are no accounts of this user)."""
        from hygiene_app.ui.link_checker import LinkCheckerWindow

        domains = [a.domain for a in self.mfa.store.accounts()] if self.mfa is not None else []
        return self._tool_window(
            "link", lambda: LinkCheckerWindow(known_domains=domains, parent=self)
        )

    def open_phish_lesson(self) -> QWidget:
        from hygiene_app.ui.phish_lesson import LessonDialog

        def make() -> QWidget:
            dialog = LessonDialog(parent=self)
            dialog.completed.connect(self._phish_lesson_completed)
            return dialog

        return self._tool_window("phish-lesson", make)

    def _phish_lesson_completed(self, _score: int) -> None:
        """Every example answered: the day is kept (and shown on the Phishing area), except
        over a recording, which keeps nothing of this user's."""
        if not self.machine.may_change:
            return
        now = self._clock()
        self._save(lambda s: replace(s, phish_lesson_done_at=now))

    def _lesson_card(self) -> LessonCard:
        """The Phishing area's "Spot the phish" card (not over a recording)."""
        card = LessonCard()
        card.set_done_at(self._settings.phish_lesson_done_at)
        card.open_requested.connect(self.open_phish_lesson)
        self.areas[Category.PHISHING].add_footer(card)
        card.setVisible(self.machine.may_change)
        return card

    def open_accounts(self) -> QWidget | None:
        """The MFA account inventory. Opening it also refreshes the 2FA Directory in the
        background (at most weekly, with a conditional request)."""
        if self.mfa is None:
            return None
        from hygiene_app.ui.accounts import AccountsWindow

        mfa = self.mfa

        def make() -> QWidget:
            window = AccountsWindow(
                mfa.store,
                mfa.catalog,
                directory_status=mfa.directory_status,
                clock=self._clock,
                parent=self,
            )
            window.changed.connect(self._accounts_changed)
            self._refresh_directory(window)
            return window

        return self._tool_window("accounts", make)

    def _refresh_directory(self, window: QWidget) -> None:
        from hygiene_app.engine.live import LiveHttpClient
        from hygiene_app.services.mfa.setup import build_catalog
        from hygiene_app.ui.accounts import AccountsWindow
        from hygiene_app.ui.background import run_in_background

        mfa = self.mfa
        if mfa is None or not isinstance(window, AccountsWindow) or not self.machine.may_change:
            return
        settings = self._store.load()

        def done(answer: object) -> None:
            if isinstance(answer, tuple):
                mfa.catalog, mfa.directory_status = answer
                window.set_catalog(mfa.catalog, mfa.directory_status)

        if self.controller.offline or not self.network_allowed(NETWORK_MFA_DIRECTORY):
            return
        run_in_background(
            window,
            lambda _progress: build_catalog(LiveHttpClient(), settings, refresh=True),
            done,
        )

    def _accounts_changed(self) -> None:
        """The inventory changed: the MFA findings are checked again, one by one."""
        for check_id in ("MFA-001", "MFA-002", "MFA-003", "MFA-004"):
            if check_id in self.controller.registry:
                self.controller.recheck(check_id)
        self._refresh_overview()

    def _open_mfa_fix(self, check_id: str) -> None:
        """MFA findings are fixed in the accounts window: the wizard for an account without
        two-step verification, the confirm dialog for a review, the guide for an empty list."""
        window = self.open_accounts()
        if window is None or self.mfa is None:
            return
        from hygiene_app.services.mfa.model import Method, MfaState
        from hygiene_app.ui.accounts import AccountsWindow

        if not isinstance(window, AccountsWindow):
            return
        accounts = self.mfa.store.accounts()
        if check_id == "MFA-001":
            off = [a for a in accounts if a.mfa is MfaState.OFF] or [
                a for a in accounts if a.mfa is MfaState.UNKNOWN
            ]
            if off and off[0].id is not None:
                window.select(off[0].id)
                window.open_mfa_wizard(off[0].id)
        elif check_id == "MFA-004":
            sms = [a for a in accounts if a.methods == (Method.SMS,)]
            if sms and sms[0].id is not None:
                window.select(sms[0].id)
                window.open_mfa_wizard(sms[0].id)
        elif check_id == "MFA-002":
            due = self._due_reviews()
            if due and due[0].id is not None:
                window.select(due[0].id)
                window.open_confirm(due[0].id)

    def _due_reviews(self) -> list[Account]:
        if self.mfa is None:
            return []
        from hygiene_app.services.mfa.reminders import due_accounts
        from hygiene_app.ui.reminders import local_zone

        months = self._store.load().mfa_review_months
        return due_accounts(self.mfa.store.accounts(), self._clock(), months, local_zone())

    def _settings_page(self) -> QWidget:
        """What the settings menu offered, as a page anyone can find and read."""
        page, layout = _titled_page(page_title(SETTINGS))
        labels = {
            None: self.tr("Off"),
            6: self.tr("Every 6 hours"),
            24: self.tr("Every day"),
            168: self.tr("Every week"),
        }
        self.periodic_box = QComboBox()
        self.periodic_box.setAccessibleName(self.tr("Check automatically"))
        for hours in PERIODIC_CHOICES:
            self.periodic_box.addItem(
                labels.get(hours) or self.tr("Every %1 hours").replace("%1", str(hours)), hours
            )
        scheduled = self._scheduled_hours()
        if scheduled is not None:
            # The organisation's scheduled checkup replaces the app's own: shown as it is.
            from hygiene_app.ui.organisation import every_hours_text

            if self.periodic_box.findData(scheduled) < 0:
                self.periodic_box.addItem(every_hours_text(scheduled), scheduled)
        self.periodic_box.setCurrentIndex(
            max(0, self.periodic_box.findData(self._periodic_shown()))
        )
        self.periodic_box.activated.connect(
            lambda i: self.periodic_requested.emit(self.periodic_box.itemData(i))
        )
        self.review_box = QComboBox()
        self.review_box.setAccessibleName(self.tr("Review two-step verification every"))
        # The organisation's interval (or a hand-edited one) is offered too, so it shows as is.
        current_months = self._settings.mfa_review_months
        for months in sorted({*REVIEW_CHOICES, current_months}):
            self.review_box.addItem(self.tr("%1 months").replace("%1", str(months)), months)
        self.review_box.setCurrentIndex(
            max(0, self.review_box.findData(self._settings.mfa_review_months))
        )
        self.review_box.activated.connect(
            lambda i: self.set_review_months(int(self.review_box.itemData(i)))
        )
        self.reminders_box = QCheckBox(self.tr("Re&mind me of due account reviews"))
        self.reminders_box.setChecked(self._settings.reminders_enabled)
        self.reminders_box.toggled.connect(self.set_reminders_enabled)
        hints = QPushButton(self.tr("Your &name and e-mail…"))
        hints.setAccessibleDescription(
            self.tr("The password tools rate passwords built from them as weaker")
        )
        hints.clicked.connect(self.ask_user_hints)
        form = QFormLayout()
        form.setSpacing(theme.space(3))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(
            plain_label(self.tr("Check &automatically:"), buddy=self.periodic_box),
            self._locked_field(self.periodic_box, "periodic_hours", locked=scheduled is not None),
        )
        form.addRow(
            plain_label(self.tr("Review two-step &verification every:"), buddy=self.review_box),
            self._locked_field(self.review_box, "mfa_review_months"),
        )
        form.addRow(plain_label(), self.reminders_box)
        language = self._language_box()
        form.addRow(plain_label(self.tr("&Language:"), buddy=language), language)
        form.addRow(plain_label(), self.language_note)
        form.addRow(plain_label(self.tr("Password tips:")), hints)
        about = QPushButton(self.tr("A&bout Hygiene Checkup…"))
        about.setObjectName("aboutButton")
        about.setAccessibleDescription(self.tr("Version, licences and privacy"))
        about.clicked.connect(self.show_about)
        form.addRow(plain_label(self.tr("About:")), about)
        layout.addLayout(form)
        from hygiene_app.ui.organisation import PolicySettingsView

        #: What the organisation's policy decides, read only (hidden without a policy).
        self.policy_settings = PolicySettingsView(self.machine.policy.policy, self._check_title)
        layout.addWidget(self.policy_settings)
        layout.addStretch(1)
        return page

    def _language_box(self) -> QComboBox:
        """The "Language" choice: "System default" or a language by its own name; saved at
        once, used from the next start (`ui.language`)."""
        from dataclasses import replace

        from hygiene_app.ui.language import language_choices

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for value, name in language_choices():
            self.language_box.addItem(name, value)
        current = self.language_box.findData(self._settings.language)
        self.language_box.setCurrentIndex(max(0, current))
        self.language_note = plain_label(self.tr("Takes effect at the next start."))
        self.language_note.setObjectName("caption")
        self.language_note.hide()

        def chosen(index: int) -> None:
            value = str(self.language_box.itemData(index))
            self._save(lambda s: replace(s, language=value))
            self.language_note.show()

        self.language_box.activated.connect(chosen)
        return self.language_box

    def _check_title(self, check_id: str) -> str:
        """A check's title in the user's language; its id when this app has no such check."""
        registry = self.controller.registry
        return engine_text(registry.get(check_id).meta.title) if check_id in registry else check_id

    def _scheduled_hours(self) -> int | None:
        """How often the organisation's scheduled checkup runs on this computer (None: it sets
        none, or this is a recording). It replaces the app's own periodic checkup."""
        if not self.machine.may_change:
            return None
        return self.machine.policy.policy.schedule_hours

    def _periodic_shown(self) -> int | None:
        """What "Check automatically" shows: the organisation's schedule, else the user's."""
        scheduled = self._scheduled_hours()
        return scheduled if scheduled is not None else self._settings.periodic_hours

    def _locked_field(self, control: QWidget, setting: str, *, locked: bool = False) -> QWidget:
        """`control` for a setting; when the organisation set it (or `locked`), disabled, with a
        small "Set by your organisation" line under it (the policy's value is what it shows)."""
        if not locked and setting not in self.machine.policy.locked:
            return control
        from hygiene_app.ui.organisation import set_by_organisation_text

        control.setEnabled(False)
        note = plain_label(set_by_organisation_text())
        note.setObjectName("caption")
        note.setFont(theme.scaled_font(note.font(), theme.TypeRole.CAPTION))
        control.setAccessibleDescription(set_by_organisation_text())
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(theme.space(1) // 2)
        column.addWidget(control)
        column.addWidget(note)
        self.locked_notes[setting] = note
        return field

    def show_about(self) -> QWidget:
        from hygiene_app.ui.about import show_about

        return show_about(self)

    # ----- state ------------------------------------------------------------------------

    def _set_aside_now(self) -> dict[str, SetAside]:
        return active_set_asides(self._settings.set_asides, self._clock())

    def _results(self) -> tuple[CheckResult, ...]:
        checkup = self.controller.checkup
        return checkup.results if checkup is not None else ()

    def _refresh_overview(self) -> None:
        # Set-asides mark findings; they never change the score (engine.assessment).
        results = [item.data(ResultRole) for item in self.model.finding_items()]
        self.lesson_card.set_done_at(self._settings.phish_lesson_done_at)
        for page in self.areas.values():
            page.show_results(results, self._set_aside_now(), self._rechecked_ids)
        self.overview.show_results(
            self._results(),
            self.controller.seams.platform.os,
            self._set_aside_now(),
            can_auto_fix=lambda fix: not self.controller.machine.auto_fix_blocker(fix),
            checked_at=self._check_times,
            now=self._clock(),
        )
        if self.mfa is not None:
            from hygiene_app.ui.accounts import review_line

            self.overview.set_review_line(review_line(len(self._due_reviews())))

    def _set_running(self, running: bool) -> None:
        self.run_button.setEnabled(not running)
        self.save_report_button.setEnabled(not running and self.controller.checkup is not None)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        if not running:
            self._show_checked_line()

    def _show_checked_line(self) -> None:
        """ "Checked 2 minutes ago" (kept current by a timer) when no checkup runs."""
        if self.progress.isVisibleTo(self):
            return
        self.progress_label.setText(checked_line(self._checked_at, self._clock()))
        self.overview.tick(self._clock())
        self.progress_label.setToolTip("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_theme(self)

    # ----- controller signals -------------------------------------------------------------

    def _started(self, total: int) -> None:
        self._set_running(True)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress_label.setText(
            self.tr("Checking this computer…")
            if self.machine.may_change
            else self.tr("Reading the recording…")
        )

    def _progressed(self, result: CheckResult, done: int, total: int) -> None:
        self.progress.setValue(done)
        # The header says how far it is; the title of the check just done is a tooltip (a
        # long title would push the header around on every step).
        self.progress_label.setText(
            self.tr("Checking… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        )
        self.progress_label.setToolTip(
            plain_tooltip(self.tr("Last checked: %1").replace("%1", engine_text(result.meta.title)))
        )

    def _finished(self, checkup: Checkup) -> None:
        self._checked_at = self._clock()
        self._check_times = {r.meta.id: self._checked_at for r in checkup.results}
        self._checked_timer.start()
        self._set_running(False)
        self._rechecked_ids.clear()
        shown = self.details.check_id
        self.model.set_results(checkup.results, self._set_aside_now())
        self._refresh_overview()
        if not checkup.cancelled:
            self._remember(checkup)
        if checkup.cancelled:
            self.statusBar().showMessage(self.tr("Checkup cancelled: some checks did not run."))
        else:
            self.statusBar().showMessage(self.tr("Checkup finished."), 8000)
        # The page stays where the user is; the finding page shows the new result.
        self._show_details(shown or self.overview.suggested_check)

    def _rechecked(self, result: CheckResult) -> None:
        shown = self.details.check_id
        self._rechecked_ids.add(result.meta.id)
        self._check_times[result.meta.id] = self._clock()
        self.model.update_result(result)
        self._refresh_overview()
        if shown == result.meta.id:
            self._show_details(shown)
            self.details.set_busy(False)

    def _remember(self, checkup: Checkup) -> None:
        """Record the checkup in the history, off the UI thread (SQLite may wait on a lock the
        command line holds), then show the trend. A recording has no history."""
        history = self.machine.history
        assessment = self.overview.assessment
        if history is None or assessment is None:
            return
        from hygiene_app.services.history import Origin, run_record
        from hygiene_app.ui.background import run_in_background

        record = run_record(checkup.results, assessment.score.value, checkup.started_at, Origin.APP)

        def work(_progress: Callable[[int, int], None]) -> object:
            history.add(record)
            return history.latest(HISTORY_SHOWN)

        def done(answer: object) -> None:
            if isinstance(answer, tuple):
                self.overview.show_history(answer)

        run_in_background(self, work, done)

    def save_report(self, path: str | None = None) -> None:
        """Save the checkup shown as a report; asks where unless `path` is given."""
        from hygiene_app.ui.save_report import save_report

        save_report(self, path)

    def _failed(self, message: str) -> None:
        self._set_running(False)
        tell(self, self.tr("Checkup failed"), message, QMessageBox.Icon.Warning)

    # ----- navigation ---------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Show Home, an area (its Category value), Tools or Settings; the sidebar follows."""
        if key not in self._page_index or (key in PAGE_KEYS and not self.sidebar.is_available(key)):
            return
        if key in PAGE_KEYS and self.sidebar.current_key() != key:
            self.sidebar.choose(key)  # comes back here through page_chosen
            return
        if key in PAGE_KEYS:
            self._back_to = key
        self.pages.setCurrentIndex(self._page_index[key])

    def current_page(self) -> str:
        index = self.pages.currentIndex()
        return next(k for k, i in self._page_index.items() if i == index)

    def _back(self) -> None:
        self.show_page(self._back_to)

    def _show_details(self, check_id: str) -> None:
        item = self.model.item_for(check_id) if check_id else None
        if item is not None:
            self.details.show_result(
                item.data(ResultRole),
                self._set_aside_now().get(check_id),
                os_family=self.controller.seams.platform.os,
            )

    def select(self, check_id: str) -> None:
        """Open the finding page for `check_id` (its area is where Back goes)."""
        item = self.model.item_for(check_id) if check_id else None
        if item is None:
            return
        result: CheckResult = item.data(ResultRole)
        self.show_page(result.meta.category.value)
        self._show_details(check_id)
        self.pages.setCurrentIndex(self._page_index[FINDING])
        self.back_button.setText(
            self.tr("&Back to %1").replace(
                "%1", literal_mnemonic(page_title(result.meta.category.value))
            )
        )

    def recheck(self, check_id: str) -> None:
        if self.details.check_id == check_id:
            self.details.set_busy(True)
        self.controller.recheck(check_id)

    def open_fix(self, check_id: str) -> None:
        if check_id.startswith("MFA-") and self.mfa is not None:
            self._open_mfa_fix(check_id)
            return
        item = self.model.item_for(check_id)
        if item is None:
            return
        result: CheckResult = item.data(ResultRole)
        if result.finding.fix is None:
            return
        from hygiene_app.ui.wizard import FixWizard

        wizard = FixWizard(result, self.controller, runner=self._fix_runner, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    def delete_files(self, check_id: str) -> None:
        """Delete the password exports a finding names, after the user confirms, then check
        again. Never on a recording: those files are on somebody else's computer. Each file is
        looked at when the user is asked and again right before it goes, a link is named as
        one (with the real file it points to), and the user is told what was not deleted."""
        item = self.model.item_for(check_id)
        if item is None or not self.machine.may_change:
            return
        found = found_exports(item.data(ResultRole))
        if not found:
            return
        on_disk = [examine(f) for f in found]
        deletable = [e for e in on_disk if e.deletable]
        left_alone = [f"{e.path}: {why_not(e)}" for e in on_disk if not e.deletable]
        if not deletable:
            tell(self, self.tr("Nothing to delete"), "\n".join(left_alone))
            self.recheck(check_id)
            return
        lines = [
            self.tr("{link} is a link to {target}: {target} (the real file) and the link.")
            .replace("{link}", e.path)
            .replace("{target}", e.target)
            if e.state is ExportState.LINK
            else e.path
            for e in deletable
        ]
        question = self.tr(
            "These files hold passwords in clear text. Delete them for good?\n\n%s\n\n"
            "Make sure the passwords are in your password manager first."
        ).replace("%s", "\n".join(lines))
        if not ask(self, self.tr("Delete the files"), question):
            return
        done = delete_all(deletable, real_files_too=True)
        problems = [f"{d.path}: {d.problem}" for d in done if not d.done] + left_alone
        removed = [p for d in done for p in d.removed]
        if problems:
            text = "\n".join(problems)
            if removed:
                text = (
                    self.tr("Deleted:\n%1\n\nNot deleted:\n%2")
                    .replace("%1", "\n".join(removed))
                    .replace("%2", text)
                )
            tell(self, self.tr("Some files were not deleted"), text, QMessageBox.Icon.Warning)
        else:
            self.statusBar().showMessage(
                tr_plural("Deleted %n file.", "Deleted %n files.", len(removed)) if removed else ""
            )
        self.recheck(check_id)

    def ask_set_aside(self, check_id: str) -> None:
        item = self.model.item_for(check_id)
        if item is None:
            return
        result: CheckResult = item.data(ResultRole)
        policy = self.machine.policy.policy
        if not (policy.may_snooze(check_id) or policy.may_accept(check_id)):
            return
        dialog = SetAsideDialog(
            check_id,
            engine_text(result.meta.title),
            clock=self._clock,
            may_snooze=policy.may_snooze(check_id),
            may_accept=policy.may_accept(check_id),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_set_aside(dialog.set_aside())

    def apply_set_aside(self, item: SetAside) -> None:
        """Set a finding aside, if the organisation lets staff do that with it."""
        if not self.machine.policy.policy.allows(item):
            return
        self._save(lambda s: s.with_set_aside(item))

    def remove_set_aside(self, check_id: str) -> None:
        self._save(lambda s: s.without_set_aside(check_id))

    def _save(self, change: Callable[[Settings], Settings]) -> None:
        """Apply `change` to the stored settings under their lock (the tray, a reminder or
        another window may be saving too: a save of an older copy would undo theirs)."""
        try:
            settings = self._store.update(change)
        except OSError as exc:
            settings = change(self._settings)
            tell(
                self,
                self.tr("Could not save"),
                self.tr("Your choice could not be saved: %s") % (exc.strerror or exc),
                QMessageBox.Icon.Warning,
            )
        self._settings = settings
        self.model.set_set_aside(self._set_aside_now())
        self._refresh_overview()
        self.set_aside_changed.emit()
        check_id = self.details.check_id
        item = self.model.item_for(check_id) if check_id else None
        if item is not None:
            self.details.show_result(
                item.data(ResultRole),
                self._set_aside_now().get(check_id),
                os_family=self.controller.seams.platform.os,
            )

    @property
    def settings(self) -> Settings:
        return self._settings

    def reload_settings(self) -> None:
        """Pick up settings saved elsewhere (the tray's periodic choice, an expiry)."""
        self._settings = self._store.load()
        self.model.set_set_aside(self._set_aside_now())
        self._refresh_overview()
        index = self.periodic_box.findData(self._periodic_shown())
        if index >= 0:
            self.periodic_box.setCurrentIndex(index)

    #: When a tray icon keeps the app running, closing the window only hides it.
    hide_on_close = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_on_close:
            event.ignore()
            self.hide()
            return
        self.controller.cancel()
        super().closeEvent(event)


def _titled_page(title: str) -> tuple[QWidget, QVBoxLayout]:
    """A page of the window: its title on the theme's grid, and the column to fill."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(theme.space(6), theme.space(6), theme.space(6), theme.space(6))
    layout.setSpacing(theme.space(4))
    layout.addWidget(heading(title, theme.TypeRole.TITLE))
    return page, layout
