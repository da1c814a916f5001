"""The details pane shows what was found as facts in words; the raw evidence waits, folded,
under "Technical details" for support staff."""

from __future__ import annotations

from pathlib import Path

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.ui.details import DetailsPane

CAFE = Path(__file__).resolve().parents[1] / "fixtures" / "snapshots" / "windows-11-cafe.json"


def _firewall() -> CheckResult:
    check = next(c for c in default_registry() if c.meta.id == "NET-001")
    finding = check.run(ProbeContext(Snapshot.load(CAFE).seams()))
    return CheckResult(check.meta, finding, 0.1)


def test_what_was_found_is_facts_and_the_evidence_is_folded(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    pane.show()
    pane.show_result(_firewall(), None)
    found = pane.found.text()
    assert "Firewall: switched off" in found.splitlines()
    assert "Public network: switched off" in found.splitlines()
    for raw in ("NotConfigured", "ActiveStore", "policy", "Default inbound", "_"):
        assert raw not in found
    assert pane.technical_toggle.isVisible() and not pane.technical_toggle.isChecked()
    assert not pane.technical.isVisible()
    assert pane.technical_toggle.accessibleName() == "Technical details"

    pane.technical_toggle.click()
    assert pane.technical.isVisible()
    assert "ActiveStore" in pane.technical.text()

    pane.technical_toggle.click()
    assert not pane.technical.isVisible()


def test_nothing_technical_before_a_finding_is_chosen(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.technical_toggle.setChecked(True)
    pane.show_empty()
    assert not pane.technical_toggle.isVisible() and not pane.technical.isVisible()


def test_technical_details_say_and_n_more_and_yes_in_the_reader_s_language(qapp) -> None:
    """A long list in the technical details ends in "et 2 de plus", not " and 2 more"."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from hygiene_app.engine.catalog import load_catalog
    from hygiene_app.ui.details import _value
    from hygiene_app.ui.language import install_language

    previous = QLocale()
    translator = install_language(qapp, load_catalog("fr"))
    try:
        text = _value([str(i) for i in range(10)])
        assert text.startswith("0, 1, 2, 3, 4, 5, 6, 7")
        assert "more" not in text and "and" not in text
        assert "2" in text.removeprefix("0, 1, 2, 3, 4, 5, 6, 7")
        assert _value(True) == "oui"
    finally:
        QCoreApplication.removeTranslator(translator)
        if translator.qt_own is not None:
            QCoreApplication.removeTranslator(translator.qt_own)
        QLocale.setDefault(previous)
    assert _value([str(i) for i in range(9)]) == "0, 1, 2, 3, 4, 5, 6, 7 and 1 more"
