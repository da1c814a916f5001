"""The machine being looked at: this computer, or a recording of somebody else's.

A replayed snapshot is another person's computer. Rather than each screen checking a
`replayed` flag (and one of them forgetting), every screen asks this object what may be done
(an automatic fix, deleting files, opening a settings page) and where the user's own state
lives (settings with their set-asides, the account inventory). A recording answers "nothing"
and "nowhere" by construction: it has no settings file, no inventory and no means to act.

This computer may be managed: its organisation's policy (`services.policy`) comes with it, and
its settings are read through the policy, so no screen can show or save a value the
organisation locked. A recording never has a policy: it is somebody else's machine.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hygiene_app.engine.context import Seams
from hygiene_app.engine.i18n import N_, Date, as_text, fmt
from hygiene_app.engine.model import AutoFix, OSFamily
from hygiene_app.services.autofix import missing_for_auto_fix
from hygiene_app.services.policy import LoadedPolicy, no_policy
from hygiene_app.services.settings import Settings

if TYPE_CHECKING:
    from hygiene_app.engine.snapshot import Snapshot
    from hygiene_app.services.history import HistoryStore
    from hygiene_app.services.mfa.setup import MfaParts

#: Links that open a page on the web: the same page wherever it is opened.
_WEB_SCHEMES = ("http:", "https:")


class SettingsKeeper(Protocol):
    """Where a window reads and saves the user's settings."""

    #: Why the stored settings could not be used; empty when fine.
    problem: str

    def load(self) -> Settings: ...

    def save(self, settings: Settings) -> None: ...

    def update(self, change: Callable[[Settings], Settings]) -> Settings: ...


@dataclass
class MemorySettings:
    """Settings that live only as long as the window: a recording has no settings file, and
    what a viewer of it chooses must not land in this computer's."""

    settings: Settings = field(default_factory=Settings)
    problem: str = ""

    def load(self) -> Settings:
        return self.settings

    def save(self, settings: Settings) -> None:
        self.settings = settings

    def update(self, change: Callable[[Settings], Settings]) -> Settings:
        self.settings = change(self.settings)
        return self.settings


@dataclass
class PolicySettings:
    """The user's settings with the organisation's locked values on top. Loading gives the
    locked values whatever the file says; saving keeps the user's own values of the locked
    fields in the file (they apply again if the policy goes) and never writes the policy's.
    Set-asides the policy does not allow (a snooze of a check staff may not snooze) do not
    count while it says so, and stay in the file untouched."""

    inner: SettingsKeeper
    loaded: LoadedPolicy

    @property
    def problem(self) -> str:
        return self.inner.problem

    @problem.setter
    def problem(self, value: str) -> None:
        self.inner.problem = value

    def apply(self, settings: Settings) -> Settings:
        """`settings` as the organisation lets them be: locked values and allowed set-asides."""
        applied = self.loaded.policy.apply_to(settings)
        kept = tuple(s for s in applied.set_asides if self.loaded.policy.allows(s))
        return applied if kept == applied.set_asides else replace(applied, set_asides=kept)

    def _to_store(self, chosen: Settings, stored: Settings) -> Settings:
        """What to write: `chosen`, with the stored (the user's own) values of the locked
        fields, and the stored set-asides the policy hides unless replaced by a new one."""
        own = {name: getattr(stored, name) for name in self.loaded.locked if hasattr(stored, name)}
        chosen_ids = {s.check_id for s in chosen.set_asides}
        hidden = tuple(
            s
            for s in stored.set_asides
            if not self.loaded.policy.allows(s) and s.check_id not in chosen_ids
        )
        return replace(chosen, **own, set_asides=(*chosen.set_asides, *hidden))

    def load(self) -> Settings:
        return self.apply(self.inner.load())

    def save(self, settings: Settings) -> None:
        # Under the settings lock (through `update`): a scheduled checkup writing `notified` at
        # the same moment neither loses this change nor is overwritten by it.
        self.inner.update(lambda stored: self._to_store(settings, stored))

    def update(self, change: Callable[[Settings], Settings]) -> Settings:
        saved = self.inner.update(lambda stored: self._to_store(change(self.apply(stored)), stored))
        return self.apply(saved)


