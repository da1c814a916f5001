import sys
import threading
import time
from dataclasses import dataclass, replace

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
from hygiene_app.engine.probes import CommandOutcome
from hygiene_app.engine.runner import run_checkup
from tests.support import machine


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
class Hangs:
    """A probe stuck in code that ignores cancel (a wedged library call)."""

    meta: CheckMeta

    def run(self, ctx: ProbeContext) -> Finding:
        time.sleep(30)
        return Finding(Status.PASS, "never")


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
    checks = [Sleeper(meta(f"T-00{i}"), 0.4) for i in range(5)]
    started = time.monotonic()
    checkup = run_checkup(checks, ctx())
    elapsed = time.monotonic() - started
    assert [r.status for r in checkup.results] == [Status.PASS] * 5
    # Five 0.4 s checks in sequence would take 2 s.
    assert elapsed < 1.5


def test_hung_check_is_unknown_at_its_deadline_and_others_finish():
    checks = [Hangs(meta("T-001", timeout=0.3)), Sleeper(meta("T-002"), 0.05)]
    started = time.monotonic()
    checkup = run_checkup(checks, ctx())
    elapsed = time.monotonic() - started
    hung = checkup.result("T-001")
    assert hung.status is Status.UNKNOWN
    assert "0 seconds" in hung.finding.reason or "within" in hung.finding.reason
    assert checkup.result("T-002").status is Status.PASS
    assert elapsed < 2.0


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
    checks = [Sleeper(meta("T-001"), 10), Sleeper(meta("T-002"), 10)]
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    checkup = run_checkup(checks, ctx(), cancel=cancel)
    assert time.monotonic() - started < 2
    assert checkup.cancelled
    assert {r.status for r in checkup.results} == {Status.SKIPPED}
    assert all("cancelled" in r.finding.reason for r in checkup.results)


def test_platform_and_offline_skips_carry_reasons():
    checks = [
        Sleeper(meta("T-001", platforms={OSFamily.WINDOWS}), 0),
        Sleeper(meta("T-002", network=True), 0),
        RunsCommand(meta("T-003")),
    ]
    checkup = run_checkup(checks, ctx(offline=True))
    assert checkup.result("T-001").status is Status.SKIPPED
    assert checkup.result("T-001").finding.reason == "not available on Linux"
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
    check's deadline allows."""

    meta: CheckMeta

    def run(self, ctx: ProbeContext) -> Finding:
        result = ctx.run((sys.executable, "-c", "import time; time.sleep(60)"), timeout=60)
        return Finding.unknown(result.why_not())


def test_a_real_hung_probe_does_not_delay_the_checkup_past_its_deadline():
    live = replace(machine("debian"), commands=LiveCommandRunner())
    checks = [RealHungProbe(meta("T-001", timeout=0.5)), Sleeper(meta("T-002"), 0.1)]
    started = time.monotonic()
    checkup = run_checkup(checks, ProbeContext(live))
    elapsed = time.monotonic() - started
    assert elapsed < 1.5
    assert checkup.result("T-001").status is Status.UNKNOWN
    assert checkup.result("T-002").status is Status.PASS


@dataclass
class Exits:
    meta: CheckMeta

    def run(self, ctx: ProbeContext) -> Finding:
        raise SystemExit(3)


def test_even_system_exit_in_a_check_is_an_error_result_not_a_timeout():
    started = time.monotonic()
    checkup = run_checkup([Exits(meta("T-001", timeout=5))], ctx())
    assert checkup.result("T-001").status is Status.ERROR
    assert time.monotonic() - started < 1
