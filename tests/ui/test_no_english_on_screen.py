"""Issue 14's "done when": the app in French and Spanish shows no English string on any screen.

Walks the screens the pseudo-locale walk walks (`tests/ui/test_language.py`), and a few more
(accounts, the column-mapping dialog, the set-aside dialog, a recording's banner, a policy's
contact card and notes), in each language with the REAL catalogs, over recorded Windows, macOS
and Linux machines. It collects every text a person can see or hear (labels, buttons, group
titles, window titles, tabs, list and table cells, tool tips, accessible names, placeholders)
and fails on a text that is an English message whose translation differs, or that is made of
English words. Data stays data: product names, paths, commands and values from the recording
are not words to translate.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import shiboken6
from babel.messages.pofile import read_po
from PySide6.QtCore import (
    QAbstractListModel,
    QEventLoop,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from hygiene_app.checks import default_registry
from hygiene_app.engine.catalog import load_catalog
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.policy import load_policy
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from tests.support import NOW, as_recording, as_this_computer

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "fixtures" / "snapshots"
MACHINES = tuple(sorted(p.stem for p in SNAPSHOTS.glob("*.json")))
TEMPLATE = ROOT / "hygiene_app" / "locale" / "hygiene_app.pot"
POLICY = {
    "contact": {
        "name": "Example Ltd IT desk",
        "email": "it@example.com",
        "phone": "+44 20 7946 0000",
        "url": "https://it.example.com/help",
        "message": "Call the IT desk before changing anything.",
    },
    "checks": {
        "DEV-001": {"enabled": False},
        "NET-001": {
            "note": "Call the IT desk before changing the firewall.",
            "links": [{"label": "Firewall policy", "url": "https://it.example.com/fw"}],
        },
    },
}
#: Texts from the policy file above: the organisation's words, shown as they wrote them.
#: Passwords that draw zxcvbn's warnings and suggestions (common, keyboard, dates, repeats,
#: sequences, names, a word with capitals and l33t).
WEAK_PASSWORDS = (
    "password",
    "qwertyuiop",
    "1990",
    "aaaaaa",
    "abcdef",
    "abcabcabc",
    "john",
    "P4ssw0rd",
    "Monkey",
    "correct horse",
)
POLICY_WORDS = frozenset(
    {
        "Call the IT desk before changing anything.",
        "Call the IT desk before changing the firewall.",
        "Firewall policy",
        "Example Ltd IT desk",
    }
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Common English words that are not French or Spanish words (so a translated text never holds
#: them, except inside data).
ENGLISH = _words(
    """
    the and your you is are was were this that these those with without not could would should
    check checked checks checking turned found updates update settings setting have has been be
    will from for of it its to by which what when where there their they them than then but
    after before about into over under again all any some every each other only also just more
    most very now yet how who why our out off here run running waiting installed install
    password passwords computer computers open opened close closed show shown hide hidden
    fix fixed fixes day days hour hours ago week weeks month months year years new old
    need needs needed used use uses using set aside snooze snoozed accept accepted risk
    looks look good bad weak strong known unknown tell can cannot can't don't doesn't isn't
    on off yes done next back cancel finish help sign signs account accounts mail
    learn read find turn make keep lock screen screens disk encryption browser browsers
    network networks public private domain home tools tool about welcome today yesterday
    ok while since until though one two three first last many much few add another word
    words or better avoid predictable guess guessed common uncommon easy easily try
    remind reminder reminders later review reviews reviewed
    """
)

#: English words that give a text away even alone, between French or Spanish words (a value
#: built in English inside a translated sentence: "Sur les réseaux Domain").
TELLTALE = _words(
    """
    the and your you with without could would should turned found checked settings updates
    domain private network networks week weeks month months days hours ago which this these
    those their there been have was were will or
    """
)
#: ... and in one language only ("public" is a French word).
TELLTALE_IN = {"es": frozenset({"public"}), "fr": frozenset()}

#: Words kept in every language (names, brands, units), never counted as English.
NAMES = _words(
    """
    windows macos linux ubuntu fedora arch firefox chrome edge brave safari bitwarden
    1password keepassxc lastpass bitlocker filevault luks microsoft defender xprotect
    gatekeeper secure boot hygiene checkup pwned flatpak snap apt winget homebrew
    systemd ufw firewalld gnome kde osquery fleet intune jamf google apple
    """
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_DATA = re.compile(
    r"Have I Been Pwned|\S*--\S+|\S*_\S*|'[^'\s]+'|\S*\d[\w.]*-\S+|[\w.+-]+:[^\s:]\S*|https?://\S+|\S+@\S+|\S*[/\\]\S*|\S+\.(?:com|net|org|example|json|csv|exe|app)\b|`[^`]*`"
)


def _plain(text: str) -> str:
    """What a person reads of a label's text: rich text without its tags, no mnemonics."""
    if "<" in text and ">" in text:
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"&(?=\w)", "", text).replace("&&", "&")


