"""The vault audit: which logins of an export are breached, reused or weak.

Work is done once per distinct thing: one zxcvbn evaluation per unique password, one range
request per unique 5-hex SHA-1 prefix, at most `MAX_IN_FLIGHT` requests at a time. The
passwords, their hashes and the per-password caches live only inside `audit()`; the report
holds rows, sites, usernames, scores and verdicts, never a password or a hash.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hygiene_app.services.passwords import strength
from hygiene_app.services.passwords.breach import (
    BreachResult,
    BreachStatus,
    RangeClient,
    sha1_hex,
)
from hygiene_app.services.passwords.vault import ExportFormat, VaultEntry

REPORT_SCHEMA = "hygiene-app/password-audit"
REPORT_VERSION = 1
#: The range API is asked at most this many things at once.
MAX_IN_FLIGHT = 8
#: Score at or below which a password is weak (zxcvbn: 0 too guessable ... 4 very unguessable).
WEAK_MAX_SCORE = 2
#: zxcvbn's cost grows with its user inputs; a password reused on hundreds of sites is rated
#: with the hints of the first ones.
_MAX_HINT_VALUES = 40
#: Seconds between progress calls (plus the first and the last): a GUI needs no more. Tests
#: pass 0 to see every step, so that what they do at a step never depends on the machine's speed.
PROGRESS_INTERVAL = 0.05

ProgressCallback = Callable[[int, int], None]
_Answer = dict[str, int] | BreachResult


class Issue(StrEnum):
    """Worst first: the declaration order is the severity order."""

    BREACHED = "breached"
    REUSED = "reused"
    WEAK = "weak"


_ISSUE_RANK = {issue: rank for rank, issue in enumerate(Issue)}


@dataclass(frozen=True, slots=True)
class EntryReport:
    row: int
    site: str
    username: str
    score: int  # zxcvbn 0..4, rated with the username and site words as hints
    issues: tuple[Issue, ...]  # worst first
    reused_with: tuple[int, ...]  # the other rows sharing this password
    breach: BreachResult | None  # None when not checked


@dataclass(frozen=True, slots=True)
class AuditReport:
    format: ExportFormat
    entries: tuple[EntryReport, ...]  # worst first
    total: int
    weak: int
    reused: int
    breached: int
    breach_unknown: int
    cancelled: bool = False
    breach_requests: int = 0  # range requests made


class _Progress:
    """Calls the callback from the audit thread, at most every `interval` seconds."""

    def __init__(
        self, callback: ProgressCallback | None, total: int, interval: float = PROGRESS_INTERVAL
    ) -> None:
        self._callback = callback
        self.total = total
        self.done = 0
        self._interval = interval
        self._last = 0.0

    def start(self) -> None:
        if self._callback is not None:
            self._callback(0, self.total)
            self._last = time.monotonic()

    def step(self, n: int = 1) -> None:
        self.done += n
        if self._callback is None:
            return
        now = time.monotonic()
        if self.done >= self.total or now - self._last >= self._interval:
            self._last = now
            self._callback(min(self.done, self.total), self.total)


def _cancelled(cancel: threading.Event | None) -> bool:
    return cancel is not None and cancel.is_set()


def _hint_values(entries: Sequence[VaultEntry], indexes: Sequence[int]) -> tuple[str, ...]:
    values: dict[str, None] = {}
    for i in indexes:
        for value in (entries[i].username, entries[i].site):
            if value:
                values[value] = None
        if len(values) >= _MAX_HINT_VALUES:
            break
    return tuple(values)


def _lookup(client: RangeClient, prefix: str) -> _Answer:
    try:
        return client.lookup_prefix(prefix)
    except Exception:  # a failed check is "could not check", never a crash
        return BreachResult(BreachStatus.UNKNOWN, reason="could not check")


class _Window:
    """The breach requests, driven from the audit thread: at most `limit` submitted and
    unfinished, a new one submitted only as another finishes, so a cancel stops them within
    one round."""

    def __init__(self, client: RangeClient, prefixes: Sequence[str], limit: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=limit, thread_name_prefix="pwned-range")
        self._client = client
        self._queue = iter(prefixes)
        self._limit = limit
        self._pending: dict[Future[_Answer], str] = {}
        self._exhausted = False
        #: Requests that reached the client (answered, or running when closed).
        self.made = 0

    @property
    def finished(self) -> bool:
        return self._exhausted and not self._pending

    def _fill(self) -> None:
        while not self._exhausted and len(self._pending) < self._limit:
            prefix = next(self._queue, None)
            if prefix is None:
                self._exhausted = True
                return
            self._pending[self._pool.submit(_lookup, self._client, prefix)] = prefix

    def collect(self, timeout: float) -> list[tuple[str, _Answer]]:
        """The answers that arrived within `timeout` seconds (0: only those already in)."""
        self._fill()
        if not self._pending:
            return []
        done, _ = wait(self._pending, timeout=timeout, return_when=FIRST_COMPLETED)
        answers = [(self._pending.pop(future), future.result()) for future in done]
        self.made += len(answers)
        self._fill()
        return answers

    def close(self, *, cancelled: bool) -> None:
        # A request already on the wire cannot be taken back: it counts as made.
        self.made += sum(not future.cancel() for future in self._pending)
        self._pending.clear()
        # On cancel, do not wait for the requests in flight: they end (or time out) alone.
        self._pool.shutdown(wait=not cancelled, cancel_futures=True)


#: From this many unique passwords on, ratings run in worker processes (one per core): zxcvbn
#: is pure Python, so threads would not help. Smaller audits are not worth the start-up.
PARALLEL_FROM = 1500
_CHUNK = 250


def _rate_chunk(items: list[tuple[str, tuple[str, ...]]]) -> list[int]:
    """Runs in a worker process. Passwords travel through an in-memory pipe, never a file."""
    return [strength.rate(password, hints).score for password, hints in items]


def _rate_in_processes(
    work: list[tuple[str, tuple[str, ...]]],
    on_scored: Callable[[str, int], None],
    cancel: threading.Event | None,
    between: Callable[[], None],
) -> bool:
    """Rate `work` on all cores; False when cancelled. `between` runs while waiting."""
    workers = max(1, min(os.cpu_count() or 1, 8))
    chunks = [work[i : i + _CHUNK] for i in range(0, len(work), _CHUNK)]
    # spawn, not fork: the app has threads (Qt, HTTP) that a forked child would inherit broken.
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(workers, mp_context=context) as pool:
        futures = [pool.submit(_rate_chunk, chunk) for chunk in chunks]
        for chunk, future in zip(chunks, futures, strict=True):
            while True:
                if _cancelled(cancel):
                    pool.shutdown(wait=False, cancel_futures=True)
                    return False
                try:
                    scores = future.result(timeout=0.1)
                    break
                except concurrent.futures.TimeoutError:
                    between()
            for (password, _hints), score in zip(chunk, scores, strict=True):
                on_scored(password, score)
            between()
    return True


def audit(
    entries: Sequence[VaultEntry],
    fmt: ExportFormat,
    *,
    breach: RangeClient | None = None,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    max_in_flight: int = MAX_IN_FLIGHT,
    parallel_from: int = PARALLEL_FROM,
    progress_interval: float = PROGRESS_INTERVAL,
) -> AuditReport:
    """Audit the entries of one export. Runs in the caller's thread (give it a worker thread
    in a GUI); `progress(done, total)` is called from that thread; `cancel` is honoured
    between passwords and between requests. With `breach`, only 5-hex SHA-1 prefixes leave
    the machine. `progress_interval` throttles the progress calls (0: one per step)."""
    limit = max(1, min(MAX_IN_FLIGHT, max_in_flight))
    groups: dict[str, list[int]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(entry.password, []).append(i)

    # Hashes are computed once per unique password, only when a breach check was asked for.
    digests: dict[str, str] = {}
    by_prefix: dict[str, list[str]] = {}
    if breach is not None:
        for password in groups:
            digest = sha1_hex(password)
            digests[password] = digest
            by_prefix.setdefault(digest[:5], []).append(password)

    ticker = _Progress(progress, len(groups) + len(by_prefix), progress_interval)
    ticker.start()

    scores: dict[str, int] = {}
    found: dict[str, BreachResult] = {}
    cancelled = False

    def absorb(answers: list[tuple[str, _Answer]]) -> None:
        for prefix, answer in answers:
            for password in by_prefix[prefix]:
                found[password] = _verdict(answer, digests[password][5:])
            ticker.step()

    # The requests run while the passwords are rated: the network waits overlap the ratings.
    window = _Window(breach, list(by_prefix), limit) if breach is not None else None

    def scored(password: str, score: int) -> None:
        scores[password] = score
        ticker.step()

    def between() -> None:
        if window is not None:
            absorb(window.collect(0))

    try:
        if len(groups) >= parallel_from and (os.cpu_count() or 1) > 1:
            work = [(p, _hint_values(entries, indexes)) for p, indexes in groups.items()]
            cancelled = not _rate_in_processes(work, scored, cancel, between)
            del work
        else:
            for password, indexes in groups.items():
                if _cancelled(cancel):
                    cancelled = True
                    break
                scored(password, strength.rate(password, _hint_values(entries, indexes)).score)
                between()
        while window is not None and not cancelled and not window.finished:
            if _cancelled(cancel):
                cancelled = True
                break
            absorb(window.collect(0.1))
    finally:
        if window is not None:
            window.close(cancelled=cancelled)
    requests = window.made if window is not None else 0
    if cancelled and len(scores) < len(groups):
        # Not every password was rated: nothing trustworthy to show.
        scores.clear()
        return _report(entries, fmt, {}, groups, None, cancelled=True, requests=requests)
    verdicts = found if breach is not None else None
    if cancelled and verdicts is not None:
        skipped = BreachResult(BreachStatus.UNKNOWN, reason="cancelled")
        for password in groups:
            verdicts.setdefault(password, skipped)
    report = _report(entries, fmt, scores, groups, verdicts, cancelled=cancelled, requests=requests)
    # The caches die with this frame; clear them anyway so no reference outlives the call.
    scores.clear()
    found.clear()
    digests.clear()
    by_prefix.clear()
    groups.clear()
    return report


def _verdict(answer: _Answer, suffix: str) -> BreachResult:
    if isinstance(answer, BreachResult):
        return answer
    count = answer.get(suffix.upper(), 0)
    if count > 0:
        return BreachResult(BreachStatus.FOUND, count=count)
    return BreachResult(BreachStatus.NOT_FOUND)


def _report(
    entries: Sequence[VaultEntry],
    fmt: ExportFormat,
    scores: dict[str, int],
    groups: dict[str, list[int]],
    verdicts: dict[str, BreachResult] | None,
    *,
    cancelled: bool,
    requests: int,
) -> AuditReport:
    if not scores:  # cancelled before the ratings were complete: nothing trustworthy to show
        return AuditReport(
            format=fmt,
            entries=(),
            total=len(entries),
            weak=0,
            reused=0,
            breached=0,
            breach_unknown=0,
            cancelled=cancelled,
            breach_requests=requests,
        )
    reports: list[EntryReport] = []
    for entry in entries:
        score = scores[entry.password]
        group = groups[entry.password]
        verdict = verdicts.get(entry.password) if verdicts is not None else None
        issues: list[Issue] = []
        if verdict is not None and verdict.status is BreachStatus.FOUND:
            issues.append(Issue.BREACHED)
        if len(group) > 1:
            issues.append(Issue.REUSED)
        if score <= WEAK_MAX_SCORE:
            issues.append(Issue.WEAK)
        reports.append(
            EntryReport(
                row=entry.row,
                site=entry.site,
                username=entry.username,
                score=score,
                issues=tuple(issues),
                reused_with=tuple(entries[i].row for i in group if entries[i] is not entry),
                breach=verdict,
            )
        )
    reports.sort(key=_severity_key)
    return AuditReport(
        format=fmt,
        entries=tuple(reports),
        total=len(reports),
        weak=sum(Issue.WEAK in r.issues for r in reports),
        reused=sum(Issue.REUSED in r.issues for r in reports),
        breached=sum(Issue.BREACHED in r.issues for r in reports),
        breach_unknown=sum(
            r.breach is not None and r.breach.status is BreachStatus.UNKNOWN for r in reports
        ),
        cancelled=cancelled,
        breach_requests=requests,
    )


def _severity_key(report: EntryReport) -> tuple[int, int, int, int, str, int]:
    worst = _ISSUE_RANK[report.issues[0]] if report.issues else len(Issue)
    count = report.breach.count if report.breach is not None else 0
    return (
        worst,
        -len(report.issues),
        -count,
        report.score,
        report.site.casefold(),
        report.row,
    )


def _breach_json(result: BreachResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "status": result.status.value,
        "count": result.count,
        "bucket": result.bucket,
        "reason": result.reason,
    }


def report_to_json(report: AuditReport) -> dict[str, Any]:
    """The report as a versioned JSON document. It holds no password and no hash."""
    checked = any(e.breach is not None for e in report.entries)
    return {
        "schema": REPORT_SCHEMA,
        "version": REPORT_VERSION,
        "format": report.format.value,
        "format_name": report.format.display_name,
        "cancelled": report.cancelled,
        "breach_checked": checked,
        "breach_requests": report.breach_requests,
        "summary": {
            "total": report.total,
            "breached": report.breached,
            "reused": report.reused,
            "weak": report.weak,
            "breach_unknown": report.breach_unknown,
            "with_issues": sum(bool(e.issues) for e in report.entries),
        },
        "entries": [
            {
                "row": e.row,
                "site": e.site,
                "username": e.username,
                "score": e.score,
                "issues": [i.value for i in e.issues],
                "reused_with": list(e.reused_with),
                "breach": _breach_json(e.breach),
            }
            for e in report.entries
        ],
    }


def reveal(entries: Sequence[VaultEntry], row: int) -> str:
    """The password of the entry on `row`: only for the one entry the user asked to see."""
    for entry in entries:
        if entry.row == row:
            return entry.password
    raise LookupError(f"no entry on row {row}")
