"""A private cache in front of the HTTP seam for a few public data feeds (endoflife.date).

Why a seam wrapper: checks read the machine only through their context, so a check cannot keep a
cache of its own, and a replay must never read this user's cache. `CachedFeedHttp` wraps the live
HTTP client for URLs under the given prefixes only: a check asks `ctx.http.get(url)` as always and
gets the feed's body, fresh from the server, revalidated with a conditional request
(If-None-Match / If-Modified-Since, where a 304 keeps the copy), or, when the server cannot be
reached, the last copy. Headers on the answer say which (`CACHE_HEADER`) and how old the copy is
(`FETCHED_HEADER`, `CHECKED_HEADER`, seconds since the epoch), so the check can say so in its facts.
A recording stores that answer like any other, and a replay answers from the recording.

The cache is one JSON file per URL in the user's cache folder, written 0600 in a 0700 folder
through `engine.atomic` (a planted symbolic link is replaced, never written through) and read
without following a symbolic link. A file that cannot be read as a cache entry is set aside as
`<name>.broken-<time>` and the feed is asked again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from hygiene_app.engine.atomic import atomic_write_text, private_dir
from hygiene_app.engine.context import Seams
from hygiene_app.engine.probes import (
    DEFAULT_HTTP_MAX_BYTES,
    HttpClient,
    HttpOutcome,
    HttpResponse,
)
from hygiene_app.engine.snapshot import RECORDED_HEADERS

#: Says where an answer came from: "network" (a 200 just now), "revalidated" (a 304 confirmed the
#: copy), "fresh" (the copy was confirmed less than `max_age` ago, nothing was sent) or "stale"
#: (the server could not be reached or refused; the last copy).
CACHE_HEADER = "X-Hygiene-Cache"
#: When the copy's body was received (seconds since the epoch).
FETCHED_HEADER = "X-Hygiene-Fetched-At"
#: When the server last confirmed the copy (a 200 or a 304).
CHECKED_HEADER = "X-Hygiene-Checked-At"
#: Why a stale copy was served: the failed request's outcome and message.
REFRESH_ERROR_HEADER = "X-Hygiene-Refresh-Error"

#: The most a cache file may weigh (a body plus its dates): far above any feed it keeps.
MAX_CACHE_BYTES = 4 << 20
#: How long a confirmed copy is served without asking the server again.
DEFAULT_MAX_AGE = 24 * 3600.0


def _stamp(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y%m%d-%H%M%S")


def header(headers: Mapping[str, str], name: str) -> str:
    """A response header by name, in any case; empty when absent."""
    wanted = name.lower()
    return next((v for k, v in headers.items() if k.lower() == wanted), "")


def header_time(headers: Mapping[str, str], name: str) -> float | None:
    """A time header written by this module, or None when absent or not a number."""
    try:
        value = float(header(headers, name))
    except ValueError:
        return None
    return value if value == value and value >= 0 else None  # not NaN


def server_time(headers: Mapping[str, str]) -> float | None:
    """When the server sent an answer just received: its `Date` header plus the `Age` a cache
    on the way says it kept it; None when absent or odd. A clock days off it is wrong."""
    try:
        sent = parsedate_to_datetime(header(headers, "Date"))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if sent.tzinfo is None:
        return None
    age = header(headers, "Age").strip()
    kept = int(age) if age.isascii() and age.isdigit() and len(age) <= 9 else 0
    try:
        return sent.timestamp() + kept
    except (OverflowError, OSError, ValueError):
        return None


#: How far this computer's clock may be off a date it is held against (a server's `Date`, the
#: date of a copy of some data) before one of them is taken to be wrong: time zones, a copy
#: made late in a day, a slow proxy.
CLOCK_SLACK = 2 * 86400.0


def judged_now(local: float, server: float | None) -> float:
    """Which "now" to judge by ("has support ended", "is the grace period over"): this computer's
    clock, or, when a server's date (`server_time`) is days off it, the later of the two.

    A clock behind the server would keep an ended release "supported", so the server's date
    wins then. A server date behind the clock may be a proxy serving an old answer without an
    `Age`, or a mirror with a wrong clock: trusting it would move today back into a pass, so
    the clock wins. Either way the later date can only bring a deadline closer, never hide one.
    """
    if server is None or abs(local - server) <= CLOCK_SLACK:
        return local
    return max(local, server)


@dataclass(frozen=True, slots=True)
class _Entry:
    url: str
    body: str
    etag: str
    last_modified: str
    fetched_at: float
    checked_at: float


@dataclass(frozen=True, slots=True)
class CachedFeedHttp:
    """An HttpClient that serves GETs under `prefixes` through a cache in `folder`; every other
    URL goes to `inner` untouched."""

    inner: HttpClient
    folder: Path
    prefixes: tuple[str, ...]
    clock: Callable[[], float] = field(default=time.time)
    max_age: float = DEFAULT_MAX_AGE
    #: Whether a body is worth keeping (parses as the feed); others are never cached.
    valid: Callable[[str], bool] = field(default=lambda text: True)

    def covers(self, url: str) -> bool:
        return any(p and url.startswith(p) for p in self.prefixes)

    def path_for(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
        return self.folder / f"feed-{digest}.json"

    def get(
        self,
        url: str,
        *,
        timeout: float = 10.0,
        headers: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_HTTP_MAX_BYTES,
    ) -> HttpResponse:
        if not self.covers(url):
            return self.inner.get(url, timeout=timeout, headers=headers, max_bytes=max_bytes)
        now = self.clock()
        entry = self._read(url)
        if entry is not None and 0 <= now - entry.checked_at < self.max_age:
            return self._answer(entry, "fresh")
        ask = dict(headers or {})
        if entry is not None:
            if entry.etag:
                ask["If-None-Match"] = entry.etag
            if entry.last_modified:
                ask["If-Modified-Since"] = entry.last_modified
        response = self.inner.get(url, timeout=timeout, headers=ask, max_bytes=max_bytes)
        if response.status == 304 and entry is not None:
            confirmed = _Entry(
                url, entry.body, entry.etag, entry.last_modified, entry.fetched_at, now
            )
            self._write(confirmed)
            return self._answer(confirmed, "revalidated")
        if response.ok and response.status in (200, None) and self.valid(response.text):
            fetched = _Entry(
                url,
                response.text,
                header(response.headers, "ETag"),
                header(response.headers, "Last-Modified"),
                now,
                now,
            )
            self._write(fetched)
            return self._answer(fetched, "network", base=response)
        if entry is not None:
            why = f"{response.outcome.value}: {response.message or response.status or ''}"
            return self._answer(entry, "stale", error=why.strip(": "))
        return response

    # ----- the cache file ---------------------------------------------------------------------

    def _answer(
        self,
        entry: _Entry,
        how: str,
        *,
        base: HttpResponse | None = None,
        error: str = "",
    ) -> HttpResponse:
        marks = {
            CACHE_HEADER: how,
            FETCHED_HEADER: repr(entry.fetched_at),
            CHECKED_HEADER: repr(entry.checked_at),
        }
        if error:
            marks[REFRESH_ERROR_HEADER] = error[:200]
        # Only what describes the copy, the same headers a recording keeps (Date and Age: when
        # the server sent it, which a check can hold a wrong clock against); a server's
        # cookies or tracing ids, or an X-Hygiene-* mark it sent itself, are dropped.
        kept = {
            name: value
            for name, value in (base.headers.items() if base is not None else ())
            if name.lower() in RECORDED_HEADERS and value
        }
        return HttpResponse(entry.url, HttpOutcome.OK, 200, entry.body, {**kept, **marks})

    def _read(self, url: str) -> _Entry | None:
        path = self.path_for(url)
        raw = _read_no_follow(path)
        if raw is None:
            return None
        entry = _parse_entry(raw)
        if entry is None or entry.url != url or not self.valid(entry.body):
            self._set_aside(path)
            return None
        return entry

    def _write(self, entry: _Entry) -> None:
        doc = {
            "url": entry.url,
            "etag": entry.etag,
            "last_modified": entry.last_modified,
            "fetched_at": entry.fetched_at,
            "checked_at": entry.checked_at,
            "body": entry.body,
        }
        with contextlib.suppress(OSError):  # a cache that cannot be written asks again next time
            private_dir(self.folder)
            atomic_write_text(self.path_for(entry.url), json.dumps(doc) + "\n")

    def _set_aside(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            path.replace(path.with_name(f"{path.name}.broken-{_stamp(self.clock())}"))


def _read_no_follow(path: Path) -> bytes | None:
    """The file's bytes, or None when it is missing, a symbolic link (never followed), not a
    regular file, too large or unreadable."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        if path.is_symlink():
            return None
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                return None
            data = stream.read(MAX_CACHE_BYTES + 1)
    except OSError:
        return None
    return None if len(data) > MAX_CACHE_BYTES else data


