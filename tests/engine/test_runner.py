"""The runner: checks in parallel, each under its own deadline, cancel, and errors as results.

No assertion here is about how long anything took: a check that must be waited for, or must
not be, blocks on an event the test controls (GUARD is only a guard against a hang)."""

import sys
import threading
from dataclasses import dataclass, field, replace

from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.live import LiveCommandRunner
from hygiene_app.engine.model import (
    ALL_OSES,
    Category,
    CheckMeta,
    Finding,
    OSFamily,
    Severity,
    Status,
)
from hygiene_app.engine.probes import CommandOutcome, CommandResult
from hygiene_app.engine.runner import run_checkup
from tests.support import machine

#: Only a guard against a hang: every test here ends well inside it.
GUARD = 30.0


def meta(check_id: str, *, timeout: float = 5.0, platforms=ALL_OSES, network=False) -> CheckMeta:
    return CheckMeta(
        id=check_id,
        title=check_id,
        category=Category.DEVICE,
        platforms=frozenset(platforms),
        weight=5,
        severity=Severity.MEDIUM,
        leaves_machine="Nothing.",
        timeout=timeout,
        needs_network=network,
    )


@dataclass
class Sleeper:
    meta: CheckMeta
    seconds: float
    status: Status = Status.PASS

    def run(self, ctx: ProbeContext) -> Finding:
        ctx.cancel.wait(self.seconds)
        return Finding(self.status, "slept", reason="r")


@dataclass
class Stuck:
    """A probe stuck in code that ignores cancel (a wedged library call) until the test releases
    it. It records that it started, the cancel flag it was given, and whether it returned."""

    meta: CheckMeta
    release: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)
    returned: threading.Event = field(default_factory=threading.Event)
    cancel: threading.Event | None = None

    def run(self, ctx: ProbeContext) -> Finding:
        self.cancel = ctx.cancel
        self.started.set()
        self.release.wait(GUARD)
        self.returned.set()
        return Finding(Status.PASS, "released")


@dataclass
class MeetsTheOthers:
    """Waits at a barrier shared by all the checks: it passes only if they all run at once."""

    meta: CheckMeta
    barrier: threading.Barrier
    threads: set[int]

    def run(self, ctx: ProbeContext) -> Finding:
        self.threads.add(threading.get_ident())
        self.barrier.wait(GUARD)  # BrokenBarrierError (an ERROR result) if the others never come
        return Finding(Status.PASS, "met")


@dataclass
class Boom:
    meta: CheckMeta

    def run(self, ctx: ProbeContext) -> Finding:
        raise RuntimeError("parser exploded")


@dataclass
class RunsCommand:
    meta: CheckMeta

    def run(self, ctx: ProbeContext) -> Finding:
        result = ctx.run(("tool",))
        if result.outcome is CommandOutcome.NOT_FOUND:
            return Finding.unknown(result.why_not())
        return Finding(Status.PASS, "ok")


def ctx(os="debian", **kw) -> ProbeContext:
    return ProbeContext(machine(os), **kw)


def test_checks_run_in_parallel():
    # Each check waits for all five to be running: in sequence, none would ever pass.
    barrier = threading.Barrier(5)
    threads: set[int] = set()
    checks = [
        MeetsTheOthers(meta(f"T-00{i}", timeout=2 * GUARD), barrier, threads) for i in range(5)
    ]
    checkup = run_checkup(checks, ctx())
    assert [r.status for r in checkup.results] == [Status.PASS] * 5
    assert len(threads) == 5 and threading.get_ident() not in threads


def test_hung_check_is_unknown_at_its_deadline_and_others_finish():
    hung_check = Stuck(meta("T-001", timeout=0.3))
    try:
        checkup = run_checkup([hung_check, Sleeper(meta("T-002", timeout=GUARD), 0)], ctx())
        # The runner answered while the check was still stuck: it did not wait for it...
        assert not hung_check.returned.is_set()
    finally:
        hung_check.release.set()
    hung = checkup.result("T-001")
    assert hung.status is Status.UNKNOWN
    assert "0 seconds" in hung.finding.reason or "within" in hung.finding.reason
    # ...and told it to stop, so a command it runs is killed.
    assert hung_check.cancel is not None and hung_check.cancel.is_set()
    assert checkup.result("T-002").status is Status.PASS


def test_exception_becomes_error_naming_the_check():
    checkup = run_checkup([Boom(meta("T-001")), Sleeper(meta("T-002"), 0)], ctx())
    error = checkup.result("T-001")
    assert error.status is Status.ERROR
    assert "T-001" in error.finding.reason and "parser exploded" in error.finding.reason
    assert checkup.result("T-002").status is Status.PASS


