"""What the organisation that manages this computer says, shown in the app: its contact card,
its note on a check, the checks it turned off, and the settings it set.

Everything here comes from a policy file an administrator wrote: data, never markup. Names,
messages and notes are shown as plain text; the only things that open are addresses this module
builds itself from the card's fields (``mailto:``, ``tel:`` and ``https:``), so a contact card
whose "phone" is ``javascript:...`` or whose message holds a link in HTML opens nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote, urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hygiene_app.engine.options import (
    NETWORK_BREACH_CHECK,
    NETWORK_MFA_DIRECTORY,
    NETWORK_RELEASE_FEEDS,
    VpnRequirement,
)
from hygiene_app.services.policy import CheckNote, ContactCard, Policy
from hygiene_app.ui import theme
from hygiene_app.ui.widgets import literal_mnemonic, plain_label, tr_plural, wrapped_label

#: A plausible e-mail address: something, one @, a dotted domain; no spaces, quotes or
#: brackets (which a mail program could read as more addresses or headers).
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
#: A phone number as people write it: digits, spaces, dots, dashes, brackets, a leading +.
_PHONE = re.compile(r"^\+?[0-9 ().-]{3,40}$")
#: An extension after the number ("ext. 12", "x12"): shown, not dialled.
_EXTENSION = re.compile(r"\s*(?:ext\.?|x)\s*(?=[0-9]{1,6}\s*$)", re.IGNORECASE)
_MAX_LINK = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Organisation", text)


def set_by_organisation_text() -> str:
    """The line under a setting the organisation chose (the control is disabled)."""
    return _tr("Set by your organisation")


def mail_link(email: str) -> str:
    """``mailto:`` for a plausible address; empty for anything else."""
    email = email.strip()
    if len(email) > 254 or not _EMAIL.match(email):
        return ""
    return "mailto:" + quote(email, safe="@.+-_!#$%&*/=?^`{|}~")


def phone_link(phone: str) -> str:
    """``tel:`` with the number's digits (and a leading +), an extension left out; empty when
    it is not a number."""
    phone = _EXTENSION.split(phone.strip(), maxsplit=1)[0].strip()
    if not _PHONE.match(phone):
        return ""
    digits = re.sub(r"[^0-9]", "", phone)
    if not 3 <= len(digits) <= 20:
        return ""
    return "tel:" + ("+" if phone.startswith("+") else "") + digits


def web_link(url: str) -> str:
    """An https address with a host and no spaces or credentials; empty for anything else."""
    url = url.strip()
    if len(url) > _MAX_LINK or any(c.isspace() or ord(c) < 32 for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() != "https" or not parts.hostname or "@" in parts.netloc:
        return ""
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    return url if qurl.isValid() and qurl.scheme().lower() == "https" else ""


def turned_off_feature_text() -> str:
    """Why an online feature is not offered: the organisation turned it off."""
    return _tr("Turned off by your organisation: nothing is sent.")


def turn_off_breach_box(box: QCheckBox, note: QLabel) -> None:
    """A breach-check box when the organisation turned the breach check off: unticked,
    disabled, and the note under it says why (nothing is sent)."""
    box.setChecked(False)
    box.setEnabled(False)
    note.setText(turned_off_feature_text())
    box.setAccessibleDescription(note.text())


def open_link(link: str) -> bool:
    """Open a link this module built (the desktop's mail program, phone or browser)."""
    return bool(link) and QDesktopServices.openUrl(QUrl(link))


def contact_actions(card: ContactCard) -> list[tuple[str, str, str]]:
    """(what is shown, button words, link) for each way of reaching the organisation that the
    card gives, in its order: e-mail, phone, web page. The link is empty for one that cannot be
    opened safely: it is shown, as text, without a button."""
    actions = []
    for shown, words, link in (
        (card.email, _tr("&Write an e-mail"), mail_link(card.email)),
        (card.phone, _tr("Ca&ll"), phone_link(card.phone)),
        (card.url, _tr("Open the web pa&ge"), web_link(card.url)),
    ):
        if shown.strip():
            actions.append((shown.strip(), words, link))
    return actions


class ContactCardView(QFrame):
    """The organisation's contact card: name, message, and each way to reach it as plain text
    with a button that opens it. `compact` is the one-line version under a finding's fix."""

    def __init__(
        self,
        card: ContactCard | None,
        *,
        compact: bool = False,
        opener: Callable[[str], bool] = open_link,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card" if not compact else "organisationContact")
        self.opener = opener
        self.buttons: list[QPushButton] = []
        self.links: list[str] = []
        card = card if card is not None and not card.is_empty() else None
        #: Whether there is a card to show (a compact one is shown only under a problem).
        self.has_card = card is not None
        self.setAccessibleName(_tr("Your organisation's contact"))
        layout = QVBoxLayout(self)
        pad = theme.space(3) if not compact else 0
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(theme.space(1))
        if compact:
            self.heading = wrapped_label(
                _tr("Questions about this? Ask %1.").replace("%1", card.name.strip())
                if card is not None and card.name.strip()
                else _tr("Questions about this? Ask your organisation.")
            )
        else:
            self.heading = plain_label(_tr("Help from your organisation"))
            self.heading.setFont(theme.scaled_font(self.heading.font(), theme.TypeRole.SECTION))
        layout.addWidget(self.heading)
        self.name = wrapped_label(card.name.strip() if card is not None else "", bold=True)
        self.name.setVisible(not compact and bool(self.name.text()))
        layout.addWidget(self.name)
        self.message = wrapped_label(card.message.strip() if card is not None else "")
        self.message.setVisible(not compact and bool(self.message.text()))
        layout.addWidget(self.message)
        self.values: list[QLabel] = []
        actions = contact_actions(card) if card is not None else []
        # Full card: each way to reach them on its own row, its button beside it. Compact:
        # the ways in one line of text, the buttons in a row under it.
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.space(3))
        grid.setVerticalSpacing(theme.space(1))
        # The values take a third of the room left (a long web address wraps there), the
        # buttons stay beside them.
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 2)
        row = QHBoxLayout()
        row.setSpacing(theme.space(2))
        if compact and actions:
            line = wrapped_label(" · ".join(shown for shown, _words, _link in actions))
            self.values.append(line)
            layout.addWidget(line)
        for n, (shown, words, link) in enumerate(actions):
            if compact and not link:
                continue
            if not link:
                value = wrapped_label(shown)
                self.values.append(value)
                grid.addWidget(value, n, 0, Qt.AlignmentFlag.AlignVCenter)
                continue
            button = QPushButton(words)
            button.setAutoDefault(False)
            button.setAccessibleDescription(shown)
            button.clicked.connect(lambda _checked=False, target=link: self.opener(target))
            if compact:
                row.addWidget(button)
            else:
                value = wrapped_label(shown)
                self.values.append(value)
                grid.addWidget(value, n, 0, Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(button, n, 1, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
            self.links.append(link)
        row.addStretch(1)
        layout.addLayout(row if compact else grid)
        self.setVisible(card is not None)


class CheckNoteView(QWidget):
    """The organisation's note on one check ("Call the IT desk before changing this") and its
    links, each a button that opens its https address."""

    def __init__(
        self, *, opener: Callable[[str], bool] = open_link, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.opener = opener
        self.setAccessibleName(_tr("From your organisation"))
        self.heading = plain_label(_tr("From your organisation"))
        self.heading.setFont(theme.scaled_font(self.heading.font(), theme.TypeRole.SECTION))
        self.text = wrapped_label()
        self.text.setAccessibleName(_tr("From your organisation"))
        self._links_row = QHBoxLayout()
        self._links_row.setSpacing(theme.space(2))
        self.buttons: list[QPushButton] = []
        self.links: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.space(2), 0, 0)
        layout.setSpacing(theme.space(1))
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(self._links_row)
        self.show_note(None)

    def show_note(self, note: CheckNote | None) -> None:
        while self._links_row.count():
            item = self._links_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = []
        self.links = []
        text = note.text.strip() if note is not None else ""
        self.text.setText(text)
        self.text.setVisible(bool(text))
        for label, url in note.links if note is not None else ():
            link = web_link(url)
            if not link:
                continue
            button = QPushButton(literal_mnemonic(label.strip() or url))
            button.setAutoDefault(False)
            button.setAccessibleDescription(url)
            button.clicked.connect(lambda _checked=False, target=link: self.opener(target))
            self._links_row.addWidget(button)
            self.buttons.append(button)
            self.links.append(link)
        if self.buttons:
            self._links_row.addStretch(1)
        self.setVisible(bool(text) or bool(self.buttons))


def every_hours_text(hours: int) -> str:
    """ "Every hour", "Every 12 hours": how often the organisation's scheduled checkup runs."""
    return tr_plural("Every hour", "Every %n hours", hours)


def _days(n: int) -> str:
    """ "1 day", "7 days": the singular for 1 reads right in English without a catalog."""
    return tr_plural("1 day", "%n days", n)


def policy_rows(policy: Policy, title_of: Callable[[str], str]) -> list[tuple[str, str]]:
    """(what, the organisation's choice) for each thing its policy decides that the settings
    page has no control for, in words; nothing when there is no policy. `title_of` names a
    check by its id (for the checks turned off)."""
    rows: list[tuple[str, str]] = []
    if policy.disabled_checks:
        names = sorted(title_of(check_id) for check_id in policy.disabled_checks)
        rows.append((_tr("Checks turned off:"), "\n".join(names)))
    if policy.max_uptime_days is not None:
        rows.append((_tr("Restart at least every:"), _days(policy.max_uptime_days)))
    if policy.screen_lock_minutes is not None:
        minutes = policy.screen_lock_minutes
        rows.append(
            (
                _tr("Screen locks within:"),
                tr_plural("1 minute", "%n minutes", minutes),
            )
        )
    if policy.browser_grace_days is not None:
        rows.append((_tr("Browsers updated within:"), _days(policy.browser_grace_days)))
    if policy.eol_warning_days is not None:
        days = policy.eol_warning_days
        ahead = tr_plural("1 day ahead", "%n days ahead", days)
        rows.append((_tr("Warn before end of support:"), ahead))
    if policy.vpn_required is not None:
        vpn = {
            VpnRequirement.ALWAYS: _tr("Always on when online"),
            VpnRequirement.UNTRUSTED_WIFI: _tr("On open or untrusted Wi-Fi"),
            VpnRequirement.NEVER: _tr("Not needed"),
        }[policy.vpn_required]
        rows.append((_tr("VPN:"), vpn))
    if policy.password_managers:
        rows.append((_tr("Password managers:"), ", ".join(policy.password_managers)))
    off = policy.network_off()
    features = (
        (NETWORK_BREACH_CHECK, _tr("Breach checks")),
        (NETWORK_MFA_DIRECTORY, _tr("2FA Directory")),
        (NETWORK_RELEASE_FEEDS, _tr("Browser release feeds")),
    )
    if off:
        rows.append(
            (_tr("Online look-ups turned off:"), "\n".join(w for k, w in features if k in off))
        )
    mirrors = [
        url for url in (policy.breach_api, policy.mfa_directory_url, policy.endoflife_url) if url
    ] + [url for _key, url in policy.release_feeds or ()]
    if mirrors:
        rows.append((_tr("Servers used instead of the public ones:"), "\n".join(mirrors)))
    if policy.report_folder:
        from hygiene_app.cli_schedule import user_report_path

        # Each user's scheduled runs write into their own folder inside the policy's.
        rows.append((_tr("Reports saved in:"), str(user_report_path(Path(policy.report_folder)))))
    return rows


class PolicySettingsView(QWidget):
    """The settings page's "Set by your organisation" section: what the policy decides, read
    only, as plain text. Hidden when there is no policy (or it says none of these)."""

    def __init__(
        self,
        policy: Policy,
        title_of: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("policySettings")
        self.rows = policy_rows(policy, title_of)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.space(2), 0, 0)
        layout.setSpacing(theme.space(2))
        self.heading = plain_label(set_by_organisation_text())
        self.heading.setFont(theme.scaled_font(self.heading.font(), theme.TypeRole.SECTION))
        layout.addWidget(self.heading)
        # A grid rather than a form: each label stays level with the first line of its value.
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.space(3))
        grid.setVerticalSpacing(theme.space(2))
        grid.setColumnStretch(1, 1)
        self.values: list[QLabel] = []
        top = Qt.AlignmentFlag.AlignTop
        for n, (what, value) in enumerate(self.rows):
            shown = wrapped_label(value)
            shown.setAccessibleName(what.rstrip(":"))
            grid.addWidget(plain_label(what), n, 0, top)
            grid.addWidget(shown, n, 1, top)
            self.values.append(shown)
        layout.addLayout(grid)
        self.setVisible(bool(self.rows))
