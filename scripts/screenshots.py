"""Render the app's windows from a replayed snapshot into docs/screenshots/, light and dark.

Run with `make screenshots` (offscreen: no display needed). Pictures, not pixels-perfect
references: look at them after a UI change.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hygiene_app.app import application, build
from hygiene_app.checks import firewall
from hygiene_app.engine.context import Seams
from hygiene_app.engine.snapshot import Snapshot

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SNAPSHOT = FIXTURES / "snapshots" / "windows-11-cafe.json"
OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 640)


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


def shoot(scheme: str, app: QApplication, out: Path) -> None:
    # What a desktop in dark mode hands the app: a dark palette. The app follows it.
    app.setPalette(dark_palette() if scheme == "dark" else app.style().standardPalette())
    settings = Path(tempfile.mkdtemp()) / "settings.json"
    parts = build(
        Snapshot.load(SNAPSHOT).seams(), offline=False, replayed=True, settings_path=settings
    )
    window = parts.window
    window.resize(*SIZE)
    window.show()
    loop = QEventLoop()
    parts.controller.finished.connect(lambda _c: loop.quit())
    parts.controller.run_all()
    loop.exec()
    save(window, f"overview-{scheme}", out)
    window.filter_box.setCurrentIndex(1)
    save(window, f"all-checks-{scheme}", out)
    window.filter_box.setCurrentIndex(0)
    window.select("NET-003")
    save(window, f"details-{scheme}", out)
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
    parts.controller.use_seams(fixed_machine(window.overview.suggested_check), replayed=True)
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


def main() -> None:
    app = application()
    app.setStyle("Fusion")
    if "--pseudo" in sys.argv:
        # A layout check, not for the README: pictures go to a folder of your choice.
        out = Path(sys.argv[sys.argv.index("--pseudo") + 1])
        app.installTranslator(PseudoTranslator(app))
        out.mkdir(parents=True, exist_ok=True)
        shoot("light", app, out)
        sys.exit(0)
    OUT.mkdir(parents=True, exist_ok=True)
    for scheme in ("light", "dark"):
        shoot(scheme, app, OUT)
    sys.exit(0)


if __name__ == "__main__":
    main()
