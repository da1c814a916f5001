"""The MFA wizard: the device-fix wizard's intro and step pages for one account, the service's own
links, the recovery-code question, and "I turned it on" recording the method, the date and the
answer; cancelling records nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

from hygiene_app.services.mfa.catalog import ATTRIBUTION, Catalog, Service, starter_catalog
from hygiene_app.services.mfa.inventory import InventoryStore
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState
from hygiene_app.ui.accounts import AccountsWindow
from hygiene_app.ui.mfa_wizard import (
    MfaWizard,
    RecoveryPage,
    ServicePage,
    TurnedOnPage,
    mfa_fix_guide,
    why_it_matters,
)
from hygiene_app.ui.wizard import IntroPage, StepPage
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_accounts import NOW, SHOTS, Clock, demo_accounts

GOOGLE_DIRECTORY = Service(
    "Google",
    "google.com",
    Category.OTHER,
    documentation="https://support.google.com/accounts/answer/185839",
    recovery="https://support.google.com/accounts/answer/185834",
    methods=(Method.SECURITY_KEY, Method.APP, Method.SMS),
)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def catalog() -> Catalog:
    return Catalog.merged(starter_catalog(), {"google.com": GOOGLE_DIRECTORY})


@pytest.fixture
def store(tmp_path, clock):
    store = InventoryStore(tmp_path / "inventory.sqlite3", clock=clock)
    store.add_many(demo_accounts())
    yield store
    store.close()


def account(store: InventoryStore, domain: str) -> Account:
    return next(a for a in store.accounts() if a.domain == domain)


def make_wizard(qtbot, store, catalog, clock, domain="yahoo.com") -> MfaWizard:
    acc = account(store, domain)
    wizard = MfaWizard(acc, store, service=catalog.by_domain(acc.domain), clock=clock)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def go_to(wizard: QWizard, page_type: type) -> None:
    while not isinstance(wizard.currentPage(), page_type):
        assert wizard.nextId() != -1, f"no {page_type.__name__} page"
        wizard.next()


def test_pages_reuse_the_fix_wizard_and_end_with_i_turned_it_on(qtbot, store, catalog, clock):
    wizard = make_wizard(qtbot, store, catalog, clock, "google.com")
    pages = [wizard.page(i) for i in wizard.pageIds()]
    assert [type(p) for p in pages] == [
        IntroPage,
        ServicePage,
        StepPage,
        StepPage,
        StepPage,
        StepPage,
        RecoveryPage,
        TurnedOnPage,
    ]
    intro = wizard.intro_page
    assert "E-mail" not in intro.title()
    assert "every other account" in intro.why.text()
    assert "Google Account (Gmail)" in intro.found.text()
    steps = [p.text.text() for p in wizard.step_pages]
    assert "security settings" in steps[0]
    assert "Find two-step verification" in steps[1]
    assert steps[2].index("security key or passkey") < steps[2].index("authenticator app")
    assert steps[2].index("authenticator app") < steps[2].index("SMS")
    assert "Google Account (Gmail) offers: Security key or passkey" in steps[2]
    assert "password manager" in steps[3] and "recovery codes" in steps[3]
    # The first step opens the service's own settings page.
    assert wizard.step_pages[0].open_button is not None
    assert wizard.done_page.title() == "I turned it on"


def test_the_service_page_links_its_own_guide_with_the_attribution(qtbot, store, catalog, clock):
    wizard = make_wizard(qtbot, store, catalog, clock, "google.com")
    go_to(wizard, ServicePage)
    page = wizard.service_page
    texts = [b.text() for b in page.buttons]
    assert texts == [
        "Open the settings page",
        "Open Google Account (Gmail)'s help page",
        "Open the account recovery page",
    ]
    assert page.offered.isVisible()
    assert page.attribution.isVisible() and page.attribution.text() == ATTRIBUTION


def test_without_directory_data_there_is_no_attribution(qtbot, store, clock):
    catalog = Catalog.merged(starter_catalog(), None)
    wizard = make_wizard(qtbot, store, catalog, clock, "yahoo.com")
    go_to(wizard, ServicePage)
    assert [b.text() for b in wizard.service_page.buttons] == ["Open the settings page"]
    # The starter catalog's own methods owe 2FA Directory no attribution.
    assert "Yahoo Mail offers: Security key or passkey" in wizard.service_page.offered.text()
    assert not wizard.service_page.attribution.isVisible()


def test_a_service_outside_the_catalog_gets_its_website(qtbot, store, catalog, clock):
    acc = store.add(
        Account(None, "My Bank", "mybank.example", "ann", Category.BANKING, MfaState.OFF)
    )
    wizard = MfaWizard(acc, store, service=None, clock=clock)
    qtbot.addWidget(wizard)
    wizard.show()
    go_to(wizard, ServicePage)
    assert [b.text() for b in wizard.service_page.buttons] == ["Open mybank.example"]
    assert "These hold" not in wizard.intro_page.why.text()
    assert "moves your money" in wizard.intro_page.why.text()


def test_finishing_records_method_date_and_recovery_answer(qtbot, store, catalog, clock):
    before = account(store, "yahoo.com")
    wizard = make_wizard(qtbot, store, catalog, clock, "yahoo.com")
    go_to(wizard, RecoveryPage)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # an answer is needed
    wizard.recovery_page.no.setChecked(True)
    assert wizard.recovery_page.advice.isVisible()
    wizard.recovery_page.yes.setChecked(True)
    assert next_button.isEnabled()
    wizard.next()
    page = wizard.done_page
    assert wizard.currentPage() is page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Record it" and not finish.isEnabled()
    page.choose(Method.APP)
    assert finish.isEnabled()
    clock.now = NOW + 600  # the store stamps the time of the click
    with qtbot.waitSignal(wizard.recorded) as recorded:
        finish.click()
    stored = store.get(before.id)
    assert recorded.args[0] == stored
    assert stored.mfa is MfaState.ON
    assert stored.methods == (Method.APP,)
    assert stored.recovery_codes_safe is True
    assert stored.confirmed_at == NOW + 600
    assert (stored.service, stored.label, stored.domain) == (
        before.service,
        before.label,
        before.domain,
    )


def test_an_earlier_date_is_recorded_at_noon_that_day(qtbot, store, catalog, clock):
    wizard = make_wizard(qtbot, store, catalog, clock, "facebook.com")
    go_to(wizard, RecoveryPage)
    wizard.recovery_page.not_offered.setChecked(True)
    wizard.next()
    wizard.done_page.choose(Method.SECURITY_KEY)
    wizard.done_page.date.setDate(wizard.done_page.date.date().addDays(-3))
    wizard.accept()
    stored = account(store, "facebook.com")
    assert stored.mfa is MfaState.ON and stored.methods == (Method.SECURITY_KEY,)
    assert stored.confirmed_at == datetime(2026, 3, 12, 12, 0).timestamp()
    assert stored.recovery_codes_safe is None  # "not offered": nothing to store safely


def test_not_offered_is_recorded_without_methods(qtbot, store, catalog, clock):
    wizard = make_wizard(qtbot, store, catalog, clock, "yahoo.com")
    go_to(wizard, RecoveryPage)
    wizard.recovery_page.not_offered.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.done_page.not_offered.setChecked(True)
    wizard.accept()
    stored = account(store, "yahoo.com")
    assert (stored.mfa, stored.methods, stored.confirmed_at) == (MfaState.NOT_OFFERED, (), NOW)


@pytest.mark.parametrize("where", [0, 3, -1])
def test_cancel_records_nothing(qtbot, store, catalog, clock, where):
    before = store.accounts()
    wizard = make_wizard(qtbot, store, catalog, clock, "yahoo.com")
    recorded = []
    wizard.recorded.connect(recorded.append)
    if where == -1:
        wizard.recovery_page.yes.setChecked(True)
        go_to(wizard, TurnedOnPage)
        wizard.done_page.choose(Method.APP)
    else:
        for _ in range(where):
            wizard.next()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert recorded == []
    assert store.accounts() == before
    assert not wizard.isVisible()


def test_a_store_failure_keeps_the_wizard_open(qtbot, store, catalog, clock):
    wizard = make_wizard(qtbot, store, catalog, clock, "yahoo.com")
    wizard.recovery_page.yes.setChecked(True)
    go_to(wizard, TurnedOnPage)
    wizard.done_page.choose(Method.APP)
    store.remove(wizard.account.id)  # gone behind the wizard's back
    wizard.accept()
    assert wizard.isVisible()
    assert "Could not record it" in wizard.done_page.error.text()


def test_keyboard_and_accessible_names_on_every_page(qtbot, store, catalog, clock):
    wizard = make_wizard(qtbot, store, catalog, clock, "google.com")
    wizard.recovery_page.yes.setChecked(True)
    while True:
        page = wizard.currentPage()
        assert unnamed_controls(page) == [], page.title()
        if wizard.nextId() == -1:
            break
        wizard.next()


def test_the_window_opens_the_wizard_and_refreshes(qtbot, store, catalog, clock):
    window = AccountsWindow(store, catalog, clock=clock)
    qtbot.addWidget(window)
    window.show()
    acc = account(store, "yahoo.com")
    assert window.select(acc.id)
    window.wizard_button.click()
    wizard = window.findChild(MfaWizard)
    assert wizard is not None and wizard.account.id == acc.id
    wizard.recovery_page.yes.setChecked(True)
    go_to(wizard, TurnedOnPage)
    wizard.done_page.choose(Method.SECURITY_KEY)
    with qtbot.waitSignal(window.changed):
        wizard.accept()
    row = window.model.row_for(acc.id)
    assert window.model.index(row, window.model.MFA).data() == "On"
    assert window.status.text() == "Recorded: Yahoo Mail."


def test_why_depends_on_the_category():
    texts = {c: why_it_matters(c) for c in Category}
    assert "every other account" in texts[Category.EMAIL]
    assert len(set(texts.values())) == len(Category)


def test_the_guide_is_a_fix_guide_for_every_os(store, catalog):
    guide = mfa_fix_guide(account(store, "google.com"), catalog.by_domain("google.com"))
    assert guide.verify_check == "MFA-001"
    assert len({guide.steps_for(os) for os in guide.steps}) == 1
    assert guide.steps_for(next(iter(guide.steps)))[0].link.startswith("https://myaccount")


def test_render_the_wizard(qtbot, store, catalog, clock):
    """Pictures to look at after a change (in /tmp/mfa-shots)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard = make_wizard(qtbot, store, catalog, clock, "google.com")
    wizard.resize(640, 480)
    wizard.recovery_page.yes.setChecked(True)
    wizard.done_page.choose(Method.SECURITY_KEY)
    n = 1
    while True:
        QCoreApplication.sendPostedEvents()  # pending layout requests, before the picture
        assert wizard.grab().save(str(SHOTS / f"mfa-wizard-{n}.png"))
        if wizard.nextId() == -1:
            break
        wizard.next()
        n += 1