def test_progress_reports_every_check_once_in_increasing_order():
    seen = []
    checks = [Sleeper(meta(f"T-00{i}"), 0.01 * i) for i in range(4)]
    run_checkup(
        checks, ctx(), on_result=lambda r, done, total: seen.append((r.meta.id, done, total))
    )
    assert sorted(s[0] for s in seen) == [f"T-00{i}" for i in range(4)]
    assert [s[1] for s in seen] == [1, 2, 3, 4]
    assert {s[2] for s in seen} == {4}


def test_cancel_stops_waiting_and_marks_the_rest_skipped():
    cancel = threading.Event()
    running = [Stuck(meta("T-001", timeout=GUARD)), Stuck(meta("T-002", timeout=GUARD))]

    def cancel_once_both_run() -> None:
        if all(check.started.wait(GUARD) for check in running):
            cancel.set()

    canceller = threading.Thread(target=cancel_once_both_run, daemon=True)
    canceller.start()
    try:
        checkup = run_checkup(running, ctx(), cancel=cancel)
        # Both checks are still stuck: the runner stopped waiting for them.
        assert not any(check.returned.is_set() for check in running)
    finally:
        for check in running:
            check.release.set()
        canceller.join(GUARD)
    assert checkup.cancelled
    assert {r.status for r in checkup.results} == {Status.SKIPPED}
    assert all("cancelled" in r.finding.reason for r in checkup.results)
    # Each running check was told, so its commands are killed.
    assert all(check.cancel is not None and check.cancel.is_set() for check in running)


def test_platform_and_offline_skips_carry_reasons():
    checks = [
        Sleeper(meta("T-001", platforms={OSFamily.WINDOWS}), 0),
        Sleeper(meta("T-002", network=True), 0),
        RunsCommand(meta("T-003")),
    ]
    checkup = run_checkup(checks, ctx(offline=True))
    assert checkup.result("T-001").status is Status.SKIPPED
    assert checkup.result("T-001").finding.reason == "This check is not available on Linux."
    assert checkup.result("T-002").status is Status.SKIPPED
    assert "offline" in checkup.result("T-002").finding.reason
    assert checkup.result("T-003").status is Status.UNKNOWN
    assert [r.meta.id for r in checkup.results] == ["T-001", "T-002", "T-003"]


def test_more_checks_than_workers_all_run():
    checks = [Sleeper(meta(f"T-{i:03d}"), 0.01) for i in range(20)]
    checkup = run_checkup(checks, ctx(), max_workers=3)
    assert len(checkup.results) == 20
    assert all(r.status is Status.PASS for r in checkup.results)


@dataclass
class RealHungProbe:
    """Runs a real process that never answers and asks for a far longer timeout than the
    check's deadline allows; keeps what the command came to."""

    meta: CheckMeta
    results: list[CommandResult] = field(default_factory=list)
    done: threading.Event = field(default_factory=threading.Event)

    def run(self, ctx: ProbeContext) -> Finding:
        result = ctx.run((sys.executable, "-c", "import time; time.sleep(600)"), timeout=600)
        self.results.append(result)
        self.done.set()
        return Finding.unknown(result.why_not())


def test_a_real_hung_probe_is_stopped_at_its_checks_deadline():
    live = replace(machine("debian"), commands=LiveCommandRunner())
    probe = RealHungProbe(meta("T-001", timeout=0.5))
    checkup = run_checkup([probe, Sleeper(meta("T-002", timeout=GUARD), 0)], ProbeContext(live))
    assert checkup.result("T-001").status is Status.UNKNOWN
    assert checkup.result("T-002").status is Status.PASS
    # The command asked for 600 s; the check's deadline (or its cancel) stopped it instead.
    assert probe.done.wait(GUARD), "the command outlived its check's deadline"
    assert [r.outcome for r in probe.results] in (
        [CommandOutcome.TIMEOUT],
        [CommandOutcome.CANCELLED],
    )


@dataclass
class Exits:
    meta: CheckMeta

    def run(self, ctx: ProbeContext) -> Finding:
        raise SystemExit(3)


def test_even_system_exit_in_a_check_is_an_error_result_not_a_timeout():
    # A timeout would be UNKNOWN (after GUARD seconds); the thread reports ERROR at once.
    checkup = run_checkup([Exits(meta("T-001", timeout=GUARD))], ctx())
    error = checkup.result("T-001")
    assert error.status is Status.ERROR
    assert "SystemExit" in error.finding.reason
