"""UPD-006 when the organisation turned the release feeds off: the bundled dates, nothing asked."""

from __future__ import annotations

from dataclasses import replace

from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import Status
from hygiene_app.engine.options import NETWORK_RELEASE_FEEDS, CheckOptions
from hygiene_app.engine.probes import CommandOutcome
from tests.checks.test_os_support import CHECK, PRO_STATUS, facts_of, live
from tests.support import machine


def test_release_feeds_off_uses_the_bundled_dates_without_asking() -> None:
    feed = live("ubuntu")
    seams = replace(machine("ubuntu", commands={PRO_STATUS: CommandOutcome.NOT_FOUND}), http=feed)
    options = CheckOptions(network_off=frozenset({NETWORK_RELEASE_FEEDS}))
    finding = CHECK.run(ProbeContext(seams, options=options))
    assert feed.asked == []
    assert finding.status is not Status.ERROR
    assert finding.evidence["data_problem"] == "your organisation turned off looking this up online"
    assert "Why the dates were not refreshed" in facts_of(finding)


def test_release_feeds_allowed_asks_endoflife_date() -> None:
    feed = live("ubuntu")
    seams = replace(machine("ubuntu", commands={PRO_STATUS: CommandOutcome.NOT_FOUND}), http=feed)
    CHECK.run(ProbeContext(seams))
    assert feed.asked == ["https://endoflife.date/api/ubuntu.json"]
