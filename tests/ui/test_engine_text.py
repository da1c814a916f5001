"""Engine text reaches the screen translated: the marked template through the translator, then
its arguments filled in; a broken translation shows the English instead of crashing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, TRANSLATION_CONTEXT, fmt, fmt_plural, joined
from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.ui.details import DetailsPane
from hygiene_app.ui.findings_model import second_line
from hygiene_app.ui.widgets import engine_text

CAFE = Path(__file__).resolve().parents[1] / "fixtures" / "snapshots" / "windows-11-cafe.json"


class PseudoTranslator(QTranslator):
    """Translates every engine string by bracketing it (placeholders kept), or by `rule`."""

    def __init__(self, rule: Callable[[str], str] = lambda s: f"[{s}]") -> None:
        super().__init__()
        self.rule = rule
        self.counts: list[int] = []

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != TRANSLATION_CONTEXT:
            return source  # the app's own strings, untouched
        self.counts.append(n)
        if disambiguation and n >= 0:  # a plural: the catalog's forms are its English ones
            source = source if n == 1 else disambiguation
        return self.rule(source)


@pytest.fixture
def install(qapp) -> Iterator[Callable[[PseudoTranslator], PseudoTranslator]]:
    installed: list[PseudoTranslator] = []

    def _install(translator: PseudoTranslator) -> PseudoTranslator:
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return translator

    yield _install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _firewall() -> CheckResult:
    check = next(c for c in default_registry() if c.meta.id == "NET-001")
    finding = check.run(ProbeContext(Snapshot.load(CAFE).seams()))
    return CheckResult(check.meta, finding, 0.1)


def catalog(source: str) -> str:
    """A real catalog holds the marked templates, never a sentence with the data filled in."""
    return source if "Public" in source else f"[{source}]"


def test_a_recorded_finding_shows_its_translated_template_with_its_arguments(qtbot, install):
    install(PseudoTranslator(catalog))
    result = _firewall()
    assert result.finding.summary == (
        "Firewall is off for the network you are using (Public network)"
    )
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_result(result, None)
    expected = "[Firewall is off for the network you are using (Public network)]"
    assert pane.summary.text() == expected
    assert pane.title.text() == f"[{result.meta.title}]"
    # "{label}: {value}" is a template of its own (French puts a space before the colon).
    assert "[[Firewall]: [switched off]]" in pane.found.text().splitlines()
    assert second_line(result, None).endswith(f" · {expected}")


def test_text_arguments_are_translated_and_plurals_carry_their_count(install):
    translator = install(PseudoTranslator())
    text = joined(fmt(N_("Seen in {where}"), where=fmt(N_("the {name} list"), name="Cafe")), "x")
    assert engine_text(text) == "[{part0} {part1}]".format(
        part0="[Seen in [the Cafe list]]", part1="[x]"
    )
    translator.counts.clear()
    assert engine_text(fmt_plural("{n} day", "{n} days", 3, n=3)) == "[3 days]"
    assert translator.counts == [3]


@pytest.mark.parametrize(
    "translation",
    ["Pare-feu désactivé", "Pare-feu désactivé ({profils})", "Pare-feu {profiles", "{0}"],
)
def test_a_translation_with_wrong_placeholders_shows_the_english(install, translation):
    install(PseudoTranslator(lambda source: translation))
    assert engine_text(_firewall().finding.summary) == (
        "Firewall is off for the network you are using (Public network)"
    )


def test_plain_strings_are_translated_whole_as_before(install):
    install(PseudoTranslator())
    assert engine_text("Firewall {not a placeholder") == "[Firewall {not a placeholder]"
