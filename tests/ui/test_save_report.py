""" "Save report…" on Home: the checkup the window shows, with the user's set-asides and this
computer's organisation, written as a PDF or a web page off the UI thread; a recording's report
has no organisation; the report's words are translated; a failure is said, never raised."""

from __future__ import annotations

import json
import stat
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hygiene_app.checks import default_registry
from hygiene_app.engine.i18n import TRANSLATION_CONTEXT
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.machine import Machine
from hygiene_app.services.policy import load_policy
from hygiene_app.services.set_aside import SetAside, SetAsideKind
from hygiene_app.ui import save_report as save_report_module
from hygiene_app.ui.background import wait_for_background
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.save_report import save_report, with_kind
from tests.support import NOW, as_recording, as_this_computer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CAFE = FIXTURES / "snapshots" / "windows-11-cafe.json"
GUARD_MS = 30000
POLICY = {
    "version": 1,
    "contact": {"name": "Acme IT", "email": "it@acme.example", "message": "Call us first."},
    "checks": {"NET-001": {"note": "Call the IT desk before changing this."}},
}


class Words(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.feed(source)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


def window_over(qtbot, machine: Machine) -> MainWindow:
    window = MainWindow(CheckupController(default_registry(), machine), clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    return window


def checked(qtbot, window: MainWindow) -> MainWindow:
    with qtbot.waitSignal(window.controller.finished, timeout=GUARD_MS):
        window.controller.run_all()
    return window


def managed(tmp_path: Path) -> Machine:
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps(POLICY), encoding="utf-8")
    computer = as_this_computer(Snapshot.load(CAFE).seams(), tmp_path / "settings.json")
    return computer.with_policy(load_policy(path=policy))


def saved(qtbot, window: MainWindow, target: Path) -> Path:
    window.save_report(str(target))
    qtbot.waitUntil(lambda: window.save_report_button.isEnabled(), timeout=GUARD_MS)
    assert wait_for_background()
    return target


def test_save_report_is_on_home_once_a_checkup_is_there(qtbot, tmp_path) -> None:
    window = window_over(qtbot, managed(tmp_path))
    button = window.save_report_button
    assert button.isVisible() and not button.isEnabled()
    window.save_report(str(tmp_path / "early.pdf"))  # nothing to report yet
    assert not (tmp_path / "early.pdf").exists()
    checked(qtbot, window)
    assert button.isEnabled() and button.text() == "&Save report…"
    window.show_page("device")
    assert not button.isVisible()  # a Home action


def test_a_pdf_from_the_app(qtbot, tmp_path) -> None:
    window = checked(qtbot, window_over(qtbot, managed(tmp_path)))
    target = saved(qtbot, window, tmp_path / "report.pdf")
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert str(target) in window.statusBar().currentMessage()


def test_the_web_page_holds_the_organisation_and_the_users_set_asides(qtbot, tmp_path) -> None:
    window = checked(qtbot, window_over(qtbot, managed(tmp_path)))
    window.apply_set_aside(
        SetAside("UPD-003", SetAsideKind.ACCEPT, NOW + 30 * 86400, "restart on Friday", NOW)
    )
    text = Words(saved(qtbot, window, tmp_path / "report.html").read_text("utf-8")).text
    assert "Your IT contact Acme IT Call us first." in text
    assert "From your organisation: Call the IT desk before changing this." in text
    assert "Risk accepted until 2026-12-01: restart on Friday" in text
    assert f"{window.overview.assessment.score.value} out of 100" in text


def test_a_recordings_report_has_no_organisation(qtbot, tmp_path) -> None:
    window = checked(qtbot, window_over(qtbot, as_recording(CAFE)))
    text = Words(saved(qtbot, window, tmp_path / "report.html").read_text("utf-8")).text
    assert "Your IT contact" not in text
    assert "made from a recording of another computer" in text


class Marking(QTranslator):
    """Every engine string as «string»."""

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context == TRANSLATION_CONTEXT else source


def test_the_report_is_in_the_readers_language(qtbot, tmp_path) -> None:
    window = checked(qtbot, window_over(qtbot, as_recording(CAFE)))
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        text = Words(saved(qtbot, window, tmp_path / "report.html").read_text("utf-8")).text
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "«Security checkup report»" in text and "«Passwords»" in text


def test_the_dialogs_choice_is_used_and_a_bare_name_gets_its_type(qtbot, tmp_path) -> None:
    window = checked(qtbot, window_over(qtbot, as_recording(CAFE)))
    asked: list[str] = []

    def ask(_parent, suggested: str) -> tuple[str, str, bool]:
        asked.append(suggested)
        return str(tmp_path / "mine"), "html", False

    save_report(window, ask=ask)
    qtbot.waitUntil(lambda: window.save_report_button.isEnabled(), timeout=GUARD_MS)
    assert wait_for_background()
    assert asked and asked[0].endswith(".pdf")
    page = (tmp_path / "mine.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Computer host" in Words(page).text
    save_report(window, ask=lambda _p, _s: ("", "pdf", False))  # cancelled: nothing happens
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".html")) == [
        "mine.html"
    ]


def test_the_dialog_offers_a_report_without_names(qtbot, tmp_path) -> None:
    window = checked(qtbot, window_over(qtbot, managed(tmp_path)))
    save_report(window, ask=lambda _p, _s: (str(tmp_path / "outside.html"), "html", True))
    qtbot.waitUntil(lambda: (tmp_path / "outside.html").exists(), timeout=GUARD_MS)
    assert wait_for_background()
    text = Words((tmp_path / "outside.html").read_text("utf-8")).text
    assert "Computer host" not in text and "are left out of this report" in text
    assert "C:\\Users\\user\\Downloads" not in text
    assert "Acme IT" in text  # the organisation's own card is not the user's data


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [("r", "pdf", "r.pdf"), ("r", "html", "r.html"), ("r.HTML", "pdf", "r.HTML")],
)
def test_with_kind(typed: str, chosen: str, expected: str) -> None:
    assert with_kind(typed, chosen) == Path(expected)


def test_a_report_that_cannot_be_written_is_said(qtbot, tmp_path, monkeypatch) -> None:
    window = checked(qtbot, window_over(qtbot, as_recording(CAFE)))
    told: list[str] = []
    monkeypatch.setattr(
        save_report_module, "tell", lambda _w, _title, text, _icon: told.append(text)
    )
    window.save_report(str(tmp_path / "missing" / "report.html"))
    qtbot.waitUntil(lambda: bool(told), timeout=GUARD_MS)
    assert "could not be saved" in told[0] and "missing" in told[0]
    assert window.save_report_button.isEnabled()


def test_the_save_dialog_offers_pdf_web_page_and_both_without_names(qapp, monkeypatch) -> None:
    offered: list[str] = []

    def dialog(_parent, _title, suggested, filters, selected):
        offered.extend(filters.split(";;"))
        assert selected == offered[0] and suggested == "/x/r.pdf"
        return "/x/r", offered[3]

    monkeypatch.setattr(save_report_module.QFileDialog, "getSaveFileName", dialog)
    assert save_report_module.ask_path(None, "/x/r.pdf") == ("/x/r", "html", True)
    assert offered == [
        "PDF document (*.pdf)",
        "Web page (*.html)",
        "PDF document without names and addresses (*.pdf)",
        "Web page without names and addresses (*.html)",
    ]
