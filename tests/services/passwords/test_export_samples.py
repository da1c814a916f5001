"""Real password-manager exports, taken byte for byte from other projects' importer tests.

Each file under tests/fixtures/exports/real/ (provenance in its PROVENANCE.md) must be read the
way the person who exported it expects: the manager that wrote it named, the logins counted
(notes, cards, identities, folders and items without a password are not logins), and two of
its logins read with their exact site, username and password.

A file listed in `PENDING` is not read right yet: it is an expected failure (strict), so the
day the reader gets it right the test says so and its line in `PENDING` must go. What each
one reads wrong was handed to the reader's owner (see PENDING's reasons).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from hygiene_app.services.passwords.export_formats import SkipReason
from hygiene_app.services.passwords.vault import parse_export, read_export

REAL = Path(__file__).resolve().parents[2] / "fixtures" / "exports" / "real"

#: The standard test vault of pass-import (roddhjav/pass-import tests/assets/db/): 14 items,
#: of which 11 are logins with a password ("empty entry", "empty password" and "note" are not).
PI_LOGINS = 11
PI_MASTODON = ("mastodon.social", "ostqxi", "D<INNeT?#?Bf4%`zA/4i!/'$T")
PI_AIB = (
    "onlinebanking.aib.ie",
    "dpbx@fner.ws",
    "ws5T@;_UB[Q|P!8'`~z%XC'JHFUbf#IX _E0}:HF,[{ei0hBg14",
)
#: An item with no URL: its site is the item's name.
PI_KLIVAK = ("dpbx@klivak.xb", "dpbx", "2cUqe}e9}>IVZf)Ye>3C8ZN,r")

Login = tuple[str, str, str]  # site, username, password


@dataclass(frozen=True)
class Sample:
    path: str  # under tests/fixtures/exports/real/
    manager: str  # the ExportFormat value the reader should name
    logins: int
    rows: tuple[Login, ...]  # two of its logins (site, username, password), found by password


SAMPLES: tuple[Sample, ...] = (
    # ----- 1Password --------------------------------------------------------------------------
    Sample(
        "1password/pass-import-1password4.csv",
        "1password",
        PI_LOGINS,
        (PI_MASTODON, PI_KLIVAK),
    ),
    Sample("1password/pass-import-1password8.csv", "1password", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "1password/aliasvault-1password_8.csv",
        "1password",
        4,
        (
            ("my.1password.com", "derekpatel@aliasvault.net", "passwordexample"),
            ("nu.nl", "username1", "password1"),
        ),
    ),
    Sample(
        "1password/jslib-multipleItems.mac.csv",
        "1password",
        1,
        (("my.1password.com", "email@bitwarden.com", "the account's password"),),
    ),
    # ----- Apple Passwords / Safari -----------------------------------------------------------
    Sample(
        "apple/gotrigger-safari.csv",
        "apple",
        6,
        (
            ("netflix.com", "john@example.com", "NetflixPass123!"),
            ("dropbox.com", "john@example.com", "DropboxCloud2024%"),
        ),
    ),
    # Proton Pass's Safari mock: quoted commas and quotes, a multi-line note, OTP URLs.
    Sample(
        "apple/proton-webclients-safari.csv",
        "apple",
        5,
        (
            (
                "account.example.com",
                'username with comma, quotes "',
                'password with comma, quotes "',
            ),
            ("account.proton.me", "2fa-manually-entered-string@example.com", "proton123"),
        ),
    ),
    Sample("apple/bitwarden-vault-cleanup-safari.csv", "apple", 1, (("bank.test", "dave", "pw4"),)),
    # ----- Bitwarden --------------------------------------------------------------------------
    Sample("bitwarden/pass-import-bitwarden.csv", "bitwarden", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "bitwarden/aliasvault-bitwarden.csv",
        "bitwarden",
        7,
        (
            ("aliasvault.net", "root", "toor"),
            ("Item for business folder", "crisply", "4CSp43uhSZri8A"),
        ),
    ),
    Sample(
        "bitwarden/gotrigger-bitwarden.csv",
        "bitwarden",
        5,
        (
            ("facebook.com", "user@example.com", "FacebookPass123!"),
            ("jira.atlassian.com", "john.doe@company.com", "JiraPass2024%"),
        ),
    ),
    # ----- Blur (Abine) -----------------------------------------------------------------------
    Sample("blur/pass-import-blur.csv", "blur", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    # ----- Buttercup --------------------------------------------------------------------------
    Sample("buttercup/pass-import-buttercup.csv", "buttercup", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "buttercup/bitwarden-multipleSubfolders.csv",
        "buttercup",
        2,
        (
            ("portal.example.com", "client@work.com", "ClientPass789"),
            ("vpn.company.com", "vpnuser", "VPNpass"),
        ),
    ),
    Sample(
        "buttercup/bitwarden-customFieldsCaseSensitive.csv",
        "buttercup",
        1,
        (("bank.com", "user@bank.com", "BankPass456"),),
    ),
    # ----- Chrome, Edge, Brave ----------------------------------------------------------------
    Sample("chromium/pass-import-chrome.csv", "chromium", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    Sample(
        "chromium/aliasvault-chrome.csv",
        "chromium",
        3,
        (
            ("example.com", "usernamegoogle", "passwordgoogle"),
            ("youtube.com", "youtubeusername", "youtubepassword"),
        ),
    ),
    # A trailing comma on every line: an empty last column.
    Sample(
        "chromium/buttercup-importer-chrome_pass.csv",
        "chromium",
        8,
        (
            ("example.me", "example@ex.net", "qwerty123"),
            ("example.me", "example@ex.net", "qwerty131"),
        ),
    ),
    Sample(
        "chromium/gotrigger-edge.csv",
        "chromium",
        4,
        (
            ("teams.microsoft.com", "teams@company.com", "TeamsP@ss123"),
            ("portal.azure.com", "azure@company.com", "Azure%Pass789"),
        ),
    ),
    Sample(
        "chromium/proton-webclients-chrome-windows.csv",
        "chromium",
        2,
        (
            ("account.proton.me", "nobody@proton.me", "proton123"),
            ("missing url", "missingurl@proton.me", "proton123"),
        ),
    ),
    # ----- Dashlane ---------------------------------------------------------------------------
    Sample(
        "dashlane/pass-import-dashlane-headerless.csv",
        "dashlane",
        PI_LOGINS,
        (PI_MASTODON, PI_KLIVAK),
    ),
    Sample(
        "dashlane/jslib-credentials.csv",
        "dashlane",
        1,
        (("example.com", "jdoe", "somePassword"),),
    ),
    Sample(
        "dashlane/aliasvault-dashlane.csv",
        "dashlane",
        3,
        (
            ("google.com", "googleuser", "googlepassword"),
            ("testwebsite.local", "testusername", "testpassword"),
        ),
    ),
    # CRLF between records, LF inside a quoted note; quotes and commas in a password.
    Sample(
        "dashlane/proton-webclients-dashlane-credentials.csv",
        "dashlane",
        5,
        (
            ("example.com", "john", 'password,"comma"'),
            ("test", "test@example.com", "ndnndc"),
        ),
    ),
    # ----- Dropbox Passwords ------------------------------------------------------------------
    Sample(
        "dropbox/aliasvault-dropbox.csv",
        "dropbox",
        4,
        (
            ("gmail.com", "testuser@gmail.com", "gmailpass123"),
            ("test.example.com", "testlogin", "testpassword"),
        ),
    ),
    # ----- Enpass (no header: the title, then label/value pairs; `*` marks a hidden field) -------
    Sample(
        "enpass/bitwarden-enpass.login-quoted.csv",
        "enpass",
        4,
        (
            ("amazon.com", "Food", "Adasceafazxc"),
            ("en.wikipedia.org", "aslmdlkads", "amc,.zxla;skd;lkpokpokwpoqkeopkalsd"),
        ),
    ),
    Sample(
        "enpass/bitwarden-enpass.login-trailing-note.csv",
        "enpass",
        1,
        (("SomeSite", "someuser", "somepass"),),
    ),
    Sample(
        "enpass/bitwarden-enpass.login-no-username.csv",
        "enpass",
        1,
        (("router.local", "", "secret"),),
    ),
    # ----- Firefox ----------------------------------------------------------------------------
    # With the Sync-key row (chrome://FirefoxAccounts), rows without a password, CRLF ends.
    Sample(
        "firefox/proton-webclients-firefox.csv",
        "firefox",
        4,
        (
            ("account.proton.me", "nobody@example.com", "proton123"),
            ("localhost", "winston@example.com", "password"),
        ),
    ),
    # The Sync-key row (its key blob redacted by Bitwarden) and one login.
    Sample(
        "firefox/bitwarden-firefoxAccountsData.csv",
        "firefox",
        1,
        (("example.com", "foo", "bar"),),
    ),
    Sample(
        "firefox/aliasvault-firefox.csv",
        "firefox",
        3,
        (
            ("example.com", "username-example", "examplepassword"),
            ("aliasvault.net", "username", "password"),
        ),
    ),
    Sample(
        "firefox/gotrigger-firefox.csv",
        "firefox",
        6,
        (
            ("reddit.com", "redditor_john", "RedditPass123!"),
            ("amazon.com", "john.doe@email.com", "AmazonPrime111!"),
        ),
    ),
    # `hostname,username,password`: the layout of the "Password Exporter" add-on of Firefox
    # before version 79 (Firefox's own field name `hostname`), as pass-import reads it.
    Sample(
        "firefox/pass-import-firefox-hostname.csv",
        "firefox",
        PI_LOGINS,
        # pass-import wrote the item's name, not a host, in `hostname` here.
        (PI_MASTODON, ("aib", PI_AIB[1], PI_AIB[2])),
    ),
    # ----- Not a manager: url, username and password columns ----------------------------------
    Sample(
        "generic/gotrigger-generic.csv",
        "generic",
        5,
        (
            ("github.com", "john@example.com", "MyGitHubPass123!"),
            ("stackoverflow.com", "johndoe", "StackPass999%"),
        ),
    ),
    # Alphabetical columns with a Type column and a trailing comma (Buttercup's CSV test).
    Sample("generic/buttercup-importer-test.csv", "generic", 1, (("Test", "user", "pass"),)),
    # SaferPass's layout (`url,username,password,notes`): no manager is named by it.
    Sample(
        "generic/bitwarden-saferpass-validData.csv",
        "generic",
        1,
        (("ggl.com", "user@gmail.com", "Password123"),),
    ),
    # ----- KeePass (the "KeePass CSV (1.x)" layout, also written by KeePass 2.x) -------------
    Sample("keepass/pass-import-keepass.csv", "keepass", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    Sample(
        "keepass/aliasvault-keepass.csv",
        "keepass",
        2,
        (
            ("keepass.info", "User Name", "Password"),
            ("keepass.info", "Michael321", "12345"),
        ),
    ),
    Sample(
        "keepass/aliasvault-keepass_escaped_quotes.csv",
        "keepass",
        2,
        (
            ("keepass.info", "User Name", "Password"),
            ("example.com", "testuser", "mypass123"),
        ),
    ),
    # ----- KeePassXC (and KeePassX 2) ---------------------------------------------------------
    Sample("keepassxc/pass-import-keepassxc.csv", "keepassxc", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "keepassxc/pass-import-keepassx2.csv",
        "keepassxc",
        PI_LOGINS,
        (PI_MASTODON, PI_KLIVAK),
    ),
    Sample(
        "keepassxc/aliasvault-keepassxc.csv",
        "keepassxc",
        2,
        (
            ("keepass.info", "User Name", "Password"),
            ("keepass.info", "Michael321", "12345"),
        ),
    ),
    # ----- Keeper (no header row: folder, title, login, password, url, notes, shared folder,
    # then custom field name/value pairs) -------------------------------------------------------
    Sample(
        "keeper/commander-sample-import.csv",
        "keeper",
        4,
        (
            ("twitter.com", "marketing@company.com", "a bad password"),
            ("accounts.google.com", "mydevaccount@gmail.com", "8123,9fKJRefa$!@#4912fkk!--3"),
        ),
    ),
    Sample(
        "keeper/proton-webclients-keeper.csv",
        "keeper",
        7,
        (
            ("example.com", "2fa@example.com", "pass"),
            ("example.com", 'username with comma, quotes "', 'password with comma, quotes "'),
        ),
    ),
    # A backslash in a folder path, custom field pairs, a TOTP field.
    Sample(
        "keeper/bitwarden-keeper-testData.csv",
        "keeper",
        3,
        (
            ("example.com", "john.doe@example.com", "1234567890abcdef"),
            ("another.example.com", "john.doe2@example.com", "34567890abcdef12"),
        ),
    ),
    # ----- LastPass ---------------------------------------------------------------------------
    Sample("lastpass/pass-import-lastpass.csv", "lastpass", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    Sample(
        "lastpass/aliasvault-lastpass.csv",
        "lastpass",
        2,
        (
            ("example.com", "Exampleusername", "examplepassword"),
            ("Userwithouturlornotes", "userwithouturlornotes", "userpass"),
        ),
    ),
    # Secure notes only, every line ending in CR CR LF.
    Sample("lastpass/proton-webclients-lastpass.crcrlf.terminated.csv", "lastpass", 0, ()),
    # Three logins sharing one password.
    Sample(
        "lastpass/buttercup-importer-lastpass.csv",
        "lastpass",
        3,
        (
            ("foo.com", "user@foo.com", "thisisasecret"),
            ("fizz.com", "user@fizz.com", "thisisasecret"),
        ),
    ),
    # ----- Myki -------------------------------------------------------------------------------
    Sample("myki/pass-import-myki.csv", "myki", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    Sample(
        "myki/jslib-UserAccount.csv",
        "myki",
        1,
        (("google.com", "user.name@email.com", "abc123"),),
    ),
    # ----- NordPass ---------------------------------------------------------------------------
    Sample("nordpass/pass-import-nordpass.csv", "nordpass", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "nordpass/gotrigger-nordpass.csv",
        "nordpass",
        3,
        (
            ("dashboard.stripe.com", "payments@company.com", "StripeP@ss123"),
            ("paypal.com", "business@company.com", "PayPal$ecure456"),
        ),
    ),
    Sample("nordpass/jslib-nordpass.secureNote.csv", "nordpass", 0, ()),
    # The newest export: additional_urls and custom_fields hold JSON, a blank line, folders.
    Sample(
        "nordpass/proton-webclients-nordpass-additional-urls.csv",
        "nordpass",
        3,
        (
            ("simplelogin.io", "test SL", "password"),
            ("hello.com", "CustomFields", "CustomFields"),
        ),
    ),
    # The current export, with its `type` column (folder, note, credit_card, identity rows).
    Sample(
        "nordpass/proton-webclients-nordpass.csv",
        "nordpass",
        4,
        (
            ("account.proton.me", "nobody@proton.me", "proton123"),
            ("twitter.com", "@nobody", "proton123"),
        ),
    ),
    # ----- Proton Pass ------------------------------------------------------------------------
    Sample(
        "proton_pass/aliasvault-protonpass.csv",
        "proton_pass",
        2,
        (
            ("website.com", "user1", "pass1"),
            ("Test proton2", "testuser2", "testpassword2"),
        ),
    ),
    # Before the `vault` column.
    Sample(
        "proton_pass/proton-webclients-protonpass-old.csv",
        "proton_pass",
        1,
        (("example.com", "john", "password123"),),
    ),
    Sample(
        "proton_pass/proton-webclients-protonpass.csv",
        "proton_pass",
        1,
        (("example.com", "john", "password123"),),
    ),
    # ----- RoboForm ---------------------------------------------------------------------------
    Sample("roboform/pass-import-roboform.csv", "roboform", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "roboform/aliasvault-roboform.csv",
        "roboform",
        3,
        (
            ("example.com.com", "username1", "password1"),
            ("business.com", "businessusername", "businesspassword"),
        ),
    ),
    Sample(
        "roboform/proton-webclients-roboform.csv",
        "roboform",
        8,
        (
            ("example.com", "example", "some@password"),
            ("emptynote.example.com", "empty", "'@'password\""),
        ),
    ),
    # ----- SafeInCloud ------------------------------------------------------------------------
    Sample(
        "safeincloud/pass-import-safeincloud.csv",
        "safeincloud",
        PI_LOGINS,
        (PI_MASTODON, PI_KLIVAK),
    ),
    # SafeInCloud's newer layout, with an OTP column (same vault).
    Sample(
        "safeincloud/pass-import-safeincloud-otp.csv",
        "safeincloud",
        PI_LOGINS,
        (PI_MASTODON, PI_KLIVAK),
    ),
    # ----- Strongbox --------------------------------------------------------------------------
    Sample(
        "strongbox/aliasvault-strongbox.csv",
        "strongbox",
        6,
        (
            ("strongboxsafe.com", "username", "&3V_$z?Aiw-_x+nbYj"),
            ("TutaNota", "avtest2@tutamail.com", "blabla"),
        ),
    ),
    # ----- Encryptr (Entry Type "Password" rows are logins, "General" is a note) -------------
    Sample("encryptr/pass-import-encryptr.csv", "encryptr", PI_LOGINS, (PI_MASTODON, PI_AIB)),
    # ----- Padloc -----------------------------------------------------------------------------
    Sample("padloc/pass-import-padlock.csv", "padloc", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    # ----- Passpack (JSON in its Tags and Extra Fields cells, CRLF line ends) ----------------
    Sample("passpack/pass-import-passpack.csv", "passpack", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    # ----- Passman (Nextcloud) ----------------------------------------------------------------
    Sample("passman/pass-import-passman.csv", "passman", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    # ----- Synology C2 Password ---------------------------------------------------------------
    Sample("synology/pass-import-synology.csv", "synology", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    # ----- Universal Password Manager (no header: account, username, password, url, notes) ---
    Sample("upm/pass-import-upm.csv", "upm", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    # ----- Zoho Vault -------------------------------------------------------------------------
    Sample("zoho/pass-import-zoho.csv", "zoho_vault", PI_LOGINS, (PI_MASTODON, PI_KLIVAK)),
    Sample("zoho/pass-import-zoho-vault.csv", "zoho_vault", PI_LOGINS, (PI_AIB, PI_KLIVAK)),
    Sample(
        "zoho/bitwarden-sample-zohovault-data.csv",
        "zoho_vault",
        1,
        (("abc.xyz.de", "email@domain.de", "PcY_IQEXIjKGj8YW"),),
    ),
    Sample(
        "zoho/bitwarden-sample-zohovault-legacy.csv",
        "zoho_vault",
        1,
        (("abc.bitwarden.com", "legacy@domain.de", "LegacyPassword"),),
    ),
)

#: Managers issue 15 names for which fewer than three real samples were found in public
#: importer test suites (see PROVENANCE.md, "Not found"). The list may only shrink.
SHORT_OF_SAMPLES = frozenset(
    {
        "avast",
        "avira",
        "blur",
        "dropbox",
        "mcafee",
        "myki",
        "norton",
        "safeincloud",
        "strongbox",
    }
)
ISSUE_15_MANAGERS = frozenset(
    {
        "1password",
        "apple",
        "avast",
        "avira",
        "bitwarden",
        "blur",
        "buttercup",
        "chromium",
        "dashlane",
        "dropbox",
        "enpass",
        "firefox",
        "generic",
        "keepass",
        "keepassxc",
        "keeper",
        "lastpass",
        "mcafee",
        "myki",
        "nordpass",
        "norton",
        "proton_pass",
        "roboform",
        "safeincloud",
        "strongbox",
        "zoho_vault",
    }
)


#: Files not read right yet, and what is read wrong (as of the reader in this tree).
PENDING: dict[str, str] = {}


def _params() -> list[object]:
    params: list[object] = []
    for sample in SAMPLES:
        reason = PENDING.get(sample.path, "")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(sample, id=sample.path, marks=marks))
    return params


@pytest.mark.parametrize("sample", _params())
def test_a_real_export_is_read_right(sample: Sample) -> None:
    export_format, entries = read_export((REAL / sample.path).read_bytes())
    assert export_format.value == sample.manager
    assert len(entries) == sample.logins
    for site, username, password in sample.rows:
        read = {(e.site, e.username) for e in entries if e.password == password}
        assert read, f"no login with the expected password for {site}"
        assert (site, username) in read


def test_pending_names_only_samples_of_the_table() -> None:
    assert set(PENDING) <= {s.path for s in SAMPLES}


def test_every_sample_is_in_the_table_and_in_the_provenance() -> None:
    on_disk = {str(p.relative_to(REAL)) for p in REAL.rglob("*.csv")}
    assert on_disk == {s.path for s in SAMPLES}
    provenance = (REAL / "PROVENANCE.md").read_text(encoding="utf-8")
    missing = sorted(path for path in on_disk if f"`{path}`" not in provenance)
    assert missing == []


def test_each_manager_has_three_samples_or_is_listed_as_short() -> None:
    per_manager = Counter(s.manager for s in SAMPLES)
    short = {m for m in ISSUE_15_MANAGERS if per_manager[m] < 3}
    assert short == SHORT_OF_SAMPLES


def test_the_expected_rows_are_logins_of_the_file() -> None:
    """Guards the table itself: every expected password is in its file, byte for byte."""
    for sample in SAMPLES:
        text = (REAL / sample.path).read_bytes().decode("utf-8")
        for _site, _username, password in sample.rows:
            assert password in text or password.replace('"', '""') in text, sample.path
        assert len(sample.rows) <= sample.logins


@pytest.mark.parametrize(
    "path",
    ["firefox/proton-webclients-firefox.csv", "firefox/bitwarden-firefoxAccountsData.csv"],
)
def test_firefox_s_sync_key_row_is_skipped_and_said(path: str) -> None:
    """Firefox's own account row (chrome://FirefoxAccounts, a JSON key blob as its password) is
    no login: it is left out and counted as the Sync key, not as a weak password."""
    reading = parse_export((REAL / path).read_bytes())
    assert dict(reading.skipped).get(SkipReason.SYNC_KEY) == 1
    assert all(not e.password.startswith("{") for e in reading.entries)


#: Issue 15's "Done when": exports of at least this many managers read right.
MANAGERS_READ_RIGHT = 25


def test_at_least_25_managers_are_read_right_on_real_samples() -> None:
    """Counts the managers with at least one real sample read right (named, logins counted, the
    two expected logins found). The generic url/username/password list is no manager."""
    right: set[str] = set()
    for sample in SAMPLES:
        if sample.manager == "generic" or sample.path in PENDING:
            continue
        export_format, entries = read_export((REAL / sample.path).read_bytes())
        found = {(e.site, e.username, e.password) for e in entries}
        if (
            export_format.value == sample.manager
            and len(entries) == sample.logins
            and set(sample.rows) <= found
        ):
            right.add(sample.manager)
    assert len(right) >= MANAGERS_READ_RIGHT, sorted(right)