def english_words(text: str) -> list[str]:
    """The English words of `text` outside its data (addresses, paths, commands)."""
    bare = _DATA.sub(" ", text)
    return [w for w in _WORD.findall(bare) if w.casefold() in ENGLISH]


def looks_english(text: str, language: str = "fr") -> bool:
    """Mostly common English words: two or more of them and at least 40% of the words, a text
    that is one English word, or a telltale English word anywhere."""
    words = [w for w in _WORD.findall(_DATA.sub(" ", text)) if w.casefold() not in NAMES]
    if not words:
        return False
    telltale = TELLTALE | TELLTALE_IN.get(language, frozenset())
    if any(w.casefold() in telltale for w in words):
        return True
    english = english_words(text)
    if len(words) == 1:
        return bool(english) and len(words[0]) > 2
    return len(english) >= 2 and len(english) >= 0.4 * len(words)


@cache
def english_messages(language: str) -> frozenset[str]:
    """The template's English messages that this language translates differently."""
    catalog = load_catalog(language)
    with TEMPLATE.open("rb") as handle:
        template = read_po(handle)
    found = set()
    for message in template:
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        for source in ids:
            shown = _plain(source).strip()
            if len(shown) < 3 or "{" in source or "%" in source:
                continue
            if catalog.translate(ids[0], None if len(ids) == 1 else 2, *ids[1:]) != source:
                found.add(shown)
    return frozenset(found)


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def columns(parent: QModelIndex) -> int:
        if isinstance(model, QAbstractListModel):  # its columnCount is private
            return 1
        return model.columnCount(parent)

    for column in range(columns(QModelIndex())):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                ):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield value
            if not isinstance(model, QAbstractListModel):
                yield from walk(model.index(row, 0, parent))

    yield from walk(QModelIndex())


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every text a person sees or hears on `root` as it is shown now."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.isWindow():
            yield widget.windowTitle()
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget.tabText(i)
                yield widget.tabToolTip(i)
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            yield widget.placeholderText()
            yield widget.toPlainText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield widget.itemText(i)
        if isinstance(widget, QAbstractItemView):
            yield from _model_texts(widget)


def english_on(root: QWidget, language: str, where: str) -> list[str]:
    problems = []
    messages = english_messages(language)
    for raw in visible_texts(root):
        for line in _plain(raw or "").splitlines():
            text = line.strip()
            if not text or text in POLICY_WORDS:
                continue
            if text in messages:
                problems.append(f"{where}: English message {text[:90]!r}")
            elif looks_english(text, language):
                problems.append(f"{where}: English words {english_words(text)} in {text[:90]!r}")
    return problems


# the detector itself ---------------------------------------------------------------------


def test_the_detector_tells_english_from_french_and_spanish() -> None:
    for text in (
        "Your firewall is turned off",
        "Checked 3 hours ago",
        "Updates",
        "On Domain networks",
        "Add another word or two. Uncommon words are better.",
        "Sur les réseaux Domain",
        "Pare-feu désactivé (Private)",
        "6 identifiants de Chrome, Edge or Brave",
        "Cet ordinateur se connecte tout seul (the text console)",
    ):
        assert looks_english(text), text
    assert looks_english("El firewall está desactivado (Public)", "es")
    assert not looks_english("Le pare-feu est activé (Réseau public)", "fr")
    for text in (
        "Votre pare-feu est désactivé",
        "Tu firewall está desactivado",
        "Vérifié il y a 3 heures",
        "Microsoft Defender",
        "sudo ufw enable",
        "réglé pour seulement télécharger (apply_updates ne vaut pas 'yes').",
        "Logiciel libre sous licence GPL-3.0-or-later.",
        "Ouvre x-apple.systempreferences:com.apple.Network-Settings.extension?Firewall",
        "/etc/ssh/sshd_config",
        "Ouvrez Réglages Système > Réseau > Coupe-feu",
        "Abre Ajustes del Sistema > Privacidad y seguridad",
    ):
        assert not looks_english(text), text


