"""What staff see of their organisation's policy: checks it turned off (shown, not hidden, not a
problem), its contact card on Home and under every fix, its note on a check, which findings may
be set aside, the settings it set, the online features it turned off, and a calm banner when
the policy could not be read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from hygiene_app.checks import default_registry
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.policy import CheckNote, ContactCard, load_policy, no_policy
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.services.settings import Settings, SettingsStore
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.organisation import (
    CheckNoteView,
    ContactCardView,
    contact_actions,
    mail_link,
    phone_link,
    web_link,
)
from hygiene_app.ui.password_lab import PasswordLab
from hygiene_app.ui.set_aside_dialog import SetAsideDialog
from hygiene_app.ui.vault_audit import VaultAuditWindow
from tests.support import NOW, as_this_computer

SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
)
CONTACT = {
    "name": "Example Ltd IT desk",
    "email": "it@example.com",
    "phone": "+44 20 7946 0000",
    "url": "https://it.example.com/help",
    "message": "Call the IT desk before changing anything.",
}


def policy_file(folder: Path, doc: dict[str, object]) -> Path:
    path = folder / "policy.json"
    path.write_text(json.dumps({"version": 1, **doc}), encoding="utf-8")
    return path


def window(qtbot, tmp_path: Path, doc: dict[str, object] | None, settings: Settings | None = None):
    """The window over this computer (a replayed Windows laptop) under the policy `doc` (None:
    no policy), once its first checkup is done."""
    store = SettingsStore(tmp_path / "settings.json")
    if settings is not None:
        store.save(settings)
    machine = as_this_computer(Snapshot.load(SNAPSHOT).seams(), tmp_path / "settings.json")
    if doc is not None:
        machine = machine.with_policy(load_policy(path=policy_file(tmp_path, doc)))
    controller = CheckupController(default_registry(), machine)
    win = MainWindow(controller, clock=lambda: NOW)
    qtbot.addWidget(win)
    win.resize(1024, 640)
    win.show()
    with qtbot.waitSignal(controller.finished, timeout=30000):
        controller.run_all()
    return win


# ----- checks turned off ------------------------------------------------------------------


def test_a_check_turned_off_shows_in_its_area_as_turned_off(qtbot, tmp_path):
    win = window(qtbot, tmp_path, {"checks": {"DEV-001": {"enabled": False}}})
    page = win.areas[next(a for a in win.areas if a.value == "device")]
    card = page.card("DEV-001")
    assert card is not None
    # In view with the problems, not folded away among the good ones, and not a problem.
    assert "DEV-001" in page.shown_ids()
    assert card.chip.text() == "Turned off by your organisation"
    assert "does not count in your score" in card.line.text()
    assert not card.primary.isVisibleTo(card)
    win.select("DEV-001")
    assert win.details.state.text().startswith("Turned off by your organisation")
    assert not win.details.recheck_button.isVisibleTo(win.details)
    assert not win.details.reason.isVisibleTo(win.details)
    assert "Turned off by your organisation: 1" in win.overview.counts.text()


def test_without_a_policy_nothing_says_organisation(qtbot, tmp_path):
    win = window(qtbot, tmp_path, None)
    assert win.overview.contact is None
    assert not win.policy_banner.isVisibleTo(win)
    assert "organisation" not in win.overview.counts.text()
    win.select("NET-001")
    assert win.details.set_aside_button.isVisibleTo(win.details)
    assert not win.details.org_note.isVisibleTo(win.details)
    assert not win.details.contact.isVisibleTo(win.details)
    assert win.review_box.isEnabled() and not win.locked_notes


# ----- contact card and notes -------------------------------------------------------------


def test_home_shows_the_contact_card_and_every_fix_says_whom_to_ask(qtbot, tmp_path):
    doc = {
        "contact": CONTACT,
        "checks": {
            "NET-001": {
                "note": "Call the IT desk before changing the firewall.",
                "links": [{"label": "Firewall policy", "url": "https://it.example.com/fw"}],
            }
        },
    }
    win = window(qtbot, tmp_path, doc)
    card = win.overview.contact
    assert card is not None and card.isVisibleTo(win.overview)
    assert card.name.text() == "Example Ltd IT desk"
    assert card.message.text() == "Call the IT desk before changing anything."
    assert [v.text() for v in card.values] == [
        "it@example.com",
        "+44 20 7946 0000",
        "https://it.example.com/help",
    ]
    assert card.links == [
        "mailto:it@example.com",
        "tel:+442079460000",
        "https://it.example.com/help",
    ]
    win.select("NET-001")
    details = win.details
    assert details.org_note.isVisibleTo(details)
    assert details.org_note.text.text() == "Call the IT desk before changing the firewall."
    assert details.org_note.links == ["https://it.example.com/fw"]
    assert details.contact.isVisibleTo(details)
    assert "Example Ltd IT desk" in details.contact.heading.text()
    # A finding that is fine has nothing to ask about.
    good = next(
        r.meta.id
        for r in win.controller.checkup.results
        if r.status.value == "pass" and r.finding.fix is None
    )
    win.select(good)
    assert not details.contact.isVisibleTo(details)


def test_the_card_opens_only_links_the_app_builds(qtbot):
    opened: list[str] = []
    view = ContactCardView(ContactCard(**CONTACT), opener=lambda link: opened.append(link) or True)
    qtbot.addWidget(view)
    for button in view.buttons:
        button.click()
    assert opened == ["mailto:it@example.com", "tel:+442079460000", "https://it.example.com/help"]
    for label in view.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText


@pytest.mark.parametrize(
    ("email", "phone", "url"),
    [
        ("javascript:alert(1)", "javascript:alert(1)", "javascript:alert(1)"),
        ("a@b.example>, <x@evil.example", "+1 555 0100; rm -rf", "http://it.example.com"),
        ("<b>it</b>@example.com", "tel:+15550100", "https://user:pw@it.example.com"),
        ("it@example.com?bcc=x@evil.example", "1", "https://it.example.com/a b"),
        ("", "", "file:///etc/passwd"),
    ],
)
def test_fields_that_are_not_an_address_a_number_or_an_https_page_open_nothing(
    qtbot, email, phone, url
):
    card = ContactCard(name="<img src=x>", email=email, phone=phone, url=url, message="<b>hi</b>")
    assert all(link == "" for _shown, _words, link in contact_actions(card))
    assert mail_link(email) == "" and phone_link(phone) == "" and web_link(url) == ""
    view = ContactCardView(card, opener=lambda _link: pytest.fail("nothing may open"))
    qtbot.addWidget(view)
    # Shown as the text it is, with no button to open it.
    assert view.buttons == [] and [v.text() for v in view.values] == [
        v.strip() for v in (email, phone, url) if v.strip()
    ]


def test_a_phone_number_with_an_extension_is_dialled_without_it():
    assert phone_link("+44 20 7946 0000 ext. 12") == "tel:+442079460000"
    assert phone_link("555 0100 x7") == "tel:5550100"
    assert phone_link("555 0100 y7") == ""


def test_a_hostile_card_and_note_show_as_plain_text(qtbot):
    hostile = "<a href='https://evil.example'>click</a> <img src=x>"
    view = ContactCardView(ContactCard(name=hostile, message=hostile, url="https://ok.example"))
    note = CheckNoteView()
    note.show_note(
        CheckNote(hostile, ((hostile, "javascript:alert(1)"), ("ok", "https://ok.example")))
    )
    for widget in (view, note):
        qtbot.addWidget(widget)
        for label in widget.findChildren(QLabel):
            assert label.textFormat() is Qt.TextFormat.PlainText
            assert label.openExternalLinks() is False
    assert view.name.text() == hostile and note.text.text() == hostile
    assert note.links == ["https://ok.example"]


# ----- snooze and accept ------------------------------------------------------------------


def test_findings_the_policy_says_must_be_fixed_cannot_be_set_aside(qtbot, tmp_path):
    win = window(qtbot, tmp_path, {"set_asides": {"snooze": [], "accept": []}})
    win.select("NET-001")
    details = win.details
    assert not details.set_aside_button.isVisibleTo(details)
    assert details.set_aside_blocked.isVisibleTo(details)
    assert "fixed rather than set aside" in details.set_aside_blocked.text()
    win.apply_set_aside(SetAside("NET-001", SetAsideKind.SNOOZE, NOW + 86400, "", created=NOW))
    assert win.settings.set_asides == ()


def test_the_dialog_offers_only_what_the_policy_allows(qtbot):
    dialog = SetAsideDialog("NET-001", "Firewall on", clock=lambda: NOW, may_snooze=False)
    qtbot.addWidget(dialog)
    assert not dialog.snooze.isEnabled() and dialog.accept_risk.isChecked()
    assert not dialog.policy_note.isHidden()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setText("IT manages the firewall")
    assert ok.isEnabled()
    assert dialog.set_aside().kind is SetAsideKind.ACCEPT


# ----- settings ---------------------------------------------------------------------------


def test_a_setting_the_organisation_set_is_shown_and_cannot_be_changed(qtbot, tmp_path):
    win = window(
        qtbot,
        tmp_path,
        {"thresholds": {"mfa_review_months": 9}},
        settings=Settings(mfa_review_months=3),
    )
    assert not win.review_box.isEnabled()
    assert win.review_box.currentData() == 9
    assert win.locked_notes["mfa_review_months"].text() == "Set by your organisation"
    win.set_review_months(3)
    assert win.settings.mfa_review_months == 9


# ----- online features turned off ---------------------------------------------------------


def test_breach_checks_turned_off_send_nothing_from_the_tools(qtbot, tmp_path):
    win = window(qtbot, tmp_path, {"network": {"breach_check": False}})
    assert win.open_email_breaches() is None
    email_buttons = [
        b for b in win.tool_buttons.values() if b.objectName() == "emailBreachesButton"
    ]
    assert email_buttons and not any(b.isEnabled() for b in email_buttons)
    lab = win.open_password_lab()
    assert isinstance(lab, PasswordLab)
    assert not lab.breach_box.isEnabled() and not lab.breach_box.isChecked()
    assert "Turned off by your organisation" in lab.privacy_note.text()
    audit = VaultAuditWindow(breach_allowed=False)
    qtbot.addWidget(audit)
    audit._set_running(False)
    assert not audit.breach_box.isEnabled()


# ----- a policy that could not be read ----------------------------------------------------


def test_an_invalid_policy_shows_a_calm_banner_and_the_usual_checks_run(qtbot, tmp_path):
    doc = {"checks": {"NET-003": {"enabeld": False}}}
    win = window(qtbot, tmp_path, doc)
    assert win.isAncestorOf(win.policy_banner) and win.policy_banner.isVisible()
    text = win.policy_banner.text.text()
    assert "could not be read" in text and "usual checks apply" in text
    assert "policy.json:" in text and "enabeld" in text
    assert win.policy_banner.text.textFormat() is Qt.TextFormat.PlainText
    assert not any(
        r.status.value == "skipped" and r.meta.id == "NET-003"
        for r in win.controller.checkup.results
    )


def test_no_policy_means_no_banner(qtbot, tmp_path):
    from hygiene_app.ui.banner import PolicyBanner

    banner = PolicyBanner(no_policy())
    qtbot.addWidget(banner)
    assert banner.isHidden()


def test_the_fix_wizard_shows_the_organisations_note_and_whom_to_ask(qtbot, tmp_path):
    from hygiene_app.ui.findings_model import ResultRole
    from hygiene_app.ui.wizard import FixWizard

    doc = {"contact": CONTACT, "checks": {"NET-001": {"note": "Call IT before changing this."}}}
    win = window(qtbot, tmp_path, doc)
    item = win.model.item_for("NET-001")
    assert item is not None
    wizard = FixWizard(item.data(ResultRole), win.controller, parent=win)
    qtbot.addWidget(wizard)
    wizard.show()
    intro = wizard.intro_page
    assert intro.org_note.isVisibleTo(intro)
    assert intro.org_note.text.text() == "Call IT before changing this."
    assert intro.contact.isVisibleTo(intro) and intro.contact.links[0] == "mailto:it@example.com"
    wizard.close()


def test_an_area_whose_checks_are_all_turned_off_does_not_say_all_good(qtbot, tmp_path):
    from hygiene_app.engine.model import Category

    ids = [c.meta.id for c in default_registry() if c.meta.category is Category.WIFI_VPN]
    win = window(qtbot, tmp_path, {"checks": {i: {"enabled": False} for i in ids}})
    assert win.overview.tiles[Category.WIFI_VPN].line.text() == "Turned off by your organisation"
    assert win.areas[Category.WIFI_VPN].state_line.text() == "Turned off by your organisation"


def test_settings_list_what_the_organisation_decides(qtbot, tmp_path):
    doc = {
        "checks": {"NET-003": {"enabled": False}},
        "thresholds": {"max_uptime_days": 7, "screen_lock_minutes": 1},
        "vpn_required": "untrusted_wifi",
        "network": {"breach_check": False},
    }
    win = window(qtbot, tmp_path, doc)
    view = win.policy_settings
    assert win.isAncestorOf(view) and not view.isHidden()
    rows = dict(view.rows)
    assert rows["Restart at least every:"] == "7 days"
    assert rows["Screen locks within:"] == "1 minute"
    assert rows["VPN:"] == "On open or untrusted Wi-Fi"
    assert rows["Online look-ups turned off:"] == "Breach checks"
    title = win.controller.registry.get("NET-003").meta.title
    assert rows["Checks turned off:"] == title
    for label in view.findChildren(QLabel):
        assert label.textFormat() is Qt.TextFormat.PlainText


def test_without_a_policy_settings_list_nothing_of_it(qtbot, tmp_path):
    win = window(qtbot, tmp_path, None)
    assert win.policy_settings.rows == [] and win.policy_settings.isHidden()
