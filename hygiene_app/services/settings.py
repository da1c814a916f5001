"""The user's settings, in one JSON file under the platform's config folder.

Written atomically (a crash mid-write leaves the old file). A file that cannot be read is set
aside as `settings.json.broken` (nothing is lost) and the app starts from defaults, telling the
user why.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from hygiene_app.engine.atomic import atomic_write_text, file_lock, private_dir
from hygiene_app.engine.model import LATEST_TIME
from hygiene_app.engine.options import DEFAULT_EOL_WARNING_DAYS, CheckOptions
from hygiene_app.engine.safe_read import read_regular_file
from hygiene_app.services.service_url import acceptable_service_url
from hygiene_app.services.set_aside import SetAside, SetAsideKind

APP_NAME = "hygiene-app"
SETTINGS_VERSION = 1
#: Choices offered for the periodic checkup, in hours; None is off (the default).
PERIODIC_CHOICES = (None, 6, 24, 168)
#: The longest periodic interval a (hand-edited) file may ask for: a year.
MAX_PERIODIC_HOURS = 24 * 366
#: A settings file is a few KB; one far larger is not ours.
MAX_SETTINGS_BYTES = 4 << 20
#: Remembered window places: at most this many windows, with names this long, and coordinates
#: within this many logical pixels of the origin (a hand-edited 1e9 would put a window nowhere).
MAX_WINDOW_GEOMETRIES = 32
MAX_WINDOW_KEY = 40
MAX_WINDOW_COORD = 100_000

#: A window's remembered place: x, y, width, height in logical pixels.
WindowRect = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Settings:
    #: Hours between background checkups; None: off.
    periodic_hours: int | None = None
    set_asides: tuple[SetAside, ...] = ()
    #: Problems already notified ("CHECK-ID:status"), so none is announced twice.
    notified: frozenset[str] = field(default_factory=frozenset)
    #: The user's own name and e-mail addresses: passwords built from them are rated weaker.
    user_hints: tuple[str, ...] = ()
    #: Pwned Passwords range API base URL (an organisation's mirror); empty: the public one.
    breach_api: str = ""
    #: 2FA Directory all.json address (an organisation's mirror); empty: the public one.
    mfa_directory_url: str = ""
    #: Months after which each account's MFA state should be confirmed again.
    mfa_review_months: int = 6
    #: MFA review reminders: on or off, quiet hours (local, may wrap midnight), and state.
    reminders_enabled: bool = True
    quiet_start_hour: int = 22
    quiet_end_hour: int = 8
    last_reminder_at: float | None = None
    reminder_snoozed_until: float | None = None
    #: The first-start welcome was shown (it is shown once).
    welcomed: bool = False
    #: The user was told that closing the window keeps the app running in the tray (once).
    hide_to_tray_told: bool = False
    #: Where each window was last (key such as "main" or "tool:lab" -> x, y, width, height).
    window_geometry: tuple[tuple[str, WindowRect], ...] = ()
    #: Browser release-feed mirrors by feed key ("chrome", "firefox", "edge"...).
    release_feeds: tuple[tuple[str, str], ...] = ()
    #: endoflife.date API base address (an organisation's mirror); empty: the public one.
    endoflife_url: str = ""
    #: Days ahead of an operating system's end of support at which UPD-006 starts warning.
    eol_warning_days: int = DEFAULT_EOL_WARNING_DAYS
    #: When the "Spot the phish" lesson was last finished (epoch seconds); None: never.
    phish_lesson_done_at: float | None = None
    #: The language chosen in Settings ("de"); empty: the system's (engine.catalog).
    language: str = ""

    def check_options(self) -> CheckOptions:
        """The part of the settings that the checks see."""
        return CheckOptions(
            release_feeds=self.release_feeds,
            endoflife_url=self.endoflife_url,
            eol_warning_days=self.eol_warning_days,
        )

    def geometry_of(self, key: str) -> WindowRect | None:
        return dict(self.window_geometry).get(key)

    def with_geometry(self, key: str, rect: WindowRect) -> Settings:
        kept = tuple((k, r) for k, r in self.window_geometry if k != key)
        return replace(self, window_geometry=(*kept, (key, rect))[-MAX_WINDOW_GEOMETRIES:])

    def with_set_aside(self, item: SetAside) -> Settings:
        kept = tuple(s for s in self.set_asides if s.check_id != item.check_id)
        return replace(self, set_asides=(*kept, item))

    def without_set_aside(self, check_id: str) -> Settings:
        return replace(self, set_asides=tuple(s for s in self.set_asides if s.check_id != check_id))

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SETTINGS_VERSION,
            "periodic_hours": self.periodic_hours,
            "set_asides": [
                {
                    "check_id": s.check_id,
                    "kind": s.kind.value,
                    "until": s.until,
                    "reason": s.reason,
                    "created": s.created,
                }
                for s in self.set_asides
            ],
            "notified": sorted(self.notified),
            "user_hints": list(self.user_hints),
            "breach_api": self.breach_api,
            "mfa_directory_url": self.mfa_directory_url,
            "mfa_review_months": self.mfa_review_months,
            "reminders_enabled": self.reminders_enabled,
            "quiet_start_hour": self.quiet_start_hour,
            "quiet_end_hour": self.quiet_end_hour,
            "last_reminder_at": self.last_reminder_at,
            "reminder_snoozed_until": self.reminder_snoozed_until,
            "welcomed": self.welcomed,
            "hide_to_tray_told": self.hide_to_tray_told,
            "window_geometry": {k: list(r) for k, r in self.window_geometry},
            "release_feeds": dict(self.release_feeds),
            "endoflife_url": self.endoflife_url,
            "eol_warning_days": self.eol_warning_days,
            "phish_lesson_done_at": self.phish_lesson_done_at,
            "language": self.language,
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Settings:
        periodic = doc.get("periodic_hours")
        if periodic is not None and (
            not isinstance(periodic, int)
            or isinstance(periodic, bool)
            or not 1 <= periodic <= MAX_PERIODIC_HOURS
        ):
            raise ValueError(
                f"periodic_hours must be a whole number of hours (1-{MAX_PERIODIC_HOURS}) or null"
            )
        items = []
        raw_items = doc.get("set_asides", [])
        if not isinstance(raw_items, list):
            raise ValueError("set_asides must be a list")
        for raw in raw_items:
            items.append(
                SetAside(
                    check_id=str(raw["check_id"]),
                    kind=SetAsideKind(raw["kind"]),
                    until=_time(raw["until"], "a set-aside's until"),
                    reason=str(raw.get("reason", "")),
                    created=_time(raw.get("created", 0.0), "a set-aside's created"),
                )
            )
        breach_api = str(doc.get("breach_api", "") or "")
        directory = str(doc.get("mfa_directory_url", "") or "")
        endoflife = str(doc.get("endoflife_url", "") or "")
        for name, url in (
            ("breach_api", breach_api),
            ("mfa_directory_url", directory),
            ("endoflife_url", endoflife),
        ):
            if url and not acceptable_service_url(url):
                raise ValueError(f"{name} must be an https:// address")
        feeds = _release_feeds(doc.get("release_feeds", {}))
        warn_days = doc.get("eol_warning_days", DEFAULT_EOL_WARNING_DAYS)
        if (
            not isinstance(warn_days, int)
            or isinstance(warn_days, bool)
            or not 0 <= warn_days <= 365
        ):
            raise ValueError("eol_warning_days must be a whole number of days (0-365)")
        months = doc.get("mfa_review_months", 6)
        if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 60:
            raise ValueError("mfa_review_months must be a whole number of months (1-60)")
        hours = (doc.get("quiet_start_hour", 22), doc.get("quiet_end_hour", 8))
        if not all(isinstance(h, int) and not isinstance(h, bool) and 0 <= h <= 23 for h in hours):
            raise ValueError("quiet hours must be whole hours from 0 to 23")
        language = doc.get("language", "")
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            raise ValueError("language must be a language tag such as 'de', or empty")
        flags = {name: doc.get(name, False) for name in ("welcomed", "hide_to_tray_told")}
        for name, flag in flags.items():
            if not isinstance(flag, bool):
                raise ValueError(f"{name} must be true or false")
        return cls(
            periodic_hours=periodic,
            set_asides=tuple(items),
            notified=frozenset(str(n) for n in doc.get("notified", [])),
            user_hints=tuple(str(h) for h in doc.get("user_hints", []) if str(h).strip()),
            breach_api=breach_api,
            mfa_directory_url=directory,
            mfa_review_months=months,
            reminders_enabled=bool(doc.get("reminders_enabled", True)),
            quiet_start_hour=hours[0],
            quiet_end_hour=hours[1],
            last_reminder_at=_opt_time(doc.get("last_reminder_at")),
            reminder_snoozed_until=_opt_time(doc.get("reminder_snoozed_until")),
            welcomed=flags["welcomed"],
            hide_to_tray_told=flags["hide_to_tray_told"],
            window_geometry=_window_geometry(doc.get("window_geometry", {})),
            release_feeds=feeds,
            endoflife_url=endoflife,
            eol_warning_days=warn_days,
            phish_lesson_done_at=_opt_time(doc.get("phish_lesson_done_at")),
            language=language,
        )


#: A language tag ("de", "en-XA") or empty (the system's language).
_LANGUAGE = re.compile(r"^(?:[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,2})?$")

#: At most this many release-feed mirrors, with keys this long.
MAX_RELEASE_FEEDS = 16
MAX_FEED_KEY = 24


def _release_feeds(raw: object) -> tuple[tuple[str, str], ...]:
    """Release-feed mirrors from the file: short lowercase keys to https addresses."""
    if not isinstance(raw, dict) or len(raw) > MAX_RELEASE_FEEDS:
        raise ValueError(
            f"release_feeds must map at most {MAX_RELEASE_FEEDS} feed names to addresses"
        )
    feeds: list[tuple[str, str]] = []
    for key, url in raw.items():
        if not isinstance(key, str) or not key.isascii() or not 0 < len(key) <= MAX_FEED_KEY:
            raise ValueError(f"a release feed name must be 1 to {MAX_FEED_KEY} letters")
        if not isinstance(url, str) or not acceptable_service_url(url):
            raise ValueError(f"release_feeds.{key.lower()} must be an https:// address")
        feeds.append((key.lower(), url))
    return tuple(feeds)


def _window_geometry(raw: object) -> tuple[tuple[str, WindowRect], ...]:
    """Window places from the file: a mapping of short names to four whole numbers, the size
    positive, everything within `MAX_WINDOW_COORD`."""
    if not isinstance(raw, dict) or len(raw) > MAX_WINDOW_GEOMETRIES:
        raise ValueError(
            f"window_geometry must map at most {MAX_WINDOW_GEOMETRIES} window names to places"
        )
    places: list[tuple[str, WindowRect]] = []
    for key, rect in raw.items():
        if not isinstance(key, str) or not 0 < len(key) <= MAX_WINDOW_KEY:
            raise ValueError(f"a window name must be 1 to {MAX_WINDOW_KEY} characters")
        if (
            not isinstance(rect, list)
            or len(rect) != 4
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in rect)
            or not all(-MAX_WINDOW_COORD <= v <= MAX_WINDOW_COORD for v in rect[:2])
            or not all(0 < v <= MAX_WINDOW_COORD for v in rect[2:])
        ):
            raise ValueError(
                "a window place must be four whole numbers: x, y, width and height "
                f"(sizes positive, all within {MAX_WINDOW_COORD})"
            )
        places.append((key, (rect[0], rect[1], rect[2], rect[3])))
    return tuple(places)


def _opt_time(value: object) -> float | None:
    return None if value is None else _time(value, "a time")


def _time(value: object, what: str) -> float:
    """Seconds since the epoch, between 1970 and the year 3000: what every platform's date
    functions can show. 1e300, Infinity, NaN or a 400-digit number would pass a type check and
    crash later, when a date is formatted or a timer set."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{what} must be a number of seconds")
    # Compared before float(): a huge integer does not fit in a float at all.
    if not (0 <= value <= LATEST_TIME and math.isfinite(value)):
        raise ValueError(f"{what} must be a time between 1970 and the year 3000")
    return float(value)


