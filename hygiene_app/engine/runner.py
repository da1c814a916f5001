"""Run checks in parallel, each under its own deadline, with progress and cooperative cancel.

Each check runs in a daemon thread. When a check passes its deadline the runner reports it as
unknown and moves on: its cancel flag is set (so a running command is killed) but nobody waits
for it, and being a daemon thread it cannot keep the process alive. A hung probe therefore costs
the checkup at most that check's timeout, never more.

The runner is synchronous: the CLI calls it directly, the GUI calls it from a worker thread.

An organisation's policy reaches the checkup here, once, for the CLI and the GUI alike: a check it
turned off (or whose network feature it turned off) is reported SKIPPED "Turned off by your
organisation." rather than silently absent, and a severity it overrides replaces the check's own
on every result, so the score, `--fail-on` and every report follow.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from hygiene_app.engine.check import Check
from hygiene_app.engine.context import ProbeContext
from hygiene_app.engine.i18n import N_, Number, fmt, fmt_plural
from hygiene_app.engine.model import CheckResult, Finding, Status
from hygiene_app.engine.options import CheckOptions
from hygiene_app.engine.probes import PlatformInfo

log = logging.getLogger(__name__)

#: Called on the runner's thread after each check finishes: (result, done, total).
ProgressCallback = Callable[[CheckResult, int, int], None]

DEFAULT_WORKERS = 8
_CANCEL_POLL = 0.05


@dataclass(frozen=True, slots=True)
class Checkup:
    """One complete run: results in registry order, and when and how long it ran."""

    results: tuple[CheckResult, ...]
    platform: PlatformInfo
    #: Seconds since the epoch, from the machine's (or the snapshot's) clock.
    started_at: float
    #: Wall-clock seconds the whole run took.
    duration: float
    cancelled: bool = False
    offline: bool = False
    replayed: bool = False

    def result(self, check_id: str) -> CheckResult:
        for r in self.results:
            if r.meta.id == check_id:
                return r
        raise KeyError(check_id)


@dataclass(slots=True)
class _Running:
    check: Check
    cancel: threading.Event
    started: float
    deadline: float


def _execute(
    check: Check, ctx: ProbeContext, out: queue.SimpleQueue[tuple[str, Finding, float]]
) -> None:
    started = time.monotonic()
    try:
        finding = check.run(ctx)
        if not isinstance(finding, Finding):
            raise TypeError(f"returned {type(finding).__name__}, not a Finding")
    except BaseException as exc:  # even SystemExit: this thread exists to report the check
        log.exception("check %s failed", check.meta.id)
        finding = Finding(
            Status.ERROR,
            N_("The check itself failed"),
            reason=f"{check.meta.id} stopped with an error ({type(exc).__name__}: {exc})"[:299]
            + ".",
        )
    out.put((check.meta.id, finding, time.monotonic() - started))


def _skipped(check: Check, reason: str) -> CheckResult:
    return CheckResult(check.meta, Finding(Status.SKIPPED, N_("Not run"), reason=reason), 0.0)


#: What a check turned off by the organisation says, as its summary and as its reason.
TURNED_OFF_SUMMARY = N_("Turned off by your organisation")
TURNED_OFF_REASON = N_("Turned off by your organisation.")
#: Evidence key that marks a result as turned off by the policy (value "policy").
TURNED_OFF_KEY = "turned_off_by"


def network_feature(check: Check) -> str | None:
    """The network feature (`options.NETWORK_FEATURES`) a check cannot work without, if any.

    A check declares it as a class attribute `network_feature`; most checks have none."""
    feature = getattr(check, "network_feature", None)
    return feature if isinstance(feature, str) else None


def turned_off_finding(check: Check, options: CheckOptions) -> Finding | None:
    """The SKIPPED finding for a check the organisation turned off, directly or by turning off
    the network feature it needs; None when the check may run."""
    feature = network_feature(check)
    if check.meta.id in options.disabled_checks:
        evidence: dict[str, str] = {TURNED_OFF_KEY: "policy"}
    elif feature is not None and not options.network_allowed(feature):
        evidence = {TURNED_OFF_KEY: "policy", "network_feature": feature}
    else:
        return None
    return Finding(Status.SKIPPED, TURNED_OFF_SUMMARY, reason=TURNED_OFF_REASON, evidence=evidence)


def is_turned_off(result: CheckResult) -> bool:
    """Whether `result` is a check the organisation turned off (not merely skipped)."""
    return result.status is Status.SKIPPED and result.finding.evidence.get(TURNED_OFF_KEY) == (
        "policy"
    )


def with_severity_override(result: CheckResult, options: CheckOptions) -> CheckResult:
    """`result` with the organisation's severity for its check, if it set one: on the check's
    own severity (which weighs a pass) and on a problem's, so the score weighs both alike."""
    chosen = dict(options.severity_overrides).get(result.meta.id)
    if chosen is None:
        return result
    finding = result.finding
    if finding.status.is_problem:
        finding = replace(finding, severity=chosen)
    return replace(result, meta=replace(result.meta, severity=chosen), finding=finding)


