"""The MFA wizard: guides the user to turn on two-step verification for one account, with the
same pages as the device fix wizard (why it matters, one page per step), the service's own
links, a question about recovery codes, and a final "I turned it on" page that records the
method and the date.

Nothing is recorded until the user finishes: cancelling, at any page, leaves the inventory as it
was. The wizard asks for no password or code and keeps none.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDateTime, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from hygiene_app.engine.model import (
    ALL_OSES,
    CheckMeta,
    CheckResult,
    Finding,
    FixGuide,
    FixStep,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.model import Category as CheckCategory
from hygiene_app.services.mfa.catalog import ATTRIBUTION, Service
from hygiene_app.services.mfa.inventory import InventoryError, InventoryStore
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState
from hygiene_app.ui.accounts import name_inner_editor
from hygiene_app.ui.widgets import engine_text, plain_label, plain_titles, wrapped_label
from hygiene_app.ui.wizard import (
    IntroPage,
    StepPage,
    _page_body,
    follow_primary,
    number_pages,
    step_icon,
)

#: The MFA check this wizard answers (MFA-001: offered but not on).
CHECK_ID = "MFA-001"

_SEVERITY = {
    Category.EMAIL: Severity.CRITICAL,
    Category.BANKING: Severity.HIGH,
    Category.SOCIAL: Severity.HIGH,
    Category.WORK: Severity.HIGH,
}

_STORE_ERRORS = (InventoryError, OSError, sqlite3.Error, ValueError, LookupError)


def this_os() -> OSFamily:
    if sys.platform.startswith("win"):
        return OSFamily.WINDOWS
    if sys.platform == "darwin":
        return OSFamily.MACOS
    return OSFamily.LINUX


def _tr(text: str) -> str:
    return QCoreApplication.translate("MfaWizard", text)


def why_it_matters(category: Category) -> str:
    """Why two-step verification matters for this kind of account."""
    why = {
        Category.EMAIL: _tr(
            "Your e-mail is the key to every other account: anyone who gets into it can use "
            "“Forgot password” to take over almost everything else you have."
        ),
        Category.BANKING: _tr(
            "This account moves your money. A stolen password should never be enough to "
            "empty it or pay with it."
        ),
        Category.SOCIAL: _tr(
            "A taken-over social account is used to scam your friends and family, and is "
            "hard to win back."
        ),
        Category.WORK: _tr(
            "A work account opens your employer's systems and data: attackers use one to get "
            "into the whole organisation."
        ),
        Category.SHOPPING: _tr(
            "Shopping accounts keep your card and address: a thief can order with them."
        ),
        Category.CLOUD: _tr("Cloud storage keeps your files and photos, often your backups too."),
    }.get(category, _tr("Anything you sign in to can be taken over with a leaked password."))
    return (
        why
        + "\n\n"
        + _tr(
            "With two-step verification, a stolen or guessed password alone is not enough: "
            "signing in also needs your phone, an app or a security key."
        )
    )


def method_advice() -> str:
    return _tr(
        "Choose the strongest method it offers:\n"
        "1. A security key or passkey: it cannot be phished, because it only answers the real "
        "site.\n"
        "2. An authenticator app: the codes stay on your phone, but a fake site can still ask "
        "you to type one in.\n"
        "3. SMS text messages: better than nothing, but texts can be intercepted and your "
        "number can be moved to a criminal's SIM card.\n"
        "If you can, add a second method as a backup."
    )


def mfa_fix_guide(account: Account, service: Service | None) -> FixGuide:
    """The generic steps, with the service's settings link on the first one."""
    name = account.service
    link = service.link if service is not None else ""
    if not link and account.domain:
        link = f"https://{account.domain}"
    methods = method_advice()
    if service is not None and service.methods:
        offered = ", ".join(engine_text(m.label) for m in service.methods)
        methods += "\n\n" + _tr("{service} offers: {methods}.").format(
            service=name, methods=offered
        )
    steps = (
        FixStep(
            _tr(
                "Sign in to {service} and open its security settings (often called Security, "
                "Sign-in & security, or Privacy & security)."
            ).format(service=name),
            link=link or None,
        ),
        FixStep(
            _tr(
                "Find two-step verification. Services also call it 2-step verification, "
                "two-factor authentication (2FA), multi-factor authentication (MFA) or login "
                "verification. Turn it on."
            )
        ),
        FixStep(methods),
        FixStep(
            _tr(
                "Save the recovery codes it shows you somewhere safe: your password manager "
                "counts (a secure note), or printed and kept with your important papers. They "
                "get you back in if you lose your phone or key. Do not keep them in a plain file "
                "or an e-mail to yourself."
            )
        ),
    )
    return FixGuide(
        title=_tr("Turn on two-step verification for {service}").format(service=name),
        why=why_it_matters(account.category),
        steps=dict.fromkeys(ALL_OSES, steps),
        verify_check=CHECK_ID,
    )