# the walk --------------------------------------------------------------------------------


def _settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(30, loop.quit)
    loop.exec()


def _window(qtbot, tmp_path: Path, snapshot: Path) -> MainWindow:
    machine = as_this_computer(Snapshot.load(snapshot).seams(), tmp_path / "settings.json")
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"version": 1, **POLICY}), encoding="utf-8")
    machine = machine.with_policy(load_policy(path=policy))
    window = MainWindow(CheckupController(default_registry(), machine), clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    with qtbot.waitSignal(window.controller.finished, timeout=60000):
        window.controller.run_all()
    return window


def walk_every_screen(qtbot, tmp_path: Path, snapshot: Path, language: str) -> list[str]:
    from hygiene_app.engine.live import LiveHttpClient
    from hygiene_app.services.mfa.catalog import Catalog as MfaCatalog
    from hygiene_app.services.mfa.catalog import starter_catalog
    from hygiene_app.services.mfa.inventory import InventoryStore
    from hygiene_app.services.passwords.vault import preview_rows
    from hygiene_app.ui.about import AboutDialog
    from hygiene_app.ui.accounts import AccountsWindow
    from hygiene_app.ui.banner import PolicyBanner
    from hygiene_app.ui.column_mapping import ColumnMappingDialog
    from hygiene_app.ui.findings_model import ResultRole
    from hygiene_app.ui.password_lab import PasswordLab
    from hygiene_app.ui.set_aside_dialog import SetAsideDialog
    from hygiene_app.ui.vault_audit import VaultAuditWindow
    from hygiene_app.ui.welcome import WelcomeDialog
    from hygiene_app.ui.wizard import FixWizard
    from tests.ui.test_accounts import demo_accounts

    window = _window(qtbot, tmp_path, snapshot)
    problems: list[str] = []
    for page in ["home", *(area.value for area in window.areas), "tools", "settings"]:
        window.show_page(page)
        _settle()
        problems += english_on(window, language, page)
    # Every finding's details (the failing ones with their fix guide).
    failing = []
    for check in default_registry():
        item = window.model.item_for(check.meta.id)
        if item is None:
            continue
        window.select(check.meta.id)
        _settle()
        problems += english_on(window, language, f"details {check.meta.id}")
        if item.data(ResultRole).status.value == "fail":
            failing.append(item.data(ResultRole))
    dialogs: list[QWidget] = [
        WelcomeDialog(window),
        AboutDialog(window),
        SetAsideDialog("NET-001", "Firewall", clock=lambda: NOW),
        SetAsideDialog("NET-001", "Firewall", clock=lambda: NOW, may_snooze=False),
        ColumnMappingDialog(
            preview_rows("x,7,bob@example.net,https://shop.example.net\n"), file_name="odd.csv"
        ),
    ]
    for dialog in dialogs:
        dialog.show()
        _settle()
        problems += english_on(dialog, language, type(dialog).__name__)
        dialog.close()
        dialog.deleteLater()
    for result in failing[:3]:
        wizard = FixWizard(result, window.controller, parent=window)
        wizard.resize(640, 480)
        wizard.show()
        for _page in range(4):
            _settle()
            problems += english_on(wizard, language, f"wizard {result.meta.id}")
            if wizard.nextId() == -1:
                break
            wizard.next()
        wizard.close()
        wizard.deleteLater()
    before = set(QApplication.topLevelWidgets())
    for key, (*_words, opener) in window._tool_entries().items():
        if key != "accounts":
            opener()
    _settle()
    tools = list(set(QApplication.topLevelWidgets()) - before)
    for tool in tools:
        if isinstance(tool, PasswordLab):
            # zxcvbn's feedback, for passwords that draw each kind of its warnings.
            for password in WEAK_PASSWORDS:
                with qtbot.waitSignal(tool.rated, timeout=10000):
                    tool.field.setText(password)
                problems += english_on(tool, language, f"PasswordLab {password!r}")
    for tool in tools:
        if not shiboken6.isValid(tool):
            continue
        tool.deleteLater()
        if tool.isVisible():
            problems += english_on(tool, language, type(tool).__name__)
            tool.close()
    store = InventoryStore(tmp_path / "inventory.sqlite3", clock=lambda: NOW)
    try:
        store.add_many(demo_accounts())
        accounts = AccountsWindow(
            store, MfaCatalog.merged(starter_catalog(), None), clock=lambda: NOW
        )
        qtbot.addWidget(accounts)
        accounts.resize(1024, 640)
        accounts.show()
        _settle()
        problems += english_on(accounts, language, "accounts")
        accounts.close()
    finally:
        store.close()
    # The export audit over an export with weak, reused and fine logins (offline: no look-up).
    export = tmp_path / "Chrome Passwords.csv"
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "url", "username", "password", "note"])
        writer.writerow(["forum", "https://forum.example.com/", "a", "password1", ""])
        writer.writerow(["shop", "https://shop.example.com/", "a", "password1", ""])
        writer.writerow(["bank", "https://bank.example.com/", "a", "correct-horse-9!x", ""])
        writer.writerow(["mail", "http://mail.example.com/", "a", "", ""])
    audit = VaultAuditWindow(http=LiveHttpClient(offline=True), breach_api="http://127.0.0.1:9")
    qtbot.addWidget(audit)
    audit.resize(1024, 640)
    audit.show()
    with qtbot.waitSignal(audit.audit_finished, timeout=30000):
        audit.start(export)
    _settle()
    problems += english_on(audit, language, "export audit")
    audit.close()
    # A policy file that could not be read: the calm banner.
    bad = tmp_path / "bad-policy.json"
    bad.write_text('{"version": 1, "checks": {"NET-001": {"enabeld": false}}}', encoding="utf-8")
    banner = PolicyBanner(load_policy(path=bad))
    qtbot.addWidget(banner)
    banner.show()
    assert banner.isVisible()
    problems += english_on(banner, language, "policy banner")
    # Somebody else's computer: the recording's banner.
    recording = MainWindow(
        CheckupController(default_registry(), as_recording(snapshot)), clock=lambda: NOW
    )
    qtbot.addWidget(recording)
    recording.resize(1024, 640)
    recording.show()
    _settle()
    assert recording.recording_banner.isVisible()
    problems += english_on(recording.recording_banner, language, "recording banner")
    return problems


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("machine", MACHINES)
def test_no_english_on_any_screen(qtbot, tmp_path, speak, language: str, machine: str) -> None:
    catalog = load_catalog(language)
    assert not catalog.is_english, f"{language}: no compiled catalog (run make)"
    speak(catalog)
    problems = walk_every_screen(qtbot, tmp_path, SNAPSHOTS / f"{machine}.json", language)
    unique = list(dict.fromkeys(problems))
    assert not unique, f"{len(unique)} English texts:\n" + "\n".join(unique)


