"""Runs the engine off the UI thread and tells the window what happened, through signals.

The engine's runner is synchronous; here it runs in a QThreadPool worker. Its progress callback
fires on that worker thread and emits signals of this QObject, which lives on the UI thread, so
Qt queues them to the UI thread: widgets are only ever touched there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from hygiene_app.engine.check import Check
from hygiene_app.engine.context import ProbeContext, Seams
from hygiene_app.engine.model import CheckResult
from hygiene_app.engine.registry import Registry
from hygiene_app.engine.runner import Checkup, run_checkup
from hygiene_app.services.machine import Machine
from hygiene_app.services.policy import effective_options


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class CheckupController(QObject):
    #: A checkup started: the number of checks it will run.
    started = Signal(int)
    #: One check finished: (CheckResult, done, total).
    progressed = Signal(object, int, int)
    #: The whole checkup ended (finished or cancelled): the Checkup.
    finished = Signal(object)
    #: One check was run again: its new CheckResult. `checkup` already holds it.
    rechecked = Signal(object)
    #: The checkup failed to run at all (a bug): a message for the user.
    failed = Signal(str)

    # Emitted on worker threads; connected to slots that run on the UI thread.
    _checkup_done = Signal(object)
    _checkup_broke = Signal(str)
    _recheck_done = Signal(object)

    def __init__(
        self, registry: Registry, machine: Machine, *, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._machine = machine
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._cancel: threading.Event | None = None
        self._running_recheck: set[str] = set()
        self.checkup: Checkup | None = None
        self._checkup_done.connect(self._finish)
        self._checkup_broke.connect(self._broke)
        self._recheck_done.connect(self._merge)

    @property
    def registry(self) -> Registry:
        return self._registry

    @property
    def machine(self) -> Machine:
        """The computer being looked at: what may be done to it, and where its user's state
        lives, come from here."""
        return self._machine

    @property
    def seams(self) -> Seams:
        return self._machine.seams

    def use_seams(self, seams: Seams) -> None:
        """Read the same machine through other seams from now on (tests, screenshots)."""
        self._machine = self._machine.with_seams(seams)

    @property
    def offline(self) -> bool:
        return self._machine.offline

    @property
    def is_running(self) -> bool:
        return self._cancel is not None

    def _context(self) -> ProbeContext:
        """The checks' options from the settings and this computer's policy, the one way the
        command line builds them too (a recording has no policy)."""
        machine = self._machine
        return ProbeContext(
            machine.seams,
            offline=machine.offline,
            options=effective_options(machine.settings.load(), machine.policy),
        )

    def run_all(self) -> None:
        """Start a full checkup in the background; ignored while one is running."""
        if self.is_running:
            return
        checks = tuple(self._registry)
        cancel = threading.Event()
        self._cancel = cancel
        self.started.emit(len(checks))

        def work() -> None:
            try:
                checkup = run_checkup(
                    checks,
                    self._context(),
                    on_result=lambda r, done, total: self.progressed.emit(r, done, total),
                    cancel=cancel,
                    replayed=self._machine.is_recording,
                )
            except Exception as exc:  # a bug in the engine: say so, keep the window alive
                self._checkup_broke.emit(f"{type(exc).__name__}: {exc}")
                return
            self._checkup_done.emit(checkup)

        self._pool.start(_Job(work))

    def _finish(self, checkup: Checkup) -> None:
        self.checkup = checkup
        self._cancel = None
        self.finished.emit(checkup)

    def _broke(self, message: str) -> None:
        self._cancel = None
        self.failed.emit(f"The checkup could not run: {message}")

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def recheck(self, check_id: str) -> None:
        """Run one check again and update only its finding."""
        check: Check = self._registry.get(check_id)
        if check_id in self._running_recheck:
            return
        self._running_recheck.add(check_id)

        def work() -> None:
            single = run_checkup((check,), self._context(), replayed=self._machine.is_recording)
            self._recheck_done.emit(single.results[0])

        self._pool.start(_Job(work))

    def _merge(self, result: CheckResult) -> None:
        self._running_recheck.discard(result.meta.id)
        if self.checkup is not None:
            results = tuple(
                result if r.meta.id == result.meta.id else r for r in self.checkup.results
            )
            self.checkup = replace(self.checkup, results=results)
        self.rechecked.emit(result)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until background work is done (for tests and quitting)."""
        return self._pool.waitForDone(msecs)