def mfa_check_result(account: Account, guide: FixGuide) -> CheckResult:
    """What the intro page shows as found: this account without (confirmed) MFA."""
    who = f"{account.service} ({account.label})" if account.label else account.service
    if account.mfa is MfaState.OFF:
        summary = _tr("Two-step verification is off for {account}.").format(account=who)
        status = Status.FAIL
    elif account.mfa is MfaState.ON:  # opened to switch from SMS to a stronger method
        summary = _tr(
            "{account} sends its codes by SMS, the weakest method: texts can be intercepted."
        ).format(account=who)
        status = Status.WARN
    else:
        summary = _tr("Nobody has confirmed that two-step verification is on for {account}.")
        summary = summary.format(account=who)
        status = Status.WARN
    severity = _SEVERITY.get(account.category, Severity.MEDIUM)
    meta = CheckMeta(
        id=CHECK_ID,
        title=guide.title,
        category=CheckCategory.TWO_STEP,
        platforms=ALL_OSES,
        weight=8,
        severity=severity,
        leaves_machine="Nothing",
    )
    return CheckResult(meta, Finding(status, summary, severity, fix=guide), 0.0)


def _link_button(text: str, url: str, page: QWizardPage, failed: QLabel) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setAccessibleDescription(page.tr("Opens {link}").format(link=url))
    button.setAutoDefault(False)

    def open_it() -> None:
        if not QDesktopServices.openUrl(QUrl(url)):
            failed.setText(page.tr("The page could not be opened here: {link}").format(link=url))
            failed.show()

    button.clicked.connect(open_it)
    return button


class ServicePage(QWizardPage):
    """The service's own guide and settings page, and the methods it offers."""

    def __init__(self, account: Account, service: Service | None) -> None:
        super().__init__()
        name = account.service
        self.setTitle(self.tr("{service}'s own guide").format(service=name))
        body = _page_body(self, step_icon("step-web"), "step-web")
        self.open_failed = wrapped_label()
        self.open_failed.hide()
        self.buttons: list[QPushButton] = []
        links: list[tuple[str, str]] = []
        if service is not None and service.settings_url:
            links.append((self.tr("Open the settings page"), service.settings_url))
        if service is not None and service.documentation:
            links.append(
                (self.tr("Open {service}'s help page").format(service=name), service.documentation)
            )
        if links:
            body.addWidget(
                wrapped_label(
                    self.tr(
                        "{service} explains on its own pages how to turn on two-step "
                        "verification. Open them in your browser and keep this guide beside "
                        "them."
                    ).format(service=name)
                )
            )
        else:
            body.addWidget(
                wrapped_label(
                    self.tr(
                        "There is no link for {service} in the catalog. Sign in on its website "
                        "and look for Security in your account settings; the next steps help."
                    ).format(service=name)
                )
            )
            if account.domain:
                links.append(
                    (
                        self.tr("Open {domain}").format(domain=account.domain),
                        f"https://{account.domain}",
                    )
                )
        row = QHBoxLayout()
        for text, url in links:
            button = _link_button(text, url, self, self.open_failed)
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        body.addLayout(row)
        body.addWidget(self.open_failed)

        directory = False
        self.offered = wrapped_label()
        self.offered.setObjectName("offeredMethods")
        if service is not None and service.methods:
            directory = service.from_directory
            self.offered.setText(
                self.tr("{service} offers: {methods}. The strongest is first.").format(
                    service=name,
                    methods=", ".join(engine_text(m.label) for m in service.methods),
                )
            )
        else:
            self.offered.setText(
                self.tr(
                    "Which methods {service} offers is not known yet: the app learns it from "
                    "2FA Directory when it can download it."
                ).format(service=name)
            )
        body.addWidget(self.offered)
        if service is not None and service.notes:
            body.addWidget(wrapped_label(service.notes))
        if service is not None and service.recovery:
            directory = True
            body.addWidget(
                wrapped_label(
                    self.tr(
                        "If you ever lose your second factor, {service} explains what to do:"
                    ).format(service=name)
                )
            )
            recovery_row = QHBoxLayout()
            button = _link_button(
                self.tr("Open the account recovery page"),
                service.recovery,
                self,
                self.open_failed,
            )
            self.buttons.append(button)
            recovery_row.addWidget(button)
            recovery_row.addStretch(1)
            body.addLayout(recovery_row)
        if service is not None and service.documentation:
            directory = True
        self.attribution = wrapped_label(engine_text(ATTRIBUTION))
        self.attribution.setObjectName("directoryAttribution")
        self.attribution.setEnabled(False)
        self.attribution.setVisible(directory)
        body.addStretch(1)
        body.addWidget(self.attribution)

    def primary_button(self) -> QPushButton | None:
        """The service's own settings (or help) page: what this page is for."""
        return self.buttons[0] if self.buttons else None