def test_facts_and_counts_use_the_language_s_punctuation(speak) -> None:
    """ "Pare-feu : désactivé", "Bon : 7": French puts a space before a colon."""
    from types import SimpleNamespace

    from hygiene_app.checks._facts import on_off
    from hygiene_app.engine.i18n import N_
    from hygiene_app.engine.model import Fact
    from hygiene_app.engine.status_words import StatusWord
    from hygiene_app.ui.details import format_facts
    from hygiene_app.ui.home import count_line

    speak(load_catalog("fr"))
    assert format_facts([Fact(N_("Firewall"), on_off(False))]) == "Pare-feu : désactivé"
    counts = SimpleNamespace(counts=[(StatusWord.GOOD, 7)])
    assert count_line(counts) == "Bon : 7"  # type: ignore[arg-type]


def test_an_area_s_two_counts_each_take_their_own_plural(speak) -> None:
    """ "1 por solucionar · 1 recomendado": the second count has a plural too (a translator
    could only write "recomendado(s)" when both counts shared one message)."""
    from hygiene_app.ui.home import AreaState, AreaSummary, tile_line

    def tile(to_fix: int, recommended: int) -> str:
        n = to_fix + recommended
        return tile_line(AreaSummary(AreaState.ACTION, n, 0, n, to_fix=to_fix))

    speak(load_catalog("es"))
    assert tile(1, 1) == "1 por solucionar · 1 recomendado"
    assert tile(3, 2) == "3 por solucionar · 2 recomendados"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_export_audit_counts_breaches_in_the_reader_s_digits(
    qtbot, speak, language: str
) -> None:
    """ "about 1,200 times" in the reader's digits (the walk above sees the source named in the
    language: "Chrome, Edge o Brave", not "Edge or Brave")."""
    from hygiene_app.services.passwords.breach import count_words
    from hygiene_app.ui.vault_audit import AuditTableModel
    from hygiene_app.ui.widgets import engine_text

    speak(load_catalog(language))
    model = AuditTableModel()
    digits = QLocale().toString(1200)
    assert f"{digits} " in model._breached_text(1234) and "1,200" not in digits
    assert f"{digits} " in engine_text(count_words(1234))


