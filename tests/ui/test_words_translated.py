"""A finding's title reaches screen readers translated like the visible title, and an import
error of the password audit is shown translated (issue 9 leftovers). How `make i18n` files
plurals is tested in tests/test_i18n_catalogs.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import TRANSLATION_CONTEXT
from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.passwords.vault import VaultImportError, read_export
from hygiene_app.ui.details import DetailsPane
from hygiene_app.ui.findings_model import FindingsModel, NameRole
from hygiene_app.ui.widgets import engine_text

ROOT = Path(__file__).resolve().parents[2]
CAFE = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"


class Marking(QTranslator):
    """Translates every engine string to «string» (a plural to its English form for n)."""

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != TRANSLATION_CONTEXT:
            return source
        if disambiguation and n >= 0:
            source = source if n == 1 else disambiguation
        return f"«{source}»"


@pytest.fixture
def marking(qapp) -> Iterator[None]:
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _firewall() -> CheckResult:
    check = next(c for c in default_registry() if c.meta.id == "NET-001")
    return CheckResult(check.meta, check.run(ProbeContext(Snapshot.load(CAFE).seams())), 0.1)


def test_the_findings_list_reads_and_sorts_the_translated_title(marking) -> None:
    result = _firewall()
    model = FindingsModel()
    model.set_results([result], {})
    (item,) = model.finding_items()
    title = f"«{result.meta.title}»"
    assert item.text().startswith(title)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{title}, ")
    assert item.data(NameRole) == title.casefold()


def test_the_details_buttons_name_the_translated_title(qtbot, marking) -> None:
    result = _firewall()
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_result(result, None)
    title = f"«{result.meta.title}»"
    names = [
        b.accessibleName()
        for b in (pane.fix_button, pane.recheck_button, pane.set_aside_button, pane.unset_button)
    ]
    assert all(title in name for name in names), names


def test_a_finding_cards_names_use_the_translated_title(qtbot, marking) -> None:
    from hygiene_app.ui.area_page import FindingCard

    result = _firewall()
    card = FindingCard(result, None)
    qtbot.addWidget(card)
    title = f"«{result.meta.title}»"
    names = [card.accessibleName(), card.primary.accessibleName()]
    names.append(card.details_button.accessibleName())
    assert all(title in name for name in names), names


def test_an_import_error_is_shown_translated(marking) -> None:
    with pytest.raises(VaultImportError) as caught:
        read_export(b"")
    assert engine_text(caught.value.text) == "«The file is empty.»"
