"""Render the app's windows from a replayed snapshot into docs/screenshots/, light and dark.

Run with `make screenshots` (offscreen: no display needed). Pictures, not pixels-perfect
references: look at them after a UI change. The main pages and the first-start and About dialogs
are also rendered at scale factor 2 (`*-2x-light.png`), in a second process started with
QT_SCALE_FACTOR=2 (Qt reads it once, at start).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from hygiene_app.app import AppParts, application, build
from hygiene_app.checks import default_registry, firewall
from hygiene_app.engine.context import Seams
from hygiene_app.engine.i18n import N_
from hygiene_app.engine.probes import HttpOutcome, HttpResponse
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.history import HistoryStore
from hygiene_app.services.machine import Machine
from hygiene_app.services.settings import SettingsStore
from hygiene_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SNAPSHOT = FIXTURES / "snapshots" / "windows-11-cafe.json"
OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 640)
#: The second process's flag: render the scale-factor-2 pictures only.
SCALE2 = "--scale2"
#: How long the scale-factor-2 process may take, in seconds.
SCALE2_TIMEOUT = 600


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#1f2328"),
        (roles.WindowText, "#e6edf3"),
        (roles.Base, "#161b22"),
        (roles.AlternateBase, "#21262d"),
        (roles.Text, "#e6edf3"),
        (roles.Button, "#2d333b"),
        (roles.ButtonText, "#e6edf3"),
        (roles.Highlight, "#1f6feb"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2d333b"),
        (roles.ToolTipText, "#e6edf3"),
        (roles.PlaceholderText, "#8b949e"),
        (roles.Link, "#58a6ff"),
        (roles.Mid, "#444c56"),
        (roles.Dark, "#0d1117"),
        (roles.Light, "#545d68"),
    ):
        p.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return p


def save(widget: QWidget, name: str, out: Path) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def fixed_machine(check_id: str) -> Seams:
    """The replayed machine after the user fixed `check_id` (the firewall, in this snapshot)."""
    doc = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    if check_id == "NET-001":
        on = (FIXTURES / "firewall" / "windows" / "all-on-public-wifi.json").read_text()
        for command in doc["commands"]:
            if tuple(command["argv"]) == firewall.WINDOWS_PROBE:
                command["stdout"] = on
    return Snapshot.from_json(doc).seams()


PSEUDO_LETTERS = str.maketrans("aceinostuyACEINOSTUY", "àçéîñöšţüýÀÇÉÎÑÖŠŢÜÝ")
_PLACEHOLDER = re.compile(r"(%\w|%\d|\{[^}]*\}|&\w)")


class PseudoTranslator(QTranslator):
    """Accented, 40% longer text: shows strings that escaped translation and layouts that
    break when a language needs more room."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        parts = _PLACEHOLDER.split(source)
        text = "".join(
            p if _PLACEHOLDER.fullmatch(p) else p.translate(PSEUDO_LETTERS) for p in parts
        )
        return f"[{text}{'~' * max(1, len(source) * 2 // 5)}]"


def earlier_checkups(seams: Seams) -> HistoryStore:
    """A made-up history for the pictures: three earlier checkups of the same machine, the
    last one with the automatic-updates finding still open, so Home shows a trend."""
    from dataclasses import replace

    from hygiene_app.engine.assessment import assess
    from hygiene_app.engine.context import ProbeContext
    from hygiene_app.engine.model import Status
    from hygiene_app.engine.runner import run_checkup
    from hygiene_app.services.history import Origin, run_record

    history = HistoryStore(Path(tempfile.mkdtemp()) / "history.sqlite3")
    checkup = run_checkup(tuple(default_registry()), ProbeContext(seams))
    now = checkup.started_at
    score = assess(checkup.results, checkup.platform.os).score.value or 0
    for days, behind in ((21, 15), (14, 11), (7, 6)):
        earlier = max(0, score - behind)
        record = run_record(checkup.results, earlier, now - days * 86400, Origin.APP)
        results = tuple(
            replace(r, status=Status.FAIL) if r.check_id == "UPD-002" else r for r in record.results
        )
        history.add(replace(record, results=results))
    return history