def test_the_accounts_summary_gives_each_count_its_own_plural(qtbot, tmp_path, speak) -> None:
    """ "8 cuentas: 4 activadas, 1 desactivada, 2 sin confirmar" (not "1 desactivadas")."""
    from hygiene_app.services.mfa.catalog import Catalog as MfaCatalog
    from hygiene_app.services.mfa.catalog import starter_catalog
    from hygiene_app.services.mfa.inventory import InventoryStore
    from hygiene_app.ui.accounts import AccountsWindow
    from tests.ui.test_accounts import demo_accounts

    speak(load_catalog("es"))
    store = InventoryStore(tmp_path / "inventory.sqlite3", clock=lambda: NOW)
    try:
        accounts = demo_accounts()
        store.add_many(accounts)
        window = AccountsWindow(
            store, MfaCatalog.merged(starter_catalog(), None), clock=lambda: NOW
        )
        qtbot.addWidget(window)
        off = sum(1 for a in accounts if a.mfa.name == "OFF")
        assert off == 1
        assert "1 desactivada," in window.summary.text()
    finally:
        store.close()


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_the_accounts_column_titles_are_not_cut(qtbot, tmp_path, speak, language: str) -> None:
    from hygiene_app.services.mfa.catalog import Catalog as MfaCatalog
    from hygiene_app.services.mfa.catalog import starter_catalog
    from hygiene_app.services.mfa.inventory import InventoryStore
    from hygiene_app.ui.accounts import AccountsModel, AccountsWindow

    speak(load_catalog(language))
    store = InventoryStore(tmp_path / "inventory.sqlite3", clock=lambda: NOW)
    try:
        window = AccountsWindow(
            store, MfaCatalog.merged(starter_catalog(), None), clock=lambda: NOW
        )
        qtbot.addWidget(window)
        window.resize(1024, 640)
        window.show()
        header = window.table.horizontalHeader()
        cut = [
            header.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(header.count())
            if c != AccountsModel.LABEL and header.sectionSize(c) < header.sectionSizeHint(c)
        ]
        assert cut == []
    finally:
        store.close()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_translation_hedges_a_plural_with_s_in_brackets(language: str) -> None:
    """A count has its own plural message; "adresse(s)" in a translation means the code gave
    the translator no plural to fill (see the area tiles and the accounts summary)."""
    with (ROOT / "hygiene_app" / "locale" / f"{language}.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    hedged = [
        str(message.id)[:70]
        for message in catalog
        if message.id
        and isinstance(message.id, str)
        and "(s)" not in message.id
        and re.search(r"\w\(s\)", str(message.string))
    ]
    assert hedged == []


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_tray_menu_speaks_the_language(qtbot, tmp_path, speak, language: str) -> None:
    """The tray menu is built by the app's start, outside every window the walk visits; its
    account-review item was English in every language."""
    from hygiene_app.app import start
    from hygiene_app.engine.live import LiveHttpClient
    from hygiene_app.services.mfa.setup import open_mfa
    from hygiene_app.services.settings import Settings

    speak(load_catalog(language))
    mfa = open_mfa(LiveHttpClient(offline=True), Settings(), path=tmp_path / "inventory.sqlite3")
    machine = as_this_computer(
        Snapshot.load(SNAPSHOTS / f"{MACHINES[0]}.json").seams(),
        tmp_path / "settings.json",
        mfa=mfa,
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    parts = start(app, machine, schedule=lambda hours, failed: None)
    try:
        assert parts.tray is not None
        actions = [a for a in parts.tray.menu.actions() if not a.isSeparator()]
        texts = [t for a in actions for t in (a.text(), a.statusTip(), a.toolTip()) if t]
        assert len(actions) >= 5
        english = [t for t in texts if looks_english(t, language)]
        assert not english, english
    finally:
        if parts.welcome is not None:
            parts.welcome.close()
        parts.tray.close()
        parts.controller.cancel()
        parts.controller.wait()
        parts.window.hide_on_close = False
        parts.window.close()
        mfa.store.close()
