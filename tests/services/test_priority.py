from pathlib import Path

from hygiene_app.checks import default_registry
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.model import OSFamily, Status
from hygiene_app.engine.runner import run_checkup
from hygiene_app.engine.snapshot import Snapshot
from hygiene_app.services.priority import do_this_first, effort

SNAPSHOTS = Path(__file__).resolve().parent.parent / "fixtures" / "snapshots"


def results(name):
    seams = Snapshot.load(SNAPSHOTS / f"{name}.json").seams()
    return run_checkup(tuple(default_registry()), ProbeContext(seams)).results


def test_suggests_a_problem_with_a_fix_and_prefers_what_the_app_can_do():
    found = results("windows-11-cafe")
    first = do_this_first(found, OSFamily.WINDOWS)
    assert first is not None and first.status is Status.FAIL
    # The firewall has an automatic fix on Windows: one click beats four steps.
    assert first.meta.id == "NET-001"
    assert effort(first, OSFamily.WINDOWS) == 1


def test_set_aside_findings_are_not_suggested_and_nothing_when_all_good():
    found = results("windows-11-cafe")
    first = do_this_first(found, OSFamily.WINDOWS)
    second = do_this_first(found, OSFamily.WINDOWS, {first.meta.id})
    assert second is not None and second.meta.id != first.meta.id
    problems = {r.meta.id for r in found if r.status.is_problem}
    assert do_this_first(found, OSFamily.WINDOWS, problems) is None