def checked_window(parts: AppParts) -> MainWindow:
    """The main window at the pictures' size, once its first checkup has finished."""
    window = parts.window
    window.resize(*SIZE)
    window.show()
    loop = QEventLoop()
    parts.controller.finished.connect(lambda _c: loop.quit())
    parts.controller.run_all()
    loop.exec()
    return window


def shoot(scheme: str, app: QApplication, out: Path, tag: str = "") -> None:
    """The main window's pages (and, without a `tag`, the unfolded areas and a fix wizard);
    `tag` ("-2x") marks the names of pictures at another scale factor."""
    # What a desktop in dark mode hands the app: a dark palette. The app follows it.
    app.setPalette(dark_palette() if scheme == "dark" else app.style().standardPalette())
    settings = SettingsStore(Path(tempfile.mkdtemp()) / "settings.json")
    # The pictures show what a user sees of their own computer (here played by a recording,
    # with every tool an automatic fix needs present).
    seams = Snapshot.load(SNAPSHOT).seams()
    parts = build(
        Machine.this_computer(
            seams, settings, which=lambda program: program, history=earlier_checkups(seams)
        )
    )
    window = checked_window(parts)
    save(window, f"home{tag}-{scheme}", out)
    # One page per area, the good findings unfolded on the first so the fold shows too.
    for area, page in window.areas.items():
        window.show_page(area.value)
        save(window, f"area-{area.value}{tag}-{scheme}", out)
        if tag:
            continue
        if page.fold_button.isVisible() and not page.fold_button.isChecked():
            page.fold_button.click()
            save(window, f"area-{area.value}-all-{scheme}", out)
            page.fold_button.click()
    for key in ("tools", "settings"):
        window.show_page(key)
        save(window, f"{key}{tag}-{scheme}", out)
    window.select("NET-003")
    save(window, f"details{tag}-{scheme}", out)
    window.show_page("home")
    if tag:
        window.close()
        return
    try:
        from hygiene_app.ui.wizard import FixWizard
    except ImportError:
        window.close()
        return
    item = window.model.item_for(window.overview.suggested_check)
    if item is None:
        raise SystemExit("the snapshot has no finding to fix: pick another one")
    from hygiene_app.ui.findings_model import ResultRole

    wizard = FixWizard(item.data(ResultRole), parts.controller, parent=window)
    # The story the pictures tell: the user follows the steps, and the check confirms it.
    parts.controller.use_seams(fixed_machine(window.overview.suggested_check))
    wizard.resize(640, 480)
    wizard.show()
    page = 1
    while True:
        save(wizard, f"wizard-{page}-{scheme}", out)
        if wizard.nextId() == -1:
            break
        wizard.next()
        page += 1
    settle(600)
    save(wizard, f"wizard-{page}-{scheme}", out)
    wizard.close()
    window.close()


def shoot_dialogs(scheme: str, out: Path, tag: str = "") -> None:
    """The first-start welcome and the About window, as they open."""
    from hygiene_app.ui.about import AboutDialog
    from hygiene_app.ui.welcome import WelcomeDialog

    for name, dialog in (("welcome", WelcomeDialog()), ("about", AboutDialog())):
        dialog.show()
        save(dialog, f"{name}{tag}-{scheme}", out)
        dialog.close()


