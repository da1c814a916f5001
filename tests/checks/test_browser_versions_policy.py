"""UPD-004 with an organisation's grace period (`CheckOptions.browser_grace_days`)."""

from __future__ import annotations

from hygiene_app.checks import browser_versions as bv
from hygiene_app.checks.browser_installs import BrowserInstall
from hygiene_app.checks.browser_profiles import Packaging
from hygiene_app.checks.browser_versions import Release, State
from hygiene_app.engine.options import CheckOptions
from tests.checks.test_browser_versions import DAY, SEPT_27, facts, run, v, windows


def test_the_organisations_grace_period_replaces_each_browsers_own() -> None:
    chrome = BrowserInstall("chrome", Packaging.NATIVE, v("154.0.8037.58"), "test")
    releases = (Release(v("155.0.8059.12"), SEPT_27),)
    at_three_days = SEPT_27 + 3 * DAY
    assert bv.judge(chrome, v("154.0.8037.58"), releases, at_three_days).state is State.CURRENT
    strict = bv.judge(chrome, v("154.0.8037.58"), releases, at_three_days, 3)
    assert strict.state is State.OUTDATED
    relaxed = bv.judge(chrome, v("154.0.8037.58"), releases, SEPT_27 + 20 * DAY, 30)
    assert relaxed.state is State.CURRENT


def test_the_check_uses_the_grace_period_from_its_options() -> None:
    # 27 September: Edge 155 was published two days ago, current under its own 14 days...
    assert "still being rolled out" in facts(run(windows(now=SEPT_27)))["Microsoft Edge"]
    # ...and out of date for an organisation that allows one day.
    strict = facts(run(windows(now=SEPT_27), options=CheckOptions(browser_grace_days=1)))
    assert strict["Microsoft Edge"] == "154.0.3578.62, current 155.0.3600.41: out of date"
