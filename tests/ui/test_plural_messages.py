"""Counted texts in the app are ONE plural message each (issue 14): a translator gets the
singular and the plural together and gives every form their language has, instead of two
unrelated ids picked by `n == 1` in English. Qt's numerus `tr("%n fixed", "", n)` reaches the
catalog as a plural too, and the app's translator answers it with the form for `n`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from hygiene_app.engine.catalog import load_catalog
from hygiene_app.ui.accounts import review_line
from hygiene_app.ui.home import checked_line
from hygiene_app.ui.widgets import tr_plural
from tests.engine.test_catalog import compile_catalog

#: Three forms, as Polish has: 1, 2-4 (not 12-14), the rest; English's "n == 1" cannot say it.
THREE_FORMS = (
    "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


def test_counted_texts_read_right_in_english_without_a_catalog(qapp) -> None:
    now = 1_000_000.0
    assert checked_line(now - 60, now) == "Checked 1 minute ago"
    assert checked_line(now - 5 * 60, now) == "Checked 5 minutes ago"
    assert checked_line(now - 3600, now) == "Checked 1 hour ago"
    assert checked_line(now - 3 * 86400, now) == "Checked 3 days ago"
    assert review_line(1) == "1 account due for a two-step verification review"
    assert review_line(4) == "4 accounts due for a two-step verification review"
    # Was "Deleted %n file(s).": the English is right now for one file and for many.
    assert tr_plural("Deleted %n file.", "Deleted %n files.", 1) == "Deleted 1 file."
    assert tr_plural("Deleted %n file.", "Deleted %n files.", 3) == "Deleted 3 files."


def test_a_count_is_one_plural_message_with_every_form_of_the_language(
    qapp, tmp_path: Path, speak
) -> None:
    compile_catalog(
        tmp_path,
        "xx",
        {
            ("Checked 1 minute ago", "Checked %n minutes ago"): (
                "Sprawdzono minutę temu",
                "Sprawdzono %n minuty temu",
                "Sprawdzono %n minut temu",
            ),
            (
                "1 account due for a two-step verification review",
                "{n} accounts due for a two-step verification review",
            ): ("{n} konto", "{n} konta", "{n} kont"),
            ("{status}, 1 problem set aside", "{status}, {n} problems set aside"): (
                "{status}, jeden",
                "{status}, {n} (2-4)",
                "{status}, {n} (5+)",
            ),
        },
        plural_forms=THREE_FORMS,
    )
    speak(load_catalog("xx", tmp_path))
    now = 1_000_000.0
    assert checked_line(now - 60, now) == "Sprawdzono minutę temu"
    assert checked_line(now - 3 * 60, now) == "Sprawdzono 3 minuty temu"
    assert checked_line(now - 5 * 60, now) == "Sprawdzono 5 minut temu"
    assert review_line(22) == "22 konta"
    assert review_line(12) == "12 kont"
    text = tr_plural("{status}, 1 problem set aside", "{status}, {n} problems set aside", 7)
    assert text.format(status="OK") == "OK, 7 (5+)"


def test_qt_numerus_strings_are_answered_as_plurals(qapp, tmp_path: Path, speak) -> None:
    """`tr("%n fixed", "", n)` is filed as msgid = msgid_plural = "%n fixed" by `make i18n`;
    the translator answers it with the language's form for n (it used to ignore the count)."""
    compile_catalog(
        tmp_path,
        "xx",
        {("%n fixed", "%n fixed"): ("%n naprawiony", "%n naprawione", "%n naprawionych")},
        plural_forms=THREE_FORMS,
    )
    speak(load_catalog("xx", tmp_path))
    assert QCoreApplication.translate("Home", "%n fixed", "", 1) == "1 naprawiony"
    assert QCoreApplication.translate("Home", "%n fixed", "", 3) == "3 naprawione"
    assert QCoreApplication.translate("AreaTile", "%n fixed", "", 25) == "25 naprawionych"
    # Without a count it is not a plural question: the source stays.
    assert QCoreApplication.translate("Home", "Run checkup") == "Run checkup"


def test_the_fix_wizard_s_step_count_is_one_plural_message(qtbot, tmp_path: Path, speak) -> None:
    from PySide6.QtWidgets import QLabel

    from hygiene_app.checks import default_registry
    from hygiene_app.engine.context import ProbeContext
    from hygiene_app.engine.model import OSFamily
    from hygiene_app.engine.runner import run_checkup
    from hygiene_app.ui.wizard import IntroPage
    from tests.hostile_data import hostile_snapshot

    checkup = run_checkup(tuple(default_registry()), ProbeContext(hostile_snapshot().seams()))
    result = checkup.result("MFA-001")
    assert result is not None and result.finding.fix is not None
    fix = result.finding.fix
    family = next(f for f in OSFamily if fix.steps_for(f))
    steps = len(fix.steps_for(family))
    compile_catalog(
        tmp_path,
        "xx",
        {
            (
                "Fixing it takes one step. Press Next to start.",
                "Fixing it takes {n} steps. Press Next to start.",
            ): ("Jeden krok.", "{n} kroki.", "{n} kroków."),
        },
        plural_forms=THREE_FORMS,
    )
    speak(load_catalog("xx", tmp_path))
    page = IntroPage(result, fix, family, auto=False)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.findChildren(QLabel)]
    expected = {1: "Jeden krok.", 2: "2 kroki.", 3: "3 kroki.", 4: "4 kroki."}.get(
        steps, f"{steps} kroków."
    )
    assert expected in texts, texts
