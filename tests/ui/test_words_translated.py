"""A finding's title reaches screen readers translated like the visible title, an import error
of the password audit is shown translated, and `make i18n` files plurals so that a translation
of one is found at run time (issue 9 leftovers)."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, TRANSLATION_CONTEXT, fmt_plural
from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.passwords.vault import VaultImportError, read_export
from hygiene_app.ui.details import DetailsPane
from hygiene_app.ui.findings_model import FindingsModel, NameRole
from hygiene_app.ui.widgets import engine_text

ROOT = Path(__file__).resolve().parents[2]
CAFE = ROOT / "tests" / "fixtures" / "snapshots" / "windows-11-cafe.json"
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"


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


# make i18n -------------------------------------------------------------------------------------


def _make_i18n_aliases() -> str:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    found = re.search(r"^i18n:.*?-tr-function-alias (\S+)", makefile, re.MULTILINE | re.DOTALL)
    assert found, "the i18n target passes -tr-function-alias"
    return found.group(1)


def test_make_i18n_collects_plurals_as_numerus_messages() -> None:
    aliases = _make_i18n_aliases().split(",")
    assert "QT_TR_NOOP+=N_" in aliases
    assert {"tr+=fmt_plural", "tr+=N_plural"} <= set(aliases)


@pytest.mark.skipif(not (LUPDATE.exists() and LRELEASE.exists()), reason="no Qt linguist tools")
def test_a_translated_plural_from_make_i18n_is_found_at_run_time(tmp_path, qapp) -> None:
    source = tmp_path / "engine.py"
    source.write_text(
        "from hygiene_app.engine.i18n import N_, fmt, fmt_plural\n"
        "class Check:\n"
        "    def run(self, n):\n"
        '        return fmt_plural("{n} update is waiting", "{n} updates are waiting", n, n=n)\n'
        'TITLE = N_("Updates")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "de.ts"
    argv = [str(LUPDATE), str(source), "-tr-function-alias", _make_i18n_aliases()]
    subprocess.run(
        [*argv, "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    catalog = ts.read_text(encoding="utf-8")
    assert '<message numerus="yes">' in catalog
    assert "<source>{n} update is waiting</source>" in catalog
    assert "<comment>{n} updates are waiting</comment>" in catalog
    assert "<source>Updates</source>" in catalog
    translated = catalog.replace('<TS version="2.1">', '<TS version="2.1" language="de">').replace(
        '<translation type="unfinished">\n            <numerusform></numerusform>\n'
        "        </translation>",
        "<translation>\n            <numerusform>{n} Update wartet</numerusform>\n"
        "            <numerusform>{n} Updates warten</numerusform>\n        </translation>",
    )
    assert translated != catalog.replace('<TS version="2.1">', '<TS version="2.1" language="de">')
    ts.write_text(translated, encoding="utf-8")
    qm = tmp_path / "de.qm"
    subprocess.run(
        [str(LRELEASE), str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=120
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        one, three = (
            fmt_plural("{n} update is waiting", "{n} updates are waiting", n, n=n) for n in (1, 3)
        )
        assert (engine_text(one), engine_text(three)) == ("1 Update wartet", "3 Updates warten")
        assert engine_text(N_("Updates")) == "Updates"  # untranslated: the English
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_committed_template_holds_the_engine_plurals() -> None:
    template = (ROOT / "resources" / "i18n" / "hygiene_app.ts").read_text(encoding="utf-8")
    assert "<source>A password export is lying in your files</source>" in template
    assert "<comment>{n} password exports are lying in your files</comment>" in template