class RecoveryPage(QWizardPage):
    """Are the recovery codes stored safely? The answer is recorded with the account."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Recovery codes"))
        body = _page_body(self, step_icon("step-key"), "step-key")
        body.addWidget(
            wrapped_label(
                self.tr(
                    "Most services give you recovery codes (or a recovery key) when you turn on "
                    "two-step verification. They get you back in if you lose your phone or "
                    "security key."
                )
            )
        )
        self.question = wrapped_label(self.tr("Are your recovery codes stored safely?"), bold=True)
        body.addWidget(self.question)
        self.group = QButtonGroup(self)
        self.answers: dict[QRadioButton, bool | None] = {}
        for text, value in (
            (self.tr("Yes, in my password manager or another safe place"), True),
            (self.tr("No, not yet"), False),
            (self.tr("The service did not give me any"), None),
        ):
            radio = QRadioButton(text)
            radio.setAccessibleName(text)
            radio.setAccessibleDescription(self.question.text())
            self.group.addButton(radio)
            self.answers[radio] = value
            body.addWidget(radio)
        self.yes, self.no, self.not_offered = list(self.answers)
        self.advice = wrapped_label(
            self.tr(
                "Save them now, before you finish: in your password manager (a secure note "
                "counts), or printed and kept with your important papers. Not in a plain file "
                "or an e-mail to yourself. Most services can show new ones in the same settings."
            )
        )
        self.advice.setObjectName("recoveryAdvice")
        self.advice.hide()
        body.addWidget(self.advice)
        body.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self) -> None:
        self.advice.setVisible(self.no.isChecked())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.group.checkedButton() is not None

    def answer(self) -> bool | None:
        checked = self.group.checkedButton()
        return self.answers.get(checked) if isinstance(checked, QRadioButton) else None


class TurnedOnPage(QWizardPage):
    """ "I turned it on": with which method (strongest first), and when."""

    def __init__(
        self, account: Account, service: Service | None, clock: Callable[[], float]
    ) -> None:
        super().__init__()
        self._clock = clock
        self.setTitle(self.tr("I turned it on"))
        self.setFinalPage(True)
        body = _page_body(self, step_icon("step-check"), "step-check")
        body.addWidget(
            wrapped_label(
                self.tr(
                    "Which method did you choose for {service}? The strongest are first; if "
                    "you set up more than one, pick the strongest."
                ).format(service=account.service)
            )
        )
        offered = set(service.methods) if service is not None else set()
        why = {
            Method.SECURITY_KEY: self.tr("Cannot be phished: the strongest."),
            Method.APP: self.tr("Strong: codes stay on your phone."),
            Method.OTHER: self.tr("A prompt on your phone, a card reader or a call."),
            Method.EMAIL: self.tr("Only as safe as your e-mail account."),
            Method.SMS: self.tr("Weakest: texts can be intercepted or redirected."),
        }
        self.group = QButtonGroup(self)
        self.method_buttons: dict[Method, QRadioButton] = {}
        for method in sorted(Method, key=lambda m: m.rank):
            text = engine_text(method.label)
            if method in offered:
                text = self.tr("{method} (offered)").format(method=text)
            radio = QRadioButton(f"{text} — {why[method]}")
            radio.setAccessibleName(text)
            radio.setAccessibleDescription(why[method])
            self.group.addButton(radio)
            self.method_buttons[method] = radio
            body.addWidget(radio)
        self.not_offered = QRadioButton(
            self.tr("{service} does not offer two-step verification").format(
                service=account.service
            )
        )
        self.not_offered.setAccessibleName(self.not_offered.text())
        self.group.addButton(self.not_offered)
        body.addWidget(self.not_offered)

        date_row = QHBoxLayout()
        date_label = plain_label(self.tr("&When:"))
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("When you turned it on"))
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
        body.addLayout(date_row)
        self.error = wrapped_label()
        self.error.setObjectName("recordError")
        self.error.hide()
        body.addWidget(self.error)
        body.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return self.group.checkedButton() is not None

    def choose(self, method: Method) -> None:
        self.method_buttons[method].setChecked(True)

    def state(self) -> MfaState:
        return MfaState.NOT_OFFERED if self.not_offered.isChecked() else MfaState.ON

    def method(self) -> Method | None:
        for method, radio in self.method_buttons.items():
            if radio.isChecked():
                return method
        return None

    def turned_on_at(self) -> float | None:
        """None when the date is today (the store stamps the time), else noon of that day."""
        date = self.date.date()
        if date >= QDateTime.fromSecsSinceEpoch(int(self._clock())).date():
            return None
        return float(QDateTime(date, QTime(12, 0)).toSecsSinceEpoch())


class MfaWizard(QWizard):
    """Guides the user through turning on two-step verification for one account, and records
    the answer when (and only when) the user finishes."""

    #: The account as recorded (an `Account`), just before the wizard closes.
    recorded = Signal(object)

    def __init__(
        self,
        account: Account,
        store: InventoryStore,
        *,
        service: Service | None = None,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if account.id is None:
            raise ValueError("the account must be stored before the wizard can record it")
        self.account = account
        self.store = store
        self.service = service
        self._clock = clock
        self.recorded_account: Account | None = None
        self.os_family = this_os()
        self.guide = mfa_fix_guide(account, service)
        self.check_result = mfa_check_result(account, self.guide)

        self.setWindowTitle(
            self.tr("Two-step verification: {service}").format(service=account.service)
        )
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        plain_titles(self)
        self.setMinimumSize(560, 420)
        self.resize(640, 480)

        self.intro_page = IntroPage(self.check_result, self.guide, self.os_family, auto=False)
        self.addPage(self.intro_page)
        self.service_page = ServicePage(account, service)
        self.addPage(self.service_page)
        steps = self.guide.steps_for(self.os_family)
        self.step_pages = [
            StepPage(
                step,
                n,
                len(steps),
                self.os_family,
                reminder=engine_text(self.check_result.finding.summary),
            )
            for n, step in enumerate(steps, 1)
        ]
        for page in self.step_pages:
            self.addPage(page)
        self.recovery_page = RecoveryPage()
        self.addPage(self.recovery_page)
        self.done_page = TurnedOnPage(account, service, clock)
        self.addPage(self.done_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Record it"))
        number_pages(self)
        follow_primary(self)

    def record(self) -> Account:
        """Write the user's answer to the store (the Finish button)."""
        account_id = self.account.id
        if account_id is None:  # refused in __init__
            raise ValueError("the account is not stored")
        page = self.done_page
        state = page.state()
        method = page.method()
        methods = (method,) if state is MfaState.ON and method is not None else ()
        recovery = self.recovery_page.answer() if state is MfaState.ON else None
        when = page.turned_on_at()
        done = self.store.confirm(account_id, state, methods, recovery_codes_safe=recovery)
        if when is not None and done.confirmed_at != when:
            done = replace(done, confirmed_at=when)
            self.store.update(done)
        return done

    def accept(self) -> None:
        if self.recorded_account is None:
            try:
                self.recorded_account = self.record()
            except _STORE_ERRORS as exc:
                self.done_page.error.setText(
                    self.tr("Could not record it: {error}").format(error=exc)
                )
                self.done_page.error.show()
                return
            self.recorded.emit(self.recorded_account)
        super().accept()


__all__ = [
    "CHECK_ID",
    "MfaWizard",
    "RecoveryPage",
    "ServicePage",
    "TurnedOnPage",
    "mfa_check_result",
    "mfa_fix_guide",
    "why_it_matters",
]
