"""The window is built on the areas people think in: a sidebar, Home with its tiles, area pages
with cards, and a finding page with a way back."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hygiene_app.checks import default_registry
from hygiene_app.engine.model import Category
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.engine.status_words import StatusWord, status_word
from hygiene_app.ui.controller import CheckupController
from hygiene_app.ui.main_window import MainWindow
from hygiene_app.ui.wizard import FixWizard
from tests.support import NOW, as_this_computer

SNAPSHOT = (
    Path(__file__).resolve().parent.parent / "fixtures" / "snapshots" / "windows-11-cafe.json"
)


@pytest.fixture
def window(qtbot, tmp_path):
    controller = CheckupController(
        default_registry(),
        as_this_computer(Snapshot.load(SNAPSHOT).seams(), tmp_path / "settings.json"),
    )
    window = MainWindow(controller, clock=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    return window


def test_sidebar_lists_home_the_six_areas_tools_and_settings(window):
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Home",
        "Passwords",
        "Two-step verification",
        "Phishing & browsing",
        "Updates",
        "Wi-Fi & VPN",
        "This device",
        "Tools",
        "Settings",
    ]
    assert window.current_page() == "home"
    window.sidebar.setFocus()
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)  # keyboard navigable
    assert window.current_page() == "passwords"


def test_each_check_is_on_exactly_the_page_of_its_area(window):
    results = window.controller.checkup.results
    seen = [i for page in window.areas.values() for i in page.check_ids()]
    assert sorted(seen) == sorted(r.meta.id for r in results)  # each once, none missing
    for area, page in window.areas.items():
        checkup = window.controller.checkup
        assert all(checkup.result(i).meta.category is area for i in page.check_ids())


def test_a_tile_counts_the_open_problems_of_its_area(window):
    """ "N to fix" counts what needs action, as the headline does; the rest are recommended
    (a person once added up the tiles and got more problems than the headline said)."""
    results = window.controller.checkup.results
    for area, tile in window.overview.tiles.items():
        mine = [r for r in results if r.meta.category is area]
        problems = sum(1 for r in mine if r.status.is_problem)
        urgent = sum(1 for r in mine if status_word(r) is StatusWord.ACTION_NEEDED)
        assert (tile.summary.problems, tile.summary.to_fix) == (problems, urgent)
        if urgent and problems > urgent:
            assert tile.line.text() == f"{urgent} to fix · {problems - urgent} recommended"
        elif urgent:
            assert tile.line.text() == f"{urgent} to fix"
        elif problems:
            assert tile.line.text() == f"{problems} recommended"
    counted = sum(t.summary.to_fix for t in window.overview.tiles.values())
    needing = dict(window.overview.assessment.counts).get(StatusWord.ACTION_NEEDED, 0)
    assert counted == needing > 0


def test_clicking_a_tile_opens_its_area(qtbot, window):
    qtbot.mouseClick(window.overview.tiles[Category.UPDATES], Qt.MouseButton.LeftButton)
    assert window.current_page() == "updates"
    assert window.sidebar.current_key() == "updates"
    assert window.areas[Category.UPDATES].isVisible()


def test_phishing_has_its_browser_checks(window):
    assert window.overview.tiles[Category.PHISHING].line.text() != "Nothing to check yet"
    window.show_page("phishing")
    page = window.areas[Category.PHISHING]
    assert {"PHI-001", "PHI-002"} <= set(page.check_ids())
    assert not page.empty.isVisible()


def test_a_cards_fix_opens_the_wizard(qtbot, window):
    window.show_page("device")
    card = window.areas[Category.DEVICE].card("NET-001")
    assert card is not None and card.primary.text() == "&Fix it…"
    card.primary.click()
    wizards = window.findChildren(FixWizard)
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].reject()


def test_a_card_opens_its_finding_and_back_returns_to_the_area(qtbot, window):
    window.show_page("passwords")
    card = window.areas[Category.PASSWORDS].cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_page() == "finding"
    assert window.details.check_id == card.result.meta.id
    assert window.back_button.text() == "&Back to Passwords"
    window.back_button.click()
    assert window.current_page() == "passwords"


def test_check_again_on_a_good_card_checks_that_finding_again(qtbot, window):
    page = window.areas[Category.PASSWORDS]
    good = [c for c in page.cards if not c.result.status.is_problem]
    assert good and good[0].primary.text() == "Check &again"
    with qtbot.waitSignal(window.controller.rechecked, timeout=10000) as signal:
        good[0].primary.click()
    assert signal.args[0].meta.id == good[0].result.meta.id


def test_select_opens_the_finding_from_anywhere(window):
    window.show_page("settings")
    window.select("NET-001")
    assert window.current_page() == "finding"
    assert window.sidebar.current_key() == "device"


def test_the_tools_page_opens_the_password_tools(qtbot, window):
    window.show_page("tools")
    assert window.current_page() == "tools"
    window.tool_buttons["Password strength"].click()
    lab = window._tools.get("lab")
    assert lab is not None and lab.isVisible()
    lab.close()


def test_settings_page_offers_the_periodic_checkup(qtbot, window):
    with qtbot.waitSignal(window.periodic_requested) as signal:
        index = window.periodic_box.findData(24)
        window.periodic_box.activated.emit(index)
    assert signal.args == [24]


def test_window_fits_small_screens(window):
    assert window.minimumWidth() <= 800 and window.minimumHeight() <= 560


def test_settings_page_opens_about(qtbot, tmp_path):
    """Version, licences and privacy are one click from Settings."""
    from PySide6.QtWidgets import QPushButton

    from hygiene_app.ui.about import AboutDialog

    window = _window_for_about(qtbot, tmp_path)
    button = window.findChild(QPushButton, "aboutButton")
    assert button is not None
    button.click()
    dialogs = window.findChildren(AboutDialog)
    assert dialogs and dialogs[-1].isVisible()
    dialogs[-1].close()


def _window_for_about(qtbot, tmp_path):
    from hygiene_app.checks import default_registry
    from hygiene_app.ui.controller import CheckupController
    from hygiene_app.ui.main_window import MainWindow
    from tests.support import as_this_computer, machine

    controller = CheckupController(
        default_registry(), as_this_computer(machine("ubuntu"), tmp_path / "s.json")
    )
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_area_name_with_an_ampersand_shows_it_on_the_back_button(qtbot, tmp_path):
    """ "Wi-Fi & VPN" must not turn into "Wi-Fi _VPN" (Qt reads "&" as a shortcut marker)."""
    window = _window_for_about(qtbot, tmp_path)
    with qtbot.waitSignal(window.controller.finished, timeout=20000):
        window.controller.run_all()
    window.select("NET-002")
    assert window.back_button.text().replace("&&", "&").endswith("Wi-Fi & VPN")
    assert "&&" in window.back_button.text()


def test_score_gains_keep_their_numbers_in_a_column_of_their_own(qtbot, tmp_path):
    """A long check title wraps under itself, not under "+18": the number is its own cell."""
    from PySide6.QtWidgets import QLabel

    from hygiene_app.checks import default_registry
    from hygiene_app.engine.snapshot import Snapshot
    from hygiene_app.ui.controller import CheckupController
    from hygiene_app.ui.main_window import MainWindow
    from tests.support import FIXTURES, as_this_computer

    cafe = Snapshot.load(FIXTURES / "snapshots" / "windows-11-cafe.json").seams()
    controller = CheckupController(default_registry(), as_this_computer(cafe, tmp_path / "s"))
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.run_all()
    gains = window.overview.gains
    numbers = [label.text() for label in gains.findChildren(QLabel) if label.text().startswith("+")]
    assert numbers, "the test machine has something that would raise the score"
    assert all(n[1:].isdigit() for n in numbers)
    assert gains.text().splitlines()[0] == "What would raise your score:"


def test_do_this_first_is_titled_with_the_fix_not_the_checks_name(window):
    """ "Firewall on" over "Firewall is off" read as if all were well to a first-time user."""
    first = window.overview.assessment.first
    assert first is not None and first.result.finding.fix is not None
    assert window.overview.card_title.text() == first.result.finding.fix.title
    assert window.overview.card_title.text() != first.result.meta.title


def test_the_password_tools_are_also_at_the_foot_of_the_passwords_area(qtbot, window):
    """A first-time user looking for "test a password" opened Passwords as often as Tools."""
    from PySide6.QtWidgets import QPushButton

    page = window.areas[Category.PASSWORDS]
    words = [b.text().replace("&", "") for b in page.findChildren(QPushButton)]
    assert {"Test a password…", "Audit an export…"} <= set(words)
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "&Test a password…")
    button.click()
    lab = window._tools["lab"]
    assert lab.isVisible()
    lab.close()
    phishing = window.areas[Category.PHISHING]
    links = [b.text().replace("&", "") for b in phishing.findChildren(QPushButton)]
    assert "Check a link…" in links