def shoot_scale2() -> None:
    """Render the scale-factor-2 pictures in a process of their own."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    # Our own interpreter and script, no shell, a timeout.
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), SCALE2],
        env=env,
        check=True,
        timeout=SCALE2_TIMEOUT,
    )


def shoot_policy(scheme: str, out: Path) -> None:
    """A computer its organisation manages (the example policy in packaging/policy): the
    contact card at the foot of Home, and a finding with the organisation's note and whom to
    ask under its fix."""
    from hygiene_app.services.policy import load_policy

    settings = SettingsStore(Path(tempfile.mkdtemp()) / "settings.json")
    seams = Snapshot.load(SNAPSHOT).seams()
    machine = Machine.this_computer(seams, settings, which=lambda program: program)
    loaded = load_policy(path=ROOT / "packaging" / "policy" / "policy.json")
    window = checked_window(build(machine.with_policy(loaded)))
    home = window.overview.parentWidget()
    scroll = home.parentWidget() if home is not None else None
    if isinstance(scroll, QScrollArea):
        scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    save(window, f"managed-home-{scheme}", out)
    noted = [check_id for check_id, _note in loaded.policy.check_notes]
    results = window.controller.checkup.results if window.controller.checkup else ()
    # A finding with the organisation's note when one needs attention; else the first fix,
    # which shows whom to ask all the same.
    shown = next(
        (r.meta.id for r in results if r.meta.id in noted and r.status.value != "pass"),
        window.overview.suggested_check,
    )
    if shown:
        window.select(shown)
        bar = window.details.verticalScrollBar()
        bar.setValue(bar.maximum())
        save(window, f"managed-details-{scheme}", out)
    window.close()


def shoot_recording(scheme: str, out: Path) -> None:
    """A snapshot opened with --replay: the banner says whose machine it is."""
    window = checked_window(build(Machine.recording_of(Snapshot.load(SNAPSHOT), SNAPSHOT)))
    save(window, f"recording-{scheme}", out)
    window.close()


class CannedRangeApi:
    """An in-process Pwned Passwords mirror for the pictures: no network, fixed answers."""

    def __init__(self, breached: dict[str, int]) -> None:
        import hashlib

        self._suffixes: dict[str, dict[str, int]] = {}
        for password, count in breached.items():
            digest = hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest()
            digest = digest.upper()
            self._suffixes.setdefault(digest[:5], {})[digest[5:]] = count

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: object = None,
        max_bytes: int = 0,
    ) -> HttpResponse:
        prefix = url.rsplit("/", 1)[-1]
        lines = [f"{s}:{c}" for s, c in self._suffixes.get(prefix, {}).items()]
        lines += [f"{i:035X}:0" for i in range(5)]  # padding
        return HttpResponse(url, HttpOutcome.OK, status=200, text="\r\n".join(lines))


#: A made-up export: a reused weak password, a breached one, and strong unique ones.
FAKE_EXPORT = (
    "name,url,username,password,note\r\n"
    "forum.example.com,https://forum.example.com/,alice@example.org,password1,\r\n"
    "shop.example.net,https://shop.example.net/login,alice,password1,\r\n"
    "news.example.com,https://news.example.com/,alice.b,Summer2019!,\r\n"
    "bank.example.net,https://bank.example.net/,alice.b,vX9$kq2!Lr7#pZ4@wN,\r\n"
    "mail.example.org,https://mail.example.org/,alice,correct-glacier-Umbrella-orbit-71,\r\n"
    "git.example.com,https://git.example.com/,alice,kitten,\r\n"
)


def shoot_passwords(scheme: str, out: Path) -> None:
    """The password lab (a weak and a strong example) and an audit report, from canned data."""
    from hygiene_app.ui.background import wait_for_background
    from hygiene_app.ui.password_lab import PasswordLab
    from hygiene_app.ui.vault_audit import VaultAuditWindow

    http = CannedRangeApi({"password": 9_545_824, "password1": 2_418_984, "Summer2019!": 1_234})
    lab = PasswordLab(http=http, breach_api="https://mirror.example")
    lab.resize(*SIZE)
    lab.show()
    lab.field.setText("password")
    lab.breach_box.setChecked(True)
    wait_for_background()
    save(lab, f"password-lab-weak-{scheme}", out)
    lab.breach_box.setChecked(False)
    lab.field.setText("orbit kettle Varnish 97 glacier-umbrella")
    save(lab, f"password-lab-strong-{scheme}", out)
    lab.close()

    # A fixed folder: the reminder shows the file's path, and a random one would change the
    # picture at every run.
    folder = Path(tempfile.gettempdir()) / "hygiene-screenshots" / "Downloads"
    folder.mkdir(parents=True, exist_ok=True)
    export = folder / "Chrome Passwords.csv"
    export.write_text(FAKE_EXPORT, encoding="utf-8")
    audit = VaultAuditWindow(http=http, breach_api="https://mirror.example")
    audit.resize(*SIZE)
    audit.show()
    audit.breach_box.setChecked(True)
    loop = QEventLoop()
    audit.audit_finished.connect(loop.quit)
    audit.start(export)
    loop.exec()
    if audit.report is None or audit.report.breach_unknown:
        # A picture of a broken canned mirror would show "could not be checked" everywhere.
        raise SystemExit("the canned breach mirror did not answer the audit: fix the script")
    audit.filter_box.setCurrentIndex(1)
    audit.table.selectRow(0)
    save(audit, f"password-audit-{scheme}", out)
    audit.close()
    wait_for_background()
    export.unlink(missing_ok=True)
    folder.rmdir()


class CannedBreachApi:
    """An in-process Have I Been Pwned for the e-mail picture: one made-up address in two
    made-up breaches, the other in none."""

    BREACHES = (
        {
            "Name": "ExampleForum",
            "Title": "Example Forum",
            "Domain": "forum.example.com",
            "BreachDate": "2021-03-04",
            "PwnCount": 120000,
            "DataClasses": ["Email addresses", "Passwords", "Usernames"],
        },
        {
            "Name": "OldShop",
            "Title": "Old Shop",
            "Domain": "shop.example.net",
            "BreachDate": "2015-07-01",
            "PwnCount": 5000,
            "DataClasses": ["Email addresses", "Phone numbers"],
        },
    )

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: object = None,
        max_bytes: int = 0,
    ) -> HttpResponse:
        if "alice%40example.org" in url or "alice@example.org" in url:
            body = json.dumps(self.BREACHES)
            return HttpResponse(url, HttpOutcome.OK, status=200, text=body)
        return HttpResponse(url, HttpOutcome.HTTP_ERROR, status=404, text="")


def shoot_email(scheme: str, out: Path) -> None:
    """The e-mail breach screen after a lookup, with a key in a keyring that lives only in
    this process (the script never touches the real keyring)."""
    import keyring
    from keyring.backend import KeyringBackend

    from hygiene_app.services.passwords import hibp
    from hygiene_app.ui.background import wait_for_background
    from hygiene_app.ui.email_breaches import EmailBreachesWindow

    class InMemory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.secrets.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(InMemory())
    try:
        hibp.store_key("0123456789abcdef0123456789abcdef")
        window = EmailBreachesWindow(
            emails=["alice@example.org", "bob@example.org"],
            http=CannedBreachApi(),
            hibp_api="https://hibp.example/api/v3",
        )
        window.resize(*SIZE)
        window.show()
        loop = QEventLoop()
        window.key_state_known.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        loop = QEventLoop()
        window.check_finished.connect(loop.quit)
        QTimer.singleShot(10_000, loop.quit)
        window.check_button.click()
        loop.exec()
        save(window, f"email-breaches-{scheme}", out)
        window.close()
        wait_for_background()
    finally:
        keyring.set_keyring(previous)


def demo_inventory(folder: Path, now: float):  # -> InventoryStore
    """A made-up inventory in every state: what a person has after the first-run guide and a
    few confirmations."""
    from hygiene_app.services.mfa.inventory import InventoryStore
    from hygiene_app.services.mfa.model import Account, Category, Method, MfaState

    day = 86_400.0
    rows = [
        (
            "Google Account (Gmail)",
            "google.com",
            "ann@example.org",
            Category.EMAIL,
            MfaState.ON,
            (Method.SECURITY_KEY, Method.APP),
            20,
        ),
        ("Yahoo Mail", "yahoo.com", "ann.old@example.net", Category.EMAIL, MfaState.OFF, (), None),
        (
            "PayPal",
            "paypal.com",
            "ann@example.org",
            Category.BANKING,
            MfaState.ON,
            (Method.SMS,),
            130,
        ),
        ("Wise", "wise.com", "ann@example.org", Category.BANKING, MfaState.UNKNOWN, (), None),
        ("Facebook", "facebook.com", "Ann B.", Category.SOCIAL, MfaState.UNKNOWN, (), None),
        (
            "LinkedIn",
            "linkedin.com",
            "ann@example.org",
            Category.SOCIAL,
            MfaState.ON,
            (Method.APP,),
            45,
        ),
        (
            "Dropbox",
            "dropbox.com",
            "ann@example.org",
            Category.CLOUD,
            MfaState.ON,
            (Method.APP,),
            250,
        ),
        ("Corner Bakery", "", "ann", Category.SHOPPING, MfaState.NOT_OFFERED, (), 3),
    ]
    store = InventoryStore(folder / "inventory.sqlite3", clock=lambda: now)
    store.add_many(
        Account(
            id=None,
            service=service,
            domain=domain,
            label=label,
            category=category,
            mfa=mfa,
            methods=methods,
            confirmed_at=None if days is None else now - days * day,
            created_at=now - 400 * day,
        )
        for service, domain, label, category, mfa, methods, days in rows
    )
    return store


#: The Accounts screenshot's 2FA Directory status: one the app really shows (no network), so
#: it is in the reader's language like the rest of the picture.
DEMO_DIRECTORY_STATUS = N_("not available offline yet")


def shoot_mfa(scheme: str, out: Path) -> None:
    """The account inventory and the MFA wizard, from a made-up inventory and the bundled
    catalog (no network)."""
    import shutil
    import time

    from hygiene_app.services.mfa.catalog import Catalog, starter_catalog
    from hygiene_app.services.mfa.model import Method
    from hygiene_app.ui.accounts import AccountsWindow
    from hygiene_app.ui.mfa_wizard import MfaWizard

    now = time.time()
    folder = Path(tempfile.mkdtemp())
    store = demo_inventory(folder, now)
    catalog = Catalog.merged(starter_catalog(), None)
    window = AccountsWindow(
        store,
        catalog,
        directory_status=DEMO_DIRECTORY_STATUS,
        clock=lambda: now,
    )
    window.resize(*SIZE)
    window.show()
    paypal = next(a for a in store.accounts() if a.domain == "paypal.com")
    if paypal.id is not None:
        window.select(paypal.id)
    save(window, f"accounts-{scheme}", out)

    yahoo = next(a for a in store.accounts() if a.domain == "yahoo.com")
    wizard = MfaWizard(
        yahoo, store, service=catalog.by_domain(yahoo.domain), clock=lambda: now, parent=window
    )
    wizard.resize(640, 480)
    wizard.show()
    # The story: the user reads, follows the steps, stores the codes, and records an app.
    wizard.recovery_page.yes.setChecked(True)
    wizard.done_page.choose(Method.APP)
    page = 1
    while True:
        save(wizard, f"mfa-wizard-{page}-{scheme}", out)
        if wizard.nextId() == -1:
            break
        wizard.next()
        page += 1
    wizard.reject()  # pictures only: nothing is recorded
    window.close()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


def shoot_phish_lesson(scheme: str, out: Path, tag: str = "") -> None:
    """Spot the phish: the first example, its explanation, and the last page."""
    from hygiene_app.ui.phish_lesson import LESSON_SIZE, LessonDialog

    lesson = LessonDialog()
    lesson.resize(*LESSON_SIZE)
    lesson.show()
    save(lesson, f"phish-lesson-1{tag}-{scheme}", out)
    # The story: the first one spotted and explained, the 4th and 8th missed.
    while lesson.view is not None:
        view = lesson.view
        right = view.example.right_choice
        wrong = lesson.run.answered in (3, 7)
        view.answer_buttons[1 - right if wrong else right].click()
        if lesson.run.answered == 1:
            save(lesson, f"phish-lesson-explained{tag}-{scheme}", out)
        view.next_button.click()
    save(lesson, f"phish-lesson-done{tag}-{scheme}", out)
    lesson.close()


def shoot_link_checker(scheme: str, out: Path, tag: str = "") -> None:
    """The link checker: a deceptive link with its reasons, and a legitimate international one."""
    from hygiene_app.ui.link_checker import LinkCheckerWindow

    checker = LinkCheckerWindow(known_domains=("mybank.co.uk",))
    checker.resize(*SIZE)
    checker.show()
    checker.check_text("http://paypal.com.secure-login.example/webscr?cmd=_login")
    save(checker, f"link-checker-phish{tag}-{scheme}", out)
    checker.check_text("https://www.bücher.de/")
    save(checker, f"link-checker-good{tag}-{scheme}", out)
    checker.close()


def shoot_language(app: QApplication, language: str, out: Path, *, every_page: bool) -> None:
    """Home in `language` (`make screenshots LANG=de`: docs/screenshots/home-de.png, next to
    the English pictures); `every_page` also the areas, Tools, Settings and a finding's details
    (for a layout check in the pseudo-locales)."""
    from hygiene_app.engine.catalog import load_catalog, require_language
    from hygiene_app.ui.language import install_language

    language = require_language(language)
    install_language(app, load_catalog(language))
    app.setPalette(app.style().standardPalette())
    settings = SettingsStore(Path(tempfile.mkdtemp()) / "settings.json")
    seams = Snapshot.load(SNAPSHOT).seams()
    machine = Machine.this_computer(
        seams, settings, which=lambda program: program, history=earlier_checkups(seams)
    )
    window = checked_window(build(machine))
    save(window, f"home-{language}", out)
    if every_page:
        for area in window.areas:
            window.show_page(area.value)
            save(window, f"area-{area.value}-{language}", out)
        for key in ("tools", "settings"):
            window.show_page(key)
            save(window, f"{key}-{language}", out)
        window.select("NET-003")
        save(window, f"details-{language}", out)
    window.close()


def main() -> None:
    app = application()
    app.setStyle("Fusion")
    if "--lang" in sys.argv:
        # `--lang de`: the German Home into docs/screenshots; `--lang en-XA --pseudo DIR`:
        # every page in a pseudo-locale, into DIR.
        language = sys.argv[sys.argv.index("--lang") + 1]
        pseudo = "--pseudo" in sys.argv
        out = Path(sys.argv[sys.argv.index("--pseudo") + 1]) if pseudo else OUT
        out.mkdir(parents=True, exist_ok=True)
        shoot_language(app, language, out, every_page=pseudo)
        sys.exit(0)
    if "--pseudo" in sys.argv:
        # A layout check, not for the README: pictures go to a folder of your choice.
        out = Path(sys.argv[sys.argv.index("--pseudo") + 1])
        app.installTranslator(PseudoTranslator(app))
        out.mkdir(parents=True, exist_ok=True)
        shoot("light", app, out)
        shoot_passwords("light", out)
        shoot_mfa("light", out)
        sys.exit(0)
    OUT.mkdir(parents=True, exist_ok=True)
    if SCALE2 in sys.argv:
        for scheme in ("light", "dark"):
            shoot(scheme, app, OUT, tag="-2x")
            shoot_dialogs(scheme, OUT, tag="-2x")
            shoot_phish_lesson(scheme, OUT, tag="-2x")
            shoot_link_checker(scheme, OUT, tag="-2x")
        sys.exit(0)
    for scheme in ("light", "dark"):
        shoot(scheme, app, OUT)
        shoot_dialogs(scheme, OUT)
        shoot_recording(scheme, OUT)
        shoot_policy(scheme, OUT)
        shoot_passwords(scheme, OUT)
        shoot_email(scheme, OUT)
        shoot_mfa(scheme, OUT)
        shoot_phish_lesson(scheme, OUT)
        shoot_link_checker(scheme, OUT)
    shoot_scale2()
    sys.exit(0)


if __name__ == "__main__":
    main()