def _parse_entry(raw: bytes) -> _Entry | None:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(doc, dict):
        return None
    url, body = doc.get("url"), doc.get("body")
    etag, modified = doc.get("etag", ""), doc.get("last_modified", "")
    fetched, checked = doc.get("fetched_at"), doc.get("checked_at")
    if not (isinstance(url, str) and isinstance(body, str)):
        return None
    if not (isinstance(etag, str) and isinstance(modified, str)):
        return None
    if not (isinstance(fetched, int | float) and isinstance(checked, int | float)):
        return None
    if isinstance(fetched, bool) or isinstance(checked, bool) or min(fetched, checked) < 0:
        return None
    return _Entry(url, body, etag, modified, float(fetched), float(checked))


def default_folder() -> Path:
    """The user's cache folder for the feeds."""
    from platformdirs import user_cache_dir

    from hygiene_app.services.settings import APP_NAME

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "feeds"


def with_endoflife_cache(seams: Seams, base_url: str, folder: Path | None = None) -> Seams:
    """This computer's seams with endoflife.date's answers (at `base_url`, the setting, or the
    public address) kept in the cache; every other request as before. Only for live seams: a
    recording or a replay must never read this user's cache."""
    from hygiene_app.checks.os_support import endoflife_url, is_endoflife_document

    prefix = endoflife_url(base_url, "")[: -len(".json")]
    cached = CachedFeedHttp(
        seams.http,
        folder or default_folder(),
        (prefix,),
        clock=seams.clock.now,
        valid=is_endoflife_document,
    )
    return replace(seams, http=cached)
