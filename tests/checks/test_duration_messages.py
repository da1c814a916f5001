"""Durations are declined by their place in the sentence (issue 14): German says "vor 3 Tagen"
(3 days ago) but "3 Tage alt" (3 days old), so a check never puts "{n} days" into "{time} ago";
each use is its own plural message a catalog can translate whole."""

from __future__ import annotations

from hygiene_app.checks import _facts, malware_protection, restart_pending
from hygiene_app.engine.i18n import render
from hygiene_app.engine.model import Finding, Status

#: A tiny German catalog: (singular, plural) -> forms; "{n} day"/"{n} days" alone is "Tag(e)",
#: which no sentence position can use as is.
GERMAN = {
    ("{n} day", "{n} days"): ("{n} Tag", "{n} Tage"),
    ("{n} day ago", "{n} days ago"): ("vor {n} Tag", "vor {n} Tagen"),
    ("{n} day old", "{n} days old"): ("{n} Tag alt", "{n} Tage alt"),
    ("updated {n} day ago", "updated {n} days ago"): (
        "vor {n} Tag aktualisiert",
        "vor {n} Tagen aktualisiert",
    ),
}


def german(source: str, n: int | None, plural: str | None = None, /) -> str:
    if plural is None or n is None:
        return {"less than a day ago": "vor weniger als einem Tag"}.get(source, source)
    forms = GERMAN.get((source, plural))
    if forms is None:
        return source
    return forms[0] if n == 1 else forms[1]


def test_ago_and_old_are_whole_plural_messages() -> None:
    assert render(_facts.days_ago(3), german) == "vor 3 Tagen"
    assert render(_facts.days_ago(1), german) == "vor 1 Tag"
    assert render(_facts.days_ago(0.2), german) == "vor weniger als einem Tag"
    assert render(_facts.days_old(21), german) == "21 Tage alt"
    assert render(_facts.updated_days_ago(2), german) == "vor 2 Tagen aktualisiert"
    # English is unchanged.
    assert _facts.days_ago(3) == "3 days ago" and _facts.days_ago(1) == "1 day ago"
    assert _facts.days_ago(0) == "less than a day ago"
    assert _facts.days_old(1) == "1 day old"
    assert _facts.updated_days_ago(5) == "updated 5 days ago"


def test_a_check_s_last_restarted_fact_reads_as_one_sentence() -> None:
    finding = Finding(Status.PASS, "ok", evidence={"uptime_days": 4})
    facts = {f.label: f.value for f in restart_pending.facts(finding)}
    assert facts["Last restarted"] == "4 days ago"
    assert render(facts["Last restarted"], german) == "vor 4 Tagen"


def test_definitions_age_is_one_sentence_per_product() -> None:
    text = malware_protection._age_words(3)
    assert text == "updated 3 days ago"
    assert render(text, german) == "vor 3 Tagen aktualisiert"