@dataclass(frozen=True, slots=True)
class Recording:
    """Where a replayed machine came from, to say so plainly on screen."""

    path: Path
    os_name: str
    #: The recorded machine's clock when the snapshot was taken.
    recorded_at: float

    #: What the window says about it (translated, then filled in with `fields()`).
    MESSAGE = N_(
        "This is a recording of another computer ({os}, recorded {when}, file {file}). "
        "Nothing you do here changes this computer."
    )

    def fields(self) -> dict[str, str]:
        try:
            when: str = Date(datetime.fromtimestamp(self.recorded_at), with_time=True)
        except (OverflowError, OSError, ValueError):
            when = as_text(N_("at an unknown time"))
        return {"os": self.os_name, "when": when, "file": self.path.name}

    def describe(self) -> str:
        return fmt(self.MESSAGE, **self.fields())


@dataclass(frozen=True)
class Machine:
    """One computer as the app sees it. Build it with `this_computer` or `recording_of`."""

    seams: Seams
    settings: SettingsKeeper
    offline: bool = False
    #: The user's account inventory and catalog; None where there is none to edit.
    mfa: MfaParts | None = None
    #: Where checkups are remembered; None where they are not (a recording, most tests).
    history: HistoryStore | None = None
    recording: Recording | None = None
    #: Finds a program on this computer (tests pass a fake).
    which: Callable[[str], str | None] = shutil.which
    #: The organisation's policy for this computer (`with_policy`); none for a recording.
    policy: LoadedPolicy = field(default_factory=no_policy)

    @classmethod
    def this_computer(
        cls,
        seams: Seams,
        settings: SettingsKeeper,
        *,
        offline: bool = False,
        mfa: MfaParts | None = None,
        history: HistoryStore | None = None,
        which: Callable[[str], str | None] = shutil.which,
    ) -> Machine:
        return cls(seams, settings, offline=offline, mfa=mfa, history=history, which=which)

    @classmethod
    def recording_of(cls, snapshot: Snapshot, path: Path, *, offline: bool = False) -> Machine:
        """Somebody else's computer: the snapshot's seams, and no state of this user's."""
        recording = Recording(path, snapshot.platform.display_name, snapshot.clock)
        return cls(snapshot.seams(), MemorySettings(), offline=offline, recording=recording)

    def with_policy(self, loaded: LoadedPolicy) -> Machine:
        """This computer under its organisation's policy: the policy itself, and the settings
        read through it (locked values win). A recording is returned as it is: another
        computer's state is never judged by this one's policy."""
        if self.recording is not None:
            return self
        inner = self.settings.inner if isinstance(self.settings, PolicySettings) else self.settings
        return replace(self, policy=loaded, settings=PolicySettings(inner, loaded))

    def with_seams(self, seams: Seams) -> Machine:
        """The same machine read through other seams (tests, screenshots)."""
        return replace(self, seams=seams)

    # ----- what it is ----------------------------------------------------------------------

    @property
    def is_recording(self) -> bool:
        return self.recording is not None

    @property
    def os_family(self) -> OSFamily:
        return self.seams.platform.os

    # ----- what may be done to it ----------------------------------------------------------

    @property
    def may_change(self) -> bool:
        """Delete files, open its settings pages, set findings aside: only on this computer."""
        return self.recording is None

    def may_open(self, link: str) -> bool:
        """A web page is the same page anywhere; a settings page opens on this computer, so
        only when this computer is the one being looked at."""
        return self.may_change or link.strip().lower().startswith(_WEB_SCHEMES)

    def auto_fix_blocker(self, fix: AutoFix) -> str:
        """Why `fix` cannot run here, in a sentence; empty when it can."""
        if self.recording is not None:
            return N_("This is a recording of another computer: nothing is changed from here.")
        missing = missing_for_auto_fix(fix, self.os_family, self.which)
        if missing:
            return fmt(
                N_(
                    "The app cannot make this change here: {tool} is not on this computer. "
                    "Follow the steps instead."
                ),
                tool=missing,
            )
        return ""
