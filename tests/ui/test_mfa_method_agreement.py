"""MFA-004 and the Accounts screen judge an account's method by the same rule: whenever the
screen tells the user to move away from SMS, the checkup warns too, and the other way round."""

from __future__ import annotations

import pytest

from hygiene_app.checks.mfa import evaluate_method
from hygiene_app.engine.model import Status
from hygiene_app.services.mfa.catalog import Catalog, Service, starter_catalog
from hygiene_app.services.mfa.inventory import InventoryStore
from hygiene_app.services.mfa.model import Account, Category, Method, MfaState
from hygiene_app.ui.accounts import AccountsWindow

NOW = 1_773_576_000.0

#: A service the starter catalog does not know, and one that offers nothing beyond SMS.
EXTRA = (
    Service("Telco", "telco.example", Category.OTHER, methods=(Method.SMS,)),
    Service("Bakery", "bakery.example", Category.SHOPPING),
)

CASES = [
    # (domain, state, methods in use, the screen's advice starts with, check warns)
    ("paypal.com", MfaState.ON, (Method.SMS,), "SMS is the weakest method", True),
    ("bakery.example", MfaState.ON, (Method.SMS,), "SMS is the weakest method", True),
    ("", MfaState.ON, (Method.SMS,), "SMS is the weakest method", True),
    ("telco.example", MfaState.ON, (Method.SMS,), "Telco offers nothing stronger", False),
    ("venmo.com", MfaState.ON, (Method.SMS,), "Venmo offers nothing stronger", False),
    ("paypal.com", MfaState.ON, (Method.SMS, Method.APP), "", False),
    ("paypal.com", MfaState.ON, (Method.APP,), "", False),
    ("paypal.com", MfaState.OFF, (), "", False),
    ("telco.example", MfaState.UNKNOWN, (Method.SMS,), "", False),
]


@pytest.mark.parametrize(("domain", "state", "methods", "screen", "warns"), CASES)
def test_the_check_and_the_accounts_screen_agree(
    qtbot, tmp_path, domain, state, methods, screen, warns
):
    catalog = Catalog((*starter_catalog(), *EXTRA))
    store = InventoryStore(
        tmp_path / "inventory.sqlite3", clock=lambda: NOW, offered=catalog.offered
    )
    try:
        gmail = Account(
            None, "Gmail", "google.com", "a", Category.EMAIL, MfaState.ON, (Method.APP,)
        )
        name = catalog.by_domain(domain).name if domain else "My Club"
        account = store.add(Account(None, name, domain, "b", Category.OTHER, state, methods, NOW))
        store.add(gmail)
        window = AccountsWindow(store, catalog, clock=lambda: NOW)
        qtbot.addWidget(window)
        assert account.id is not None and window.select(account.id)
        details = window.details.text()
        finding = evaluate_method(store.inventory())
    finally:
        store.close()

    screen_says_switch = "SMS is the weakest method" in details
    assert screen_says_switch is warns
    assert (finding.status is Status.WARN) is warns
    assert (name in finding.detail) is warns
    if screen:
        assert screen in details
