"""Numbers in engine texts follow the reader's locale (issue 14): "stopped after 2.5s" is
"2,5" in German; a format spec in the template ("{seconds:.1f}") always wrote English digits."""

from __future__ import annotations

import copy
import pickle

from hygiene_app.engine.catalog import Catalog
from hygiene_app.engine.i18n import N_, Number, fmt


def test_a_number_reads_in_the_reader_s_locale() -> None:
    text = fmt(N_("stopped after {seconds}s"), seconds=Number(2.5, 1))
    assert text == "stopped after 2.5s"  # English unchanged
    assert Catalog().text(text) == "stopped after 2.5s"
    assert Catalog(language="de").text(text) == "stopped after 2,5s"
    big = fmt(N_("no answer in {seconds}s"), seconds=Number(1234, 0))
    assert Catalog(language="de").text(big) == "no answer in 1.234s"
    assert Catalog(language="fr").text(fmt(N_("{n}"), n=Number(0.5, 1))) == "0,5"


def test_a_number_keeps_its_value_when_copied() -> None:
    number = Number(7.25, 2)
    for copied in (copy.deepcopy(number), pickle.loads(pickle.dumps(number))):  # noqa: S301
        assert copied == "7.25" and copied.value == 7.25 and copied.decimals == 2


def test_sizes_and_counts_in_engine_texts_use_the_reader_s_digits() -> None:
    from hygiene_app.engine.safe_read import _too_large

    assert _too_large(65536) == "is larger than 65,536 bytes"  # English unchanged
    assert Catalog(language="de").text(_too_large(65536)) == "is larger than 65.536 bytes"
    assert Catalog(language="fr").text(_too_large(65536)).replace("\u202f", " ") == (
        "is larger than 65 536 bytes"
    )