def default_settings_path() -> Path:
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


@dataclass
class SettingsStore:
    path: Path
    #: Why the stored settings could not be used, for the UI to say once; empty when fine.
    problem: str = ""

    def load(self) -> Settings:
        try:
            # Not a regular file (a named pipe, a link to a device, a folder) or oversized:
            # refused unread, like any broken file (FileRefused is a ValueError).
            return _read_settings_file(self.path)
        except FileNotFoundError:
            return Settings()
        except (ValueError, KeyError, TypeError, RecursionError, OverflowError) as exc:
            broken = self.path.with_name(self.path.name + ".broken")
            try:
                self.path.replace(broken)
                kept = f" The old file was kept as {broken.name}."
            except OSError:
                kept = ""
            self.problem = f"Your settings file could not be read ({exc}); using defaults.{kept}"
            return Settings()
        except OSError as exc:
            self.problem = f"Could not read your settings ({exc.strerror}); using defaults."
            return Settings()

    def save(self, settings: Settings) -> None:
        """Write `settings` as they are. To change one thing, use `update`: a save of what was
        loaded a while ago would undo what another window or process saved meanwhile."""
        private_dir(self.path.parent)
        with file_lock(self._lock_path):
            self._write(settings)

    def update(self, change: Callable[[Settings], Settings]) -> Settings:
        """Load, apply `change` and save, holding a lock shared with every other process, so
        two saving at once never lose each other's changes. Returns what was saved."""
        private_dir(self.path.parent)
        with file_lock(self._lock_path):
            settings = change(self.load())
            self._write(settings)
        return settings

    @property
    def _lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def _write(self, settings: Settings) -> None:
        atomic_write_text(self.path, json.dumps(settings.to_json(), indent=2) + "\n")


def read_settings_quietly(path: Path | None = None) -> Settings:
    """The settings for a command-line tool: never fails, never moves a broken file aside (that
    is the app's job, where it can tell the user); defaults instead."""
    try:
        return _read_settings_file(path or default_settings_path())
    except (OSError, ValueError, KeyError, TypeError, RecursionError, OverflowError):
        return Settings()


def _read_settings_file(path: Path) -> Settings:
    """The settings in `path`, or the error that makes it unusable: OSError when it cannot be
    read; ValueError (FileRefused among them), KeyError, TypeError, RecursionError or
    OverflowError when it is not a small regular file holding valid settings."""
    doc = json.loads(read_regular_file(path, MAX_SETTINGS_BYTES).decode("utf-8"))
    if not isinstance(doc, dict):
        raise ValueError("not a JSON object")
    return Settings.from_json(doc)