def run_checkup(
    checks: Sequence[Check],
    ctx: ProbeContext,
    *,
    on_result: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    max_workers: int = DEFAULT_WORKERS,
    replayed: bool = False,
) -> Checkup:
    if max_workers < 1:
        raise ValueError("max_workers must be at least 1")
    cancel = cancel or threading.Event()
    begun = time.monotonic()
    started_at = ctx.now()
    os_family = ctx.platform.os
    total = len(checks)
    done: dict[str, CheckResult] = {}

    options = ctx.options

    def finish(result: CheckResult) -> None:
        result = with_severity_override(result, options)
        done[result.meta.id] = result
        if on_result is not None:
            on_result(result, len(done), total)

    pending: list[Check] = []
    for check in checks:
        turned_off = turned_off_finding(check, options)
        if os_family not in check.meta.platforms:
            finish(
                _skipped(
                    check,
                    fmt(N_("This check is not available on {os}."), os=os_family.display_name),
                )
            )
        elif turned_off is not None:
            finish(CheckResult(check.meta, turned_off, 0.0))
        elif check.meta.needs_network and ctx.offline:
            finish(_skipped(check, N_("This check needs the network, and offline mode is on.")))
        else:
            pending.append(check)

    outbox: queue.SimpleQueue[tuple[str, Finding, float]] = queue.SimpleQueue()
    running: dict[str, _Running] = {}
    cancelled = False
    while pending or running:
        if cancel.is_set():
            cancelled = True
            for run in running.values():
                run.cancel.set()
            for check in [r.check for r in running.values()] + pending:
                finish(_skipped(check, N_("The checkup was cancelled before this check ran.")))
            break
        while pending and len(running) < max_workers:
            check = pending.pop(0)
            now = time.monotonic()
            run = _Running(check, threading.Event(), now, now + check.meta.timeout)
            running[check.meta.id] = run
            threading.Thread(
                target=_execute,
                args=(check, ctx.bounded(run.deadline, run.cancel), outbox),
                name=f"check-{check.meta.id}",
                daemon=True,
            ).start()
        nearest = min(r.deadline for r in running.values())
        wait = max(0.0, min(_CANCEL_POLL, nearest - time.monotonic()))
        try:
            check_id, finding, took = outbox.get(timeout=wait)
        except queue.Empty:
            now = time.monotonic()
            for check_id, run in list(running.items()):
                if now >= run.deadline:
                    run.cancel.set()
                    del running[check_id]
                    finish(
                        CheckResult(
                            run.check.meta,
                            Finding(
                                Status.UNKNOWN,
                                N_("The check took too long"),
                                reason=fmt_plural(
                                    "The check gave no answer within {s} second.",
                                    "The check gave no answer within {s} seconds.",
                                    round(run.check.meta.timeout),
                                    s=Number(run.check.meta.timeout),
                                ),
                            ),
                            now - run.started,
                        )
                    )
            continue
        run_entry = running.pop(check_id, None)
        if run_entry is not None:  # else it already timed out and was reported
            finish(CheckResult(run_entry.check.meta, finding, took))

    ordered = tuple(done[c.meta.id] for c in checks if c.meta.id in done)
    return Checkup(
        results=ordered,
        platform=ctx.platform,
        started_at=started_at,
        duration=time.monotonic() - begun,
        cancelled=cancelled,
        offline=ctx.offline,
        replayed=replayed,
    )
