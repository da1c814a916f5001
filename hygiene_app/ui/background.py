"""Background work for the app's screens: a worker pool of their own, and answers delivered on
the UI thread only while the widget that asked still exists."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


class _Dispatcher(QObject):
    """Carries background jobs' answers to the UI thread.

    One object for the whole app, created on the UI thread and never deleted before the
    application: a worker never emits on an object that is gone, and no object is ever deleted
    on a worker thread. Workers send only a ticket and the answer; the callbacks stay here, on
    the UI thread, and are dropped when the widget that asked for them is gone."""

    _done = Signal(int, object)
    _progressed = Signal(int, int, int)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._next = 0
        self._waiting: dict[
            int, tuple[QObject, Callable[[object], None], Callable[[int, int], None] | None]
        ] = {}
        # Bound methods of this QObject: delivered on its (the UI) thread, queued.
        self._done.connect(self._deliver_done)
        self._progressed.connect(self._deliver_progress)

    def register(
        self,
        owner: QObject,
        on_done: Callable[[object], None],
        on_progress: Callable[[int, int], None] | None,
    ) -> int:
        self._next += 1
        self._waiting[self._next] = (owner, on_done, on_progress)
        return self._next

    def _deliver_done(self, ticket: int, answer: object) -> None:
        owner, on_done, _progress = self._waiting.pop(ticket, (None, None, None))
        if owner is not None and on_done is not None and shiboken6.isValid(owner):
            on_done(answer)

    def _deliver_progress(self, ticket: int, done: int, total: int) -> None:
        owner, _done, on_progress = self._waiting.get(ticket, (None, None, None))
        if owner is not None and on_progress is not None and shiboken6.isValid(owner):
            on_progress(done, total)

    def finish(self, ticket: int, answer: object) -> None:
        """From a worker thread."""
        with contextlib.suppress(RuntimeError):  # the application is gone
            self._done.emit(ticket, answer)

    def progress(self, ticket: int, done: int, total: int) -> None:
        """From a worker thread."""
        with contextlib.suppress(RuntimeError):
            self._progressed.emit(ticket, done, total)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None


def _background() -> tuple[QThreadPool, _Dispatcher]:
    global _pool, _dispatcher
    if _pool is None or _dispatcher is None:
        app = QCoreApplication.instance()
        _pool = QThreadPool(app)
        _pool.setMaxThreadCount(4)
        _dispatcher = _Dispatcher(app)
    return _pool, _dispatcher


def background_pool() -> QThreadPool:
    """The password screens' own workers (HTTP and audits must not starve the checkup's)."""
    return _background()[0]


def wait_for_background(msecs: int = 30000) -> bool:
    """Block until the password screens' background work is done (tests, quitting)."""
    return _pool is None or _pool.waitForDone(msecs)


def run_in_background(
    owner: QObject,
    work: Callable[[Callable[[int, int], None]], Any],
    on_done: Callable[[object], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> None:
    """Run `work(progress)` on a worker thread; `on_done(answer or exception)` and
    `on_progress(done, total)` run later on the UI thread, and only while `owner` exists.
    Exceptions are handed over as the answer, not raised."""
    pool, dispatcher = _background()
    ticket = dispatcher.register(owner, on_done, on_progress)

    def report(done: int, total: int) -> None:
        dispatcher.progress(ticket, done, total)

    def job() -> None:
        answer: object
        try:
            answer = work(report)
        except Exception as exc:  # a bug or an unexpected failure: the screen says so
            answer = exc
        dispatcher.finish(ticket, answer)

    pool.start(_Job(job))
