"""What a person or an organisation chose about how checks judge and where they look things up.

Checks read the machine through seams; these are not the machine but choices: a mirror of a
vendor's release feed, how early to warn about an operating system's end of support. They come
from the settings (and, for an organisation, its policy), and a replay uses the defaults, since
a recording is somebody else's machine and must not pick up this user's choices.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Days before an operating system's end of security support at which a warning starts.
DEFAULT_EOL_WARNING_DAYS = 60


@dataclass(frozen=True, slots=True)
class CheckOptions:
    #: Vendor release-feed addresses that replace the public ones, by feed key ("chrome",
    #: "firefox", "edge"...); a key that is absent uses the public feed.
    release_feeds: tuple[tuple[str, str], ...] = ()
    #: endoflife.date API base address (an organisation's mirror); empty: the public one.
    endoflife_url: str = ""
    #: Warn this many days ahead of an operating system's end of security support.
    eol_warning_days: int = DEFAULT_EOL_WARNING_DAYS

    def release_feed(self, key: str, default: str) -> str:
        """The address to ask for `key`'s current release: the chosen mirror or `default`."""
        return dict(self.release_feeds).get(key) or default
